"""Doctor verification in the admin: the application queue, the decisions and their evidence.

Status never changes through the edit form: only the verify/reject/suspend/reinstate actions do,
each through a confirmation page that asks for evidence or a reason and calls doctors.services.
"""

from datetime import datetime

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import ActionLocation
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from core.permissions import can
from doctors.forms import DecisionForm
from doctors.models import DoctorProfile, VerificationDecision
from doctors.permissions import VERIFY_PERMISSION
from doctors.services import DECIDERS, TRANSITIONS, can_transition
from moderation.admin import AuditedEditAdminMixin, HideableAdminMixin

Status = DoctorProfile.Status
Decision = VerificationDecision.Decision
BOTH_LOCATIONS = [ActionLocation.CHANGE_LIST, ActionLocation.CHANGE_FORM]
# The confirmation button and heading for each decision.
DECISION_VERBS = {
    Decision.VERIFY: ("Verify", "verify"),
    Decision.REJECT: ("Reject", "reject"),
    Decision.SUSPEND: ("Suspend", "suspend"),
    Decision.REINSTATE: ("Reinstate", "reinstate"),
}


class StatusFilter(admin.SimpleListFilter):
    """The review queue first: pending applications, then the other states."""

    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        order = [Status.PENDING, Status.VERIFIED, Status.SUSPENDED, Status.REJECTED]
        return [(status.value, status.label) for status in order]

    def queryset(self, request, queryset):
        return queryset.filter(status=self.value()) if self.value() else queryset


