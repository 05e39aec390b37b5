"""The moderation console: reusable admin parts for every app, and the flag queue and audit log admins.

Other apps' admins plug in the mixins:

    @admin.register(Question)
    class QuestionAdmin(AuditedEditAdminMixin, HideableAdminMixin, admin.ModelAdmin):
        ...

- `HideableAdminMixin` adds the Visible/Hidden filter and column, and the "Hide" / "Restore"
  actions (list and change form) with a confirmation page asking for a reason.
- `AuditedEditAdminMixin` logs an EDIT entry (changed fields, before and after) when staff change
  someone else's content in the admin, and a DELETE entry when an administrator deletes. Leave it
  out where the app's own services already log edits and deletions.
"""

import datetime
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IS_POPUP_VAR
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.timesince import timesince

from accounts.admin import UserAdmin
from accounts.models import User
from moderation.forms import ModerationReasonForm
from moderation.models import Flag, ModerationLog
from moderation.permissions import HIDE_PERMISSION, can_suspend, check_can_suspend
from moderation.services import (
    content_delete_record,
    content_edit_record,
    content_hide,
    content_restore,
    flags_resolve,
    member_reinstate,
    member_suspend,
)
from moderation.targets import (
    admin_change_url,
    content_owner_id,
    flaggable_labels,
    flaggable_model,
    may_hide_on_flags,
)
from moderation.templatetags.moderation_tags import snapshot_table
from moderation.trust import reporter_trust

BOTH_LOCATIONS = [admin.ActionLocation.CHANGE_LIST, admin.ActionLocation.CHANGE_FORM]
CONFIRMATION_TEMPLATE = "admin/moderation/action_confirmation.html"


class VisibilityFilter(admin.SimpleListFilter):
    title = "visibility"
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [("visible", "Visible"), ("hidden", "Hidden")]

    def queryset(self, request, queryset):
        if self.value() == "visible":
            return queryset.filter(hidden_at__isnull=True)
        if self.value() == "hidden":
            return queryset.filter(hidden_at__isnull=False)
        return queryset


class NewDoctorAnswersFilter(admin.SimpleListFilter):
    """Answers by doctors verified recently: their first answers deserve a second look."""

    title = "doctor verified"
    parameter_name = "doctor_verified"
    DAYS = 30

    def lookups(self, request, model_admin):
        return [(str(self.DAYS), f"In the last {self.DAYS} days")]

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
    reason_label: str = "Reason",
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

    def get_queryset(self, request):
        # Moderators see hidden rows too: that is how they find and restore them.
        return super().get_queryset(request)

    def has_hide_permission(self, request) -> bool:
        return request.user.has_perm(HIDE_PERMISSION)

    @admin.display(description="visibility", ordering="hidden_at")
    def visibility_status(self, obj):
        if obj.hidden_at is None:
            return format_html('<span class="moderation-status moderation-visible">{}</span>', "Visible")
        return format_html(
            '<span class="moderation-status moderation-hidden" title="{}">Hidden {}</span>',
            obj.hidden_reason,
            obj.hidden_at.strftime("%Y-%m-%d"),
        )

    def restore_refusal(self, obj) -> str:
        """Why `obj` must stay hidden, or "" when it may be restored. Admins add their own rules."""
        if any(f.name == "disclaimer" for f in obj._meta.concrete_fields) and obj.disclaimer_id is None:
            return f"“{obj}” has no disclaimer; it can't be shown until it has one."
        return ""

    @admin.action(description="Hide selected %(verbose_name_plural)s…", permissions=["hide"], location=BOTH_LOCATIONS)
    def hide_selected(self, request, queryset):
        opts = self.model._meta
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title=f"Hide {opts.verbose_name_plural}",
            question=f"These {opts.verbose_name_plural} will disappear from public pages, counts and search. "
            "Nothing is deleted; you can restore them later.",
            button="Hide",
            reason_label="Why",
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
        self.message_user(request, f"Hid {done} {_noun(opts, done)}.", messages.SUCCESS)
        if skipped:
            self.message_user(request, f"{skipped} {_noun(opts, skipped)} already hidden.", messages.INFO)
        return None

    @admin.action(
        description="Restore selected %(verbose_name_plural)s…", permissions=["hide"], location=BOTH_LOCATIONS
    )
    def restore_selected(self, request, queryset):
        opts = self.model._meta
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title=f"Restore {opts.verbose_name_plural}",
            question=f"These {opts.verbose_name_plural} will be public again and counted again.",
            button="Restore",
            reason_label="Why",
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
        self.message_user(request, f"Restored {done} {_noun(opts, done)}.", messages.SUCCESS)
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


