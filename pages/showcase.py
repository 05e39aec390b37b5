"""What the home page shows besides its lists: before/after highlights, the faces of verified doctors
and the most-reviewed treatments. Each is the same for every visitor and changes only with content:
the home keeps each with `pagecache.topics.cached_until_changed` until its topics move."""

from django.db.models import Count, OuterRef, Q, Subquery

from doctors.models import DoctorProfile
from photos.models import BeforeAfterPhoto, PhotoImage, PhotoTreatment
from reviews.models import Verdict
from treatments.models import Treatment

HIGHLIGHT_CASES = 8
DOCTOR_FACES = 8
MOST_REVIEWED = 8


def photo_highlights(limit: int = HIGHLIGHT_CASES) -> list[BeforeAfterPhoto]:
    """The latest published before/after cases that are not graphic (the home page shows no blurred
    images), each with its images and `treatment_name` (the first of its treatments by name): two queries.
    """
    first_treatment = PhotoTreatment.objects.filter(content_object=OuterRef("pk")).order_by("tag__name")
    return list(
        BeforeAfterPhoto.objects.public()
        .filter(is_graphic=False)
        .annotate(
            treatment_name=Subquery(first_treatment.values("tag__name")[:1]),
            treatment_names=Subquery(first_treatment.values("tag__names")[:1]),
        )
        .prefetch_related("images")
        .order_by("-moderated_at", "-pk")[:limit]
    )


def doctor_faces(limit: int = DOCTOR_FACES) -> list[DoctorProfile]:
    """Verified doctors with a headshot, those whose answers helped most first: one query."""
    return list(
        DoctorProfile.objects.public()
        .verified()
        .exclude(headshot="")
        .only("pk", "slug", "full_name", "credential", "specialty", "headshot", "city", "region")
        .order_by("-helpful_vote_count", "-review_count", "pk")[:limit]
    )


def most_reviewed_treatments(limit: int = MOST_REVIEWED) -> list[Treatment]:
    """The treatments with the most public reviews, each with `review_total` and `worth_it_percent`: one
    grouped query."""
    public = Q(reviews__hidden_at__isnull=True)
    treatments = list(
        Treatment.objects.annotate(
            review_total=Count("reviews", filter=public),
            worth_it_total=Count("reviews", filter=public & Q(reviews__verdict=Verdict.WORTH_IT)),
        )
        .filter(review_total__gt=0)
        .only("pk", "name", "slug", "category", "names")
        .order_by("-review_total", "name")[:limit]
    )
    for treatment in treatments:
        treatment.worth_it_percent = round(100 * treatment.worth_it_total / treatment.review_total)
    return treatments


def treatment_photos() -> dict[int, PhotoImage]:
    """For each treatment with published, non-graphic before/after cases: the "after" image of the latest
    one (what the treatments list shows on its card). Two queries: the cases' treatments, newest first,
    then the chosen images with their cases."""
    published = BeforeAfterPhoto.objects.public().filter(is_graphic=False)
    latest: dict[int, int] = {}
    pairs = (
        PhotoTreatment.objects.filter(content_object__in=published.values("pk"))
        .order_by("-content_object__moderated_at", "-content_object_id")
        .values_list("tag_id", "content_object_id")
    )
    for treatment_id, case_id in pairs.iterator():
        latest.setdefault(treatment_id, case_id)
    images = PhotoImage.objects.filter(case_id__in=set(latest.values()), role=PhotoImage.Role.AFTER).select_related(
        "case"
    )
    by_case = {image.case_id: image for image in images}
    return {treatment_id: by_case[case_id] for treatment_id, case_id in latest.items() if case_id in by_case}
