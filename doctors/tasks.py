"""E-mails to doctors, sent by the task runner so a slow mail server never slows a moderator's click."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from doctors.models import DoctorProfile, VerificationDecision


def _absolute(path: str) -> str:
    return f"{getattr(settings, 'SITE_URL', '').rstrip('/')}{path}"


def _send(*, to: str, language: str, subject: str, template: str, context: dict) -> None:
    """Written in the doctor's language (User.language), with their dashboard's address in it."""
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {
            "SITE_NAME": settings.SITE_NAME,
            "dashboard_url": _absolute(reverse("doctors:dashboard")),
            "apply_url": _absolute(reverse("doctors:apply")),
            **context,
        }
        body = render_to_string(template, context)
        send_mail(f"{settings.SITE_NAME}: {subject}", body, None, [to])


@task
def send_application_received(doctor_id: int) -> None:
    doctor = DoctorProfile.objects.select_related("user").get(pk=doctor_id)
    _send(
        to=doctor.user.email,
        language=doctor.user.language,
        subject=_("we received your doctor application"),
        template="doctors/email/application_received.txt",
        context={"doctor": doctor},
    )


SUBJECTS = {
    VerificationDecision.Decision.VERIFY: _("you are verified"),
    VerificationDecision.Decision.REJECT: _("your doctor application was not approved"),
    VerificationDecision.Decision.SUSPEND: _("your verification is suspended"),
    VerificationDecision.Decision.REINSTATE: _("your verification is reinstated"),
}


@task
def send_decision(decision_id: int) -> None:
    decision = VerificationDecision.objects.select_related("doctor__user").get(pk=decision_id)
    doctor = decision.doctor
    _send(
        to=doctor.user.email,
        language=doctor.user.language,
        subject=SUBJECTS[decision.decision],
        template=f"doctors/email/decision_{decision.decision}.txt",
        # A callable: the template resolves it inside the language override, so it gets the /es/ address.
        context={"doctor": doctor, "decision": decision, "profile_url": lambda: _absolute(doctor.get_absolute_url())},
    )
