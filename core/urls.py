from django.urls import path

from core import views
from questions import views as question_views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("search/", question_views.search, name="search"),
    path("about/disclaimer/", views.medical_disclaimer, name="medical_disclaimer"),
]
