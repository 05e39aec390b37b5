"""Moderation's reusable admin parts for every app, and the audit log's admin.

Other apps' admins plug in the mixins:

    @admin.register(Question)
    class QuestionAdmin(AuditedEditAdminMixin, HideableAdminMixin, admin.ModelAdmin):
        ...

- `HideableAdminMixin` adds the Visible/Hidden filter and column, and the "Hide" / "Restore"
  actions (list and change form) with a confirmation page asking for a reason.
- `AuditedEditAdminMixin` logs an EDIT entry (changed fields, before and after) when staff change
  someone else's content in the admin, and a DELETE entry when an administrator deletes. Leave it
  out where the app's own services already log edits and deletions.
- `confirm_action` is the two-step "give a reason, then confirm" page of every moderation action.

The moderators' console (the admin site, its dashboard, the flag queue and the member admin) is the
`console` app, above the content apps; this module, like the rest of moderation, imports none of them.
"""

import datetime
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IS_POPUP_VAR
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext

from core.permissions import can
from moderation.forms import ModerationReasonForm
from moderation.models import ModerationLog
from moderation.services import content_delete_record, content_edit_record, content_hide, content_restore
from moderation.targets import admin_change_url, content_owner_id, restore_refusal
from moderation.templatetags.moderation_tags import snapshot_table

BOTH_LOCATIONS = [admin.ActionLocation.CHANGE_LIST, admin.ActionLocation.CHANGE_FORM]
CONFIRMATION_TEMPLATE = "admin/moderation/action_confirmation.html"


class VisibilityFilter(admin.SimpleListFilter):
    title = gettext_lazy("visibility")
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [("visible", _("Visible")), ("hidden", _("Hidden"))]

    def queryset(self, request, queryset):
        if self.value() == "visible":
            return queryset.filter(hidden_at__isnull=True)
        if self.value() == "hidden":
            return queryset.filter(hidden_at__isnull=False)
        return queryset


class NewDoctorAnswersFilter(admin.SimpleListFilter):
    """Answers by doctors verified recently: their first answers deserve a second look."""

    title = gettext_lazy("doctor verified")
    parameter_name = "doctor_verified"
    DAYS = 30

    def lookups(self, request, model_admin):
        return [
            (
                str(self.DAYS),
                ngettext("In the last %(days)s day", "In the last %(days)s days", self.DAYS) % {"days": self.DAYS},
            )
        ]

    def queryset(self, request, queryset):
        if self.value() == str(self.DAYS):
            return queryset.filter(doctor__verified_at__gte=timezone.now() - datetime.timedelta(days=self.DAYS))
        return queryset


def _action_field_name(request: HttpRequest) -> str:
    """Actions run from the change form post their choice under a prefixed name."""
    prefixed = f"{admin.ActionLocation.CHANGE_FORM.value}-action"
    return prefixed if prefixed in request.POST else "action"


def confirm_action(
    model_admin: admin.ModelAdmin,
    request: HttpRequest,
    queryset: models.QuerySet,
    *,
    title: str,
    question: str,
    button: str,
    reason_label: str = gettext_lazy("Reason"),
    reason_required: bool = True,
    reason_help: str = "",
) -> tuple[dict[str, Any] | None, TemplateResponse | None]:
    """Two-step admin action: show a confirmation page asking for a reason, then hand back the cleaned data.

    Returns (cleaned_data, None) once confirmed, else (None, the confirmation page).
    """
    data = request.POST if "confirm" in request.POST else None
    form = ModerationReasonForm(
        data, reason_required=reason_required, reason_label=reason_label, reason_help=reason_help
    )
    if data is not None and form.is_valid():
        return form.cleaned_data, None
    objects = list(queryset[:201])
    context = {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "question": question,
        "button": button,
        "form": form,
        "opts": model_admin.model._meta,
        "objects": objects[:200],
        "more": len(objects) > 200,
        "selected_pks": list(queryset.values_list("pk", flat=True)),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "action_field_name": _action_field_name(request),
        "action_name": request.POST.get(_action_field_name(request), ""),
        "form_url": request.get_full_path(),
        "media": model_admin.media,
    }
    request.current_app = model_admin.admin_site.name
    return None, TemplateResponse(request, CONFIRMATION_TEMPLATE, context)


