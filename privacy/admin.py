"""Data exports in the admin: a moderator answers a data request from someone who cannot log in.

The action "Export this member's data…" sits on the console's member admin; `PrivacyConfig.ready()`
adds it there at start-up (privacy and console are side by side in one layer and import nothing of each
other). The exports a moderator made are listed for that moderator only, each with its download link;
a member's own exports are theirs alone and never listed here.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from moderation.admin import BOTH_LOCATIONS, confirm_action
from privacy.models import DataExport
from privacy.permissions import EXPORT_PERMISSION, access_moderator_export, check_can_export_member_data
from privacy.services import ExportRefused, data_export_request_for_member
from privacy.views import export_file_response


@admin.action(description=_("Export this member's data…"), permissions=["export_data"], location=BOTH_LOCATIONS)
def export_member_data(model_admin, request, queryset):
    """Build an export of each selected member's data, downloadable by this moderator from the admin."""
    cleaned, page = confirm_action(
        model_admin,
        request,
        queryset,
        title=_("Export members' data"),
        question=_(
            "A ZIP of everything the site holds about each of these members will be prepared for you "
            "alone to download, under Privacy: Data exports, for seven days. Use it only to answer a data "
            "request from someone who cannot log in, after checking that the request comes from them."
        ),
        button=_("Export their data"),
        reason_label=_("Who asked, and how you checked it was them (kept in the log)"),
    )
    if page is not None:
        return page
    made = 0
    for member in queryset:
        try:
            data_export_request_for_member(moderator=request.user, member=member, reason=cleaned["reason"])
        except (ExportRefused, PermissionDenied) as refusal:
            model_admin.message_user(request, getattr(refusal, "message", str(refusal)), messages.ERROR)
            continue
        made += 1
    if made:
        url = reverse("admin:privacy_dataexport_changelist")
        model_admin.message_user(
            request,
            format_html(
                ngettext(
                    'Preparing {count} export: download it from <a href="{url}">Data exports</a> once ready.',
                    'Preparing {count} exports: download them from <a href="{url}">Data exports</a> once ready.',
                    made,
                ),
                count=made,
                url=url,
            ),
            messages.SUCCESS,
        )


def has_export_data_permission(model_admin, request) -> bool:
    return request.user.has_perm(EXPORT_PERMISSION)


def add_export_action(member_admin: admin.ModelAdmin) -> None:
    """Give the member admin the export action (called once, from PrivacyConfig.ready)."""
    if "export_member_data" in [getattr(a, "__name__", a) for a in member_admin.actions or ()]:
        return
    member_admin.actions = [*(member_admin.actions or ()), export_member_data]
    # The action's `permissions=["export_data"]` asks the admin for has_export_data_permission().
    member_admin.has_export_data_permission = has_export_data_permission.__get__(member_admin)


@admin.register(DataExport)
class DataExportAdmin(admin.ModelAdmin):
    """The exports this moderator made for data requests, newest first, with their download link."""

    # The download first: on a phone the columns after it scroll out of sight.
    list_display = ["download", "member", "requested_at", "status", "expires_at", "size_display"]
    list_display_links = ["member"]
    list_filter = ["status"]
    search_fields = ["member__handle"]
    list_select_related = ["member"]
    readonly_fields = [
        "member",
        "reason",
        "status",
        "requested_at",
        "ready_at",
        "expires_at",
        "size_display",
        "download",
    ]
    fields = readonly_fields

    def get_queryset(self, request):
        return super().get_queryset(request).for_moderator(request.user)

    def has_module_permission(self, request) -> bool:
        return self.has_view_permission(request)

    def has_view_permission(self, request, obj=None) -> bool:
        return super().has_view_permission(request, obj) and request.user.has_perm(EXPORT_PERMISSION)

    def has_add_permission(self, request) -> bool:
        return False  # made by the member admin's action, with a reason

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # the file goes when it expires; the row stays as a record of the request

    @admin.display(description=_("size"), ordering="size")
    def size_display(self, export: DataExport) -> str:
        return "—" if export.size is None else filesizeformat(export.size)

    @admin.display(description=_("download"))
    def download(self, export: DataExport):
        if not export.is_downloadable():
            return export.get_status_display() if export.status != DataExport.Status.READY else _("Expired")
        url = reverse("admin:privacy_dataexport_download", args=[export.pk])
        return format_html('<a class="button" href="{}">{}</a>', url, _("Download"))

    def get_urls(self):
        return [
            path(
                "<int:pk>/download/",
                self.admin_site.admin_view(self.download_view),
                name="privacy_dataexport_download",
            ),
            *super().get_urls(),
        ]

    def download_view(self, request, pk: int):
        check_can_export_member_data(request.user)
        export = access_moderator_export(request.user, pk)
        if not export.is_downloadable():
            self.message_user(request, _("That export has expired and its file was deleted."), messages.ERROR)
            return redirect("admin:privacy_dataexport_changelist")
        return export_file_response(export)
