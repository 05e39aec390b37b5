from django.contrib import admin

from moderation import dashboard


class CandidAdminSite(admin.AdminSite):
    """The admin as the moderators' console: queues with counts on the index, above the usual app list."""

    site_header = "Candid moderation"
    site_title = "Candid moderation"
    index_title = "Moderation console"

    def index(self, request, extra_context=None):
        context = {
            "moderation_queues": dashboard.queues(request),
            "moderation_recent": dashboard.recent_log(request),
            **(extra_context or {}),
        }
        return super().index(request, extra_context=context)
