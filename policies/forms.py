from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from policies.models import ConcernReport
from policies.text import clean_policy_text


class ConcernForm(forms.ModelForm):
    """/contact/: anyone may send a concern. `website` is a honeypot: hidden from people, filled by bots."""

    website = forms.CharField(required=False, label=_("Leave this empty"), max_length=200)

    class Meta:
        model = ConcernReport
        fields = ["reason", "about_url", "message", "reply_email"]
        labels = {
            "reason": _("What is it about?"),
            "about_url": _("Address of the page (optional)"),
            "message": _("Your message"),
            "reply_email": _("Your e-mail address"),
        }
        help_texts = {
            "about_url": _(
                "Copy it from your browser's address bar, e.g. a question, review, photo or doctor's profile."
            ),
            "message": _(
                "What is wrong, and what you would like us to do. For a legal concern, say who you are and "
                "what right is affected. Up to 5,000 characters."
            ),
            "reply_email": _("We reply here. It is never shown on the site."),
        }
        widgets = {
            "reason": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 7, "maxlength": 5000}),
            "about_url": forms.TextInput(attrs={"placeholder": "https://…/questions/123/", "inputmode": "url"}),
        }

    def __init__(self, *args, site_host: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.site_host = site_host
        honeypot = self.fields["website"]
        honeypot.widget.attrs.update(tabindex="-1", autocomplete="off")
        self.fields["reply_email"].widget.attrs.update(autocomplete="email")
        # Radio buttons without the model's blank "---" choice: one of the four must be picked.
        self.fields["reason"].choices = ConcernReport.Reason.choices
        self.fields["reason"].error_messages["required"] = gettext("Choose what your message is about.")
        self.fields["message"].error_messages["required"] = gettext("Write your message: what is wrong, and where.")
        self.fields["reply_email"].error_messages["required"] = gettext("Give an e-mail address so we can reply.")

    def clean_about_url(self) -> str:
        """An address on this site (full, or a path starting with /), kept as a path and query."""
        value = (self.cleaned_data.get("about_url") or "").strip()
        if not value:
            return ""
        parts = urlsplit(value if "://" in value or value.startswith("/") else f"https://{value}")
        site_hosts = {self.site_host.lower(), urlsplit(settings.SITE_URL).netloc.lower()} - {""}
        if parts.scheme not in {"http", "https", ""} or (parts.netloc and parts.netloc.lower() not in site_hosts):
            raise forms.ValidationError(
                gettext("Give the address of a page on %(site)s, or leave this empty and describe it in your message.")
                % {"site": settings.SITE_NAME}
            )
        path = parts.path or "/"
        return f"{path}?{parts.query}" if parts.query else path

    def clean_message(self) -> str:
        message = clean_policy_text(self.cleaned_data.get("message", ""))
        if len(message) < 10:
            raise forms.ValidationError(gettext("Tell us a little more, so we can act on it (at least 10 characters)."))
        return message

    @property
    def is_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))
