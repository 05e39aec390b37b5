from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from doctors.models import DoctorProfile
from doctors.services import APPLICATION_FIELDS, PUBLIC_PROFILE_FIELDS
from imaging import pipeline
from imaging.forms import HeadshotUploadField
from treatments.models import Treatment

LICENCE_MAX_BYTES = pipeline.LICENCE_MAX_BYTES
HEADSHOT_MAX_BYTES = 5 * 1024 * 1024

# What the licence view names a stored file's type by: its first bytes, never its name.
LICENCE_SIGNATURES = {
    b"%PDF-": ".pdf",
    b"\xff\xd8\xff": ".jpg",
    b"\x89PNG\r\n\x1a\n": ".png",
}
HEADSHOT_FORMATS = {"JPEG", "PNG", "WEBP"}
BIO_MAX_LENGTH = 3000


def validate_headshot(image) -> None:
    if image.size > HEADSHOT_MAX_BYTES:
        raise ValidationError(
            _("This photo is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(image.size), "limit": filesizeformat(HEADSHOT_MAX_BYTES)}
        )
    # forms.ImageField has opened it with Pillow and put the result on `.image`.
    image_format = getattr(getattr(image, "image", None), "format", None)
    if image_format and image_format.upper() not in HEADSHOT_FORMATS:
        raise ValidationError(_("Use a JPEG, PNG or WebP photo."))


class LicenceDocumentField(forms.FileField):
    """The cleaned value is what `pipeline.licence_process` made of the upload (a rewritten PDF or a
    re-encoded image under a random name); its refusals are the field's errors."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("allow_empty_file", True)  # the pipeline refuses empty files with its own message
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload or upload is initial:
            return upload
        return pipeline.licence_process(upload)


class HeadshotField(HeadshotUploadField):
    """Through the photo pipeline: metadata stripped, a square JPEG under a random name. Always optional
    (a profile may have no photo); the file picker offers the formats a headshot may be."""

    default_validators = [validate_headshot]

    def __init__(self, *, help_text: str, widget: type[forms.FileInput] = forms.ClearableFileInput) -> None:
        super().__init__(
            label=_("Headshot"),
            required=False,
            help_text=help_text,
            widget=widget(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        )


class ApplicationForm(forms.ModelForm):
    """The doctor application. Status, verification and counters are set by the service, never by POST."""

    licence_document = LicenceDocumentField(
        label=_("Licence document"),
        help_text=_(
            "A scan or photo of your current medical licence: PDF, JPEG or PNG, up to 10 MB. "
            "Only moderators ever see it; it is never published."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"}),
    )
    headshot = HeadshotField(
        help_text=_("Optional. A professional photo of your face, JPEG, PNG or WebP, up to 5 MB. Shown publicly.")
    )

    class Meta:
        model = DoctorProfile
        fields = list(APPLICATION_FIELDS)
        labels = {
            "full_name": _("Full name"),
            "credential": _("Credential"),
            "specialty": _("Specialty"),
            "licence_number": _("Licence number"),
            "licence_region": _("Issuing state or country"),
            "board_certifications": _("Board certifications"),
            "practice_name": _("Practice name"),
            "address": _("Street address"),
            "city": _("City"),
            "region": _("State or region"),
            "country": _("Country"),
            "website": _("Practice website"),
            "bio": _("About you"),
        }
        help_texts = {
            "full_name": _("As it appears on your licence. Shown publicly with your credential."),
            "licence_number": _(
                "Exactly as on the register, e.g. TX-123456. Moderators check it with the issuing board."
            ),
            "licence_region": _('The board that issued it, e.g. "Texas, United States".'),
            "board_certifications": _('Optional. Separate several with commas, e.g. "American Board of Dermatology".'),
            "practice_name": _("Optional. Where patients can see you."),
            "address": _("Optional. Shown on your profile."),
            "website": _("Optional, e.g. https://yourpractice.com."),
            "bio": _("Optional. What you focus on and how you work, in a few sentences. Shown publicly."),
        }
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5}),
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "address": forms.TextInput(attrs={"autocomplete": "address-line1"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "region": forms.TextInput(attrs={"autocomplete": "address-level1"}),
            "country": forms.TextInput(attrs={"autocomplete": "country-name"}),
            "website": forms.URLInput(attrs={"autocomplete": "url", "placeholder": "https://"}),
        }

    # The order of the page, so the error summary lists problems top to bottom.
    field_order = [
        "full_name",
        "credential",
        "specialty",
        "board_certifications",
        "licence_number",
        "licence_region",
        "licence_document",
        "practice_name",
        "address",
        "city",
        "region",
        "country",
        "website",
        "bio",
        "headshot",
    ]

    def __init__(self, *args, reapplying: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bio"].validators.append(MaxLengthValidator(BIO_MAX_LENGTH))
        self.fields["credential"].choices = [("", _("Choose your credential")), *DoctorProfile.Credential.choices]
        self.fields["specialty"].choices = [("", _("Choose your specialty")), *DoctorProfile.Specialty.choices]
        if reapplying and self.instance.licence_document:
            self.fields["licence_document"].required = False
            self.fields["licence_document"].help_text = _(
                "We still have the document you uploaded before. Upload a new one only if it changed or a "
                "moderator asked for it: PDF, JPEG or PNG, up to 10 MB."
            )
        if self.instance.headshot:
            self.fields["headshot"].help_text = _("Optional. Choose a new photo to replace the current one.")
        # ModelForm would hand the stored files back as initial values; the service decides what to keep.
        self.initial.pop("licence_document", None)
        self.initial.pop("headshot", None)

    def clean_full_name(self) -> str:
        name = " ".join(self.cleaned_data["full_name"].split())
        lowered = name.lower()
        if lowered.startswith(("dr ", "dr. ")):
            raise ValidationError(_('Leave out "Dr.": we add it from your credential.'))
        if len(name) < 4 or " " not in name:
            raise ValidationError(_("Give your first and last name as on your licence."))
        return name

    def clean_licence_number(self) -> str:
        return self.cleaned_data["licence_number"].strip().upper()

    @property
    def files_to_choose_again(self) -> list[str]:
        return files_to_choose_again(self)


def files_to_choose_again(form: forms.BaseForm) -> list[str]:
    """Labels of the files chosen in a form that failed: browsers never refill file inputs."""
    if not (form.is_bound and form.errors):
        return []
    return [str(form.fields[name].label).lower() for name in form.fields if form.files.get(name)]


class ProfileForm(forms.ModelForm):
    """What a verified doctor edits on their own: presentation, not identity or licence."""

    headshot = HeadshotField(
        help_text=_("JPEG, PNG or WebP, up to 5 MB. Choose a file only to replace your current photo."),
        widget=forms.FileInput,
    )

    class Meta:
        model = DoctorProfile
        fields = list(PUBLIC_PROFILE_FIELDS)
        labels = ApplicationForm.Meta.labels
        help_texts = {key: ApplicationForm.Meta.help_texts[key] for key in ("practice_name", "website", "bio")}
        widgets = ApplicationForm.Meta.widgets

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bio"].validators.append(MaxLengthValidator(BIO_MAX_LENGTH))
        self.initial.pop("headshot", None)
        # The stored photo, for the page: a form that failed validation has already put the new,
        # unsaved upload on the instance.
        self.current_headshot = self.instance.headshot
        if not self.current_headshot:
            self.fields["headshot"].help_text = _("Optional. JPEG, PNG or WebP, up to 5 MB. Shown publicly.")

    @property
    def files_to_choose_again(self) -> list[str]:
        return files_to_choose_again(self)


class DirectoryFilterForm(forms.Form):
    """The directory's GET form. Every field is optional and bad values fall back to "any"."""

    SORTS = [
        ("helpful", _("Most helpful answers")),
        ("rating", _("Highest rated")),
        ("reviews", _("Most reviews")),
        ("answers", _("Most answers")),
        ("name", _("Name (A-Z)")),
    ]

    q = forms.CharField(label=_("Doctor or practice name"), required=False, max_length=100)
    specialty = forms.ChoiceField(
        label=_("Specialty"), required=False, choices=[("", _("Any specialty")), *DoctorProfile.Specialty.choices]
    )
    treatment = forms.ChoiceField(label=_("Treatment"), required=False)
    location = forms.CharField(
        label=_("City or state"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"list": "directory-locations", "placeholder": _("e.g. Austin, TX")}),
    )
    verified = forms.BooleanField(label=_("Verified doctors only"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)

    def __init__(self, data, *, treatments: list[Treatment]):
        super().__init__(data)
        self.fields["treatment"].choices = [("", _("Any treatment")), *((t.slug, str(t)) for t in treatments)]


class SeenAtField(forms.CharField):
    """When the moderator opened the decision page (a hidden field): an ISO 8601 time with its offset.

    It tells whether an application changed while it was being reviewed, so a value that is not a
    real, time-zone-aware moment is refused with a message rather than compared (and failing).
    """

    widget = forms.HiddenInput
    default_error_messages = {
        "invalid": "The time this page was opened is damaged, so changes made meanwhile can't be detected. "
        "It has been reset: check the doctors again, then confirm.",
        "naive": "The time this page was opened has no time zone, so changes made meanwhile can't be detected. "
        "It has been reset: check the doctors again, then confirm.",
    }

    def to_python(self, value) -> datetime | None:
        value = super().to_python(value)
        if not value:
            return None
        try:
            parsed = parse_datetime(value)
        except ValueError:  # well-formed but impossible, e.g. month 13
            parsed = None
        if parsed is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if timezone.is_naive(parsed):
            raise ValidationError(self.error_messages["naive"], code="naive")
        return parsed


class DecisionForm(forms.Form):
    """The admin's confirmation page for a verification decision.

    Verifying asks for the evidence checked for each doctor separately: one sentence cannot describe
    several licence look-ups. The other decisions take one reason for all selected doctors.
    """

    reason = forms.CharField(label=_("Reason"), required=False, widget=forms.Textarea(attrs={"rows": 3, "cols": 80}))
    # Optional: without it, no check for applications changed during the review.
    seen_at = SeenAtField(required=False)

    def __init__(self, *args, decision: str, doctors: list[DoctorProfile], **kwargs):
        super().__init__(*args, **kwargs)
        self.decision = decision
        if decision == "verify":
            for doctor in doctors:
                self.fields[self._evidence_name(doctor)] = forms.CharField(
                    label=f"Evidence checked for {doctor}",
                    widget=forms.Textarea(attrs={"rows": 2, "cols": 80}),
                    help_text=f'e.g. "Licence {doctor.licence_number} checked on the {doctor.licence_region} board '
                    f'register on {timezone.localdate():%Y-%m-%d}: active, no disciplinary actions."',
                )
            self.fields["reason"].label = _("Note to the doctor (optional)")
        else:
            self.fields["reason"].required = True
            self.fields["reason"].help_text = _("The doctor reads this in an e-mail and on their dashboard.")
            self.fields["evidence"] = forms.CharField(
                label=_("Evidence (optional)"),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2, "cols": 80}),
                help_text=_("What you looked at, for the record. The doctor does not see it."),
            )

    @staticmethod
    def _evidence_name(doctor: DoctorProfile) -> str:
        return f"evidence_{doctor.pk}"

    def evidence_field(self, doctor: DoctorProfile):
        name = self._evidence_name(doctor)
        return self[name] if name in self.fields else None

    def seen_at_for_page(self) -> str:
        """The `seen_at` the page carries: the one submitted while it is valid, otherwise now."""
        seen_at = getattr(self, "cleaned_data", {}).get("seen_at")
        return (seen_at or timezone.now()).isoformat()

    def evidence_for(self, doctor: DoctorProfile) -> str:
        if self.decision == "verify":
            return self.cleaned_data[self._evidence_name(doctor)]
        return self.cleaned_data.get("evidence", "")
