"""A member's own state on the question page members share (pagecache.members fills it in per member)."""

from collections.abc import Container

from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from pagecache.members import MemberPart, member_part
from pagecache.placeholders import Filler
from questions.services import answers_voted_by, answers_voted_by_key

# A helpful button's state: pressed for the answers this member marked helpful.
HELPFUL_UNPRESSED = 'class="btn btn-sm btn-outline-secondary" aria-pressed="false"'
HELPFUL_PRESSED = 'class="btn btn-sm btn-brand" aria-pressed="true"'


class HelpfulState(MemberPart):
    """The state of each helpful button (`{% helpful_button_state %}` marks them in the shared page)."""

    name = "helpful-state"

    def cache_keys(self, request: HttpRequest) -> list[str]:
        return [answers_voted_by_key(request.user.pk)]

    def filler(self, request: HttpRequest, found: dict) -> Filler:
        voted = found.get(answers_voted_by_key(request.user.pk))
        if voted is None:
            voted = answers_voted_by(request.user)  # one query; cached for the member's next page
        return lambda answer_id: HELPFUL_PRESSED if int(answer_id) in voted else HELPFUL_UNPRESSED


def helpful_button_state(request: HttpRequest | None, answer_pk: int, voted_ids: Container[int]) -> SafeString:
    """A helpful button's class and pressed state: the reader's own, or in the page members share a mark
    that `HelpfulState` fills in for each member."""
    mark = member_part(request, HelpfulState.name, answer_pk)
    if mark is not None:
        return mark
    return mark_safe(HELPFUL_PRESSED if answer_pk in voted_ids else HELPFUL_UNPRESSED)  # noqa: S308 - constant markup