# The flag queue -------------------------------------------------------------------------------


class FlagTargetFilter(admin.SimpleListFilter):
    title = "flagged item type"
    parameter_name = "target"

    def lookups(self, request, model_admin):
        return flaggable_labels()

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        app_label, _, model = self.value().partition(".")
        return queryset.filter(content_type__app_label=app_label, content_type__model=model)


class FlagAdmin(admin.ModelAdmin):
    """The flag queue: open flags first, the most-flagged items first, each item's flags together."""

    list_display = [
        "decide",
        "flagged_item",
        "item_state",
        "open_on_item",
        "reason",
        "short_details",
        "reporter",
        "reporter_trust",
        "flagged",
        "state",
    ]
    list_display_links = None
    list_filter = ["status", FlagTargetFilter, "reason", "outcome"]
    search_fields = ["target_repr", "details", "reporter__handle"]
    list_per_page = 50
    actions = ["resolve_hide", "resolve_keep", "resolve_other"]
    readonly_fields = [
        "flagged_item",
        "reason",
        "details",
        "reporter",
        "created_at",
        "status",
        "outcome",
        "resolution_note",
        "resolved_by",
        "resolved_at",
    ]
    fields = readonly_fields

    def get_queryset(self, request):
        return Flag.objects.for_queue().with_reporter_trust().annotate(target_hidden=_target_hidden_expression())

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, extra_context={"title": "Flag queue", **(extra_context or {})})

    def get_ordering(self, request):
        # Annotations of for_queue(), so not in `ordering` (which the system checks hold to fields).
        return ["is_open", "-target_open_flags", "content_type_id", "object_id", "-created_at"]

    def lookup_allowed(self, lookup, value, request=None):
        # The "open flags on this item" link from each item's change form.
        return lookup == "object_id" or super().lookup_allowed(lookup, value, request)

    def has_add_permission(self, request):
        return False  # flags come from readers, on the site

    def has_delete_permission(self, request, obj=None):
        return False  # a flag is part of the record of a decision

    def has_change_permission(self, request, obj=None):
        # Resolving happens through the actions and the decision page; the flag itself is read-only.
        return obj is None and super().has_change_permission(request)

    def has_hide_permission(self, request) -> bool:
        return super().has_change_permission(request) and request.user.has_perm(HIDE_PERMISSION)

    @admin.display(description="flagged item", ordering="content_type_id")
    def flagged_item(self, obj: Flag):
        kind = obj.content_type.name
        url = admin_change_url(obj.content_type, obj.object_id)
        if not url:
            return f"{kind}: {obj.target_repr}"
        return format_html('<span class="quiet">{}:</span> <a href="{}">{}</a>', kind, url, obj.target_repr)

    @admin.display(description="open flags", ordering="-target_open_flags")
    def open_on_item(self, obj: Flag) -> int:
        return obj.target_open_flags

    @admin.display(description="reporter's trust")
    def reporter_trust(self, obj: Flag):
        """Whether this flag counts toward automatic hiding, and the reporter's record (moderation.trust)."""
        trust = reporter_trust(obj)
        css = "moderation-visible" if trust.is_trusted else "moderation-hidden"
        return format_html('<span class="moderation-status {}">{}</span>', css, trust.summary)

    @admin.display(description="details")
    def short_details(self, obj: Flag) -> str:
        return Truncator(obj.details).chars(60)

    @admin.display(description="")
    def decide(self, obj: Flag):
        if obj.status != Flag.Status.OPEN:
            return ""
        url = reverse("admin:moderation_flag_review", args=[obj.content_type_id, obj.object_id])
        return format_html('<a class="button moderation-review-button" href="{}">Review</a>', url)

    @admin.display(description="item")
    def item_state(self, obj: Flag):
        if obj.target_hidden is None:
            return "deleted"
        if obj.target_hidden:
            return format_html('<span class="moderation-status moderation-hidden">{}</span>', "Hidden")
        return format_html('<span class="moderation-status moderation-visible">{}</span>', "Visible")

    @admin.display(description="flagged", ordering="created_at")
    def flagged(self, obj: Flag) -> str:
        return f"{timesince(obj.created_at, depth=1)} ago"

    @admin.display(description="status", ordering="status")
    def state(self, obj: Flag) -> str:
        if obj.status == Flag.Status.OPEN:
            return "Open"
        by = f" by {obj.resolved_by.handle}" if obj.resolved_by_id else ""
        return f"{obj.get_outcome_display()}{by}"

    def get_urls(self):
        urls = [
            path(
                "review/<int:content_type_id>/<int:object_id>/",
                self.admin_site.admin_view(self.review_view),
                name="moderation_flag_review",
            ),
        ]
        return urls + super().get_urls()

    def _resolve_many(self, request, queryset, *, outcome: str, title: str, question: str, button: str):
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title=title,
            question=question,
            button=button,
            reason_label="Note (kept in the log)",
            reason_required=outcome == Flag.Outcome.HIDDEN,
        )
        if page is not None:
            return page
        targets = {(flag.content_type_id, flag.object_id): flag.content_type for flag in queryset.open()}
        resolved_items = 0
        for (_, object_id), content_type in targets.items():
            target = content_type.model_class()._default_manager.filter(pk=object_id).first()
            if target is None:
                continue  # deleted meanwhile: its flags were closed with it
            if flags_resolve(actor=request.user, target=target, outcome=outcome, note=cleaned["reason"]):
                resolved_items += 1
        self.message_user(
            request,
            f"Resolved the flags on {resolved_items} item{'s' if resolved_items != 1 else ''}.",
            messages.SUCCESS,
        )
        return None

    @admin.action(description="Hide the flagged items and resolve…", permissions=["hide"])
    def resolve_hide(self, request, queryset):
        return self._resolve_many(
            request,
            queryset,
            outcome=Flag.Outcome.HIDDEN,
            title="Hide flagged items",
            question="The items these flags are about will be hidden from the public, and all their open flags "
            "resolved.",
            button="Hide and resolve",
        )

    @admin.action(description="Keep the flagged items and resolve…", permissions=["change"])
    def resolve_keep(self, request, queryset):
        return self._resolve_many(
            request,
            queryset,
            outcome=Flag.Outcome.KEPT,
            title="Keep flagged items",
            question="The items these flags are about stay public (and come back if flags hid them "
            "automatically); all their open flags are resolved.",
            button="Keep and resolve",
        )

    @admin.action(description="Resolve as handled another way…", permissions=["change"])
    def resolve_other(self, request, queryset):
        return self._resolve_many(
            request,
            queryset,
            outcome=Flag.Outcome.OTHER_ACTION,
            title="Resolve flags",
            question="The open flags on these items are resolved; their visibility does not change.",
            button="Resolve",
        )

    def review_view(self, request, content_type_id: int, object_id: int):
        """One flagged item, everything reported about it, and the decision buttons."""
        if not self.has_change_permission(request):
            raise PermissionDenied
        content_type = get_object_or_404(ContentType, pk=content_type_id)
        model = content_type.model_class()
        if model is None:
            raise Http404("Unknown content type.")
        target = get_object_or_404(model._default_manager, pk=object_id)
        flags = list(
            Flag.objects.filter(content_type=content_type, object_id=object_id)
            .with_reporter_trust()
            .select_related("reporter", "resolved_by")
            .order_by("status", "-created_at")
        )
        for flag in flags:
            flag.trust = reporter_trust(flag)
        hidden = getattr(target, "is_hidden", False)
        outcomes = [
            (Flag.Outcome.HIDDEN, "Keep it hidden" if hidden else "Hide it", self.has_hide_permission(request)),
            (Flag.Outcome.KEPT, "Restore it" if hidden else "Keep it", True),
            (Flag.Outcome.OTHER_ACTION, "Handled another way", True),
        ]
        allowed = {value for value, _, ok in outcomes if ok}
        if request.method == "POST":
            outcome = request.POST.get("outcome", "")
            note = request.POST.get("note", "").strip()[:300]
            if outcome not in allowed:
                self.message_user(request, "Choose what to do with the item.", messages.ERROR)
            elif outcome == Flag.Outcome.HIDDEN and not note:
                self.message_user(request, "Say why you hide it: the note is kept in the log.", messages.ERROR)
            else:
                flags_resolve(actor=request.user, target=target, outcome=outcome, note=note)
                self.message_user(request, f"Resolved the flags on “{target}”.", messages.SUCCESS)
                return HttpResponseRedirect(self._next_review_url(exclude=(content_type_id, object_id)))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Review flagged {content_type.name}",
            "opts": self.model._meta,
            "target": target,
            "kind": content_type.name,
            "preview": _preview_text(target),
            "context_lines": _context_lines(target),
            "target_admin_url": admin_change_url(content_type, object_id),
            "target_public_url": target.get_absolute_url()
            if hasattr(target, "get_absolute_url") and not getattr(target, "is_hidden", False)
            else "",
            "flags": flags,
            "open_count": sum(1 for flag in flags if flag.status == Flag.Status.OPEN),
            "open_weight": sum(flag.trust.weight for flag in flags if flag.status == Flag.Status.OPEN),
            "hides_on_flags": may_hide_on_flags(target),
            "owner_admin_url": _owner_admin_url(target),
            "threshold": settings.FLAG_AUTO_HIDE_THRESHOLD,
            "outcomes": [(value, label) for value, label, ok in outcomes if ok],
            "note": request.POST.get("note", ""),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/moderation/flag_review.html", context)

    def _next_review_url(self, *, exclude: tuple[int, int]) -> str:
        """The next item in the queue, so a moderator can work through it without going back to the list."""
        candidate = (
            Flag.objects.open()
            .exclude(content_type_id=exclude[0], object_id=exclude[1])
            .order_by("created_at")
            .values_list("content_type_id", "object_id")
            .first()
        )
        if candidate is None:
            return reverse("admin:moderation_flag_changelist")
        return reverse("admin:moderation_flag_review", args=list(candidate))


