"""The moderators' console in the admin: the flag queue with its review page, and the member admin
with the suspension actions. They sit above the content apps: the review page previews whatever was
flagged (an answer with its disclaimer, a review, a case); every decision goes through
`moderation.services` and leaves a log entry.
"""

from collections.abc import Callable

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.timesince import timesince
from django.utils.translation import gettext, gettext_lazy, ngettext, pgettext

from accounts.admin import UserAdmin
from accounts.models import User
from core.permissions import can
from moderation.admin import BOTH_LOCATIONS, confirm_action
from moderation.models import Appeal, Flag
from moderation.permissions import HIDE_PERMISSION, check_can_suspend
from moderation.services import appeal_decide, flags_resolve, member_close, member_reinstate, member_suspend
from moderation.targets import admin_change_url, content_owner_id, flaggable_labels, flaggable_model, may_hide_on_flags
from moderation.trust import reporter_trust

FLAG_REVIEW_TEMPLATE = "admin/console/flag_review.html"


# The flag queue -------------------------------------------------------------------------------


class FlagTargetFilter(admin.SimpleListFilter):
    title = gettext_lazy("flagged item type")
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
        return super().changelist_view(request, extra_context={"title": gettext("Flag queue"), **(extra_context or {})})

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

    @admin.display(description=gettext_lazy("flagged item"), ordering="content_type_id")
    def flagged_item(self, obj: Flag):
        kind = obj.content_type.name
        url = admin_change_url(obj.content_type, obj.object_id)
        if not url:
            return f"{kind}: {obj.target_repr}"
        return format_html('<span class="quiet">{}:</span> <a href="{}">{}</a>', kind, url, obj.target_repr)

    @admin.display(description=gettext_lazy("open flags"), ordering="-target_open_flags")
    def open_on_item(self, obj: Flag) -> int:
        return obj.target_open_flags

    @admin.display(description=gettext_lazy("reporter's trust"))
    def reporter_trust(self, obj: Flag):
        """Whether this flag counts toward automatic hiding, and the reporter's record (moderation.trust)."""
        trust = reporter_trust(obj)
        css = "moderation-visible" if trust.is_trusted else "moderation-hidden"
        return format_html('<span class="moderation-status {}">{}</span>', css, trust.summary)

    @admin.display(description=gettext_lazy("details"))
    def short_details(self, obj: Flag) -> str:
        return Truncator(obj.details).chars(60)

    @admin.display(description="")
    def decide(self, obj: Flag):
        if obj.status != Flag.Status.OPEN:
            return ""
        url = reverse("admin:moderation_flag_review", args=[obj.content_type_id, obj.object_id])
        return format_html(
            '<a class="button moderation-review-button" href="{}">{}</a>', url, pgettext("verb", "Review")
        )

    @admin.display(description=gettext_lazy("item"))
    def item_state(self, obj: Flag):
        if obj.target_hidden is None:
            return gettext("deleted")
        if obj.target_hidden:
            return format_html('<span class="moderation-status moderation-hidden">{}</span>', gettext("Hidden"))
        return format_html('<span class="moderation-status moderation-visible">{}</span>', gettext("Visible"))

    @admin.display(description=gettext_lazy("flagged"), ordering="created_at")
    def flagged(self, obj: Flag) -> str:
        return gettext("%(since)s ago") % {"since": timesince(obj.created_at, depth=1)}

    @admin.display(description=gettext_lazy("status"), ordering="status")
    def state(self, obj: Flag) -> str:
        if obj.status == Flag.Status.OPEN:
            return pgettext("flag status", "Open")
        if obj.resolved_by_id:
            return gettext("%(outcome)s by %(handle)s") % {
                "outcome": obj.get_outcome_display(),
                "handle": obj.resolved_by.handle,
            }
        return obj.get_outcome_display()

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
            reason_label=gettext("Note (kept in the log)"),
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
            ngettext("Resolved the flags on %(count)s item.", "Resolved the flags on %(count)s items.", resolved_items)
            % {"count": resolved_items},
            messages.SUCCESS,
        )
        return None

    @admin.action(description=gettext_lazy("Hide the flagged items and resolve…"), permissions=["hide"])
    def resolve_hide(self, request, queryset):
        return self._resolve_many(
            request,
            queryset,
            outcome=Flag.Outcome.HIDDEN,
            title=gettext("Hide flagged items"),
            question=gettext(
                "The items these flags are about will be hidden from the public, and all their open flags resolved."
            ),
            button=gettext("Hide and resolve"),
        )

    @admin.action(description=gettext_lazy("Keep the flagged items and resolve…"), permissions=["change"])
    def resolve_keep(self, request, queryset):
        return self._resolve_many(
            request,
            queryset,
            outcome=Flag.Outcome.KEPT,
            title=gettext("Keep flagged items"),
            question=gettext(
                "The items these flags are about stay public (and come back if flags hid them "
                "automatically); all their open flags are resolved."
            ),
            button=gettext("Keep and resolve"),
        )

    @admin.action(description=gettext_lazy("Resolve as handled another way…"), permissions=["change"])
    def resolve_other(self, request, queryset):
        return self._resolve_many(
            request,
            queryset,
            outcome=Flag.Outcome.OTHER_ACTION,
            title=gettext("Resolve flags"),
            question=gettext("The open flags on these items are resolved; their visibility does not change."),
            button=gettext("Resolve"),
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
            (
                Flag.Outcome.HIDDEN,
                gettext("Keep it hidden") if hidden else gettext("Hide it"),
                self.has_hide_permission(request),
            ),
            (Flag.Outcome.KEPT, gettext("Restore it") if hidden else gettext("Keep it"), True),
            (Flag.Outcome.OTHER_ACTION, gettext("Handled another way"), True),
        ]
        allowed = {value for value, _, ok in outcomes if ok}
        if request.method == "POST":
            outcome = request.POST.get("outcome", "")
            note = request.POST.get("note", "").strip()[:300]
            if outcome not in allowed:
                self.message_user(request, gettext("Choose what to do with the item."), messages.ERROR)
            elif outcome == Flag.Outcome.HIDDEN and not note:
                self.message_user(request, gettext("Say why you hide it: the note is kept in the log."), messages.ERROR)
            else:
                flags_resolve(actor=request.user, target=target, outcome=outcome, note=note)
                self.message_user(
                    request, gettext("Resolved the flags on “%(item)s”.") % {"item": target}, messages.SUCCESS
                )
                return HttpResponseRedirect(self._next_review_url(exclude=(content_type_id, object_id)))
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Review flagged %(kind)s") % {"kind": content_type.name},
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
        return TemplateResponse(request, FLAG_REVIEW_TEMPLATE, context)

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
    if callable(getattr(obj, "public_text", None)):
        # An answer's words never go out without the disclaimer naming the doctor (Answer.public_text).
        return obj.public_text(chars=1500).text
    for name in _PREVIEW_FIELDS:
        value = getattr(obj, name, None)
        if isinstance(value, str) and value.strip():
            return Truncator(value).chars(1500)
    return ""


