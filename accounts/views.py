from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from accounts.forms import AccountCloseForm, AccountSettingsForm
from accounts.services import account_close


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
        messages.success(request, "Your settings are saved.")
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
            request, "Your account is closed and your personal details are erased. Goodbye, and thank you."
        )
        return redirect("/")
    return render(request, "accounts/close.html", {"form": form})
