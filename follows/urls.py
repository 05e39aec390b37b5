"""Mounted under /accounts/ (personal pages, never in the page cache)."""

from django.urls import path

from follows import views

app_name = "follows"

urlpatterns = [
    path("follow/", views.follow, name="follow"),
    path("notices/", views.notices, name="notices"),
    path("notices/read/", views.notices_read, name="notices_read"),
    path("notices/<int:pk>/", views.notice_open, name="notice_open"),
    path("email-preferences/", views.preferences, name="preferences"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
