from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from pagecache.members import shared_with_members
from pagecache.topics import depends_on
from treatments.models import Treatment


@shared_with_members()
def treatment_list(request: HttpRequest) -> HttpResponse:
    depends_on(request, "list:treatments")
    return render(request, "treatments/list.html", {"categories": Treatment.objects.by_category()})
