"""Every app's sitemap sections, in one dict for `sitemap.xml`."""

from doctors.sitemaps import DoctorSitemap
from questions.sitemaps import QuestionSitemap
from reviews.sitemaps import ReviewSitemap
from treatments.sitemaps import TreatmentSitemap

SITEMAPS = {
    "treatments": TreatmentSitemap,
    "questions": QuestionSitemap,
    "doctors": DoctorSitemap,
    "reviews": ReviewSitemap,
}
