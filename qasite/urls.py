"""Root URL map: each app owns its own `urls.py`, mounted here under its prefix.

A namespace may gather URLs from two apps: an app's own pages and the site pages (`pages`) that show
it together with other apps, e.g. `doctors:apply` from doctors and `doctors:profile` from pages. The
app's own URLs come first, so its fixed paths (`doctors/apply/`) win over a page's `<slug>/`.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from accounts import views as account_views
from api.v1 import api as api_v1
from doctors import urls as doctor_urls
from ops import urls as ops_urls
from pages import urls as page_urls
from pages import views as page_views
from pages.sitemaps import SITEMAPS
from reviews import urls as review_urls
from treatments import urls as treatment_urls


def namespace(name: str, *url_lists: list) -> tuple:
    """One URL namespace made of several apps' URL lists, matched in the order given."""
    return include(([url for urls in url_lists for url in urls], name))


# Every page in every language (settings.LANGUAGES): English at the addresses it always had, the others
# under their code (/es/...). See core/i18n.py.
urlpatterns = [
    *i18n_patterns(
        # The site's pages and the health checks keep the "core" namespace they always had (`core:home`).
        path("", namespace("core", page_urls.site, ops_urls.urlpatterns)),
        path("accounts/data/", include("privacy.urls")),
        path("", include("policies.urls")),
        path("accounts/", include("accounts.urls")),
        path("accounts/", include("follows.urls")),
        path("accounts/", include("allauth.urls")),
        path("treatments/", namespace("treatments", treatment_urls.urlpatterns, page_urls.treatments)),
        path("questions/", include("questions.urls")),
        path("doctors/", namespace("doctors", doctor_urls.urlpatterns, page_urls.doctors)),
        path("reviews/", namespace("reviews", review_urls.urlpatterns, page_urls.reviews)),
        path("photos/", include("photos.urls")),
        path("consultations/", include("consultations.urls")),
        path("moderation/", include("moderation.urls")),
        path("admin/", admin.site.urls),
        # The API's feeds and widget, and the pages for tokens and widget origins.
        path("", include("api.urls")),
        prefix_default_language=False,
    ),
    # The same in every language: the public API (docs/api.md), the sitemap (which lists every
    # language's address of each page) and the language switcher.
    path("api/v1/", api_v1.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("language/<str:code>/", account_views.choose_language, name="language"),
]

handler400 = page_views.bad_request
handler403 = page_views.permission_denied
handler404 = page_views.page_not_found
handler500 = page_views.server_error

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
