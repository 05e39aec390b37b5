"""The pages around the API: a member's tokens, a doctor's widget settings, and the widget itself."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.csp import CSP
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_POST

from api.forms import ApiTokenForm, WidgetOriginForm
from api.models import ApiToken, WidgetOrigin
from api.services import api_token_create, api_token_revoke, widget_origin_add, widget_origin_remove
from core.permissions import can
from doctors.models import DoctorProfile
from doctors.permissions import check_is_verified_doctor
from pagecache.topics import cached_until_changed
from reviews.selectors import doctor_review_summary

WIDGET_REVIEWS = 3


@never_cache
@login_required
def api_tokens(request: HttpRequest) -> HttpResponse:
    """The member's API tokens: make one (its secret shown on this response only), see and revoke them."""
    may_post_answers = can(request.user, "questions.write_answers")
    form = ApiTokenForm(request.POST or None, may_post_answers=may_post_answers)
    secret = ""
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            _token, secret = api_token_create(
                user=request.user,
                name=form.cleaned_data["name"],
                can_post_answers=form.cleaned_data.get("can_post_answers", False),
            )
        except ValidationError as error:
            form.add_error(None, error)
            status = 400
        else:
            form = ApiTokenForm(may_post_answers=may_post_answers)
    elif request.method == "POST":
        status = 400
    context = {
        "form": form,
        "secret": secret,
        "tokens": list(ApiToken.objects.owned_by(request.user)),
    }
    return render(request, "api/tokens.html", context, status=status)


@require_POST
@login_required
def api_token_revoke_view(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken.objects.owned_by(request.user), pk=pk)
    api_token_revoke(token=token, user=request.user)
    messages.success(request, gettext("The token “%(name)s” is revoked: it no longer works.") % {"name": token.name})
    return redirect("api:tokens")


@never_cache
@login_required
def widget_settings(request: HttpRequest) -> HttpResponse:
    """A verified doctor lists the websites that may show their reviews widget, and copies its snippet."""
    doctor = check_is_verified_doctor(request.user, action=_("put your reviews on your website"))
    form = WidgetOriginForm(request.POST or None)
    status = 200
    if request.method == "POST" and "remove" in request.POST:
        try:
            origin_id = int(request.POST["remove"])
        except ValueError:
            origin_id = 0
        if widget_origin_remove(doctor=doctor, origin_id=origin_id):
            messages.success(request, gettext("The website is removed: it can no longer show your widget."))
        return redirect("api:widget_settings")
    if request.method == "POST":
        if form.is_valid():
            try:
                origin = widget_origin_add(doctor=doctor, origin=form.cleaned_data["origin"])
            except ValidationError as error:
                form.add_error("origin", error)
            else:
                messages.success(
                    request, gettext("%(origin)s may now show your reviews widget.") % {"origin": origin.origin}
                )
                return redirect("api:widget_settings")
        status = 400
    widget_url = request.build_absolute_uri(reverse("api:widget", args=[doctor.pk]))
    widget_title = gettext("Reviews of %(name)s on %(site)s") % {
        "name": doctor.display_name,
        "site": settings.SITE_NAME,
    }
    context = {
        "doctor": doctor,
        "form": form,
        "origins": list(WidgetOrigin.objects.filter(doctor=doctor)),
        "widget_url": widget_url,
        "snippet": (
            f'<iframe src="{widget_url}" title="{widget_title}" '
            'width="360" height="420" style="border:0" loading="lazy"></iframe>'
        ),
    }
    return render(request, "api/widget_settings.html", context, status=status)


def _widget_data(pk: int) -> dict | None:
    doctor = DoctorProfile.objects.public().filter(pk=pk).first()
    if doctor is None:
        return None
    return {
        "doctor": doctor,
        "summary": doctor_review_summary(doctor, recent=WIDGET_REVIEWS),
        "origins": list(WidgetOrigin.objects.filter(doctor=doctor).values_list("origin", flat=True)),
    }


@xframe_options_exempt
def doctor_reviews_widget(request: HttpRequest, pk: int) -> HttpResponse:
    """A doctor's rating, number of reviews and latest reviews, for their own website to frame.

    Sets no cookie (no session, no CSRF token: nothing to post); only the websites the doctor listed
    may frame it (CSP `frame-ancestors`). Kept until the doctor's reviews or their list change.
    """
    if pk > 2**31:
        raise Http404
    data = cached_until_changed(f"widget:{pk}", lambda: _widget_data(pk), topics=[f"doctor:{pk}", f"widget:{pk}"])
    if data is None:
        raise Http404("No such doctor.")
    response = render(
        request,
        "api/widget.html",
        {
            **data,
            "profile_url": request.build_absolute_uri(data["doctor"].get_absolute_url()),
            "site_root": request.build_absolute_uri("/").rstrip("/"),
        },
    )
    response._csp_config = {**settings.SECURE_CSP, "frame-ancestors": [CSP.SELF, *data["origins"]]}
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response
