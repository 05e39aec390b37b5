"""Graphic-content gating: which graphic cases this visitor chose to see unblurred.

The choice lives in the session, so it works for logged-out visitors and ends with the browser
session; nothing graphic is shown unblurred without it (the page then carries only the URLs of the
server-side blurred derivatives).
"""

from collections.abc import Iterable

from django.http import HttpRequest

from photos.models import BeforeAfterPhoto

# Graphic cases a visitor chose to see, and whether they chose to see all of them (session, so the
# choice holds for logged-out visitors too and ends with the browser session).
SESSION_SHOWN = "photos.shown_cases"
SESSION_SHOW_ALL = "photos.show_graphic"
SHOWN_LIMIT = 500


class GraphicChoice:
    """What this visitor chose to see. Nothing graphic is shown unblurred without that choice."""

    def __init__(self, request: HttpRequest) -> None:
        self.session = request.session

    @property
    def show_all(self) -> bool:
        return bool(self.session.get(SESSION_SHOW_ALL))

    def shows(self, case: BeforeAfterPhoto) -> bool:
        return not case.is_graphic or self.show_all or case.pk in self.session.get(SESSION_SHOWN, [])

    def reveal(self, case: BeforeAfterPhoto) -> None:
        shown = [pk for pk in self.session.get(SESSION_SHOWN, []) if pk != case.pk]
        self.session[SESSION_SHOWN] = [*shown, case.pk][-SHOWN_LIMIT:]

    def set_show_all(self, value: bool) -> None:
        self.session[SESSION_SHOW_ALL] = value
        if not value:
            self.session.pop(SESSION_SHOWN, None)


def mark_blurred(cases: Iterable[BeforeAfterPhoto], choice: GraphicChoice) -> None:
    """Set `case.blurred` on each case, which templates pass to `{% photo_picture %}`."""
    for case in cases:
        case.blurred = not choice.shows(case)


def cases_for_review(request: HttpRequest, review) -> list[BeforeAfterPhoto]:
    """The published cases attached to a review, `.blurred` set for this viewer (three queries:
    cases, images, treatments), for `photos/includes/review_photos.html`."""
    cases = list(BeforeAfterPhoto.objects.for_review(review))
    mark_blurred(cases, GraphicChoice(request))
    return cases
