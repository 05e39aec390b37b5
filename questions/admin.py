from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from moderation.admin import AuditedEditAdminMixin, HideableAdminMixin, NewDoctorAnswersFilter
from questions.models import Answer, AnswerRevision, DisclaimerTranslation, DisclaimerVersion, FollowUp, Question
from questions.permissions import check_can_answer, check_can_change_answer_text
from questions.services import answer_create, answer_update, disclaimer_version_create
from treatments.forms import TreatmentChoiceField
from treatments.models import Treatment


@admin.register(DisclaimerVersion)
class DisclaimerVersionAdmin(admin.ModelAdmin):
    """Versions are immutable: "changing" the current one publishes a new version, older ones are
    read-only, and a version answers refer to cannot be deleted (PROTECT)."""

    list_display = ["__str__", "excerpt", "created_at", "created_by", "answer_total"]
    fields = ["number", "text", "created_at", "created_by"]
    readonly_fields = ["number", "created_at", "created_by"]
    list_select_related = ["created_by"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(answer_total=Count("answers"))

    @admin.display(description=_("text"))
    def excerpt(self, obj: DisclaimerVersion) -> str:
        return obj.text if len(obj.text) < 90 else f"{obj.text[:90]}…"

    @admin.display(description=_("answers"), ordering="answer_total")
    def answer_total(self, obj: DisclaimerVersion) -> int:
        return obj.answer_total

    def _is_current(self, obj: DisclaimerVersion) -> bool:
        return not DisclaimerVersion.objects.filter(number__gt=obj.number).exists()

    def has_change_permission(self, request, obj=None) -> bool:
        # Only the version in force can be "changed", and that publishes a new one.
        if obj is not None and not self._is_current(obj):
            return False
        return super().has_change_permission(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if obj is not None and "text" in form.base_fields:
            form.base_fields["text"].help_text = gettext(
                "Saving publishes a new version with this text; answers written from now on show it. "
                "%(version)s stays unchanged under the answers written with it. Use {doctor} where the name goes."
            ) % {"version": obj}
        return form

    def save_model(self, request, obj, form, change) -> None:
        if change and not form.has_changed():
            return
        version = disclaimer_version_create(text=form.cleaned_data["text"], created_by=request.user)
        # The admin goes on with `obj` (messages, history): point it at the new row, never save the old.
        obj.pk, obj.number, obj.text = version.pk, version.number, version.text
        obj.created_at, obj.created_by = version.created_at, version.created_by
        obj._state.adding = False


class AnswerRevisionInline(admin.TabularInline):
    model = AnswerRevision
    fields = ["edited_at", "edited_by", "body"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("Earlier texts (kept when the answer is edited)")

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class AnswerAdminForm(forms.ModelForm):
    """An answer needs a disclaimer: the field is required, and on a new answer only the version in
    force may be chosen (it is the one `answer_create` attaches)."""

    class Meta:
        model = Answer
        fields = ["question", "doctor", "body", "disclaimer"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "disclaimer" in self.fields:
            current = DisclaimerVersion.objects.order_by("-number")[:1]
            self.fields["disclaimer"].queryset = DisclaimerVersion.objects.filter(pk__in=current.values("pk"))
            self.fields["disclaimer"].required = True
            self.fields["disclaimer"].help_text = gettext("Every answer carries the disclaimer version in force.")

    editor = None  # who saves: set by AnswerAdmin.get_form

    def clean(self):
        """The services' own checks, as form errors: a new answer needs a doctor who may answer this
        question now (questions.permissions.check_can_answer), an edit someone who may change it."""
        cleaned = super().clean()
        try:
            if self.instance.pk is None:
                doctor, question = cleaned.get("doctor"), cleaned.get("question")
                if doctor is not None and question is not None:
                    check_can_answer(doctor.user, question)
            elif "body" in self.changed_data:
                check_can_change_answer_text(self.editor, self.instance)
        except PermissionDenied as refusal:
            raise forms.ValidationError(str(refusal)) from refusal
        return cleaned


@admin.register(Answer)
class AnswerAdmin(HideableAdminMixin, admin.ModelAdmin):
    form = AnswerAdminForm
    list_display = [
        "id",
        "question_title",
        "doctor",
        "disclaimer_version",
        "helpful_count",
        "chosen_at",
        "created_at",
        "hidden_at",
    ]
    list_select_related = ["question", "doctor", "disclaimer"]
    list_filter = [("hidden_at", admin.EmptyFieldListFilter), NewDoctorAnswersFilter, "disclaimer", "created_at"]
    search_fields = ["body", "question__title", "doctor__full_name"]
    raw_id_fields = ["question", "doctor"]
    date_hierarchy = "created_at"
    inlines = [AnswerRevisionInline]
    readonly_fields = [
        "disclaimer_shown",
        "helpful_count",
        "thanked_at",
        "chosen_at",
        "created_at",
        "edited_at",
        "hidden_at",
        "hidden_reason",
    ]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        return type(form.__name__, (form,), {"editor": request.user})

    def get_readonly_fields(self, request, obj=None):
        if obj is not None:
            # Who answered what, and under which disclaimer, is history: only the text can change.
            return ["question", "doctor", "disclaimer", *self.readonly_fields]
        return ["disclaimer_shown"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("question", "doctor", "disclaimer")

    @admin.display(description=_("question"), ordering="question__title")
    def question_title(self, obj: Answer) -> str:
        return obj.question.title[:80]

    @admin.display(description=_("disclaimer"), ordering="disclaimer__number")
    def disclaimer_version(self, obj: Answer) -> str:
        return f"v{obj.disclaimer.number}"

    @admin.display(description=_("disclaimer as readers see it"))
    def disclaimer_shown(self, obj: Answer) -> str:
        if obj is None or obj.pk is None:
            return gettext("The disclaimer in force is attached when the answer is saved.")
        return format_html(
            '<div class="disclaimer">{} <br><small>{}</small></div>',
            obj.disclaimer_text,
            gettext("(version %(number)s)") % {"number": obj.disclaimer.number},
        )

    def save_model(self, request, obj, form, change) -> None:
        if change:
            if "body" in form.changed_data:
                answer_update(answer=obj, body=form.cleaned_data["body"], editor=request.user)
            return
        answer = answer_create(
            doctor=form.cleaned_data["doctor"], question=form.cleaned_data["question"], body=form.cleaned_data["body"]
        )
        obj.pk, obj.disclaimer, obj.created_at = answer.pk, answer.disclaimer, answer.created_at
        obj._state.adding = False


class AnswerInline(admin.TabularInline):
    model = Answer
    fields = ["doctor", "created_at", "helpful_count", "hidden_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("doctor")


class QuestionAdminForm(forms.ModelForm):
    """A question's treatments chosen from the catalogue: taggit's text field made a new treatment (and a public
    hub for it) of any name a moderator mistyped."""

    treatments = TreatmentChoiceField(
        label=_("Treatments"),
        queryset=Treatment.objects.without_overview().order_by("name"),
        widget=FilteredSelectMultiple(_("treatments"), is_stacked=False),
        help_text=_("The treatments the question is about (new treatments are added under Treatments)."),
    )

    class Meta:
        model = Question
        fields = ["title", "body", "treatments", "age_range", "city"]


@admin.register(Question)
class QuestionAdmin(AuditedEditAdminMixin, HideableAdminMixin, admin.ModelAdmin):
    form = QuestionAdminForm
    list_display = ["title", "author", "answer_count", "helpful_count", "created_at", "hidden_at"]
    list_select_related = ["author"]
    list_filter = [("hidden_at", admin.EmptyFieldListFilter), "created_at"]
    search_fields = ["title", "body", "author__handle"]
    date_hierarchy = "created_at"
    fields = ["title", "body", "treatments", "age_range", "city", "author", "created_at", "slug"]
    readonly_fields = [
        "author",
        "created_at",
        "slug",
        "answer_count",
        "helpful_count",
        "first_answer_doctor",
        "last_activity_at",
        "hidden_at",
        "hidden_reason",
    ]
    inlines = [AnswerInline]

    def has_add_permission(self, request) -> bool:
        # Questions come from patients through the ask page, never from staff.
        return False


@admin.register(FollowUp)
class FollowUpAdmin(HideableAdminMixin, admin.ModelAdmin):
    """Follow-ups and doctors' replies under answers, for moderators to read, hide and restore. They are
    written only on the site (questions.services), so the admin neither adds nor rewrites them: who
    wrote what, under which disclaimer, is history."""

    list_display = ["id", "kind", "answer_link", "author", "doctor", "created_at", "hidden_at"]
    list_select_related = ["author", "doctor", "answer__question"]
    list_filter = [("hidden_at", admin.EmptyFieldListFilter), ("doctor", admin.EmptyFieldListFilter), "created_at"]
    search_fields = ["body", "author__handle", "doctor__full_name", "answer__question__title"]
    date_hierarchy = "created_at"
    fields = ["answer", "author", "doctor", "body", "disclaimer_shown", "created_at", "hidden_at", "hidden_reason"]
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author", "doctor", "disclaimer", "answer__question")

    @admin.display(description=_("kind"), ordering="doctor")
    def kind(self, obj: FollowUp) -> str:
        return gettext("Doctor's reply") if obj.is_reply else gettext("Asker's follow-up")

    @admin.display(description=_("under the answer to"), ordering="answer__question__title")
    def answer_link(self, obj: FollowUp) -> str:
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj.answer.question.title[:80])

    @admin.display(description=_("disclaimer as readers see it"))
    def disclaimer_shown(self, obj: FollowUp) -> str:
        if not obj.is_reply:
            return gettext("None: a follow-up from the person who asked.")
        return format_html(
            '<div class="disclaimer">{} <br><small>{}</small></div>',
            obj.disclaimer_text,
            gettext("(version %(number)s)") % {"number": obj.disclaimer.number},
        )


@admin.register(DisclaimerTranslation)
class DisclaimerTranslationAdmin(admin.ModelAdmin):
    """A disclaimer version in another language. Added, never changed: a better translation of the
    same words is a new version of the disclaimer (answers keep theirs). Removing one only shows its
    readers the version's own words; the version itself is protected by the answers that carry it."""

    list_display = ["__str__", "language", "created_at"]
    list_filter = ["language"]
    list_select_related = ["version"]
    fields = ["version", "language", "text", "created_at"]
    readonly_fields = ["created_at"]

    def has_change_permission(self, request, obj=None) -> bool:
        return obj is None and super().has_change_permission(request, obj)
