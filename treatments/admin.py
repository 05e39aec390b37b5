from django import forms
from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from treatments.models import TRANSLATED_FIELDS, Treatment, TreatmentTranslation

SECTIONS = ["what_it_is", "how_it_works", "downtime", "results_last", "risks", "who_it_suits"]
AT_A_GLANCE = ["downtime_at_a_glance", "results_at_a_glance", "sessions_at_a_glance"]
REVIEW = ["reviewer_name", "reviewer_credential", "last_reviewed"]


class TreatmentAdminForm(forms.ModelForm):
    """The treatment with its overview, and a box that records today's medical review."""

    mark_reviewed = forms.BooleanField(
        label=_("Mark as medically reviewed today"),
        required=False,
        help_text=_(
            "Tick once the reviewer named above has checked the overview as it now reads: the "
            "last-reviewed date becomes today. Leave it unticked for a change that needs no new review."
        ),
    )

    class Meta:
        model = Treatment
        fields = ["name", "slug", "category", "description", "synonyms", *SECTIONS, *AT_A_GLANCE, *REVIEW]
        widgets = {name: forms.Textarea(attrs={"rows": 4, "cols": 80}) for name in SECTIONS}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("mark_reviewed"):
            cleaned["last_reviewed"] = timezone.localdate()
        return cleaned


class TreatmentTranslationInline(admin.StackedInline):
    """The treatment in another language: what readers of that language see wherever it is named and on
    its page (a blank field shows the treatment's own). Saving copies the name onto the treatment's row."""

    model = TreatmentTranslation
    fields = ["language", *TRANSLATED_FIELDS]
    extra = 0
    verbose_name = _("translation")
    verbose_name_plural = _("translations")


@admin.register(Treatment)
class TreatmentAdmin(admin.ModelAdmin):
    form = TreatmentAdminForm
    inlines = [TreatmentTranslationInline]
    list_display = ["name", "category", "slug", "overview_written", "last_reviewed"]
    list_filter = ["category", "last_reviewed"]
    search_fields = ["name", "synonyms", "description"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "category", "description", "synonyms"]}),
        (
            _("Overview"),
            {
                "description": _(
                    "The editors' overview at the top of the treatment's page. It is shown once the "
                    "first five sections are all written; keep each to a short paragraph or two, in plain words, "
                    "with facts rather than promises. Plain text: leave a blank line between paragraphs. No HTML "
                    "or Markdown; the page formats it."
                ),
                "fields": SECTIONS,
            },
        ),
        (
            _("At a glance"),
            {
                "description": _("Short facts shown as a strip above the sections; each is left out when blank."),
                "fields": AT_A_GLANCE,
            },
        ),
        (
            _("Medical review"),
            {
                "description": _(
                    'Shown under the overview as "Medically reviewed by <name>, <credential>, on '
                    '<date>". Name and date go together.'
                ),
                "fields": [*REVIEW, "mark_reviewed"],
            },
        ),
    ]

    @admin.display(boolean=True, description=_("overview"))
    def overview_written(self, treatment: Treatment) -> bool:
        return treatment.has_overview
