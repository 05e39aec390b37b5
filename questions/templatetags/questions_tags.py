from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from core.structured_data import script_json
from questions import fragments, text

register = template.Library()


@register.filter
def with_csrf_token(cards: list[SafeString], token) -> SafeString:
    """Answer cards (questions.fragments.answer_cards) joined, their forms given the page's CSRF token (or,
    in a page the cache keeps, its mark)."""
    html = "".join(cards)
    if fragments.CSRF_MARK in html:
        html = html.replace(fragments.CSRF_MARK, conditional_escape(str(token)))
    return mark_safe(html)  # noqa: S308 - our rendered cards; the token is escaped


@register.filter
def highlight(value: str) -> SafeString:
    """A search snippet, escaped, with its hits in <mark>."""
    return text.highlight(value or "")


@register.filter
def ld_json(value: dict) -> SafeString:
    """JSON for a <script type="application/ld+json"> element, safe to place inside it."""
    return script_json(value)


@register.simple_tag
def answer_text(answer, *, words: int | None = None) -> SafeString:
    """An answer's words (all of them, or the first `words`) with the disclaimer naming the doctor under
    them: how every page shows an answer. Needs `doctor` and `disclaimer` loaded."""
    return fragments.answer_text(answer, words=words)


@register.simple_tag
def answer_content(answer, byline) -> SafeString:
    """An answer's heading, byline, dates, words and disclaimer (`fragments.answer_content`)."""
    return fragments.answer_content(answer, byline)


@register.simple_tag
def related_list(related) -> SafeString:
    """The related questions beside a question, linked, with their numbers of answers (`fragments.related_list`)."""
    return fragments.related_list(related)


@register.simple_tag
def question_rows(questions) -> SafeString:
    """The rows of a question list (`includes/question_row.html` each, rendered once per content)."""
    return fragments.question_rows(list(questions))
