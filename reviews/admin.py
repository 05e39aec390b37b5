from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from core.permissions import can
from moderation.admin import BOTH_LOCATIONS, AuditedEditAdminMixin, HideableAdminMixin, confirm_action
from reviews.models import DoctorResponse, Incentive, Relationship, Review, ReviewUpdate, VerdictChange, Verification
from reviews.services import review_delete, review_receipt_decide


class VerificationFilter(admin.SimpleListFilter):
    """Proof of treatment, receipts waiting for a decision first (the moderators' queue)."""

    title = "proof of treatment"
    parameter_name = "verification"

    def lookups(self, request, model_admin):
        order = [
            Verification.RECEIPT_PENDING,
            Verification.RECEIPT_APPROVED,
            Verification.DOCTOR_CONFIRMED,
            Verification.RECEIPT_REJECTED,
            Verification.NONE,
        ]
        return [(value, Verification(value).label) for value in order]

    def queryset(self, request, queryset):
        if self.value() in Verification.values:
            return queryset.filter(verification=self.value())
        return queryset


class DisclosureFilter(admin.SimpleListFilter):
    """Reviews whose writer received something or has ties to the doctor or clinic, or said nothing."""

    title = "disclosures"
    parameter_name = "disclosure"

    def lookups(self, request, model_admin):
        return [
            ("received", "Received something"),
            ("connected", "Connected to the doctor or clinic"),
            ("not_stated", "Not stated (written before we asked)"),
            ("nothing", "Received nothing, no connection"),
        ]

    def queryset(self, request, queryset):
        received = [
            Incentive.FREE_TREATMENT,
            Incentive.DISCOUNTED_TREATMENT,
            Incentive.PAYMENT_OR_GIFT,
            Incentive.OTHER,
        ]
        connected = [Relationship.STAFF, Relationship.FAMILY_OR_FRIEND, Relationship.BUSINESS, Relationship.OTHER]
        match self.value():
            case "received":
                return queryset.filter(incentive__in=received)
            case "connected":
                return queryset.filter(relationship__in=connected)
            case "not_stated":
                return queryset.filter(incentive=Incentive.NOT_STATED) | queryset.filter(
                    relationship=Relationship.NOT_STATED
                )
            case "nothing":
                return queryset.filter(incentive=Incentive.NOTHING, relationship=Relationship.NONE)
        return queryset


