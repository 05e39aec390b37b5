from django.contrib.sitemaps import Sitemap

from doctors.models import DoctorProfile


class DoctorSitemap(Sitemap):
    """Public profiles of verified doctors (suspended ones stay reachable but are not promoted)."""

    changefreq = "weekly"
    priority = 0.7
    limit = 5000

    def items(self):
        return DoctorProfile.objects.public().verified().only("pk", "slug").order_by("pk")
