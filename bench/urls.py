"""The benchmark server's URLs (bench/settings.py): the site's, and the trivial view at /bench/ping."""

from django.urls import include, path

from bench import views
from qasite.urls import handler400, handler403, handler404, handler500
from qasite.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    path("bench/", include(([path("ping", views.ping, name="ping")], "bench"))),
    *site_urlpatterns,
]

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]