def _target_hidden_expression() -> models.Expression:
    """Whether each flag's item is hidden now (None once deleted): one CASE over the flaggable models,
    evaluated in the same query as the list."""
    whens = []
    for label, _ in flaggable_labels():
        model = flaggable_model(label)
        app_label, _, model_name = label.partition(".")
        rows = model._default_manager.filter(pk=models.OuterRef("object_id"))
        whens.append(
            models.When(
                content_type__app_label=app_label,
                content_type__model=model_name,
                then=models.Case(
                    models.When(models.Exists(rows.filter(hidden_at__isnull=False)), then=models.Value(True)),
                    models.When(models.Exists(rows), then=models.Value(False)),
                    default=models.Value(None),
                ),
            )
        )
    return models.Case(*whens, default=models.Value(None), output_field=models.BooleanField(null=True))


def _owner_admin_url(obj: models.Model) -> str:
    """The admin page of the account that wrote `obj`, where a moderator may suspend it."""
    owner_id = content_owner_id(obj)
    if owner_id is None:
        return ""
    from django.contrib.auth import get_user_model

    return admin_change_url(get_user_model(), owner_id)


_CONTEXT_FIELDS = ("question", "review", "doctor", "author", "uploader", "user")


def _context_lines(obj: models.Model) -> list[tuple[str, str, str]]:
    """(label, text, admin link) for what the item belongs to and who wrote it, for the review page."""
    lines = []
    for name in _CONTEXT_FIELDS:
        field = next((f for f in obj._meta.concrete_fields if f.name == name and f.is_relation), None)
        if field is None or getattr(obj, field.attname) is None:
            continue
        related = getattr(obj, name)
        lines.append((str(field.verbose_name), str(related), admin_change_url(type(related), related.pk)))
    return lines


