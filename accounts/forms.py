from django import forms
from django.contrib.auth.forms import AuthenticationForm, BaseUserCreationForm

from accounts.models import User


class SignUpForm(BaseUserCreationForm):
    """Sign-up with a public handle and a private e-mail address."""

    class Meta:
        model = User
        fields = ["handle", "email"]
        help_texts = {
            "handle": "This is how you appear on Candid. Pick something that isn't your real name.",
            "email": "Private. Used only for notifications and password resets.",
        }

    def clean_handle(self) -> str:
        handle = self.cleaned_data["handle"]
        if User.objects.filter(handle__iexact=handle).exists():
            raise forms.ValidationError("That handle is taken. Try another one.")
        return handle

    def clean_email(self) -> str:
        email = User.objects.normalize_email(self.cleaned_data["email"])
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("An account with this e-mail already exists. Log in or reset your password.")
        return email


class LoginForm(AuthenticationForm):
    username = forms.CharField(
        label="Handle or e-mail",
        max_length=254,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )


class AccountSettingsForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["email", "full_name"]

    def clean_email(self) -> str:
        email = User.objects.normalize_email(self.cleaned_data["email"])
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("Another account uses this e-mail address.")
        return email
