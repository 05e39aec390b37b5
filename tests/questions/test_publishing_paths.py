"""An answer's words leave the database only through `Answer.public_text()`, which adds the disclaimer
naming the doctor. These checks read the code and templates, so that a new page, e-mail, feed or
export that reaches for an answer's `body` directly fails here instead of publishing it bare."""

import ast
import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = [
    "accounts",
    "console",
    "core",
    "doctors",
    "imaging",
    "moderation",
    "ops",
    "pagecache",
    "pages",
    "photos",
    "questions",
    "reviews",
    "treatments",
    "qasite",
]
# Where an answer's body is written or turned into an AnswerText: nowhere else reads it.
MAY_READ_THE_BODY = {"questions/models.py", "questions/services.py"}
# `answer.body`, `own_answer.body`, `result.snippet_answer.answer.body`, `answer.body_rendered`, ...
TEMPLATE_BODY = re.compile(r"answer\w*\.body", re.IGNORECASE)
# The body and the HTML stored from it (questions.models.StoredHTMLBody).
BODY_ATTRIBUTES = {"body", "body_html", "body_rendered"}


def _names(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_names(node.value)}.{node.attr}"
    if isinstance(node, ast.Call):
        return _names(node.func)
    if isinstance(node, ast.Subscript):
        return _names(node.value)
    return ""


def _answer_body_reads(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in BODY_ATTRIBUTES and isinstance(node.ctx, ast.Load):
            owner = _names(node.value)
            if "answer" in owner.rsplit(".", 1)[-1].lower():
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {owner}.{node.attr}")
    return found


def test_no_module_reads_an_answers_body_besides_the_publishing_function():
    reads = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" in relative or relative in MAY_READ_THE_BODY:
                continue
            reads += _answer_body_reads(path)
    assert reads == [], "Publish answers through Answer.public_text(), which adds the disclaimer"


def test_no_template_shows_an_answers_body_besides_the_publishing_tag():
    shown = []
    for path in sorted((ROOT / "templates").rglob("*")):
        if path.is_file() and path.suffix in {".html", ".txt", ".xml", ".json"}:
            for number, line in enumerate(path.read_text().splitlines(), start=1):
                if TEMPLATE_BODY.search(line):
                    shown.append(f"{path.relative_to(ROOT)}:{number}")
    assert shown == [], "Show answers with {% answer_text %}, which adds the disclaimer"


def test_the_checks_find_what_they_look_for(tmp_path, monkeypatch):
    """The scanners above would see a bare read: they are not vacuous."""
    module = tmp_path / "feed.py"
    module.write_text(
        "def item(answer):\n    return {'text': answer.body, 'q': answer.question.body}\n"
        "def html(answer):\n    return answer.body_rendered\n"
    )
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert sorted(_answer_body_reads(module)) == ["feed.py:2 answer.body", "feed.py:4 answer.body_rendered"]
    assert TEMPLATE_BODY.search("{{ answer.body|truncatewords:90 }}")
    assert TEMPLATE_BODY.search("{{ answer.body_rendered }}")
    assert not TEMPLATE_BODY.search("{{ question.body_rendered }}")
