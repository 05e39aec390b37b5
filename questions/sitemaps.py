from django.contrib.sitemaps import Sitemap

from questions.models import Question


class QuestionSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6
    limit = 5000

    def items(self):
        return Question.objects.public().only("pk", "slug", "last_activity_at").order_by("-pk")

    def lastmod(self, question: Question):
        return question.last_activity_at
