from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters

from accounts.forms import AccountSettingsForm, SignUpForm
from accounts.services import notices_mark_read


@sensitive_post_parameters("password1", "password2")
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("accounts:account")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="accounts.backends.ModelBackendWithRoles")
        messages.success(request, f"Welcome to Candid, {user.handle}. Your handle is all anyone else sees.")
        return redirect(request.GET.get("next") or "accounts:account")
    return render(request, "accounts/signup.html", {"form": form})


@login_required
def account(request: HttpRequest) -> HttpResponse:
    notices = list(request.user.notices.all()[:20])
    response = render(request, "accounts/account.html", {"notices": notices})
    notices_mark_read(user=request.user)
    return response


@login_required
def account_settings(request: HttpRequest) -> HttpResponse:
    form = AccountSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your settings are saved.")
        return redirect("accounts:account")
    return render(request, "accounts/settings.html", {"form": form})