_PREVIEW_FIELDS = ("body", "text", "caption", "bio", "details", "title")


def _preview_text(obj: models.Model) -> str:
    if callable(getattr(obj, "published", None)):
        # An answer's words never go out without the disclaimer naming the doctor (Answer.published).
        return obj.published(chars=1500).text
    for name in _PREVIEW_FIELDS:
        value = getattr(obj, name, None)
        if isinstance(value, str) and value.strip():
            return Truncator(value).chars(1500)
    return ""


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
        return super().changelist_view(request, extra_context={"title": "Moderation log", **(extra_context or {})})

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def lookup_allowed(self, lookup, value, request=None):
        # "This item's moderation log", linked from every moderated item's change form.
        return lookup == "target_id" or super().lookup_allowed(lookup, value, request)

    @admin.display(description="who", ordering="actor__handle")
    def actor_display(self, entry: ModerationLog) -> str:
        return entry.actor.handle if entry.actor_id else "automatic"

    @admin.display(description="target", ordering="target_type")
    def target_link(self, entry: ModerationLog):
        url = admin_change_url(entry.target_type, entry.target_id)
        kind = entry.target_type.name
        if not url or entry.action == ModerationLog.Action.DELETE:
            return f"{kind}: {entry.target_repr}"
        return format_html('<span class="quiet">{}:</span> <a href="{}">{}</a>', kind, url, entry.target_repr)

    @admin.display(description="reason")
    def short_reason(self, entry: ModerationLog) -> str:
        return Truncator(entry.reason).chars(80)

    @admin.display(description="changed")
    def changed_fields(self, entry: ModerationLog) -> str:
        keys = [
            key for key in dict.fromkeys([*entry.before, *entry.after]) if entry.before.get(key) != entry.after.get(key)
        ]
        return ", ".join(key.replace("_", " ") for key in keys)

    @admin.display(description="before → after")
    def snapshot(self, entry: ModerationLog):
        return render_to_string("admin/moderation/snapshot.html", snapshot_table(entry.before, entry.after))


