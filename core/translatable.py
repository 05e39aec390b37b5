"""Words in templates that the translation machinery does not see.

`untranslated_text(source)` reads a template as Django's lexer does and returns the literal words a
reader would see (text between tags, and the `title`, `alt`, `placeholder`, `aria-label` and meta
`content` attributes) that are outside `{% translate %}` and `{% blocktranslate %}`. Tested over every
template (tests/core/test_translatable.py), so that a new English string fails the suite until it
is marked for translation.

What is not a word to translate: variables and tags, comments, `<script>` and `<style>` bodies,
`{% verbatim %}`, entities, numbers and punctuation, and a `{# notranslate #}` line marker for text
that is the same in every language (a code sample, a brand's name).
"""

import re
from pathlib import Path

from django.template.base import Lexer, TokenType

_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|<!--.*?-->|<!doctype[^>]*>", re.S | re.I
)
_ATTRIBUTE = re.compile(r"""([a-zA-Z-:]+)\s*=\s*("([^"]*)"|'([^']*)')""")
_READ_ATTRIBUTES = {"title", "alt", "placeholder", "aria-label", "aria-description", "content", "label"}
_ENTITY = re.compile(r"&[#a-zA-Z0-9]+;")
# A word a reader reads: two or more letters. Lone letters, digits, symbols and entities are not.
_WORD = re.compile(r"[^\W\d_]{2,}")
_RAW_TEXT_ELEMENTS = {"script", "style"}
_SKIPPED_BLOCKS = {
    "blocktranslate": "endblocktranslate",
    "blocktrans": "endblocktrans",
    "comment": "endcomment",
    "verbatim": "endverbatim",
}
# <meta content> that is prose: descriptions and titles (not the viewport, robots, og:type and the like).
_META_PROSE = re.compile(
    r"""(name|property)\s*=\s*["'](description|(og|twitter):(title|description|image:alt))["']""", re.I
)


def _words(text: str) -> str:
    text = _ENTITY.sub(" ", text)
    return " ".join(text.split()) if _WORD.search(text) else ""


def _reader_text(source: str) -> str:
    """The template with every tag, variable and skipped block replaced by a mark (\x01), keeping
    line breaks, so that HTML split by template tags reads whole."""
    parts = []
    skipping_until = None
    for token in Lexer(source).tokenize():
        newlines = "\n" * token.contents.count("\n")
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0] if token.contents else ""
            if skipping_until is None and name in _SKIPPED_BLOCKS:
                skipping_until = _SKIPPED_BLOCKS[name]
            elif skipping_until is None and name == "block" and token.contents.endswith("_class"):
                skipping_until = "endblock"  # a block that fills a class attribute (`main_class`)
            elif name == skipping_until:
                skipping_until = None
            parts.append("\x01" + newlines)
        elif token.token_type == TokenType.TEXT and skipping_until is None:
            parts.append(token.contents)
        else:
            parts.append("\x01" + newlines)
    return "".join(parts)


def untranslated_text(source: str) -> list[tuple[int, str]]:
    """(line, text) for each piece of literal reader-facing text outside the translation tags."""
    found: list[tuple[int, str]] = []
    skip_lines = {number for number, line in enumerate(source.splitlines(), 1) if "{# notranslate #}" in line}
    text = _reader_text(source)

    def note(at: int, words: str) -> None:
        line = text.count("\n", 0, at) + 1
        if (words := _words(words.replace("\x01", " "))) and line not in skip_lines:
            found.append((line, words))

    position = 0
    in_raw_text = None
    for match in _TAG.finditer(text):
        if in_raw_text is None:
            note(position, text[position : match.start()])
        position = match.end()
        closing, element = match.group(1), (match.group(2) or "").lower()
        if in_raw_text:
            if closing and element == in_raw_text:
                in_raw_text = None
            continue
        if element in _RAW_TEXT_ELEMENTS and not closing:
            in_raw_text = element
        attributes = match.group(3) or ""
        if element == "meta" and not _META_PROSE.search(attributes):
            continue
        for attribute in _ATTRIBUTE.finditer(attributes):
            if attribute.group(1).lower() in _READ_ATTRIBUTES:
                value = attribute.group(3) if attribute.group(3) is not None else attribute.group(4)
                note(match.start(), value)
    if in_raw_text is None:
        note(position, text[position:])
    return found


def untranslated_in_files(paths: list[Path]) -> dict[Path, list[tuple[int, str]]]:
    return {path: hits for path in paths if (hits := untranslated_text(path.read_text(encoding="utf-8")))}