def snapshot_fields(form: forms.ModelForm, names: list[str], *, initial: bool) -> dict[str, Any]:
    """Values of `names` before (the form's initial data) or after (cleaned data) an admin edit."""
    values = {}
    for name in names:
        value = form.initial.get(name) if initial else form.cleaned_data.get(name)
        field = form.fields.get(name)
        if isinstance(field, forms.ModelMultipleChoiceField) or isinstance(value, list | tuple | models.QuerySet):
            value = sorted(str(getattr(item, "pk", item)) for item in (value or []))
        elif isinstance(value, models.Model):
            value = value.pk
        values[name] = value
    return values


class AuditedEditAdminMixin:
    """Log staff edits of other people's content (EDIT, with the changed fields) and deletions (DELETE)."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        changed = [name for name in form.changed_data if name in form.fields]
        if change and changed and content_owner_id(obj) != request.user.pk:
            content_edit_record(
                actor=request.user,
                target=obj,
                before=snapshot_fields(form, changed, initial=True),
                after=snapshot_fields(form, changed, initial=False),
            )

    def delete_model(self, request, obj):
        content_delete_record(actor=request.user, target=obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            content_delete_record(actor=request.user, target=obj)
        super().delete_queryset(request, queryset)


class HideableAdminMixin:
    """For admins of `moderation.models.Hideable` models: see, filter, hide and restore content.

    Hidden rows stay listed (the admin's queryset is the unfiltered default manager) with a Hidden
    column and filter. Hiding and restoring go through `moderation.services`, one log entry per item.
    """

    change_form_template = "admin/moderation/hideable_change_form.html"

    def get_list_display(self, request):
        # A plain `hidden_at` column becomes the Visible/Hidden badge (with the reason on hover).
        columns = [
            "visibility_status" if column == "hidden_at" else column for column in super().get_list_display(request)
        ]
        if "visibility_status" not in columns:
            columns.append("visibility_status")
        return columns

    def get_list_filter(self, request):
        # Likewise a filter on `hidden_at` ("empty / not empty") becomes Visible / Hidden.
        filters = [
            VisibilityFilter if _filters_on_hidden_at(entry) else entry for entry in super().get_list_filter(request)
        ]
        if VisibilityFilter not in filters:
            filters.append(VisibilityFilter)
        return filters

    def has_hide_permission(self, request) -> bool:
        return can(request.user, "moderation.hide")

    @admin.display(description=gettext_lazy("visibility"), ordering="hidden_at")
    def visibility_status(self, obj):
        if obj.hidden_at is None:
            return format_html('<span class="moderation-status moderation-visible">{}</span>', _("Visible"))
        return format_html(
            '<span class="moderation-status moderation-hidden" title="{}">{}</span>',
            obj.hidden_reason,
            _("Hidden %(date)s") % {"date": obj.hidden_at.strftime("%Y-%m-%d")},
        )

    def restore_refusal(self, obj) -> str:
        """Why `obj` must stay hidden, or "" when it may be restored. Admins add their own rules."""
        return restore_refusal(obj)

    @admin.action(
        description=gettext_lazy("Hide selected %(verbose_name_plural)s…"),
        permissions=["hide"],
        location=BOTH_LOCATIONS,
    )
    def hide_selected(self, request, queryset):
        opts = self.model._meta
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title=_("Hide %(things)s") % {"things": opts.verbose_name_plural},
            question=_(
                "These %(things)s will disappear from public pages, counts and search. "
                "Nothing is deleted; you can restore them later."
            )
            % {"things": opts.verbose_name_plural},
            button=_("Hide"),
            reason_label=_("Why"),
        )
        if page is not None:
            return page
        done = skipped = 0
        for obj in queryset:
            if obj.is_hidden:
                skipped += 1
                continue
            content_hide(actor=request.user, target=obj, reason=cleaned["reason"])
            done += 1
        self.message_user(
            request,
            ngettext("Hid %(count)s %(noun)s.", "Hid %(count)s %(noun)s.", done)
            % {"count": done, "noun": _noun(opts, done)},
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request,
                ngettext("%(count)s %(noun)s already hidden.", "%(count)s %(noun)s already hidden.", skipped)
                % {"count": skipped, "noun": _noun(opts, skipped)},
                messages.INFO,
            )
        return None

    @admin.action(
        description=gettext_lazy("Restore selected %(verbose_name_plural)s…"),
        permissions=["hide"],
        location=BOTH_LOCATIONS,
    )
    def restore_selected(self, request, queryset):
        opts = self.model._meta
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title=_("Restore %(things)s") % {"things": opts.verbose_name_plural},
            question=_("These %(things)s will be public again and counted again.")
            % {"things": opts.verbose_name_plural},
            button=_("Restore"),
            reason_label=_("Why"),
        )
        if page is not None:
            return page
        done = 0
        for obj in queryset:
            if not obj.is_hidden:
                continue
            if refusal := self.restore_refusal(obj):
                self.message_user(request, refusal, messages.ERROR)
                continue
            content_restore(actor=request.user, target=obj, reason=cleaned["reason"])
            done += 1
        self.message_user(
            request,
            ngettext("Restored %(count)s %(noun)s.", "Restored %(count)s %(noun)s.", done)
            % {"count": done, "noun": _noun(opts, done)},
            messages.SUCCESS,
        )
        return None

    def get_actions(self, request, action_location=admin.ActionLocation.CHANGE_LIST):
        # Hide and Restore come in addition to whatever `actions` the admin declares.
        actions = super().get_actions(request, action_location=action_location)
        if self.actions is None or IS_POPUP_VAR in request.GET or not self.has_hide_permission(request):
            return actions
        for name in ("hide_selected", "restore_selected"):
            if name not in actions and (action := self.get_action(name, action_location)) is not None:
                actions[name] = action
        return actions

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
            context["moderation_log_url"] = (
                reverse("admin:moderation_moderationlog_changelist")
                + f"?target_type__id__exact={content_type.pk}&target_id={obj.pk}"
            )
            context["open_flags_url"] = (
                reverse("admin:moderation_flag_changelist")
                + f"?status__exact=open&target={obj._meta.label_lower}&object_id={obj.pk}"
            )
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)


def _filters_on_hidden_at(entry) -> bool:
    return entry == "hidden_at" or (isinstance(entry, tuple | list) and entry[0] == "hidden_at")


def _noun(opts, count: int) -> str:
    return str(opts.verbose_name if count == 1 else opts.verbose_name_plural)


# The audit trail ------------------------------------------------------------------------------


class ModerationLogAdmin(admin.ModelAdmin):
    """Read-only for everyone, superusers included: entries are written by the services only."""

    list_display = ["created_at", "actor_display", "action", "target_link", "short_reason", "changed_fields"]
    list_display_links = ["created_at"]
    list_filter = [
        "action",
        ("target_type", admin.RelatedOnlyFieldListFilter),
        ("actor", admin.RelatedOnlyFieldListFilter),
        "created_at",
    ]
    search_fields = ["target_repr", "reason", "actor__handle"]
    list_select_related = ["actor", "target_type"]
    date_hierarchy = "created_at"
    list_per_page = 100
    fields = ["created_at", "actor_display", "action", "target_link", "reason", "snapshot"]
    readonly_fields = fields

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, extra_context={"title": _("Moderation log"), **(extra_context or {})})

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def lookup_allowed(self, lookup, value, request=None):
        # "This item's moderation log", linked from every moderated item's change form.
        return lookup == "target_id" or super().lookup_allowed(lookup, value, request)

    @admin.display(description=gettext_lazy("who"), ordering="actor__handle")
    def actor_display(self, entry: ModerationLog) -> str:
        return entry.actor.handle if entry.actor_id else pgettext("moderation actor", "automatic")

    @admin.display(description=gettext_lazy("target"), ordering="target_type")
    def target_link(self, entry: ModerationLog):
        url = admin_change_url(entry.target_type, entry.target_id)
        kind = entry.target_type.name
        if not url or entry.action == ModerationLog.Action.DELETE:
            return f"{kind}: {entry.target_repr}"
        return format_html('<span class="quiet">{}:</span> <a href="{}">{}</a>', kind, url, entry.target_repr)

    @admin.display(description=gettext_lazy("reason"))
    def short_reason(self, entry: ModerationLog) -> str:
        return Truncator(entry.reason).chars(80)

    @admin.display(description=gettext_lazy("changed"))
    def changed_fields(self, entry: ModerationLog) -> str:
        keys = [
            key for key in dict.fromkeys([*entry.before, *entry.after]) if entry.before.get(key) != entry.after.get(key)
        ]
        return ", ".join(key.replace("_", " ") for key in keys)

    @admin.display(description=gettext_lazy("before → after"))
    def snapshot(self, entry: ModerationLog):
        return render_to_string("admin/moderation/snapshot.html", snapshot_table(entry.before, entry.after))


admin.site.register(ModerationLog, ModerationLogAdmin)
