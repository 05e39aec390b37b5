from django.urls import path

from ops import views

# Mounted by qasite/urls.py in the site's "core" namespace, beside the site pages (`core:healthz`).
urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
]
