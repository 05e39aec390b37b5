from django import forms

from follows.models import EmailPreference


class EmailPreferenceForm(forms.ModelForm):
    """A member's e-mail choices; the member is the logged-in one, never taken from the form."""

    class Meta:
        model = EmailPreference
        fields = ["immediate", "digest"]
        widgets = {"digest": forms.RadioSelect}
