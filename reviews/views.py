from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from core.permissions import can
from core.redirects import safe_next_url
from core.views import ratelimited, submit_form
from doctors.models import DoctorProfile
from doctors.views import licence_file_response
from moderation.ratelimits import rate_limited
from reviews.forms import DoctorResponseForm, ReceiptForm, ReviewForm, ReviewUpdateForm
from reviews.models import STORY_MAX_LENGTH, SUB_RATING_FIELDS, DoctorResponse, Review, ReviewHelpfulVote
from reviews.permissions import (
    check_can_confirm_visit,
    check_can_decide_receipt,
    check_can_delete_review,
    check_can_edit_review,
    check_can_respond,
    check_can_submit_receipt,
    check_can_vote,
    check_can_write_review,
)
from reviews.selectors import duplicate_review
from reviews.services import (
    DISCLOSURE_FIELDS,
    EDITABLE_FIELDS,
    response_upsert,
    review_add_update,
    review_create,
    review_delete,
    review_helpful_toggle,
    review_receipt_submit,
    review_update,
    review_visit_confirm,
)
from treatments.models import Treatment


def helpful_context(review: Review, user) -> dict:
    """Whether this user has marked the review as helpful, for `reviews/_helpful.html` (which asks the
    vote rule itself)."""
    voted = can(user, "reviews.vote", review) and ReviewHelpfulVote.objects.filter(review=review, user=user).exists()
    return {"review": review, "voted": voted}


@login_required
def review_new(request: HttpRequest) -> HttpResponse:
    check_can_write_review(request.user)
    initial = _prefill(request)
    form = ReviewForm(request.POST or None, initial=initial, author=request.user)
    if request.method == "GET" and "treatment" in initial:
        # Coming from a page where this patient already reviewed: say so before they write it all again.
        form.existing_review = duplicate_review(
            author=request.user, treatment=initial["treatment"], doctor=initial.get("doctor")
        )
    limited = False
    if request.method == "POST" and form.is_valid():
        limited = rate_limited(request, "review")
        data = form.cleaned_data
        done = submit_form(
            request,
            form,
            lambda: review_create(
                author=request.user,
                treatment=data["treatment"],
                doctor=data["doctor"],
                verdict=data["verdict"],
                rating=data["rating"],
                cost_amount=data["cost_amount"],
                cost_currency=data["cost_currency"],
                treatment_date=data["treatment_date"],
                title=data["title"],
                story=data["story"],
                **{name: data[name] for name in DISCLOSURE_FIELDS},
                sub_ratings={name: data[name] for name in SUB_RATING_FIELDS},
            ),
            success=_("Thank you: your review is published under your handle."),
            redirect_to=lambda review: review,
            limited=limited,
        )
        if done:
            return done
    return render(
        request,
        "reviews/form.html",
        {"form": form, "heading": _("Write a review"), "submit_label": _("Publish review")},
        status=429 if limited else 200,
    )


def _prefill(request: HttpRequest) -> dict:
    """`?treatment=<slug>` and `?doctor=<slug>` from a treatment page or a doctor's profile."""
    initial = {}
    if slug := request.GET.get("treatment", "")[:100]:
        initial["treatment"] = Treatment.objects.filter(slug=slug).first()
    if slug := request.GET.get("doctor", "")[:100]:
        initial["doctor"] = DoctorProfile.objects.public().filter(slug=slug).first()
    return {key: value for key, value in initial.items() if value is not None}


def _own_review(request: HttpRequest, pk: int) -> Review:
    return get_object_or_404(Review.objects.visible_to(request.user).select_related("treatment", "doctor"), pk=pk)


@login_required
def review_edit(request: HttpRequest, pk: int) -> HttpResponse:
    review = _own_review(request, pk)
    check_can_edit_review(request.user, review)
    original_title = review.title
    form = ReviewForm(request.POST or None, instance=review, author=request.user)
    if request.method == "POST" and form.is_valid():
        done = submit_form(
            request,
            form,
            lambda: review_update(
                review=review, editor=request.user, **{name: form.cleaned_data[name] for name in EDITABLE_FIELDS}
            ),
            success=_("Your review is updated."),
            redirect_to=lambda updated: updated,
        )
        if done:
            return done
    return render(
        request,
        "reviews/form.html",
        {
            "form": form,
            "review": review,
            "heading": _("Edit “%(title)s”") % {"title": original_title},
            "submit_label": _("Save changes"),
        },
    )


@login_required
def review_add_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    review = _own_review(request, pk)
    check_can_edit_review(request.user, review)
    if request.method == "POST" and "draft" in request.POST:
        # From the review form of a member who had already reviewed this: what they typed there
        # becomes the start of an update, not a second review, and nothing they wrote is lost.
        draft = request.POST.get("draft", "")[:STORY_MAX_LENGTH]
        form = ReviewUpdateForm(initial={"body": draft}, review=review)
    else:
        form = ReviewUpdateForm(request.POST or None, review=review)
    limited = False
    if request.method == "POST" and form.is_bound and form.is_valid():
        limited = rate_limited(request, "review")
        done = submit_form(
            request,
            form,
            lambda: review_add_update(
                review=review,
                editor=request.user,
                body=form.cleaned_data["body"],
                verdict=form.cleaned_data["verdict"],
            ),
            success=_("Your update is added to the review."),
            redirect_to=lambda update: f"{review.get_absolute_url()}#update-{update.pk}",
            limited=limited,
        )
        if done:
            return done
    return _action_form(
        request,
        form,
        review,
        heading=_("Add an update"),
        intro=_("Tell readers how things look now. Updates are dated and shown under your review."),
        submit_label=_("Add update"),
        limited=limited,
    )


