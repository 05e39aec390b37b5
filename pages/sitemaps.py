"""Every app's sitemap sections, in one dict for `sitemap.xml`.

Each page is listed once per language (settings.LANGUAGES), with `hreflang` alternates naming the
others and English as `x-default`, as search engines ask of a site with translated pages.
"""

from django.contrib.sitemaps import Sitemap

from doctors.sitemaps import DoctorSitemap
from questions.sitemaps import QuestionSitemap
from reviews.sitemaps import ReviewSitemap
from treatments.sitemaps import TreatmentSitemap


def in_every_language(sitemap: type[Sitemap]) -> type[Sitemap]:
    return type(sitemap.__name__, (sitemap,), {"i18n": True, "alternates": True, "x_default": True})


SITEMAPS = {
    "treatments": in_every_language(TreatmentSitemap),
    "questions": in_every_language(QuestionSitemap),
    "doctors": in_every_language(DoctorSitemap),
    "reviews": in_every_language(ReviewSitemap),
}
