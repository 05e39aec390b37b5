from django import forms
from django.core.validators import MaxLengthValidator, MinLengthValidator
from django.urls import reverse
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from questions.models import Answer, FollowUp, Question
from questions.text import clean_user_text
from treatments.models import Treatment

MAX_TREATMENTS = 5
# Django's own message, word for word in English; marked here so that its Spanish reads well (Django's
# catalogue has "carácter(es) (tiene5)").
TOO_SHORT = ngettext_lazy(
    "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
    "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
    "limit_value",
)


class QuestionForm(forms.ModelForm):
    """What a patient types. The author, slug and counters are set by `services.question_create`."""

    treatments = forms.TypedMultipleChoiceField(
        label=_("Treatments"),
        coerce=int,
        # Rendered by hand in questions/ask.html as checkboxes grouped by category (works without JS).
        widget=forms.CheckboxSelectMultiple,
        # help_text: set per form (it names MAX_TREATMENTS, in the reader's language).
        error_messages={"required": _("Pick at least one treatment so the right doctors find your question.")},
    )

    class Meta:
        model = Question
        fields = ["title", "body", "age_range", "city"]
        labels = {
            "title": _("Your question"),
            "body": _("Details"),
            "age_range": _("Your age (optional)"),
            "city": _("Your city (optional)"),
        }
        help_texts = {
            "title": _(
                "One clear question, 10 to 150 characters, e.g. “How long does swelling last after lip filler?”"
            ),
            "body": _(
                "30 to 5,000 characters. What you had done or are considering, when, and what worries you. "
                "Leave out your name, contact details and anything that identifies you. Links are allowed."
            ),
            "age_range": _("Helps doctors tailor their answer."),
            "city": _("Helps doctors nearby find your question. Never more precise than a city."),
        }
        widgets = {
            "title": forms.TextInput(attrs={"maxlength": 150, "autocomplete": "off"}),
            "body": forms.Textarea(attrs={"rows": 8, "maxlength": 5000}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.treatment_choices = list(Treatment.objects.order_by("category", "name"))
        groups: dict[str, list[tuple[int, str]]] = {}
        for treatment in self.treatment_choices:
            groups.setdefault(treatment.get_category_display(), []).append((treatment.pk, str(treatment)))
        self.fields["treatments"].choices = list(groups.items())
        self.fields["treatments"].help_text = gettext(
            "Pick 1 to %(most)s: doctors who know these treatments will see your question."
        ) % {"most": MAX_TREATMENTS}
        self.fields["age_range"].choices = [("", gettext("Prefer not to say")), *Question.AgeRange.choices]
        self.fields["body"].validators = [MinLengthValidator(30, message=TOO_SHORT), MaxLengthValidator(5000)]
        # As the title is typed, htmx asks for similar questions (data-hx-*: valid HTML attributes).
        self.fields["title"].widget.attrs.update(
            {
                "data-hx-get": reverse("questions:similar"),
                "data-hx-trigger": "input changed delay:500ms",
                "data-hx-target": "#similar-questions",
                "data-hx-swap": "innerHTML",
                "data-hx-sync": "this:replace",
            }
        )

    def treatment_groups(self) -> list[tuple[str, list[dict]]]:
        """The picker's checkboxes by category, with what was ticked (kept when the form comes back)."""
        raw = self["treatments"].value() or []
        ticked = {str(value) for value in (raw if isinstance(raw, list | tuple) else [raw])}
        groups: dict[str, list[dict]] = {}
        for treatment in self.treatment_choices:
            groups.setdefault(treatment.get_category_display(), []).append(
                {"pk": treatment.pk, "name": treatment.name, "checked": str(treatment.pk) in ticked}
            )
        return list(groups.items())

    def clean_title(self) -> str:
        title = clean_user_text(self.cleaned_data["title"])
        title = " ".join(title.split())
        letters = [c for c in title if c.isalpha()]
        if len(title) < 10:
            raise forms.ValidationError(gettext("Make your question at least 10 characters long."))
        if len(title.split()) < 3 or len(letters) < 8:
            raise forms.ValidationError(
                gettext("Write your question as a sentence, e.g. “Is lip filler safe while breastfeeding?”")
            )
        if len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.7 * len(letters):
            raise forms.ValidationError(gettext("Please don't write the question in capital letters."))
        if not title.endswith("?"):
            raise forms.ValidationError(gettext("Phrase your title as a question and end it with a question mark."))
        return title

    def clean_body(self) -> str:
        body = clean_user_text(self.cleaned_data["body"])
        if len(body) < 30:
            raise forms.ValidationError(
                gettext(
                    "Add a little more detail: at least 30 characters (you have %(count)s). Doctors answer "
                    "better when they know what happened and what worries you."
                )
                % {"count": len(body)}
            )
        return body

    def clean_city(self) -> str:
        return " ".join(clean_user_text(self.cleaned_data["city"]).split())

    def clean_treatments(self) -> list[Treatment]:
        picked = self.cleaned_data["treatments"]
        if len(picked) > MAX_TREATMENTS:
            raise forms.ValidationError(
                gettext("Pick at most %(most)s treatments (you picked %(count)s).")
                % {"most": MAX_TREATMENTS, "count": len(picked)}
            )
        by_pk = {treatment.pk: treatment for treatment in self.treatment_choices}
        return [by_pk[pk] for pk in picked]


class AnswerForm(forms.ModelForm):
    """A doctor's answer text. The doctor, question and disclaimer are set by the services."""

    class Meta:
        model = Answer
        fields = ["body"]
        labels = {"body": _("Your answer")}
        help_texts = {
            "body": _(
                "50 to 5,000 characters. Answer from what the patient wrote; say when someone needs to be "
                "examined. Our disclaimer, with your name, is shown under every answer."
            )
        }
        widgets = {"body": forms.Textarea(attrs={"rows": 10, "maxlength": 5000})}

    def clean_body(self) -> str:
        body = clean_user_text(self.cleaned_data["body"])
        if len(body) < 50:
            raise forms.ValidationError(
                gettext("Answers need at least 50 characters (you have %(count)s).") % {"count": len(body)}
            )
        return body


class FollowUpForm(forms.ModelForm):
    """A follow-up (the asker) or a reply (the answering doctor). Who, under which answer, and the
    disclaimer of a reply are set by the services."""

    class Meta:
        model = FollowUp
        fields = ["body"]
        labels = {"body": _("Your follow-up")}
        help_texts = {"body": _("10 to 2,000 characters. Leave out your name and contact details.")}
        widgets = {"body": forms.Textarea(attrs={"rows": 3, "maxlength": 2000})}

    def __init__(self, *args, reply: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if reply:
            self.fields["body"].label = gettext("Your reply")
            self.fields["body"].help_text = gettext(
                "10 to 2,000 characters. Our disclaimer, with your name, is shown under every reply."
            )

    def clean_body(self) -> str:
        body = clean_user_text(self.cleaned_data["body"])
        if len(body) < 10:
            raise forms.ValidationError(
                gettext("Write at least 10 characters (you have %(count)s).") % {"count": len(body)}
            )
        return body
