"""The treatments list: the catalogue by category, each treatment with what patients say of it."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from pagecache.members import shared_with_members
from pagecache.topics import cached_until_changed, depends_on
from pages import showcase
from reviews.selectors import catalogue_figures
from treatments.models import catalogue_by_category


@shared_with_members()
def treatment_list(request: HttpRequest) -> HttpResponse:
    """Each treatment with its worth-it share, typical cost, number of reviews and a real after photo: what
    people compare before they open one. The catalogue, the figures and the photos come from the cache
    until they change."""
    depends_on(request, "list:treatments", "list:reviews", "list:photos")
    figures = catalogue_figures()
    photos = cached_until_changed("treatment-photos", showcase.treatment_photos, topics=["list:photos"])
    categories = catalogue_by_category()
    for treatments in categories.values():
        for treatment in treatments:
            treatment.figures = figures.get(treatment.pk)
            treatment.photo = photos.get(treatment.pk)
    return render(request, "treatments/list.html", {"categories": categories})
