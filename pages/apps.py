from django.apps import AppConfig


class PagesConfig(AppConfig):
    """The site's own pages and the pages that combine apps: home, search route, treatment hub, doctor
    profile and dashboard, a review's page, sitemaps, error pages, and the demo-data command."""

    name = "pages"
