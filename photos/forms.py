"""The before/after case form; its image inputs are `imaging.forms.ImageUploadField`s, which run the
pipeline in `clean()`."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from imaging.forms import ImageUploadField
from photos.models import BeforeAfterPhoto, ConsentKind, ConsentTextVersion
from treatments.forms import TreatmentChoiceField


class TreatmentsField(TreatmentChoiceField):
    def __init__(self, **kwargs) -> None:
        super().__init__(
            label=_("Treatments"),
            widget=forms.SelectMultiple(attrs={"size": 8}),
            help_text=_("Hold Ctrl (Cmd on a Mac) to choose more than one."),
            error_messages={"required": _("Choose at least one treatment.")},
            **kwargs,
        )


class PhotoCaseForm(forms.Form):
    """Post a before/after case. `kind` decides the consent wording: a doctor's attestation of the
    patient's written consent, or a patient's confirmation about their own photos."""

    before = ImageUploadField(label=_("Before photo"))
    after = ImageUploadField(label=_("After photo"))
    treatments = TreatmentsField()
    time_since_treatment = forms.ChoiceField(
        label=_("When was the after photo taken?"), choices=[("", _("Choose…")), *BeforeAfterPhoto.TimeSince.choices]
    )
    caption = forms.CharField(
        label=_("Caption"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What was done and what changed. No names, faces you were not asked to share, or prices."),
    )
    is_graphic = forms.BooleanField(
        label=_("These photos show nudity, surgery or wounds"),
        required=False,
        help_text=_("Graphic cases are blurred until each viewer chooses to see them."),
    )
    consent_reference = forms.CharField(
        label=_("Consent form reference (optional)"),
        max_length=100,
        required=False,
        help_text=_("Where the signed form is filed at your practice, e.g. a chart number. Seen by moderators only."),
    )
    consent = forms.BooleanField(
        required=True, error_messages={"required": _("Photos can only be posted with consent: tick the statement.")}
    )

    def __init__(self, *args, kind: str = ConsentKind.DOCTOR_ATTESTATION, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.consent_version = ConsentTextVersion.objects.current(kind)
        self.fields["consent"].label = self.consent_version.text_in(get_language() or settings.LANGUAGE_CODE)
        if kind != ConsentKind.DOCTOR_ATTESTATION:
            del self.fields["consent_reference"]
