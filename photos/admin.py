"""The moderators' photo queue: pending cases first, with thumbnails; approve and reject (with a reason)
through photos.services, which log every decision. Published cases are hidden and restored (the
moderation mixin's actions), never rejected or deleted."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, Count, Value, When
from django.template.response import TemplateResponse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from core.permissions import can
from moderation.admin import HideableAdminMixin, confirm_action
from photos import services
from photos.models import (
    BeforeAfterPhoto,
    ConsentKind,
    ConsentRecord,
    ConsentTextTranslation,
    ConsentTextVersion,
    PhotoImage,
)


def _thumbs(case: BeforeAfterPhoto, *, blurred: bool) -> str:
    pictures = [(image, image.picture(blurred=blurred)) for image in case.images.all()]
    if not pictures:
        return format_html('<span class="photos-admin-note">{}</span>', gettext("no files"))
    if any(image.withheld for image, _ in pictures):
        return format_html('<span class="photos-admin-note">{}</span>', gettext("hidden: files off the public storage"))
    if not all(picture for _, picture in pictures):
        return format_html('<span class="photos-admin-note">{}</span>', gettext("processing…"))
    thumbs = format_html_join(
        "",
        '<img src="{}" width="{}" height="{}" alt="{}" loading="lazy" class="photos-admin-thumb">',
        (
            (p["thumb_src"], p["thumb_width"], p["thumb_height"], image.get_role_display())
            for image, p in sorted(pictures, key=lambda pair: pair[0].role != PhotoImage.Role.BEFORE)
        ),
    )
    return format_html('<span class="photos-admin-thumbs">{}</span>', thumbs)


class PhotoImageInline(admin.TabularInline):
    model = PhotoImage
    extra = 0
    can_delete = False
    fields = ["role", "preview", "width", "height", "processed_at", "derivative_count"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("preview (unblurred)"))
    def preview(self, image: PhotoImage) -> str:
        if image.withheld:
            return gettext("hidden: the files are off the public storage until the case is restored")
        picture = image.picture(blurred=False)
        if not picture:
            return gettext("processing…")
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="{}" class="photos-admin-preview">',
            picture["src"],
            picture["width"],
            picture["height"],
            image.get_role_display(),
        )

    @admin.display(description=_("derivative widths"))
    def derivative_count(self, image: PhotoImage) -> str:
        return ", ".join(str(r["width"]) for r in image.renditions) or gettext("none")


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (the uploader sees it)"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_("E.g. “The photos show the patient's face without a visible consent for the face.”"),
    )


class PendingFirstFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return BeforeAfterPhoto.Status.choices

    def queryset(self, request, queryset):
        return queryset.filter(status=self.value()) if self.value() else queryset


@admin.register(BeforeAfterPhoto)
class BeforeAfterPhotoAdmin(HideableAdminMixin, admin.ModelAdmin):
    list_display = [
        "thumbnails",
        "case_title",
        "status",
        "is_graphic",
        "uploader",
        "doctor",
        "consent_summary",
        "is_ready",
        "created_at",
    ]
    list_display_links = ["case_title"]
    list_filter = [PendingFirstFilter, "is_graphic", "consent__kind"]
    list_select_related = ["uploader", "doctor", "consent"]
    search_fields = ["caption", "uploader__handle", "doctor__full_name"]
    readonly_fields = [
        "uploader",
        "doctor",
        "consent",
        "status",
        "status_reason",
        "moderated_by",
        "moderated_at",
        "created_at",
        "ready_at",
        "hidden_at",
        "hidden_reason",
    ]
    # What a moderator may correct, then everything set by the services.
    fields = ["caption", "time_since_treatment", "is_graphic", *readonly_fields]
    inlines = [PhotoImageInline]
    actions = ["approve_selected", "reject_selected", "withdraw_consent_on_request"]
    list_per_page = 50

    class Media:
        css = {"all": ["photos/admin.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("images")

    def get_ordering(self, request):
        # The queue: pending cases first (oldest waiting first), then the rest, newest first.
        pending_first = Case(When(status=BeforeAfterPhoto.Status.PENDING, then=Value(0)), default=Value(1))
        return [pending_first.asc(), "-created_at", "-pk"]

    def has_add_permission(self, request) -> bool:
        # Cases come in through the site, where the uploader gives consent and the pipeline runs.
        return False

    @admin.display(description=_("photos"))
    def thumbnails(self, case: BeforeAfterPhoto) -> str:
        return _thumbs(case, blurred=case.is_graphic)

    @admin.display(description=_("case"), ordering="pk")
    def case_title(self, case: BeforeAfterPhoto) -> str:
        return str(case)

    @admin.display(description=_("consent"))
    def consent_summary(self, case: BeforeAfterPhoto) -> str:
        if case.consent is None:
            return gettext("none")
        given = f"{case.consent.get_kind_display()} ({case.consent.attested_at:%Y-%m-%d})"
        if case.consent.withdrawn_at:
            return f"{given}; withdrawn {case.consent.withdrawn_at:%Y-%m-%d}: {case.consent.get_withdrawal_display()}"
        return given

    @admin.display(description=_("processed"), boolean=True)
    def is_ready(self, case: BeforeAfterPhoto) -> bool:
        return case.ready_at is not None

    def _check_moderator(self, request) -> bool:
        if not can(request.user, "photos.moderate"):
            self.message_user(request, gettext("Only moderators can approve or reject photos."), messages.ERROR)
            return False
        return True

    @admin.action(description=_("Approve selected cases (publish)"))
    def approve_selected(self, request, queryset):
        if not self._check_moderator(request):
            return None
        approved, refused = 0, []
        for case in queryset:
            try:
                services.photo_case_approve(moderator=request.user, case=case)
                approved += 1
            except (ValidationError, PermissionDenied) as error:
                refused.append(f"case {case.pk}: {' '.join(getattr(error, 'messages', [str(error)]))}")
        if approved:
            self.message_user(
                request,
                ngettext("Approved %(count)d case(s).", "Approved %(count)d case(s).", approved) % {"count": approved},
                messages.SUCCESS,
            )
        if refused:
            self.message_user(request, "Not approved: " + "; ".join(refused), messages.WARNING)
        return None

    @admin.action(description=_("Withdraw consent at the patient's request (deletes the photos)…"))
    def withdraw_consent_on_request(self, request, queryset):
        """A patient whose case a doctor posted asked for their consent to be withdrawn: the case names no
        patient account, so a moderator completes it (photos.services.photo_case_withdraw_on_request)."""
        if not self._check_moderator(request):
            return None
        cleaned, page = confirm_action(
            self,
            request,
            queryset,
            title="Withdraw consent at the patient's request",
            question="The photos of these cases are deleted from every storage, at once and for good; the cases "
            "leave every public page and their consent records are marked withdrawn. The doctor who posted "
            "each case is told.",
            button="Withdraw consent",
            reason_label="How the patient asked (kept in the log; no patient name)",
            reason_required=False,
        )
        if page is not None:
            return page
        for case in queryset:
            services.photo_case_withdraw_on_request(moderator=request.user, case=case, note=cleaned["reason"])
        self.message_user(request, gettext("Consent withdrawn; the photos are deleted."), messages.SUCCESS)
        return None

    @admin.action(description=_("Reject selected unpublished cases (deletes their photos)…"))
    def reject_selected(self, request, queryset):
        if not self._check_moderator(request):
            return None
        form = RejectForm(request.POST if "reject_reason_submitted" in request.POST else None)
        if form.is_bound and form.is_valid():
            count, refused = 0, []
            for case in queryset:
                try:
                    services.photo_case_reject(moderator=request.user, case=case, reason=form.cleaned_data["reason"])
                except ValidationError as error:
                    refused.append(f"case {case.pk}: {' '.join(error.messages)}")
                else:
                    count += 1
            if count:
                self.message_user(
                    request,
                    ngettext(
                        "Rejected %(count)d case(s); their photo files were deleted.",
                        "Rejected %(count)d case(s); their photo files were deleted.",
                        count,
                    )
                    % {"count": count},
                    messages.SUCCESS,
                )
            if refused:
                self.message_user(request, "Not rejected: " + "; ".join(refused), messages.WARNING)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Reject before/after cases"),
            "opts": self.model._meta,
            "cases": queryset.prefetch_related("images"),
            "form": form,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/photos/beforeafterphoto/reject.html", context)

    def save_model(self, request, obj, form, change) -> None:
        before = {field: form.initial.get(field) for field in form.changed_data}
        super().save_model(request, obj, form, change)
        if change:
            services.photo_case_moderator_edit(actor=request.user, case=obj, before=before)

    def has_delete_permission(self, request, obj=None) -> bool:
        # A published case is hidden, never deleted: no delete button, and the bulk delete's
        # confirmation page lists it as something this user may not delete.
        if obj is not None and obj.status == BeforeAfterPhoto.Status.APPROVED:
            return False
        return super().has_delete_permission(request, obj)

    def restore_refusal(self, obj) -> str:
        if obj.review_id is None and obj.consent_id and obj.consent.kind == ConsentKind.PATIENT_SELF:
            return f"“{obj}” belonged to a review its author deleted; a patient's photos are shown only with it."
        return super().restore_refusal(obj)

    def delete_model(self, request, obj) -> None:
        try:
            services.photo_case_delete(actor=request.user, case=obj, reason="Deleted in the admin.")
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)

    def delete_queryset(self, request, queryset) -> None:
        for case in queryset:
            try:
                services.photo_case_delete(actor=request.user, case=case, reason="Deleted in the admin.")
            except ValidationError as error:
                self.message_user(request, f"Case {case.pk}: {' '.join(error.messages)}", messages.ERROR)


@admin.register(ConsentTextVersion)
class ConsentTextVersionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "number", "created_at", "record_count"]
    list_filter = ["kind"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(records_total=Count("records"))

    @admin.display(description=_("records"), ordering="records_total")
    def record_count(self, version: ConsentTextVersion) -> int:
        return version.records_total

    def get_readonly_fields(self, request, obj=None):
        # Immutable once saved: a new wording is a new version.
        return ["kind", "number", "text", "created_at"] if obj else ["created_at"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ConsentRecord)
class ConsentRecordAdmin(admin.ModelAdmin):
    """The consent trail: read-only, kept even when a case is deleted."""

    list_display = ["__str__", "kind", "text_version", "attested_by", "attested_at", "case_link"]
    list_filter = ["kind"]
    list_select_related = ["text_version", "attested_by", "photo_case"]
    search_fields = ["attested_by__handle", "reference"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="case")
    def case_link(self, record: ConsentRecord) -> str:
        case = getattr(record, "photo_case", None)
        return str(case) if case else gettext("deleted")


@admin.register(ConsentTextTranslation)
class ConsentTextTranslationAdmin(admin.ModelAdmin):
    """A consent wording in another language. Added, never changed: a better wording is a new version."""

    list_display = ["__str__", "language", "created_at"]
    list_filter = ["language", "version__kind"]
    list_select_related = ["version"]
    fields = ["version", "language", "text", "created_at"]
    readonly_fields = ["created_at"]

    def has_change_permission(self, request, obj=None) -> bool:
        return obj is None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
