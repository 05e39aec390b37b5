from django import forms
from django.utils.translation import gettext_lazy as _

from api.models import ApiToken, origin_validate


class ApiTokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["name", "can_post_answers"]
        labels = {"name": _("Token name"), "can_post_answers": _("May post answers under my name")}

    def __init__(self, *args, may_post_answers: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["placeholder"] = _("e.g. my clinic's website")
        if not may_post_answers:
            del self.fields["can_post_answers"]


class WidgetOriginForm(forms.Form):
    origin = forms.CharField(
        label=_("Your website"),
        max_length=200,
        help_text=_("Its origin: https:// and the host name, like https://www.example-clinic.com."),
    )

    def clean_origin(self) -> str:
        return origin_validate(self.cleaned_data["origin"])
