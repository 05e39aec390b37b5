from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from core.redirects import safe_next_url
from core.views import ratelimited, submit_form
from moderation.forms import AppealForm, FlagForm
from moderation.models import Appeal, ModerationLog
from moderation.permissions import check_can_appeal, check_can_flag
from moderation.ratelimits import rate_limited
from moderation.services import FlagAlreadyOpen, appeal_create, appeal_url, flag_create
from moderation.targets import content_owner_id, flaggable_model, public_queryset
from pagecache.middleware import page_cache_exempt


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
            messages.info(request, _("You have already flagged this; a moderator will look at it."))
        else:
            messages.success(request, _("Thank you. A moderator will review it; we don't tell the author who flagged."))
        return redirect(back)
    return render(
        request,
        "moderation/flag_form.html",
        {"form": form, "target": target, "kind": model._meta.verbose_name, "next": back},
    )


@page_cache_exempt
@login_required
def appeal(request: HttpRequest, content_type: str, object_id: int) -> HttpResponse:
    """The author of a hidden post sees why it was hidden and appeals, once per hiding.

    Another member's post, or an id that does not exist, is a 404 (the same answer for both).
    """
    model = flaggable_model(content_type)
    if model is None:
        raise Http404("This can't be appealed.")
    target = model._default_manager.filter(pk=object_id).first()
    if target is None or content_owner_id(target) != request.user.pk:
        raise Http404("No such post of yours.")
    hiding = ModerationLog.objects.current_hiding(target)
    appeals = list(Appeal.objects.for_target(target).filter(appellant=request.user).order_by("-created_at")[:5])
    current = next((row for row in appeals if row.hidden_at == target.hidden_at), None)
    refusal = ""
    try:
        check_can_appeal(request.user, target, hiding)
    except PermissionDenied as error:
        refusal = str(error)

    form = AppealForm(request.POST or None)
    if request.method == "POST" and not refusal and form.is_valid():
        done = submit_form(
            request,
            form,
            lambda: appeal_create(appellant=request.user, target=target, reason=form.cleaned_data["reason"]),
            success=_("Your appeal is sent. A moderator who did not hide it will decide, and we will tell you."),
            redirect_to=lambda created: appeal_url(target),
        )
        if done:
            return done
    elif request.method == "POST" and refusal:
        messages.error(request, refusal)
        return redirect(appeal_url(target))
    return render(
        request,
        "moderation/appeal.html",
        {
            "target": target,
            "kind": model._meta.verbose_name,
            "withdrawn": hiding is not None and hiding.actor_id == request.user.pk,
            "by_flags": hiding is not None and hiding.action == ModerationLog.Action.AUTO_HIDE,
            "current_appeal": current,
            "past_appeals": [row for row in appeals if row is not current],
            "form": None if refusal else form,
            "refusal": refusal,
        },
    )
