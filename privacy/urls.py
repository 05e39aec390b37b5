"""The member's data page, under /accounts/data/ beside the account pages."""

from django.urls import path

from privacy import views

app_name = "privacy"

urlpatterns = [
    path("", views.data, name="data"),
    path("<int:pk>/download/", views.download, name="download"),
]
