"""Every word a reader sees in a template goes through the translation machinery (core/translatable.py)."""

from pathlib import Path

import pytest
from django.conf import settings

from core.translatable import untranslated_text

TEMPLATE_ROOT = Path(settings.BASE_DIR) / "templates"
TEMPLATES = sorted(p for p in TEMPLATE_ROOT.rglob("*") if p.suffix in {".html", ".txt"})


def test_plain_words_are_found() -> None:
    source = '{% load i18n %}<p title="Read more">Hello {{ name }}, {% translate "welcome" %}</p>'
    assert untranslated_text(source) == [(1, "Read more"), (1, "Hello ,")]


def test_translated_words_tags_scripts_and_comments_are_not_words() -> None:
    source = (
        '{% load i18n %}<a href="{% url "core:home" %}" title="{% translate "Home" %}">{% translate "Home" %}</a>\n'
        "{% blocktranslate count n=count %}one answer{% plural %}{{ n }} answers{% endblocktranslate %}\n"
        "{% comment %}Nothing here is read{% endcomment %}{# nor here #}\n"
        '<script nonce="x">const words = "not prose";</script><style>.a { color: red }</style>\n'
        '<meta name="viewport" content="width=device-width"> &middot; 42 · {{ value }}\n'
        "<code>curl https://example.org</code>{# notranslate #}\n"
    )
    assert untranslated_text(source) == []


def test_prose_attributes_and_descriptions_are_words() -> None:
    source = (
        '<img alt="A scar" src="x.png"><meta name="description" content="Honest answers"><input placeholder="Search">'
    )
    assert untranslated_text(source) == [(1, "A scar"), (1, "Honest answers"), (1, "Search")]


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(TEMPLATE_ROOT)))
def test_template_words_are_translatable(path: Path) -> None:
    name = str(path.relative_to(TEMPLATE_ROOT))
    found = untranslated_text(path.read_text(encoding="utf-8"))
    assert not found, f"{name}: words outside {{% translate %}}: " + "; ".join(f"line {n}: {t!r}" for n, t in found)
