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

    @property
    def same_for_every_case(self) -> str | None:
        """ "all" or "none" when the choice is the same for every case (nothing revealed one by one), so
        lists rendered for it can be shared by every reader who chose alike; None otherwise."""
        if self.show_all:
            return "all"
        return None if self.session.get(SESSION_SHOWN) else "none"

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


def review_photo_pairs(review_ids: list[int]) -> dict[int, tuple[list[PhotoImage], int]]:
    """For each review with published cases: the before and after image of its first case (or an empty
    list) and how many published cases it has, for review cards' thumbnails. The same for every viewer
    (`attach_review_photos` adds the viewer's blur), so a page may keep it.

    One query, whatever the number of reviews: the images of their published cases, each with its case.
    Only public cases (`BeforeAfterPhoto.objects.public()`), and only their derivatives: cards show
    `PhotoImage.picture()`, which never names the private original.
    """
    if not review_ids:
        return {}
    published = BeforeAfterPhoto.objects.public().filter(review_id__in=review_ids)
    images = (
        PhotoImage.objects.filter(case__in=published.values("pk"))
        .select_related("case")
        .order_by("case__created_at", "case_id", "role")
    )
    cases: dict[int, dict[int, list[PhotoImage]]] = {}
    for image in images:
        cases.setdefault(image.case.review_id, {}).setdefault(image.case_id, []).append(image)
    pairs = {}
    for review_id, found in cases.items():
        by_role = {image.role: image for image in next(iter(found.values()))}
        pair = [by_role.get(PhotoImage.Role.BEFORE), by_role.get(PhotoImage.Role.AFTER)]
        pairs[review_id] = (pair if all(pair) else [], len(found))
    return pairs


def attach_review_photos(
    reviews: list, request: HttpRequest, pairs: dict[int, tuple[list[PhotoImage], int]] | None = None
) -> None:
    """Give each review `photo_images` and `photo_case_count` (`review_photo_pairs`, unless the page kept
    them: `pairs`), each image's `case` with `.blurred` set for this viewer."""
    if not reviews:
        return
    if pairs is None:
        pairs = review_photo_pairs([review.pk for review in reviews])
    choice = GraphicChoice(request)
    for review in reviews:
        review.photo_images, review.photo_case_count = pairs.get(review.pk, ([], 0))
        for image in review.photo_images:
            image.case.blurred = not choice.shows(image.case)