# Members --------------------------------------------------------------------------------------


class SuspensionFilter(admin.SimpleListFilter):
    title = gettext_lazy("suspension")
    parameter_name = "suspension"

    def lookups(self, request, model_admin):
        return [("suspended", gettext("Suspended")), ("active", gettext("Not suspended"))]

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

    actions = ["suspend_members", "reinstate_members", "close_accounts_remove_posts", "close_accounts_keep_posts"]
    suspension_help = gettext_lazy(
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
        return [*fieldsets, (gettext("Suspension"), {"fields": ["suspension"]})]

    def has_suspend_permission(self, request) -> bool:
        return can(request.user, "moderation.suspend")

    @admin.display(description=gettext_lazy("standing"), ordering="suspended_at")
    def standing(self, member):
        if member.closed_at is not None:
            return format_html(
                '<span class="moderation-status moderation-hidden">{}</span>',
                gettext("Closed %(date)s") % {"date": member.closed_at.strftime("%Y-%m-%d")},
            )
        if member.suspended_at is None:
            return format_html('<span class="moderation-status moderation-visible">{}</span>', gettext("Active"))
        return format_html(
            '<span class="moderation-status moderation-hidden" title="{}">{}</span>',
            member.suspension_reason,
            gettext("Suspended %(date)s") % {"date": member.suspended_at.strftime("%Y-%m-%d")},
        )

    @admin.display(description=gettext_lazy("suspension"))
    def suspension(self, member) -> str:
        if member.suspended_at is None:
            return gettext("Not suspended. Use the “Suspend” action to suspend this member.")
        return gettext("Suspended %(date)s. Reason shown to the member: %(reason)s") % {
            "date": f"{member.suspended_at:%Y-%m-%d %H:%M}",
            "reason": member.suspension_reason,
        }

    @admin.action(
        description=gettext_lazy("Suspend selected members…"), permissions=["suspend"], location=BOTH_LOCATIONS
    )
    def suspend_members(self, request, queryset):
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title=gettext("Suspend members"),
            question=gettext(
                "These members will still be able to log in and read, but not post, vote, flag or review "
                "until you lift the suspension. They see the reason you give."
            ),
            button=gettext("Suspend"),
            reason_label=gettext("Reason shown to the member"),
            reason_help=self.suspension_help,
        )
        if page is not None:
            return page
        return self._decide(
            request,
            queryset,
            member_suspend,
            reason=cleaned["reason"],
            done_message=lambda count: ngettext("Suspended %(count)s member.", "Suspended %(count)s members.", count),
        )

    @admin.action(
        description=gettext_lazy("Lift the suspension of selected members…"),
        permissions=["suspend"],
        location=BOTH_LOCATIONS,
    )
    def reinstate_members(self, request, queryset):
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title=gettext("Lift suspensions"),
            question=gettext("These members may post, vote, flag and review again."),
            button=gettext("Lift the suspension"),
            reason_label=gettext("Note (kept in the log)"),
            reason_required=False,
        )
        if page is not None:
            return page
        return self._decide(
            request,
            queryset,
            member_reinstate,
            reason=cleaned["reason"],
            done_message=lambda count: ngettext(
                "Lifted the suspension of %(count)s member.", "Lifted the suspension of %(count)s members.", count
            ),
        )

    close_question = gettext_lazy(
        "For members who cannot log in and asked us to erase their data. Their e-mail address, names, handle, "
        "password, two-factor devices, notices and photos (in every storage) are erased and the account can "
        "never log in again. This cannot be undone. {posts} They get a last e-mail confirming it."
    )

    @admin.action(
        description=gettext_lazy("Close selected accounts, removing their posts…"),
        permissions=["suspend"],
        location=BOTH_LOCATIONS,
    )
    def close_accounts_remove_posts(self, request, queryset):
        return self._close(request, queryset, keep_posts=False)

    @admin.action(
        description=gettext_lazy("Close selected accounts, keeping their posts as “Former member”…"),
        permissions=["suspend"],
        location=BOTH_LOCATIONS,
    )
    def close_accounts_keep_posts(self, request, queryset):
        return self._close(request, queryset, keep_posts=True)

    def _close(self, request, queryset, *, keep_posts: bool):
        posts = (
            gettext("Their questions and reviews stay up under the label “Former member”.")
            if keep_posts
            else gettext("Their questions and reviews leave every public page for good.")
        )
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title=gettext("Close accounts (erasure request)"),
            question=str(self.close_question).format(posts=posts),
            button=gettext("Close and erase"),
            reason_label=gettext("The request this answers (kept in the log, without the member's name or address)"),
        )
        if page is not None:
            return page

        def close(*, actor, member, reason):
            return member_close(actor=actor, member=member, keep_posts=keep_posts, reason=reason)

        return self._decide(
            request,
            queryset,
            close,
            reason=cleaned["reason"],
            done_message=lambda count: ngettext(
                "Closed the accounts of %(count)s member.", "Closed the accounts of %(count)s members.", count
            ),
        )

    def _decide(self, request, queryset, service, *, reason: str, done_message: Callable[[int], str]) -> None:
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
        self.message_user(request, done_message(done) % {"count": done}, messages.SUCCESS)
        if unchanged:
            self.message_user(
                request,
                ngettext(
                    "%(count)s already as asked: left unchanged.",
                    "%(count)s already as asked: left unchanged.",
                    unchanged,
                )
                % {"count": unchanged},
                messages.INFO,
            )