# Members --------------------------------------------------------------------------------------


class SuspensionFilter(admin.SimpleListFilter):
    title = "suspension"
    parameter_name = "suspension"

    def lookups(self, request, model_admin):
        return [("suspended", "Suspended"), ("active", "Not suspended")]

    def queryset(self, request, queryset):
        if self.value() == "suspended":
            return queryset.filter(suspended_at__isnull=False)
        if self.value() == "active":
            return queryset.filter(suspended_at__isnull=True)
        return queryset


class MemberAdmin(UserAdmin):
    """The accounts app's user admin, with the moderators' decision about members: suspend an account
    (patient or doctor) with a reason the member sees, and lift the suspension. Both go through
    `moderation.services` and leave a log entry; the fields themselves are read-only here."""

    actions = ["suspend_members", "reinstate_members"]
    suspension_help = (
        "The member sees this on their account page and whenever the site refuses them something. "
        "Kept in the moderation log."
    )

    def get_list_display(self, request):
        return [*super().get_list_display(request), "standing"]

    def get_list_filter(self, request):
        return [SuspensionFilter, *super().get_list_filter(request)]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "suspension"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:
            return fieldsets
        return [*fieldsets, ("Suspension", {"fields": ["suspension"]})]

    def has_suspend_permission(self, request) -> bool:
        return can_suspend(request.user)

    @admin.display(description="standing", ordering="suspended_at")
    def standing(self, member):
        if member.suspended_at is None:
            return format_html('<span class="moderation-status moderation-visible">{}</span>', "Active")
        return format_html(
            '<span class="moderation-status moderation-hidden" title="{}">Suspended {}</span>',
            member.suspension_reason,
            member.suspended_at.strftime("%Y-%m-%d"),
        )

    @admin.display(description="suspension")
    def suspension(self, member) -> str:
        if member.suspended_at is None:
            return "Not suspended. Use the “Suspend” action to suspend this member."
        return f"Suspended {member.suspended_at:%Y-%m-%d %H:%M}. Reason shown to the member: {member.suspension_reason}"

    @admin.action(description="Suspend selected members…", permissions=["suspend"], location=BOTH_LOCATIONS)
    def suspend_members(self, request, queryset):
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title="Suspend members",
            question="These members will still be able to log in and read, but not post, vote, flag or review "
            "until you lift the suspension. They see the reason you give.",
            button="Suspend",
            reason_label="Reason shown to the member",
            reason_help=self.suspension_help,
        )
        if page is not None:
            return page
        return self._decide(request, queryset, member_suspend, reason=cleaned["reason"], verb="Suspended")

    @admin.action(
        description="Lift the suspension of selected members…", permissions=["suspend"], location=BOTH_LOCATIONS
    )
    def reinstate_members(self, request, queryset):
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title="Lift suspensions",
            question="These members may post, vote, flag and review again.",
            button="Lift the suspension",
            reason_label="Note (kept in the log)",
            reason_required=False,
        )
        if page is not None:
            return page
        return self._decide(
            request, queryset, member_reinstate, reason=cleaned["reason"], verb="Lifted the suspension of"
        )

    def _decide(self, request, queryset, service, *, reason: str, verb: str) -> None:
        done = unchanged = 0
        for member in queryset:
            try:
                check_can_suspend(request.user, member)
            except PermissionDenied as refusal:
                self.message_user(request, str(refusal), messages.ERROR)
                continue
            if service(actor=request.user, member=member, reason=reason):
                done += 1
            else:
                unchanged += 1
        self.message_user(request, f"{verb} {done} member{'s' if done != 1 else ''}.", messages.SUCCESS)
        if unchanged:
            self.message_user(request, f"{unchanged} already as asked: left unchanged.", messages.INFO)


admin.site.register(Flag, FlagAdmin)
admin.site.register(ModerationLog, ModerationLogAdmin)
# accounts.admin registers the user admin (accounts comes before moderation in INSTALLED_APPS, and the
# import makes sure of it); the moderation console takes it over with the suspension actions.
admin.site.unregister(User)
admin.site.register(User, MemberAdmin)
