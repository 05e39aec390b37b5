from django import forms
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from doctors.forms import LicenceDocumentField
from doctors.models import DoctorProfile
from imaging import pipeline
from reviews.models import (
    STORY_MAX_LENGTH,
    STORY_MIN_LENGTH,
    SUB_RATING_FIELDS,
    SUB_RATINGS,
    DoctorResponse,
    Incentive,
    Relationship,
    Review,
    ReviewUpdate,
    Verdict,
)
from reviews.selectors import duplicate_review
from treatments.models import Treatment

RATING_ERRORS = {"invalid_choice": _("Choose a rating from 1 to 5."), "required": _("Choose a rating from 1 to 5.")}


class DoctorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: DoctorProfile) -> str:
        return f"{obj.display_name} ({obj.city})" if obj.city else obj.display_name


class CostField(forms.DecimalField):
    """A cost typed as people write it ("650", "$1,200", "650.50"): a text box with a decimal keypad, not
    `type=number`, where Chromium posts "650-" as an empty value and the cost vanished without a word."""

    widget = forms.TextInput

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "inputmode": "decimal", "autocomplete": "off"}

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", "").replace(" ", "").lstrip("$€£")
        return super().to_python(value)


class ReviewForm(forms.ModelForm):
    """Write or edit a review. The author comes from the request, never from the form."""

    class Meta:
        model = Review
        fields = [
            "treatment",
            "doctor",
            "treatment_date",
            "verdict",
            "rating",
            "title",
            "story",
            "cost_amount",
            "cost_currency",
            *SUB_RATING_FIELDS,
            "incentive",
            "incentive_details",
            "relationship",
            "relationship_details",
        ]
        field_classes = {"doctor": DoctorChoiceField, "cost_amount": CostField}
        widgets = {
            "verdict": forms.RadioSelect,
            "rating": forms.RadioSelect,
            "story": forms.Textarea(attrs={"rows": 10, "maxlength": STORY_MAX_LENGTH}),
            "incentive": forms.RadioSelect,
            "relationship": forms.RadioSelect,
        }
        labels = {
            "cost_amount": _("What it cost in total"),
            "treatment_date": _("When it was done"),
            "treatment": _("Treatment"),
            "doctor": _("Doctor"),
            "title": _("Title"),
        }
        help_texts = {
            "story": format_lazy(
                _("What you hoped for, how it went, recovery, results. {minimum} to {maximum} characters."),
                minimum=STORY_MIN_LENGTH,
                maximum=f"{STORY_MAX_LENGTH:,}",
            ),
            "doctor": _("Optional. Leave empty to review the treatment without naming who did it."),
            "cost_amount": _("Optional, but it helps others most: the total you paid, including follow-ups."),
            "title": _("A one-line summary, e.g. “Natural result, worth every penny”."),
            "incentive": _(
                "Free or discounted treatment, money, gifts, credit: anything given for the "
                "treatment or for reviewing it. Shown with your review, so readers can weigh it."
            ),
            "incentive_details": _("Only if you chose “Something else”, e.g. “a free follow-up session”."),
            "relationship": _("Shown with your review. Being a friend or colleague is fine; not saying so is not."),
            "relationship_details": _("Only if you chose “Another connection”."),
        }
        error_messages = {
            "rating": RATING_ERRORS,
            "verdict": {
                "required": _("Say whether it was worth it."),
                "invalid_choice": _("Choose one of the verdicts."),
            },
            "story": {
                "min_length": _("Tell a little more: at least %(limit_value)d characters (you wrote %(show_value)d)."),
                "max_length": format_lazy(
                    _("Please keep it under {maximum} characters (you wrote %(show_value)d)."),
                    maximum=f"{STORY_MAX_LENGTH:,}",
                ),
            },
            "cost_amount": {"invalid": _("Enter the cost as a number, e.g. 650 or 650.50.")},
            "treatment_date": {"invalid": _("Enter a date, e.g. 2025-03-14.")},
            "incentive": {
                "required": _("Say whether you received anything for this treatment or this review."),
                "invalid_choice": _("Choose one of the answers about what you received."),
            },
            "relationship": {
                "required": _("Say whether you are connected to the doctor or clinic."),
                "invalid_choice": _("Choose one of the answers about your connection."),
            },
            **dict.fromkeys(SUB_RATING_FIELDS, RATING_ERRORS),
        }

    def __init__(self, *args, author, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.author = author
        self.existing_review: Review | None = None
        editing = self.instance.pk is not None
        self.fields["treatment"].queryset = Treatment.objects.order_by("name")
        self.fields["treatment"].empty_label = _("Choose the treatment")
        self.fields["doctor"].queryset = DoctorProfile.objects.public().order_by("full_name", "pk")
        self.fields["doctor"].empty_label = _("No doctor named")
        self.fields["verdict"].choices = Verdict.choices
        self.fields["rating"].choices = [choice for choice in self.fields["rating"].choices if choice[0] != ""]
        self.fields["treatment_date"].widget = forms.DateInput(
            attrs={"type": "date", "max": timezone.localdate().isoformat()}, format="%Y-%m-%d"
        )
        for name in SUB_RATING_FIELDS:
            self.fields[name].choices = [("", _("Not rated")), *self.fields[name].choices[1:]]
        # The reviewer answers both disclosures: nothing is chosen for them, and "not stated" (kept for
        # reviews written before we asked) is no answer.
        for name, choices in (("incentive", Incentive), ("relationship", Relationship)):
            self.fields[name].choices = [(value, label) for value, label in choices.choices if value != "not_stated"]
            self.fields[name].required = True
            if self.initial.get(name) == "not_stated":
                self.initial[name] = None
        for name in ("incentive_details", "relationship_details"):
            self.fields[name].widget.attrs["maxlength"] = self.fields[name].max_length
        if editing:
            # The treatment and doctor stay as first posted: a doctor may have answered this review.
            for name in ("treatment", "doctor"):
                self.fields[name].disabled = True
                self.fields[name].help_text = _("Fixed once the review is posted.")

    @property
    def sub_rating_fields(self) -> list[forms.BoundField]:
        return [self[name] for name, _ in SUB_RATINGS]

    def clean(self) -> dict:
        cleaned = super().clean()
        treatment, doctor = cleaned.get("treatment"), cleaned.get("doctor")
        if self.instance.pk is None and treatment is not None and "doctor" not in self.errors:
            self.existing_review = duplicate_review(author=self.author, treatment=treatment, doctor=doctor)
            if self.existing_review is not None:
                if doctor is not None:
                    message = gettext(
                        "You have already reviewed %(doctor)s for %(treatment)s. Add an update to that review instead."
                    ) % {"doctor": doctor.display_name, "treatment": treatment.name}
                else:
                    message = gettext(
                        "You have already reviewed %(treatment)s without naming a doctor. "
                        "Add an update to that review, or name the doctor who treated you."
                    ) % {"treatment": treatment.name}
                self.add_error("doctor", message)
        if cleaned.get("incentive") == Incentive.OTHER and not cleaned.get("incentive_details", "").strip():
            self.add_error("incentive_details", gettext("Say in a few words what you received."))
        if cleaned.get("relationship") == Relationship.OTHER and not cleaned.get("relationship_details", "").strip():
            self.add_error("relationship_details", gettext("Say in a few words how you are connected."))
        return cleaned

    @property
    def disclosure_fields(self) -> list[forms.BoundField]:
        return [self["incentive"], self["incentive_details"], self["relationship"], self["relationship_details"]]


class ReceiptForm(forms.Form):
    """A receipt, invoice or appointment letter proving the treatment; seen by moderators only."""

    receipt = LicenceDocumentField(
        label=_("Your receipt"),
        help_text=format_lazy(
            _(
                "A PDF, JPEG or PNG, up to {megabytes} MB: a receipt, invoice or appointment confirmation showing "
                "the clinic, the treatment and the date. You may black out prices and anything else. Only "
                "moderators see it, and we delete it as soon as they decide."
            ),
            megabytes=pipeline.LICENCE_MAX_BYTES // (1024 * 1024),
        ),
        error_messages={"required": _("Choose the file of your receipt.")},
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )


class ReviewUpdateForm(forms.ModelForm):
    verdict = forms.ChoiceField(
        label=_("Has your verdict changed?"),
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose one of the verdicts.")},
    )

    class Meta:
        model = ReviewUpdate
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}
        help_texts = {"body": _("How things look now: results, side effects, touch-ups, what you would tell a friend.")}
        error_messages = {
            "body": {
                "min_length": _("Tell a little more: at least %(limit_value)d characters (you wrote %(show_value)d).")
            }
        }

    field_order = ["body", "verdict"]

    def __init__(self, *args, review: Review, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        current = review.get_verdict_display()
        self.fields["verdict"].choices = [("", gettext("No, still “%(verdict)s”") % {"verdict": current})] + [
            (value, label) for value, label in Verdict.choices if value != review.verdict
        ]
        self.fields["verdict"].initial = ""


class DoctorResponseForm(forms.ModelForm):
    class Meta:
        model = DoctorResponse
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "body": _(
                "Public. Thank the patient or address their concerns; never disclose anything about "
                "their care that they have not shared themselves."
            )
        }


class ReviewFilterForm(forms.Form):
    """The review list's filters, read from the query string (invalid values are ignored)."""

    SORTS = [
        ("newest", _("Newest")),
        ("helpful", _("Most helpful")),
        ("rating_high", _("Highest rated")),
        ("rating_low", _("Lowest rated")),
    ]

    treatment = forms.ModelChoiceField(
        queryset=Treatment.objects.order_by("name"),
        required=False,
        to_field_name="slug",
        empty_label=_("All treatments"),
    )
    verdict = forms.ChoiceField(choices=[("", _("Any verdict")), *Verdict.choices], required=False)
    doctor = forms.ModelChoiceField(
        queryset=DoctorProfile.objects.public(), required=False, to_field_name="slug", widget=forms.HiddenInput
    )
    sort = forms.ChoiceField(choices=SORTS, required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("treatment", "verdict", "sort"):
            self.fields[name].widget.attrs["class"] = "form-select form-select-sm"
