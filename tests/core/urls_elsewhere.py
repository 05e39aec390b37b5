"""A second URLconf for tests/core/test_links.py."""

from django.urls import include, path

urlpatterns = [
    path("elsewhere/<int:pk>/<slug:slug>/", lambda request: None, name="detail"),
]
urlpatterns = [path("", include((urlpatterns, "questions")))]
