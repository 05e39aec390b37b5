from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    """A member's data: exports of everything the site holds about them (docs/privacy.md)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "privacy"
    verbose_name = "Privacy"

    def ready(self) -> None:
        from django.contrib import admin
        from django.contrib.auth import get_user_model

        from accounts.signals import member_leaving
        from privacy.admin import add_export_action
        from privacy.services import data_exports_erase_for_leaving_member

        member_leaving.connect(data_exports_erase_for_leaving_member, dispatch_uid="privacy.member_leaving")

        # The admin app (first in INSTALLED_APPS) registered every admin before this runs, the console's
        # member admin included: the export action joins its suspension actions there.
        user_model = get_user_model()
        if admin.site.is_registered(user_model):
            add_export_action(admin.site.get_model_admin(user_model))
