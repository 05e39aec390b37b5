"""Text handling for questions and answers: cleaning what people type, rendering it, search terms.

Bodies are stored as the plain text people typed. They render as paragraphs with clickable links,
nothing else: the HTML is built from escaped text and then passed through nh3 with a short allow-list,
so even a bug in the rendering could not let markup through.
"""

import re
import unicodedata

import nh3
from django.conf import settings
from django.utils import translation
from django.utils.html import Urlizer, escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

# Private-use characters that mark search hits inside snippets; people's text never contains them
# (clean_user_text strips them), so they can be turned into <mark> after escaping.
MARK_START = "\ue000"
MARK_END = "\ue001"

_ALLOWED_TAGS = {"p", "br", "a"}
_ALLOWED_ATTRIBUTES = {"a": {"href"}}
_PARAGRAPH_BREAK = re.compile(r"\n{2,}")
_BARE_WWW = re.compile(r"(?<![\w/.@:])www\.", re.IGNORECASE)


class _Urlizer(Urlizer):
    """Django's urlizer, linking only addresses with a scheme (bare www. ones get https:// first):
    guessing a scheme for "example.com" is left out, as Django's default for it is changing."""

    simple_url_2_re = re.compile(r"(?!)")


_urlize = _Urlizer()
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\uf8ff]")
_WORD = re.compile(r"[^\W_]+")
# Too common to say anything about what a question is about; PostgreSQL drops them too.
_STOP_WORDS_TEXT = """
    a an and are as at be but by can could do does for from had has have how i if in into is it its me my
    of on or so that the their them there these they this to was we were what when where which who why
    will with would you your after before should about any get got been am
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


def clean_user_text(text: str) -> str:
    """Normalise what someone typed: Unicode NFC, Unix newlines, no control or private-use characters."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    # Collapse runs of blank lines: paragraphs are separated by one empty line.
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def render_body(text: str) -> SafeString:
    """Plain text to HTML: paragraphs, line breaks and links (nofollow, user-generated), nothing else.

    Run when a question or answer is saved (`StoredHTMLBody`); pages show the stored result. A
    paragraph with nothing a link could be made of (no "://" once bare www. addresses have their
    scheme, no "@") skips the urlizer, which would return it unchanged word by word.
    """
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text or "") if p.strip()]
    html = "".join(f"<p>{_paragraph_html(paragraph)}</p>" for paragraph in paragraphs)
    return mark_safe(  # noqa: S308 - built from escaped text and sanitised by nh3 just below
        nh3.clean(
            html,
            tags=_ALLOWED_TAGS,
            attributes=_ALLOWED_ATTRIBUTES,
            url_schemes={"http", "https", "mailto"},
            link_rel="nofollow ugc noopener noreferrer",
        )
    )


def _paragraph_html(paragraph: str) -> str:
    paragraph = escape(_BARE_WWW.sub("https://www.", paragraph))
    if "://" in paragraph or "@" in paragraph:
        paragraph = _urlize(paragraph, trim_url_limit=60)
    return paragraph.replace("\n", "<br>")


def excerpt(text: str, length: int = 300) -> str:
    return Truncator(" ".join((text or "").split())).chars(length)


def search_terms(query: str, *, limit: int = 8) -> list[str]:
    """The words of a search query worth looking for, lower-cased, in order, without repeats."""
    words: list[str] = []
    for match in _WORD.finditer((query or "")[:200].lower()):
        word = match.group()
        if len(word) < 2 or word in STOP_WORDS or word in words:
            continue
        words.append(word)
        if len(words) == limit:
            break
    return words


def highlight(snippet: str) -> SafeString:
    """Escape a snippet whose hits are wrapped in MARK_START/MARK_END, then turn those into <mark>."""
    html = escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    # A snippet cut in the middle of a hit leaves a lone marker: balance it.
    if html.count("<mark>") > html.count("</mark>"):
        html += "</mark>"
    return mark_safe(html)  # noqa: S308 - escaped above; only our own <mark> tags are added


# Endings taken off a search word to find its other forms in a text ("swelling" marks "swell", "swelled";
# "injections" marks "inject", "injected"), roughly as PostgreSQL's English stemmer matches them.
_ENDINGS = ("ations", "ation", "ings", "ing", "ions", "ion", "ied", "ies", "ed", "es", "s", "ly")


def word_stem(term: str) -> str:
    """`term` without one common English ending, keeping at least three letters."""
    for ending in _ENDINGS:
        if term.endswith(ending) and len(term) - len(ending) >= 3:
            return term[: -len(ending)]
    return term


def terms_pattern(terms: list[str]) -> re.Pattern | None:
    """Words starting with the stem of any of `terms` (longest first), case-insensitive."""
    stems = sorted({word_stem(term) for term in terms}, key=len, reverse=True)
    if not stems:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(stem) for stem in stems) + r")\w*", re.IGNORECASE)


def mark_terms(text: str, terms: list[str], *, length: int = 240) -> str:
    """A window of `text` around the first word from `terms` (any form: `word_stem`), every such word
    marked with MARK_START/MARK_END. The search's snippets, on every database."""
    text = " ".join((text or "").split())
    pattern = terms_pattern(terms)
    first = pattern.search(text) if pattern else None
    start = max(0, first.start() - length // 3) if first else 0
    if start:
        # Start at a word, not inside one.
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < (first.start() if first else start + 20) else start
    window = text[start : start + length]
    if pattern:
        window = pattern.sub(lambda m: f"{MARK_START}{m.group()}{MARK_END}", window)
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(text) else ""
    return f"{prefix}{window}{suffix}"


def in_language_of(user) -> translation.override:
    """`with in_language_of(member):` what is written to one member (a notice, an e-mail) in the
    language they chose (`User.language`), whatever the page that caused it was in."""
    return translation.override(getattr(user, "language", "") or settings.LANGUAGE_CODE)
