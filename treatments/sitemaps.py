from django.contrib.sitemaps import Sitemap

from treatments.models import Treatment


class TreatmentSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return Treatment.objects.order_by("slug")
