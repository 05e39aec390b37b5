from django.apps import AppConfig


class ConsoleConfig(AppConfig):
    """The moderators' console: the admin site and its dashboard, the flag queue, the member admin and the
    administrators' commands. It sits above the content apps and is where moderation meets them; the
    admin site itself is installed through `console.admin_apps.CandidAdminConfig`."""

    name = "console"
