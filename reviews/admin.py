from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from moderation.admin import AuditedEditAdminMixin, HideableAdminMixin
from reviews.models import DoctorResponse, Review, ReviewUpdate, VerdictChange
from reviews.services import review_delete


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

    list_display = ["title", "author", "treatment", "doctor", "verdict", "rating", "cost", "is_public", "created_at"]
    list_filter = [
        ("hidden_at", admin.EmptyFieldListFilter),
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
        "helpful_count",
        "created_at",
        "updated_at",
        "hidden_at",
        "hidden_reason",
    ]
    fieldsets = [
        (None, {"fields": ["author", "treatment", "doctor", "verdict", "rating", "title", "story"]}),
        ("Cost and date", {"fields": ["cost_amount", "cost_currency", "treatment_date"]}),
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
