"""Mounted at /bench/ only when BENCH_VIEWS is on (see qasite/urls.py)."""

from django.urls import path

from bench import views

app_name = "bench"

urlpatterns = [
    path("ping", views.ping, name="ping"),
]
