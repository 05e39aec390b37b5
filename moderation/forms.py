from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from moderation.models import Appeal, Flag


class FlagForm(forms.ModelForm):
    """What a reader fills in to flag something. The target and reporter come from the URL and login."""

    class Meta:
        model = Flag
        fields = ["reason", "details"]
        widgets = {
            "reason": forms.RadioSelect,
            "details": forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
        }
        labels = {"reason": _("What is wrong?"), "details": _("Details")}
        help_texts = {
            "details": _("Optional, unless you chose “Something else”. Moderators read this; the author does not."),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Radio buttons, one per reason: the model field's empty choice would be a "---------" button.
        self.fields["reason"].choices = [choice for choice in self.fields["reason"].choices if choice[0] != ""]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == Flag.Reason.OTHER and not (cleaned.get("details") or "").strip():
            self.add_error("details", _("Tell us what is wrong when you choose “Something else”."))
        return cleaned


class ModerationReasonForm(forms.Form):
    """The reason a moderator gives on the confirmation page of a bulk action (kept in the log)."""

    reason = forms.CharField(
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_("Kept in the moderation log with each item."),
    )

    def __init__(
        self, *args, reason_required: bool = True, reason_label: str = _("Reason"), reason_help: str = "", **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = reason_required
        self.fields["reason"].label = reason_label
        if reason_help:
            self.fields["reason"].help_text = reason_help


class AppealForm(forms.ModelForm):
    """What the author writes when appealing a hiding. The item, the hiding and the author come from the URL
    and the login, never from the form."""

    class Meta:
        model = Appeal
        fields = ["reason"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 6, "maxlength": Appeal.REASON_MAX_LENGTH})}
        labels = {"reason": _("Why should it be public again?")}
        help_texts = {
            "reason": format_lazy(
                _(
                    "Up to {count} characters. A moderator who did not hide it reads this and decides; you will "
                    "get their answer on the site and by e-mail."
                ),
                count=Appeal.REASON_MAX_LENGTH,
            ),
        }

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Tell the moderators why it should be public again."))
        return reason


class AppealDecisionForm(forms.Form):
    """A moderator's decision on an appeal, in the admin."""

    decision = forms.ChoiceField(
        choices=[("restore", _("Restore it: the hiding was a mistake")), ("uphold", _("Uphold the hiding"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_("Sent to the member with the decision, and kept in the moderation log."),
    )
