from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from core.shared_pages import shared_with_members
from photos.graphic import GraphicChoice, mark_blurred
from photos.models import BeforeAfterPhoto
from questions.models import Question
from reviews.models import Review
from reviews.selectors import treatment_doctors, treatment_review_figures
from treatments.models import Treatment


@shared_with_members()
def treatment_list(request: HttpRequest) -> HttpResponse:
    return render(request, "treatments/list.html", {"categories": Treatment.objects.by_category()})


@shared_with_members()
def treatment_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The hub for one treatment: what patients say and paid, top questions, doctors who treat it.

    A fixed number of queries whatever the number of reviews: the treatment, its figures (one
    aggregate, plus one for the cost spread), recent reviews, top questions (and their treatments),
    doctors and photo cases (and their images and treatments).
    """
    treatment = get_object_or_404(Treatment, slug=slug)
    figures = treatment_review_figures(treatment)
    recent_reviews = list(Review.objects.for_list().for_treatment(treatment)[:5])
    questions = list(Question.objects.for_list().for_treatment(treatment).order_by("-helpful_count", "-created_at")[:6])
    photo_cases = list(BeforeAfterPhoto.objects.for_gallery().for_treatment(treatment)[:6])
    mark_blurred(photo_cases, GraphicChoice(request))
    return render(
        request,
        "treatments/detail.html",
        {
            "treatment": treatment,
            "figures": figures,
            "recent_reviews": recent_reviews,
            "questions": questions,
            "doctors": treatment_doctors(treatment),
            "photo_cases": photo_cases,
        },
    )
