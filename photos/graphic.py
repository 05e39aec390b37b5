"""Graphic-content gating: which graphic cases this visitor chose to see unblurred.

The choice lives in the session, so it works for logged-out visitors and ends with the browser
session; nothing graphic is shown unblurred without it (the page then carries only the URLs of the
server-side blurred derivatives).
"""

from collections.abc import Iterable

from django.http import HttpRequest

from photos.models import BeforeAfterPhoto, PhotoImage

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


def attach_review_photos(reviews: list, request: HttpRequest) -> None:
    """Give each review `photo_images` (the before and after image of its first published case, or an
    empty list) and `photo_case_count` (how many published cases it has), for review cards'
    thumbnails; each image's `case` has `.blurred` set for this viewer.

    One query for the whole list, whatever its length: the images of the reviews' published cases,
    each with its case. Only public cases (`BeforeAfterPhoto.objects.public()`), and only their
    derivatives: cards show `PhotoImage.picture()`, which never names the private original.
    """
    if not reviews:
        return
    published = BeforeAfterPhoto.objects.public().filter(review_id__in=[review.pk for review in reviews])
    images = (
        PhotoImage.objects.filter(case__in=published.values("pk"))
        .select_related("case")
        .order_by("case__created_at", "case_id", "role")
    )
    choice = GraphicChoice(request)
    cases: dict[int, dict[int, list[PhotoImage]]] = {}
    for image in images:
        image.case.blurred = not choice.shows(image.case)
        cases.setdefault(image.case.review_id, {}).setdefault(image.case_id, []).append(image)
    for review in reviews:
        found = cases.get(review.pk, {})
        first = next(iter(found.values()), [])
        by_role = {image.role: image for image in first}
        pair = [by_role.get(PhotoImage.Role.BEFORE), by_role.get(PhotoImage.Role.AFTER)]
        review.photo_images = pair if all(pair) else []
        review.photo_case_count = len(found)
