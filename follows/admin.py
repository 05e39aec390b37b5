from django.contrib import admin

from follows.models import DigestSent, EmailPreference, Follow


@admin.register(Follow)
class FollowAdmin(admin.ModelAdmin):
    list_display = ["user", "topic", "created_at"]
    search_fields = ["user__handle", "topic"]
    list_select_related = ["user"]
    autocomplete_fields = ["user"]


@admin.register(EmailPreference)
class EmailPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "immediate", "digest", "updated_at"]
    list_filter = ["digest", "immediate"]
    search_fields = ["user__handle"]
    list_select_related = ["user"]
    autocomplete_fields = ["user"]


@admin.register(DigestSent)
class DigestSentAdmin(admin.ModelAdmin):
    list_display = ["user", "period", "notice_count", "sent_at"]
    list_filter = ["period"]
    search_fields = ["user__handle"]
    list_select_related = ["user"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
