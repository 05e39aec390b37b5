from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from consultations.models import ConsultationRequest
from consultations.services import MAX_PHOTOS
from imaging.forms import ACCEPTED_HELP, ImageUploadField
from treatments.models import Treatment


class ConsultationRequestForm(forms.ModelForm):
    """What the patient writes. The doctor, the patient and the status are set by the service; only the
    contact detail matching the chosen way of being contacted is kept."""

    photo_1 = ImageUploadField(label=_("First photo (optional)"), required=False, help_text=ACCEPTED_HELP)
    photo_2 = ImageUploadField(label=_("Second photo (optional)"), required=False, help_text="")
    photo_3 = ImageUploadField(label=_("Third photo (optional)"), required=False, help_text="")

    class Meta:
        model = ConsultationRequest
        fields = ["treatment", "message", "timing", "contact", "contact_email", "contact_phone"]
        labels = {
            "treatment": _("Treatment (optional)"),
            "message": _("What would you like to discuss?"),
            "timing": _("When"),
            "contact": _("How may the doctor contact you?"),
            "contact_email": _("E-mail address to share with the doctor"),
            "contact_phone": _("Phone number to share with the doctor"),
        }
        help_texts = {
            "message": _("20 to 3,000 characters: what you are considering, what you have had before, any questions."),
            "contact": _("By default the doctor replies here on the site and sees neither your e-mail nor your phone."),
            "contact_email": _("Only if you chose e-mail above."),
            "contact_phone": _("Only if you chose phone above."),
        }
        widgets = {
            "message": forms.Textarea(attrs={"rows": 6, "maxlength": 3000}),
            "contact": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["treatment"].queryset = Treatment.objects.order_by("name")

    def clean(self):
        cleaned = super().clean()
        contact = cleaned.get("contact")
        if contact == ConsultationRequest.Contact.EMAIL and not cleaned.get("contact_email"):
            self.add_error(
                "contact_email", gettext("Give the e-mail address the doctor may use, or choose another way.")
            )
        if contact == ConsultationRequest.Contact.PHONE and not cleaned.get("contact_phone"):
            self.add_error(
                "contact_phone", gettext("Give the phone number the doctor may call, or choose another way.")
            )
        return cleaned

    def _post_clean(self) -> None:
        # The service builds the row (and checks it against the model); the form checks the fields only.
        pass

    @property
    def photos(self) -> list:
        return [
            self.cleaned_data[f"photo_{i}"] for i in range(1, MAX_PHOTOS + 1) if self.cleaned_data.get(f"photo_{i}")
        ]


class ConsultationMessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        min_length=2,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 3000}),
    )


class ConsultationStatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[(value, label) for value, label in ConsultationRequest.Status.choices if value != "new"],
    )


class ConsultationReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with this conversation?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 2000}),
        help_text=_("A moderator will read the conversation and this note."),
    )