class VerificationDecisionInline(admin.TabularInline):
    """Every decision about this doctor, newest first, read-only."""

    model = VerificationDecision
    fields = ["decision", "decided_at", "decided_by", "licence_number", "licence_region", "evidence", "reason"]
    readonly_fields = fields

    def get_fields(self, request, obj=None):
        return [*self.fields, "document_link"] if can(request.user, "doctors.view_licence") else self.fields

    def get_readonly_fields(self, request, obj=None):
        return self.get_fields(request, obj)

    @admin.display(description="document decided on")
    def document_link(self, decision: VerificationDecision) -> str:
        if not decision.licence_document:
            return "-"
        return format_html(
            "<a href='{}' download>Download</a>", reverse("doctors:decision_licence", args=[decision.pk])
        )

    extra = 0
    can_delete = False
    show_change_link = False
    ordering = ["-decided_at", "-pk"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("decided_by")

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(DoctorProfile)
class DoctorProfileAdmin(AuditedEditAdminMixin, HideableAdminMixin, admin.ModelAdmin):
    list_display = [
        "display_name_column",
        "status_column",
        "practice_column",
        "licence_column",
        "submitted_column",
        "decided_column",
    ]
    list_display_links = ["display_name_column"]
    list_filter = [
        StatusFilter,
        "specialty",
        "credential",
        "region",
        "city",
        ("created_at", admin.DateFieldListFilter),
    ]
    search_fields = ["full_name", "licence_number", "user__handle", "user__email", "slug", "practice_name"]
    search_help_text = "Search by name, licence number, handle, e-mail or practice."
    list_select_related = ["user", "verified_by"]
    # The queue first (oldest pending application at the top), then everything else, newest first.
    ordering = [
        Case(When(status=Status.PENDING, then=Value(0)), default=Value(1), output_field=IntegerField()),
        "submitted_at",
    ]
    list_per_page = 50
    show_full_result_count = False
    actions = ["verify_selected", "reject_selected", "suspend_selected", "reinstate_selected"]
    inlines = [VerificationDecisionInline]
    readonly_fields = [
        "user_column",
        "status",
        "status_reason",
        "verified_at",
        "verified_by",
        "submitted_at",
        "created_at",
        "hidden_at",
        "hidden_reason",
        "licence_document_preview",
        "answer_count",
        "helpful_vote_count",
        "review_count",
        "rating_sum",
        "worth_it_count",
    ]
    fieldsets = [
        (
            "Verification",
            {
                "fields": [
                    "status",
                    "status_reason",
                    ("verified_at", "verified_by"),
                    ("submitted_at", "created_at"),
                    ("hidden_at", "hidden_reason"),
                ]
            },
        ),
        (
            "Licence (private: moderators only)",
            {"fields": ["licence_number", "licence_region", "licence_document_preview"]},
        ),
        (
            "Identity",
            {"fields": ["user_column", "full_name", "slug", "credential", "specialty", "board_certifications"]},
        ),
        ("Practice", {"fields": ["practice_name", "address", "city", "region", "country", "website"]}),
        ("Public profile", {"fields": ["bio", "headshot"]}),
        (
            "Figures",
            {
                "classes": ["collapse"],
                "fields": ["answer_count", "helpful_vote_count", "review_count", "rating_sum", "worth_it_count"],
            },
        ),
    ]

    class Media:
        css = {"all": ["doctors/admin.css"]}

    # -- permissions ------------------------------------------------------------------------------

    def has_add_permission(self, request) -> bool:
        # Doctors apply on the site, with their own account; nobody creates profiles for them.
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser

    def has_verify_permission(self, request) -> bool:
        return request.user.has_perm(VERIFY_PERMISSION)

    def get_list_display(self, request):
        columns = list(super().get_list_display(request))
        if can(request.user, "doctors.view_licence"):
            columns[columns.index("licence_column")] = "licence_with_document_column"
        return columns

    # -- columns --------------------------------------------------------------------------------

    @admin.display(description="doctor", ordering="full_name")
    def display_name_column(self, obj: DoctorProfile) -> str:
        return format_html("{}<br><span class='doctors-admin-muted'>@{}</span>", obj.display_name, obj.user.handle)

    @admin.display(description="status", ordering="status")
    def status_column(self, obj: DoctorProfile) -> str:
        label = obj.get_status_display()
        if obj.is_hidden:
            label = f"{label}, hidden"
        return format_html("<span class='doctors-admin-status doctors-admin-status-{}'>{}</span>", obj.status, label)

    @admin.display(description="specialty and city", ordering="specialty")
    def practice_column(self, obj: DoctorProfile) -> str:
        return format_html(
            "{}<br><span class='doctors-admin-muted'>{}</span>", obj.get_specialty_display(), obj.location
        )

    @admin.display(description="submitted", ordering="submitted_at")
    def submitted_column(self, obj: DoctorProfile) -> str:
        return obj.submitted_at.date().isoformat()

    @admin.display(description="licence", ordering="licence_number")
    def licence_column(self, obj: DoctorProfile) -> str:
        return format_html(
            "<span class='doctors-admin-nowrap'>{}</span><br><span class='doctors-admin-muted'>{}</span>",
            obj.licence_number,
            obj.licence_region,
        )

    @admin.display(description="licence", ordering="licence_number")
    def licence_with_document_column(self, obj: DoctorProfile) -> str:
        if not obj.licence_document:
            document = format_html("<span class='doctors-admin-missing'>{}</span>", "no document")
        else:
            document = format_html(
                "<a href='{}' download>Download document</a>", reverse("doctors:licence", args=[obj.slug])
            )
        return format_html("{}<br>{}", self.licence_column(obj), document)

    @admin.display(description="decided", ordering="verified_at")
    def decided_column(self, obj: DoctorProfile) -> str:
        if obj.verified_at:
            by = obj.verified_by.handle if obj.verified_by else "?"
            return format_html(
                "{}<br><span class='doctors-admin-muted'>by {}</span>", obj.verified_at.date().isoformat(), by
            )
        return "-"

    @admin.display(description="account")
    def user_column(self, obj: DoctorProfile) -> str:
        url = reverse("admin:accounts_user_change", args=[obj.user_id])
        return format_html("<a href='{}'>{}</a> ({})", url, obj.user.handle, obj.user.email)

    @admin.display(description="licence document")
    def licence_document_preview(self, obj: DoctorProfile) -> str:
        # A download link, never an inline <img> or <iframe>: an uploaded file is not rendered in the
        # admin's origin (the view serves it as an attachment under a sandboxing CSP).
        if not obj.licence_document:
            return "No document uploaded."
        kind = "PDF" if obj.licence_document.name.endswith(".pdf") else "image"
        return format_html(
            "<a href='{}' download>Download the licence document ({})</a>",
            reverse("doctors:licence", args=[obj.slug]),
            kind,
        )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if can(request.user, "doctors.view_licence"):
            return fieldsets
        # Without the licence permission the document is not even linked.
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "licence_document_preview"]})
            for name, options in fieldsets
        ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "headshot":
            # The admin's file widget writes "Change:" as plain text before the file input, which is
            # then unnamed for screen readers; its name repeats the visible words.
            formfield.widget.attrs["aria-label"] = "Change headshot"
        return formfield

    # Edits of a doctor's profile go into the audit log through AuditedEditAdminMixin (an EDIT entry
    # with the changed fields before and after).

    # -- decisions ------------------------------------------------------------------------------

    @admin.action(description="Verify selected doctors…", permissions=["verify"], location=BOTH_LOCATIONS)
    def verify_selected(self, request, queryset):
        return self._decide(request, queryset, Decision.VERIFY)

    @admin.action(description="Reject selected applications…", permissions=["verify"], location=BOTH_LOCATIONS)
    def reject_selected(self, request, queryset):
        return self._decide(request, queryset, Decision.REJECT)

    @admin.action(description="Suspend selected doctors…", permissions=["verify"], location=BOTH_LOCATIONS)
    def suspend_selected(self, request, queryset):
        return self._decide(request, queryset, Decision.SUSPEND)

    @admin.action(description="Reinstate selected doctors…", permissions=["verify"], location=BOTH_LOCATIONS)
    def reinstate_selected(self, request, queryset):
        return self._decide(request, queryset, Decision.REINSTATE)

    def _decide(self, request: HttpRequest, queryset: QuerySet, decision: str) -> HttpResponse | None:
        """Ask for evidence or a reason, then call the service once per eligible doctor.

        Returns the confirmation page, or None to go back where the action was chosen.
        """
        doctors = list(queryset.select_related("user").order_by("submitted_at", "pk"))
        eligible = [doctor for doctor in doctors if can_transition(doctor, decision)]
        ineligible = [doctor for doctor in doctors if not can_transition(doctor, decision)]
        verb, verb_lower = DECISION_VERBS[decision]
        if not eligible:
            allowed = " or ".join(Status(s).label.lower() for s in TRANSITIONS[decision][0])
            self.message_user(
                request, f"Nothing to {verb_lower}: only {allowed} doctors can be {verb_lower}ed.", messages.WARNING
            )
            return None

        on_change_form = f"{ActionLocation.CHANGE_FORM.value}-action" in request.POST
        if request.POST.get("confirm") == "yes":
            form = DecisionForm(request.POST, decision=decision, doctors=eligible)
            if form.is_valid():
                self._apply_decision(request, form, eligible, decision)
                return None
        else:
            form = DecisionForm(decision=decision, doctors=eligible)

        action_name = request.POST.getlist(f"{ActionLocation.CHANGE_FORM.value}-action" if on_change_form else "action")
        context = {
            **self.admin_site.each_context(request),
            "title": f"{verb} {len(eligible)} doctor{'s' if len(eligible) != 1 else ''}",
            "opts": self.opts,
            "decision": decision,
            "verb": verb,
            "form": form,
            "rows": [(doctor, form.evidence_field(doctor)) for doctor in eligible],
            "ineligible": ineligible,
            "action_field": f"{ActionLocation.CHANGE_FORM.value}-action" if on_change_form else "action",
            "action_name": action_name[0] if action_name else f"{decision}_selected",
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "seen_at": form.seen_at_for_page(),
            "can_view_licence": can(request.user, "doctors.view_licence"),
            "media": self.media,
        }
        return TemplateResponse(request, "doctors/admin/decide.html", context)

    def _apply_decision(self, request: HttpRequest, form: DecisionForm, doctors: list, decision: str) -> None:
        seen_at: datetime | None = form.cleaned_data["seen_at"]
        done, skipped = [], []
        for doctor in doctors:
            if seen_at and doctor.submitted_at > seen_at:
                skipped.append(f"{doctor} changed the application while you were reviewing it; open it again")
                continue
            try:
                # One transaction per doctor: one refused decision does not undo the others.
                with transaction.atomic():
                    DECIDERS[decision](
                        doctor=doctor,
                        moderator=request.user,
                        evidence=form.evidence_for(doctor),
                        reason=form.cleaned_data["reason"],
                    )
            except ValidationError as error:
                skipped.append(f"{doctor}: {' '.join(error.messages)}")
            else:
                done.append(str(doctor))
        verb_past = Decision(decision).label.lower()
        if done:
            self.message_user(request, f"{verb_past.capitalize()}: {', '.join(done)}. They are e-mailed.")
        for problem in skipped:
            self.message_user(request, f"Not {verb_past}: {problem}.", messages.WARNING)


@admin.register(VerificationDecision)
class VerificationDecisionAdmin(admin.ModelAdmin):
    """The record of every decision: read-only, for audits."""

    list_display = ["doctor", "decision", "decided_by", "decided_at", "licence_number", "licence_region"]
    list_filter = ["decision", ("decided_at", admin.DateFieldListFilter)]
    search_fields = ["doctor__full_name", "doctor__user__handle", "licence_number", "decided_by__handle"]
    list_select_related = ["doctor", "decided_by"]
    date_hierarchy = "decided_at"
    show_full_result_count = False

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
