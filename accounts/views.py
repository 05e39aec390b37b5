from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext

from accounts.forms import AccountCloseForm, AccountSettingsForm
from accounts.services import account_close
from core.i18n import page_exists_in, path_in_language
from core.middleware import remember_language


@login_required
def account(request: HttpRequest) -> HttpResponse:
    """The member's account; the latest notices, which stay unread until opened or marked read on the
    notices page (follows.views)."""
    notices = list(request.user.notices.all()[:5])
    return render(request, "accounts/account.html", {"notices": notices})


@login_required
def account_settings(request: HttpRequest) -> HttpResponse:
    form = AccountSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, gettext("Your settings are saved."))
        return redirect("accounts:account")
    return render(request, "accounts/settings.html", {"form": form})


@login_required
def account_close_view(request: HttpRequest) -> HttpResponse:
    """Close one's own account for good (accounts.services.account_close), then log out."""
    form = AccountCloseForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        account_close(member=request.user, keep_posts=form.keep_posts, actor=request.user)
        logout(request)
        messages.success(
            request, gettext("Your account is closed and your personal details are erased. Goodbye, and thank you.")
        )
        return redirect("/")
    return render(request, "accounts/close.html", {"form": form})


def choose_language(request: HttpRequest, code: str) -> HttpResponse:
    """The language switcher's link: the same page in language `code`, remembered for the reader (a
    cookie) and, for a member, on their account (their pages on any device, their e-mails).

    A GET, so that the switcher is a plain link on pages the cache keeps; it changes only the reader's
    own preference, and `next` may only be a path on this site.
    """
    if code not in dict(settings.LANGUAGES):
        raise Http404("No such language.")
    next_path = request.GET.get("next", "/")
    if not next_path.startswith("/") or not url_has_allowed_host_and_scheme(
        next_path, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_path = "/"
    path, _, query = next_path.partition("?")
    target = path_in_language(path, code) if page_exists_in(path, code) else path_in_language("/", code)
    response = redirect(f"{target}?{query}" if query else target)
    remember_language(response, code)
    user = request.user
    if user.is_authenticated and user.language != code:
        user.language = code
        user.save(update_fields=["language"])
    return response
