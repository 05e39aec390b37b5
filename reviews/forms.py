from django import forms
from django.utils import timezone

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

RATING_ERRORS = {"invalid_choice": "Choose a rating from 1 to 5.", "required": "Choose a rating from 1 to 5."}


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
        labels = {"cost_amount": "What it cost in total", "treatment_date": "When it was done"}
        help_texts = {
            "story": f"What you hoped for, how it went, recovery, results. {STORY_MIN_LENGTH} to "
            f"{STORY_MAX_LENGTH:,} characters.",
            "doctor": "Optional. Leave empty to review the treatment without naming who did it.",
            "cost_amount": "Optional, but it helps others most: the total you paid, including follow-ups.",
            "title": "A one-line summary, e.g. “Natural result, worth every penny”.",
            "incentive": "Free or discounted treatment, money, gifts, credit: anything given for the "
            "treatment or for reviewing it. Shown with your review, so readers can weigh it.",
            "incentive_details": "Only if you chose “Something else”, e.g. “a free follow-up session”.",
            "relationship": "Shown with your review. Being a friend or colleague is fine; not saying so is not.",
            "relationship_details": "Only if you chose “Another connection”.",
        }
        error_messages = {
            "rating": RATING_ERRORS,
            "verdict": {"required": "Say whether it was worth it.", "invalid_choice": "Choose one of the verdicts."},
            "story": {
                "min_length": f"Tell a little more: at least {STORY_MIN_LENGTH} characters (you wrote %(show_value)d).",
                "max_length": f"Please keep it under {STORY_MAX_LENGTH:,} characters (you wrote %(show_value)d).",
            },
            "cost_amount": {"invalid": "Enter the cost as a number, e.g. 650 or 650.50."},
            "treatment_date": {"invalid": "Enter a date, e.g. 2025-03-14."},
            "incentive": {
                "required": "Say whether you received anything for this treatment or this review.",
                "invalid_choice": "Choose one of the answers about what you received.",
            },
            "relationship": {
                "required": "Say whether you are connected to the doctor or clinic.",
                "invalid_choice": "Choose one of the answers about your connection.",
            },
            **dict.fromkeys(SUB_RATING_FIELDS, RATING_ERRORS),
        }

    def __init__(self, *args, author, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.author = author
        self.existing_review: Review | None = None
        editing = self.instance.pk is not None
        self.fields["treatment"].queryset = Treatment.objects.order_by("name")
        self.fields["treatment"].empty_label = "Choose the treatment"
        self.fields["doctor"].queryset = DoctorProfile.objects.public().order_by("full_name", "pk")
        self.fields["doctor"].empty_label = "No doctor named"
        self.fields["verdict"].choices = Verdict.choices
        self.fields["rating"].choices = [choice for choice in self.fields["rating"].choices if choice[0] != ""]
        self.fields["treatment_date"].widget = forms.DateInput(
            attrs={"type": "date", "max": timezone.localdate().isoformat()}, format="%Y-%m-%d"
        )
        for name in SUB_RATING_FIELDS:
            self.fields[name].choices = [("", "Not rated"), *self.fields[name].choices[1:]]
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
                self.fields[name].help_text = "Fixed once the review is posted."

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
                    message = (
                        f"You have already reviewed {doctor.display_name} for {treatment.name}. "
                        "Add an update to that review instead."
                    )
                else:
                    message = (
                        f"You have already reviewed {treatment.name} without naming a doctor. "
                        "Add an update to that review, or name the doctor who treated you."
                    )
                self.add_error("doctor", message)
        if cleaned.get("incentive") == Incentive.OTHER and not cleaned.get("incentive_details", "").strip():
            self.add_error("incentive_details", "Say in a few words what you received.")
        if cleaned.get("relationship") == Relationship.OTHER and not cleaned.get("relationship_details", "").strip():
            self.add_error("relationship_details", "Say in a few words how you are connected.")
        return cleaned

    @property
    def disclosure_fields(self) -> list[forms.BoundField]:
        return [self["incentive"], self["incentive_details"], self["relationship"], self["relationship_details"]]


class ReceiptForm(forms.Form):
    """A receipt, invoice or appointment letter proving the treatment; seen by moderators only."""

    receipt = LicenceDocumentField(
        label="Your receipt",
        help_text=f"A PDF, JPEG or PNG, up to {pipeline.LICENCE_MAX_BYTES // (1024 * 1024)} MB: a receipt, invoice "
        "or appointment confirmation showing the clinic, the treatment and the date. You may black out prices "
        "and anything else. Only moderators see it, and we delete it as soon as they decide.",
        error_messages={"required": "Choose the file of your receipt."},
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )


class ReviewUpdateForm(forms.ModelForm):
    verdict = forms.ChoiceField(
        label="Has your verdict changed?",
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Choose one of the verdicts."},
    )

    class Meta:
        model = ReviewUpdate
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}
        help_texts = {"body": "How things look now: results, side effects, touch-ups, what you would tell a friend."}
        error_messages = {
            "body": {"min_length": "Tell a little more: at least 20 characters (you wrote %(show_value)d)."}
        }

    field_order = ["body", "verdict"]

    def __init__(self, *args, review: Review, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        current = review.get_verdict_display()
        self.fields["verdict"].choices = [("", f"No, still “{current}”")] + [
            (value, label) for value, label in Verdict.choices if value != review.verdict
        ]
        self.fields["verdict"].initial = ""


class DoctorResponseForm(forms.ModelForm):
    class Meta:
        model = DoctorResponse
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "body": "Public. Thank the patient or address their concerns; never disclose anything about "
            "their care that they have not shared themselves."
        }


class ReviewFilterForm(forms.Form):
    """The review list's filters, read from the query string (invalid values are ignored)."""

    SORTS = [
        ("newest", "Newest"),
        ("helpful", "Most helpful"),
        ("rating_high", "Highest rated"),
        ("rating_low", "Lowest rated"),
    ]

    treatment = forms.ModelChoiceField(
        queryset=Treatment.objects.order_by("name"), required=False, to_field_name="slug", empty_label="All treatments"
    )
    verdict = forms.ChoiceField(choices=[("", "Any verdict"), *Verdict.choices], required=False)
    doctor = forms.ModelChoiceField(
        queryset=DoctorProfile.objects.public(), required=False, to_field_name="slug", widget=forms.HiddenInput
    )
    sort = forms.ChoiceField(choices=SORTS, required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("treatment", "verdict", "sort"):
            self.fields[name].widget.attrs["class"] = "form-select form-select-sm"
