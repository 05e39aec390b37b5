"""Policy versions (administrators write them, never edit one that took effect) and the concerns sent
through /contact/ (moderators work through them: new, in progress, closed)."""

from django import forms
from django.contrib import admin, messages
from django.db.models import Max, OuterRef, QuerySet, Subquery
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from policies.models import ConcernReport, PolicyKind, PolicyTranslation, PolicyVersion
from policies.services import (
    check_policy_effective_at,
    concern_report_set_status,
    policy_version_publish,
    policy_version_revise,
)


class PolicyVersionForm(forms.ModelForm):
    class Meta:
        model = PolicyVersion
        fields = ["kind", "effective_at", "summary", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 30, "cols": 100})}

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind") or self.instance.kind
        effective_at = cleaned.get("effective_at")
        if kind and effective_at:
            replacing = self.instance if self.instance.pk else None
            check_policy_effective_at(kind=kind, effective_at=effective_at, replacing=replacing)
        return cleaned


@admin.register(PolicyVersion)
class PolicyVersionAdmin(admin.ModelAdmin):
    """One row per version. A version that took effect opens read-only, with a link to write the next
    one (prefilled with its text); one that has not yet may be corrected or deleted."""

    form = PolicyVersionForm
    list_display = ["__str__", "kind", "number", "effective_at", "state", "summary", "published_by"]
    list_display_links = ["__str__"]
    list_filter = ["kind"]
    search_fields = ["summary", "body"]
    list_select_related = ["published_by"]
    ordering = ["kind", "-number"]
    readonly_fields = ["number", "published_by", "created_at", "write_next_version", "public_page"]

    def get_fieldsets(self, request, obj=None):
        main = ["kind", "effective_at", "summary", "body"]
        if obj is None:
            return [(None, {"fields": main})]
        return [
            (None, {"fields": ["write_next_version", *main]}),
            (_("Record"), {"fields": ["number", "published_by", "created_at", "public_page"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None:
            # The kind of an existing version never changes; a new document kind is a new first version.
            return [*self.readonly_fields, "kind"]
        return self.readonly_fields

    def get_changeform_initial_data(self, request: HttpRequest) -> dict:
        """`?from=<id>`: the next version starts as a copy of that one's text (the "write next" link)."""
        initial = {"effective_at": timezone.now()}
        source = request.GET.get("from", "")
        if source.isdigit() and len(source) < 19:
            version = PolicyVersion.objects.filter(pk=int(source)).first()
            if version is not None:
                initial.update(kind=version.kind, body=version.body)
        elif request.GET.get("kind") in PolicyKind.values:
            initial["kind"] = request.GET["kind"]
        return initial

    def has_change_permission(self, request, obj=None) -> bool:
        # Read-only once in effect: what members accepted stays exactly what they read.
        if obj is not None and obj.is_in_effect:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.is_in_effect:
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request, action_location=admin.ActionLocation.CHANGE_LIST):
        # Bulk deletion would skip the per-version rule above.
        actions = super().get_actions(request, action_location)
        actions.pop("delete_selected", None)
        return actions

    def save_model(self, request, obj: PolicyVersion, form, change: bool) -> None:
        data = form.cleaned_data
        if change:
            policy_version_revise(obj, summary=data["summary"], body=data["body"], effective_at=data["effective_at"])
            return
        version = policy_version_publish(
            kind=data["kind"],
            summary=data["summary"],
            body=data["body"],
            effective_at=data["effective_at"],
            published_by=request.user,
        )
        # The admin goes on with `obj` (its log entry, the redirect): make it the saved version.
        obj.pk, obj.number, obj.body_html, obj.published_by = (
            version.pk,
            version.number,
            version.body_html,
            request.user,
        )
        obj._state.adding = False

    def get_queryset(self, request):
        # Each row's document's version in force, in the same query: the "state" column needs it.
        in_force = PolicyVersion.objects.filter(kind=OuterRef("kind"), effective_at__lte=timezone.now())
        return (
            super()
            .get_queryset(request)
            .annotate(current_number=Subquery(in_force.order_by("-number").values("number")[:1]))
        )

    @admin.display(description=_("state"))
    def state(self, obj: PolicyVersion) -> str:
        if obj.number == obj.current_number:
            return gettext("✔ Current")
        if not obj.is_in_effect:
            return gettext("Scheduled for %(date)s") % {"date": f"{obj.effective_at:%d %b %Y}"}
        return gettext("Earlier version")

    @admin.display(description=_("next version"))
    def write_next_version(self, obj: PolicyVersion) -> str:
        url = reverse("admin:policies_policyversion_add") + f"?from={obj.pk}"
        latest = PolicyVersion.objects.of_kind(obj.kind).aggregate(number=Max("number"))["number"] or obj.number
        return format_html(
            gettext(
                '<a class="button" href="{url}">Write version {number} of the {kind}</a> '
                "<span class='help'>Starts from this version's text; members are asked to accept new terms "
                "and privacy versions once they take effect.</span>"
            ),
            url=url,
            number=latest + 1,
            kind=obj.get_kind_display().lower(),
        )

    @admin.display(description=_("public page"))
    def public_page(self, obj: PolicyVersion) -> str:
        if not obj.is_in_effect:
            return gettext("Not public until it takes effect.")
        return format_html('<a href="{0}">{0}</a>', obj.get_absolute_url())


@admin.register(ConcernReport)
class ConcernReportAdmin(admin.ModelAdmin):
    """The concerns people sent through /contact/, newest first, new ones to the fore. What the sender
    wrote is read-only; moderators set the status (recorded with their name) and keep notes."""

    list_display = [
        "created_at",
        "reason",
        "status",
        "message_start",
        "about_link",
        "reply_email",
        "sender",
        "handled_by",
    ]
    list_filter = ["status", "reason"]
    search_fields = ["message", "reply_email", "about_url", "sender__handle"]
    list_select_related = ["sender", "handled_by"]
    date_hierarchy = "created_at"
    fields = [
        "reason",
        "about_link",
        "message",
        "reply_email",
        "sender",
        "created_at",
        "status",
        "notes",
        "handled_by",
        "handled_at",
    ]
    readonly_fields = [
        "reason",
        "about_link",
        "message",
        "reply_email",
        "sender",
        "created_at",
        "handled_by",
        "handled_at",
    ]
    actions = ["take_on", "close"]

    def has_add_permission(self, request) -> bool:
        return False  # concerns come from /contact/

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # kept: what was reported and what was done about it

    @admin.display(description=_("message"))
    def message_start(self, obj: ConcernReport) -> str:
        return Truncator(obj.message).chars(120)

    @admin.display(description=_("about"), ordering="about_url")
    def about_link(self, obj: ConcernReport) -> str:
        if not obj.about_url:
            return "—"
        return format_html('<a href="{0}" target="_blank" rel="noopener">{0}</a>', obj.about_url)

    def save_model(self, request, obj: ConcernReport, form, change: bool) -> None:
        if "status" in form.changed_data:
            obj.handled_by = request.user
            obj.handled_at = timezone.now()
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Take on the selected concerns (in progress, handled by me)"), permissions=["change"])
    def take_on(self, request, queryset: QuerySet[ConcernReport]) -> None:
        self._set_status(request, queryset, ConcernReport.Status.IN_PROGRESS)

    @admin.action(description=_("Close the selected concerns"), permissions=["change"])
    def close(self, request, queryset: QuerySet[ConcernReport]) -> None:
        self._set_status(request, queryset, ConcernReport.Status.CLOSED)

    def _set_status(self, request, queryset, status: str) -> None:
        reports = list(queryset)
        for report in reports:
            concern_report_set_status(report, status=status, moderator=request.user)
        label = str(ConcernReport.Status(status).label).lower()
        self.message_user(
            request,
            ngettext("%(count)d concern(s) marked %(status)s.", "%(count)d concern(s) marked %(status)s.", len(reports))
            % {"count": len(reports), "status": label},
            messages.SUCCESS,
        )


@admin.register(PolicyTranslation)
class PolicyTranslationAdmin(admin.ModelAdmin):
    """A policy version in another language. The version binds; its translation can be corrected until
    the version takes effect, and is kept as it was from then on."""

    list_display = ["__str__", "language", "created_at"]
    list_filter = ["language", "version__kind"]
    list_select_related = ["version"]
    fields = ["version", "language", "summary", "body", "created_at"]
    readonly_fields = ["created_at"]

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.version.is_in_effect:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