# Appeals -----------------------------------------------------------------------------------------


class AppealQueueFilter(admin.SimpleListFilter):
    """Pending appeals first; "yours to decide" leaves out those of items the moderator hid themself."""

    title = gettext_lazy("status")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [
            ("pending", pgettext("appeals", "Pending")),
            ("mine", pgettext("appeals", "Pending, yours to decide")),
            ("decided", pgettext("appeals", "Decided")),
            ("all", pgettext("appeals", "All")),
        ]

    def choices(self, changelist):
        # "Pending" is the default, so Django's own "All" entry (no parameter) would be a second "Pending".
        for lookup, title in self.lookup_choices:
            yield {
                "selected": (self.value() or "pending") == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value() or "pending"
        if value == "pending":
            return queryset.pending()
        if value == "mine":
            return queryset.pending().exclude(hidden_by=request.user)
        if value == "decided":
            return queryset.exclude(status=Appeal.Status.PENDING)
        return queryset


class AppealTargetFilter(FlagTargetFilter):
    title = gettext_lazy("appealed item type")


class AppealAdmin(admin.ModelAdmin):
    """The appeal queue: members asking for a second look at the hiding of their post.

    A moderator other than the one who hid the item decides (`moderation.services.appeal_decide` refuses
    anyone else, whatever the page shows); restoring goes through the restore service.
    """

    list_display = [
        "created_at",
        "appealed_item",
        "hidden_reason",
        "hidden_by_display",
        "short_reason",
        "status",
        "who_decides",
    ]
    list_display_links = ["created_at"]
    list_filter = [AppealQueueFilter, AppealTargetFilter]
    search_fields = ["target_repr", "reason", "hidden_reason"]
    list_select_related = ["content_type", "hidden_by", "decided_by"]
    ordering = ["created_at"]  # oldest first: they have waited longest
    list_per_page = 50
    actions = ["decide_restore", "decide_uphold"]
    fields = [
        "appealed_item",
        "hidden_at",
        "hidden_reason",
        "hidden_by_display",
        "reason",
        "created_at",
        "status",
        "decided_by",
        "decided_at",
        "decision_note",
    ]
    readonly_fields = fields

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(
            request, extra_context={"title": gettext("Appeal queue"), **(extra_context or {})}
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # Every field is read-only: the decision is made with the actions, so no Save buttons.
        extra_context = {"show_save": False, "show_save_and_continue": False, **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context=extra_context)

    def has_add_permission(self, request):
        return False  # appeals come from members, on the site

    def has_delete_permission(self, request, obj=None):
        return False  # an appeal is part of the record of a decision

    def has_decide_permission(self, request) -> bool:
        return super().has_change_permission(request) and request.user.has_perm(HIDE_PERMISSION)

    @admin.display(description=gettext_lazy("appealed item"), ordering="content_type_id")
    def appealed_item(self, obj: Appeal):
        kind = obj.content_type.name
        url = admin_change_url(obj.content_type, obj.object_id)
        if not url:
            return f"{kind}: {obj.target_repr}"
        return format_html('<span class="quiet">{}:</span> <a href="{}">{}</a>', kind, url, obj.target_repr)

    @admin.display(description=gettext_lazy("hidden by"), ordering="hidden_by__handle")
    def hidden_by_display(self, obj: Appeal) -> str:
        return obj.hidden_by.handle if obj.hidden_by_id else gettext("flags (automatic)")

    @admin.display(description=gettext_lazy("member's reason"))
    def short_reason(self, obj: Appeal) -> str:
        return Truncator(obj.reason).chars(120)

    @admin.display(description=gettext_lazy("who decides"))
    def who_decides(self, obj: Appeal) -> str:
        if not obj.is_pending:
            if obj.decided_by_id:
                return gettext("decided by %(handle)s") % {"handle": obj.decided_by.handle}
            return gettext("decided")
        if getattr(obj, "hidden_by_viewer", False):
            return gettext("another moderator (you hid it)")
        return gettext("you may decide")

    def get_queryset(self, request):
        # "who decides" depends on the moderator looking at the list (the admin object is shared by requests).
        return (
            super()
            .get_queryset(request)
            .annotate(
                hidden_by_viewer=models.ExpressionWrapper(
                    models.Q(hidden_by_id=request.user.pk), output_field=models.BooleanField()
                )
            )
        )

    @admin.action(
        description=gettext_lazy("Restore the items of selected appeals…"),
        permissions=["decide"],
        location=BOTH_LOCATIONS,
    )
    def decide_restore(self, request, queryset):
        return self._decide(request, queryset, restore=True)

    @admin.action(
        description=gettext_lazy("Uphold the hiding for selected appeals…"),
        permissions=["decide"],
        location=BOTH_LOCATIONS,
    )
    def decide_uphold(self, request, queryset):
        return self._decide(request, queryset, restore=False)

    def _decide(self, request, queryset, *, restore: bool):
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title=gettext("Restore on appeal") if restore else gettext("Uphold the hiding"),
            question=(
                gettext("The items of these appeals will be public and counted again.")
                if restore
                else gettext("The items of these appeals stay hidden; the members are told it was looked at again.")
            ),
            button=gettext("Restore") if restore else gettext("Uphold"),
            reason_label=gettext("Note to the member"),
            reason_help=gettext(
                "Sent to each member with the decision (on the site and by e-mail), and kept in the log."
            ),
        )
        if page is not None:
            return page
        done = 0
        for appeal in queryset:
            try:
                appeal_decide(actor=request.user, appeal=appeal, restore=restore, note=cleaned["reason"])
            except PermissionDenied as refusal:
                self.message_user(request, f"“{appeal.target_repr}”: {refusal}", messages.ERROR)
                continue
            done += 1
        if restore:
            message = ngettext(
                "Restored the items of %(count)s appeal.", "Restored the items of %(count)s appeals.", done
            )
        else:
            message = ngettext(
                "Upheld the hiding for %(count)s appeal.", "Upheld the hiding for %(count)s appeals.", done
            )
        self.message_user(request, message % {"count": done}, messages.SUCCESS)
        return None


admin.site.register(Flag, FlagAdmin)
admin.site.register(Appeal, AppealAdmin)
# accounts.admin registers the user admin (the import makes sure it ran first); the console takes it
# over with the suspension actions.
admin.site.unregister(User)
admin.site.register(User, MemberAdmin)
