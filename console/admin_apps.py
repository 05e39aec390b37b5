from django.contrib.admin.apps import AdminConfig


class CandidAdminConfig(AdminConfig):
    """`django.contrib.admin` with Candid's site: the moderation dashboard on the index page.

    In its own module because `console.apps` may declare only one default AppConfig.
    """

    default_site = "console.sites.CandidAdminSite"

    def ready(self) -> None:
        super().ready()  # autodiscovery: every app's admin, taggit's included
        from django.contrib import admin

        from console import taggit_admin

        taggit_admin.register(admin.site)
