"""Moderators see reported conversations only, read-only: what was said, the report, and the photos
on the conversation's page, through signed, expiring addresses."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from consultations.models import ConsultationMessage, ConsultationRequest


class ConsultationMessageInline(admin.TabularInline):
    model = ConsultationMessage
    fields = ["created_at", "author", "body"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ConsultationRequest)
class ConsultationRequestAdmin(admin.ModelAdmin):
    list_display = ["id", "doctor", "patient", "status", "reported_at", "reported_by", "created_at"]
    list_select_related = ["doctor", "patient", "reported_by"]
    list_filter = ["status", "reported_at"]
    search_fields = ["doctor__full_name", "patient__handle", "report_reason"]
    fields = [
        "doctor",
        "patient",
        "reported_at",
        "reported_by",
        "report_reason",
        "status",
        "treatment",
        "timing",
        "message",
        "photos_shown",
        "created_at",
        "first_reply_at",
    ]
    readonly_fields = fields
    inlines = [ConsultationMessageInline]

    def get_queryset(self, request):
        # Private conversations: moderators read one only once the doctor or the patient reported it.
        return super().get_queryset(request).reported().select_related("doctor", "patient", "treatment")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("photos"))
    def photos_shown(self, obj: ConsultationRequest) -> str:
        count = obj.photos.count() if obj is not None else 0
        if not count:
            return gettext("None")
        # Each photo's address is signed for the member who opens it: the conversation page makes them.
        text = ngettext(
            '%(count)d private photo · <a href="{url}">open the conversation to see them</a>',
            '%(count)d private photos · <a href="{url}">open the conversation to see them</a>',
            count,
        ) % {"count": count}
        return format_html(text, url=obj.get_absolute_url())
