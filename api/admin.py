"""Moderators see members' API tokens (never their secrets: only a hash is stored) and revoke them."""

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from api.models import ApiToken, WidgetOrigin
from api.services import api_tokens_revoke


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "prefix", "can_post_answers", "created_at", "last_used_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter), "can_post_answers"]
    search_fields = ["user__handle", "name", "prefix"]
    list_select_related = ["user"]
    readonly_fields = ["user", "name", "prefix", "can_post_answers", "created_at", "last_used_at", "revoked_at"]
    exclude = ["key_hash"]
    actions = ["revoke"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # members make their own, on their account page

    @admin.action(description=_("Revoke the selected tokens"), permissions=["change"])
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        revoked = api_tokens_revoke(tokens=queryset)
        messages.success(
            request, ngettext("Revoked %(count)d token.", "Revoked %(count)d tokens.", revoked) % {"count": revoked}
        )


@admin.register(WidgetOrigin)
class WidgetOriginAdmin(admin.ModelAdmin):
    list_display = ["origin", "doctor", "created_at"]
    search_fields = ["origin", "doctor__full_name", "doctor__slug"]
    list_select_related = ["doctor"]
    autocomplete_fields = ["doctor"]
