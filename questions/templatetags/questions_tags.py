from django import template
from django.utils.safestring import SafeString, mark_safe

from core.structured_data import script_json
from pagecache.members import member_part
from questions import fragments, text
from questions.member_parts import HELPFUL_PRESSED, HELPFUL_UNPRESSED, HelpfulState

register = template.Library()


@register.simple_tag(takes_context=True)
def helpful_button_state(context, answer_pk: int, voted_ids) -> SafeString:
    """A helpful button's class and pressed state: the viewer's own, or in the page members share a mark
    that `questions.member_parts.HelpfulState` fills in for each member."""
    mark = member_part(context.get("request"), HelpfulState.name, answer_pk)
    if mark is not None:
        return mark
    return mark_safe(HELPFUL_PRESSED if answer_pk in voted_ids else HELPFUL_UNPRESSED)  # noqa: S308 - constant markup


@register.filter
def highlight(value: str) -> SafeString:
    """A search snippet, escaped, with its hits in <mark>."""
    return text.highlight(value or "")


@register.filter
def ld_json(value: dict) -> SafeString:
    """JSON for a <script type="application/ld+json"> element, safe to place inside it."""
    return script_json(value)


@register.inclusion_tag("questions/includes/answer_text.html")
def answer_text(answer, *, words: int | None = None) -> dict:
    """An answer's words (all of them, or the first `words`) with the disclaimer naming the doctor under
    them: how every page shows an answer. Needs `doctor` and `disclaimer` loaded."""
    return {"answer": answer, "text": answer.public_text(words=words)}


@register.simple_tag
def question_rows(questions) -> SafeString:
    """The rows of a question list (`includes/question_row.html` each, rendered once per content)."""
    return fragments.question_rows(list(questions))
