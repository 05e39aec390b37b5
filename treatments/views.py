from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from core.shared_pages import shared_with_members
from treatments.models import Treatment


@shared_with_members()
def treatment_list(request: HttpRequest) -> HttpResponse:
    return render(request, "treatments/list.html", {"categories": Treatment.objects.by_category()})
