from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from policies.current import current_versions
from policies.models import KINDS_TO_ACCEPT, PolicyKind
from policies.services import policies_accept

# allauth's own words on these forms, in the site's Spanish: the project's catalogue comes before allauth's.
ALLAUTH_WORDS = (gettext_noop("Forgot your password?"), gettext_noop("Password (again)"))


class SignUpForm(AllauthSignupForm):
    """Sign-up with a public handle and a private e-mail address (allauth's form, in Candid's words).

    Whether an address already has an account is never said here: allauth sends that address an
    e-mail instead and shows the same "check your inbox" page either way.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        handle = self.fields["username"]
        handle.label = gettext("Handle")
        handle.help_text = gettext("This is how you appear on Candid. Pick something that isn't your real name.")
        handle.widget.attrs.update(placeholder=gettext("e.g. quiet-heron"), autocomplete="username")
        email = self.fields["email"]
        email.label = gettext("E-mail address")
        email.help_text = gettext("Private. Used to confirm your account, for notifications and password resets.")
        email.widget.attrs.update(placeholder="you@example.com")
        self.fields["accept_policies"] = forms.BooleanField(
            required=True,
            label=format_html(
                gettext(
                    'I accept the <a href="{terms_url}" target="_blank">terms of use</a> and the '
                    '<a href="{privacy_url}" target="_blank">privacy policy</a>, and I\'ll follow the '
                    '<a href="{guidelines_url}" target="_blank">community guidelines</a>.'
                ),
                terms_url=reverse("policies:detail", args=[PolicyKind.TERMS]),
                privacy_url=reverse("policies:detail", args=[PolicyKind.PRIVACY]),
                guidelines_url=reverse("policies:detail", args=[PolicyKind.GUIDELINES]),
            ),
            error_messages={"required": gettext("To join, accept the terms of use and the privacy policy.")},
        )

    def save(self, request):
        """Create the account and record the terms and privacy versions in force that the member accepted."""
        user = super().save(request)
        in_force = current_versions()
        version_ids = [in_force[kind.value].id for kind in KINDS_TO_ACCEPT if kind.value in in_force]
        policies_accept(user=user, version_ids=version_ids)
        return user


class LoginForm(AllauthLoginForm):
    """Log in with the handle or the e-mail address; any valid address fits (254 characters)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        login = self.fields["login"]
        login.label = gettext("Handle or e-mail")
        login.max_length = 254
        login.widget.attrs.update(
            maxlength="254", placeholder=gettext("Handle or e-mail"), autocomplete="username", autofocus=True
        )
        self.fields["remember"].label = gettext("Keep me logged in on this device")


class AccountSettingsForm(forms.ModelForm):
    """Private details a member edits freely. The e-mail address changes through its own page, which
    asks for the password, confirms the new address and tells the old one."""

    class Meta:
        model = User
        fields = ["full_name"]


class AccountCloseForm(forms.Form):
    """Closing one's own account: the password again, and what happens to the public posts.

    No second-factor code: the session already passed the second factor at log-in wherever it is
    required (staff and doctors, accounts.middleware), and the password proves the person at the
    keyboard is the member, which is what an irreversible step needs.
    """

    REMOVE, KEEP = "remove", "keep"
    posts = forms.ChoiceField(
        label=_("Your questions and reviews"),
        choices=[
            (REMOVE, _("Remove them from every public page")),
            (KEEP, _("Keep them up, under the label “Former member” (no handle, nothing that leads to you)")),
        ],
        widget=forms.RadioSelect,
        initial=REMOVE,
    )
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        max_length=4096,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that this cannot be undone: my account, photos and personal details are erased."),
    )

    def __init__(self, *args, user: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(gettext("That is not your password."), code="wrong_password")
        return password

    @property
    def keep_posts(self) -> bool:
        return self.cleaned_data["posts"] == self.KEEP