class ReviewUpdateInline(admin.TabularInline):
    model = ReviewUpdate
    extra = 0
    fields = ["created_at", "body"]
    readonly_fields = ["created_at", "body"]
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class VerdictChangeInline(admin.TabularInline):
    model = VerdictChange
    extra = 0
    fields = ["changed_at", "previous", "verdict", "update"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class DoctorResponseInline(admin.StackedInline):
    model = DoctorResponse
    extra = 0
    fields = ["doctor", "body", "created_at", "updated_at", "hidden_at", "hidden_reason"]
    readonly_fields = ["doctor", "created_at", "updated_at", "hidden_at", "hidden_reason"]
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Review)
class ReviewAdmin(AuditedEditAdminMixin, HideableAdminMixin, admin.ModelAdmin):
    """Reviews as moderators see them. Figures-relevant fields are read-only here: changes to
    verdict or rating go through the author's edit, and deletions through `review_delete`."""

    list_display = [
        "title",
        "author",
        "treatment",
        "doctor",
        "verdict",
        "rating",
        "cost",
        "disclosures",
        "proof",
        "is_public",
        "created_at",
    ]
    list_filter = [
        ("hidden_at", admin.EmptyFieldListFilter),
        VerificationFilter,
        DisclosureFilter,
        "incentive",
        "relationship",
        "verdict",
        "rating",
        "cost_currency",
        "treatment__category",
        "created_at",
    ]
    list_select_related = ["author", "treatment", "doctor"]
    search_fields = ["title", "story", "author__handle", "doctor__full_name", "treatment__name"]
    date_hierarchy = "created_at"
    ordering = ["-created_at"]
    readonly_fields = [
        "author",
        "treatment",
        "doctor",
        "verdict",
        "rating",
        # The writer's own statements: a moderator who changed them would speak for the patient.
        "incentive",
        "incentive_details",
        "relationship",
        "relationship_details",
        "verification",
        "receipt_link",
        "receipt_uploaded_at",
        "verified_at",
        "verified_by",
        "verification_note",
        "helpful_count",
        "created_at",
        "updated_at",
        "hidden_at",
        "hidden_reason",
    ]
    fieldsets = [
        (None, {"fields": ["author", "treatment", "doctor", "verdict", "rating", "title", "story"]}),
        ("Cost and date", {"fields": ["cost_amount", "cost_currency", "treatment_date"]}),
        ("Disclosures", {"fields": ["incentive", "incentive_details", "relationship", "relationship_details"]}),
        (
            "Proof of treatment",
            {
                "description": "Decide with the actions “Approve the receipt” or “Don't accept the receipt”. "
                "Either way the receipt is deleted and only the decision is kept.",
                "fields": [
                    "verification",
                    "receipt_link",
                    "receipt_uploaded_at",
                    "verified_at",
                    "verified_by",
                    "verification_note",
                ],
            },
        ),
        (
            "Doctor sub-ratings",
            {
                "classes": ["collapse"],
                "fields": [
                    "bedside_manner",
                    "answered_questions",
                    "aftercare",
                    "time_spent",
                    "responsiveness",
                    "staff",
                    "payment_process",
                ],
            },
        ),
        ("Status", {"fields": ["helpful_count", "created_at", "updated_at", "hidden_at", "hidden_reason"]}),
    ]
    inlines = [VerdictChangeInline, ReviewUpdateInline, DoctorResponseInline]
    actions = ["approve_receipts", "reject_receipts"]

    @admin.display(description="disclosures")
    def disclosures(self, review: Review) -> str:
        return format_html("{}<br>{}", review.incentive_public_text, review.relationship_public_text)

    @admin.display(description="proof of treatment", ordering="verification")
    def proof(self, review: Review) -> str:
        if review.verification == Verification.DOCTOR_CONFIRMED:
            return f"Confirmed by {review.doctor.display_name}" if review.doctor else review.get_verification_display()
        return review.get_verification_display()

    @admin.display(description="receipt")
    def receipt_link(self, review: Review) -> str:
        # A download link, never an inline <img> or <iframe>: an uploaded file is not rendered in the
        # admin's origin (the view serves it as an attachment under a sandboxing CSP).
        if not review.receipt:
            if review.verification in (Verification.RECEIPT_APPROVED, Verification.RECEIPT_REJECTED):
                return "Deleted once decided."
            return "None sent."
        kind = "PDF" if review.receipt.name.endswith(".pdf") else "image"
        return format_html(
            "<a href='{}' download>Download the receipt ({})</a>",
            reverse("reviews:receipt_file", args=[review.pk]),
            kind,
        )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if can(request.user, "reviews.decide_receipt"):
            return fieldsets
        # Without the receipt permission the receipt is not even linked.
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "receipt_link"]})
            for name, options in fieldsets
        ]

    def has_decide_receipt_permission(self, request) -> bool:
        return can(request.user, "reviews.decide_receipt")

    def _decide(self, request, queryset, *, approve: bool, note: str = "") -> None:
        done = skipped = 0
        for review in queryset:
            try:
                review_receipt_decide(review=review, moderator=request.user, approve=approve, note=note)
            except ValidationError:
                skipped += 1
            else:
                done += 1
        verb = "Approved" if approve else "Did not accept"
        self.message_user(
            request, f"{verb} {done} receipt{'s' if done != 1 else ''}; the files are deleted.", messages.SUCCESS
        )
        if skipped:
            self.message_user(
                request,
                f"{skipped} selected review{'s' if skipped != 1 else ''} had no receipt waiting.",
                messages.INFO,
            )

    @admin.action(
        description="Approve the receipt (“Verified by receipt”)",
        permissions=["decide_receipt"],
        location=BOTH_LOCATIONS,
    )
    def approve_receipts(self, request, queryset):
        self._decide(request, queryset, approve=True)

    @admin.action(description="Don't accept the receipt…", permissions=["decide_receipt"], location=BOTH_LOCATIONS)
    def reject_receipts(self, request, queryset):
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title="Don't accept these receipts",
            question="The reviews stay published without the badge; the receipts are deleted and each patient "
            "is told why, and may send another.",
            button="Don't accept",
            reason_label="Why (the patient reads this)",
            reason_help="e.g. “The receipt doesn't name the clinic or the treatment.”",
        )
        if page is not None:
            return page
        self._decide(request, queryset, approve=False, note=cleaned["reason"])
        return None

    @admin.display(description="cost", ordering="cost_amount")
    def cost(self, review: Review) -> str:
        if review.cost_amount is None:
            return "—"
        return f"{review.cost_amount:,.2f} {review.cost_currency}"

    @admin.display(description="public", boolean=True, ordering="hidden_at")
    def is_public(self, review: Review) -> bool:
        return not review.is_hidden

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Reviews are a patient's own words: they are written on the site, not in the admin.
        return False

    def delete_model(self, request: HttpRequest, obj: Review) -> None:
        review_delete(review=obj, actor=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Review]) -> None:
        # One service call per review, so every deletion is logged and the doctors' figures follow.
        for review in queryset:
            review_delete(review=review, actor=request.user)


@admin.register(DoctorResponse)
class DoctorResponseAdmin(AuditedEditAdminMixin, HideableAdminMixin, admin.ModelAdmin):
    list_display = ["review", "doctor", "created_at", "updated_at", "is_public"]
    list_filter = [("hidden_at", admin.EmptyFieldListFilter), "created_at"]
    list_select_related = ["review", "doctor"]
    search_fields = ["body", "doctor__full_name", "review__title"]
    readonly_fields = ["review", "doctor", "created_at", "updated_at", "hidden_at", "hidden_reason"]
    fields = ["review", "doctor", "body", "created_at", "updated_at", "hidden_at", "hidden_reason"]

    @admin.display(description="public", boolean=True, ordering="hidden_at")
    def is_public(self, response: DoctorResponse) -> bool:
        return not response.is_hidden

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
