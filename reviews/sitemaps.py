from django.contrib.sitemaps import Sitemap

from reviews.models import Review


class ReviewSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5
    limit = 5000

    def items(self):
        return Review.objects.public().only("pk", "updated_at").order_by("-pk")

    def lastmod(self, review: Review):
        return review.updated_at
