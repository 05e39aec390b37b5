"""Root URL map: each app owns its own `urls.py`, mounted here under its prefix."""

from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from core import views as core_views
from core.sitemaps import SITEMAPS

urlpatterns = [
    path("", include("core.urls")),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("treatments/", include("treatments.urls")),
    path("questions/", include("questions.urls")),
    path("doctors/", include("doctors.urls")),
    path("reviews/", include("reviews.urls")),
    path("photos/", include("photos.urls")),
    path("moderation/", include("moderation.urls")),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]

if settings.BENCH_VIEWS:
    # The benchmark's trivial view (bench/README.md); never mounted in production.
    urlpatterns.append(path("bench/", include("bench.urls")))

handler400 = core_views.bad_request
handler403 = core_views.permission_denied
handler404 = core_views.page_not_found
handler500 = core_views.server_error

if settings.SERVE_MEDIA:
    # Public media (photo derivatives, headshots) from local disk, for development and single-box
    # deployments; with object storage the bucket serves them. Private files are never under here.
    from django.conf.urls.static import static
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += (
        [
            re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
        ]
        if not settings.DEBUG
        else static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    )
