from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

RATE_LIMITED = _("You're posting faster than we allow. Please wait a few minutes; what you typed is still here.")


def ratelimited(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Shown when a rate limit blocks an action (`moderation.ratelimits.rate_limited`; also
    django-ratelimit's RATELIMIT_VIEW): a calm explanation, not an error page."""
    return render(request, "core/ratelimited.html", status=429)


def submit_form(
    request: HttpRequest,
    form,
    write: Callable[[], Any],
    *,
    success: str | Callable[[Any], str],
    redirect_to: Callable[[Any], Any],
    limited: bool = False,
) -> HttpResponse | None:
    """Finish a valid form in a workflow view: when `limited` (the caller's rate limit said no) the form
    says so and nothing is written; otherwise `write()` calls the service, and a ValidationError it raises
    goes onto the form. Either way None: the view shows the form again (status 429 when limited). On
    success, the `success` message (a string, or made from what `write` returned) and a redirect to
    `redirect_to(result)`."""
    if limited:
        form.add_error(None, RATE_LIMITED)
        return None
    try:
        result = write()
    except ValidationError as error:
        form.add_error(None, error)
        return None
    messages.success(request, success(result) if callable(success) else success)
    return redirect(redirect_to(result))