def _action_form(
    request: HttpRequest, form, review: Review, *, heading: str, intro: str, submit_label: str, limited: bool
) -> HttpResponse:
    """The page of a short form about one review (an update, a doctor's response), 429 when rate-limited."""
    context = {"form": form, "review": review, "heading": heading, "intro": intro, "submit_label": submit_label}
    return render(request, "reviews/action_form.html", context, status=429 if limited else 200)


@login_required
def review_respond(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_object_or_404(Review.objects.public().select_related("author", "treatment", "doctor"), pk=pk)
    doctor = check_can_respond(request.user, review)
    existing = DoctorResponse.objects.filter(review=review).first()
    form = DoctorResponseForm(request.POST or None, instance=existing)
    limited = False
    if request.method == "POST" and form.is_valid():
        limited = rate_limited(request, "answer")
        done = submit_form(
            request,
            form,
            lambda: response_upsert(review=review, doctor=doctor, body=form.cleaned_data["body"]),
            success=lambda upserted: (
                _("Your response is published.") if upserted[1] else _("Your response is updated.")
            ),
            redirect_to=lambda _upserted: f"{review.get_absolute_url()}#response",
            limited=limited,
        )
        if done:
            return done
    return _action_form(
        request,
        form,
        review,
        heading=_("Edit your response") if existing else _("Respond to this review"),
        intro=_("Your response appears under the review with your name. You can edit it later."),
        submit_label=_("Save response") if existing else _("Publish response"),
        limited=limited,
    )


@login_required
def review_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    review = _own_review(request, pk)
    check_can_delete_review(request.user, review)
    if request.method == "POST":
        treatment = review.treatment
        review_delete(review=review, actor=request.user)
        messages.success(request, _("Your review is deleted."))
        return redirect(treatment)
    return render(request, "reviews/delete.html", {"review": review})


@require_POST
@login_required
def review_helpful(request: HttpRequest, pk: int) -> HttpResponse:
    """Toggle a helpful vote: htmx swaps the button in place; without JavaScript, back to the review."""
    review = get_object_or_404(Review.objects.public(), pk=pk)
    check_can_vote(request.user, review)
    if rate_limited(request, "vote"):
        return ratelimited(request)
    voted, count = review_helpful_toggle(review=review, user=request.user)
    review.helpful_count = count
    if request.htmx:
        return render(request, "reviews/_helpful.html", {"review": review, "voted": voted})
    messages.success(request, _("Thanks: marked as helpful.") if voted else _("Your helpful vote is taken back."))
    return redirect(reverse("reviews:detail", args=[review.pk]))


@login_required
def review_receipt(request: HttpRequest, pk: int) -> HttpResponse:
    """The author sends a receipt privately, for a moderator to verify the treatment."""
    review = _own_review(request, pk)
    check_can_submit_receipt(request.user, review)
    form = ReceiptForm(request.POST or None, request.FILES or None)
    limited = False
    if request.method == "POST" and form.is_valid():
        limited = rate_limited(request, "review")
        done = submit_form(
            request,
            form,
            lambda: review_receipt_submit(review=review, author=request.user, receipt=form.cleaned_data["receipt"]),
            success=_(
                "Thank you: a moderator will check your receipt, usually within two working days, and then "
                "delete it. Your review stays published meanwhile."
            ),
            redirect_to=lambda updated: updated,
            limited=limited,
        )
        if done:
            return done
    return render(request, "reviews/receipt.html", {"form": form, "review": review}, status=429 if limited else 200)


@require_POST
@login_required
def review_confirm_visit(request: HttpRequest, pk: int) -> HttpResponse:
    """The doctor a review names confirms they treated this patient (from their dashboard or the review)."""
    review = get_object_or_404(Review.objects.public().select_related("author", "treatment", "doctor"), pk=pk)
    check_can_confirm_visit(request.user, review)
    review_visit_confirm(review=review, doctor_user=request.user)
    messages.success(
        request, _("Thank you: “%(title)s” now shows that you confirmed the visit.") % {"title": review.title}
    )
    return redirect(safe_next_url(request, fallback=review.get_absolute_url()))


@never_cache
def review_receipt_file(request: HttpRequest, pk: int) -> FileResponse:
    """A review's receipt, for moderators with the receipt permission only, as a download that no browser
    renders in the site's origin. Everyone else who is not staff gets a 404, the author included: the URL
    reveals nothing, and an account takeover must not expose the receipt."""
    if not request.user.is_authenticated or not request.user.is_staff:
        raise Http404("No such page.")
    check_can_decide_receipt(request.user)
    review = get_object_or_404(Review, pk=pk)
    if not review.receipt:
        raise Http404("No receipt is waiting on this review: it is deleted once a moderator decides.")
    return licence_file_response(review.receipt, filename=f"receipt-review-{review.pk}")
