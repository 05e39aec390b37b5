from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from accounts.forms import AccountSettingsForm
from accounts.services import notices_mark_read


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
