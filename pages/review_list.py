"""The review list: every public review, filtered, each card with its before/after thumbnail.

A page here rather than in reviews because its cards show photo cases (photos sits above reviews).
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from pagecache.members import shared_with_members
from pagecache.paginator import CachedCountPaginator
from pagecache.topics import depends_on
from photos.graphic import attach_review_photos
from reviews.forms import ReviewFilterForm
from reviews.models import Review

PAGE_SIZE = 20
SORTS = {
    "newest": ["-created_at", "-pk"],
    "helpful": ["-helpful_count", "-created_at"],
    "rating_high": ["-rating", "-created_at"],
    "rating_low": ["rating", "-created_at"],
}


@shared_with_members()
def review_list(request: HttpRequest) -> HttpResponse:
    """All public reviews, filtered by treatment, verdict or doctor (invalid filters are ignored)."""
    # The list, its filters' choices, and the photo cases its thumbnails show.
    depends_on(request, "list:reviews", "list:treatments", "list:doctors", "list:photos")
    filters = ReviewFilterForm(request.GET)
    filters.is_valid()
    chosen = filters.cleaned_data
    reviews = Review.objects.for_list()
    if chosen.get("treatment"):
        reviews = reviews.for_treatment(chosen["treatment"])
    if chosen.get("verdict"):
        reviews = reviews.filter(verdict=chosen["verdict"])
    if chosen.get("doctor"):
        reviews = reviews.for_doctor(chosen["doctor"])
    reviews = reviews.order_by(*SORTS.get(chosen.get("sort") or "newest", SORTS["newest"]))
    page = CachedCountPaginator(reviews, PAGE_SIZE, topics=["list:reviews"]).get_page(request.GET.get("page"))
    shown = list(page.object_list)
    attach_review_photos(shown, request)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "reviews/list.html",
        {
            "page": page,
            "reviews": shown,
            "filters": filters,
            "treatment": chosen.get("treatment"),
            "doctor": chosen.get("doctor"),
            "query_string": query.urlencode(),
        },
    )
