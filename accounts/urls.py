"""The member's own pages. Sign-up, log-in, log-out, passwords, e-mail addresses and two-factor are
allauth's views, mounted beside these in qasite/urls.py (names like `account_login`)."""

from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.account, name="account"),
    path("settings/", views.account_settings, name="settings"),
    path("close/", views.account_close_view, name="close"),
]
