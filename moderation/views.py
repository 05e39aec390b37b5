from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from core.redirects import safe_next_url
from core.views import ratelimited
from moderation.forms import FlagForm
from moderation.permissions import check_can_flag
from moderation.ratelimits import rate_limited
from moderation.services import FlagAlreadyOpen, flag_create
from moderation.targets import flaggable_model, public_queryset


def _safe_next(request: HttpRequest, fallback: str) -> str:
    return safe_next_url(request, fallback)


@login_required
def flag(request: HttpRequest, content_type: str, object_id: int) -> HttpResponse:
    """Flag a question, answer, review, photo or doctor profile for the moderators (works without JS)."""
    model = flaggable_model(content_type)
    if model is None:
        raise Http404("This can't be flagged.")
    # Only what the public can see: hidden or unpublished items answer 404 as everywhere else.
    target = get_object_or_404(public_queryset(model), pk=object_id)
    check_can_flag(request.user, target)
    back = _safe_next(request, target.get_absolute_url() if hasattr(target, "get_absolute_url") else "/")

    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if rate_limited(request, "flag"):
            return ratelimited(request)
        try:
            flag_create(
                reporter=request.user,
                target=target,
                reason=form.cleaned_data["reason"],
                details=form.cleaned_data["details"],
            )
        except FlagAlreadyOpen:
            messages.info(request, "You have already flagged this; a moderator will look at it.")
        else:
            messages.success(request, "Thank you. A moderator will review it; we don't tell the author who flagged.")
        return redirect(back)
    return render(
        request,
        "moderation/flag_form.html",
        {"form": form, "target": target, "kind": model._meta.verbose_name, "next": back},
    )
