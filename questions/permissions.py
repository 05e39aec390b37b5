"""Who may ask, answer, edit, vote and thank. Each check raises PermissionDenied with a reason a person
can read; the 403 page shows it."""

from django.core.exceptions import PermissionDenied

from doctors.models import DoctorProfile
from questions.models import Answer, Question


def _doctor_profile(user) -> DoctorProfile | None:
    try:
        return user.doctor_profile
    except DoctorProfile.DoesNotExist:
        return None


def check_can_ask(user) -> None:
    """Logged-in patients ask. Doctor accounts don't: a doctor could otherwise plant a question under a
    pseudonymous account and answer it themselves, which is advertising dressed up as a question."""
    if not user.is_authenticated:
        raise PermissionDenied("Log in to ask a question.")
    if _doctor_profile(user) is not None:
        raise PermissionDenied(
            "Doctor accounts answer questions but can't ask them, so that no one can ask a question in order "
            "to answer it. If you have a question as a patient, ask it from a personal account."
        )


def check_can_answer(user, question: Question) -> DoctorProfile:
    """Only verified doctors answer, once per question, on a published question. Returns the profile."""
    if not user.is_authenticated:
        raise PermissionDenied("Log in with your verified doctor account to answer questions.")
    doctor = _doctor_profile(user)
    if doctor is None:
        raise PermissionDenied(
            "Only doctors whose licence our moderators have verified can answer questions. "
            "If you are a doctor, apply for a verified profile first."
        )
    if doctor.status == DoctorProfile.Status.PENDING:
        raise PermissionDenied(
            "Your doctor profile is waiting for verification. You can answer questions as soon as a moderator "
            "has checked your licence."
        )
    if doctor.status == DoctorProfile.Status.SUSPENDED:
        raise PermissionDenied(
            "Your doctor profile is suspended, so you can't answer questions. Contact the moderators if you "
            "think this is a mistake."
        )
    if not doctor.is_verified or doctor.is_hidden:
        raise PermissionDenied("Only verified doctors can answer questions.")
    if question.is_hidden:
        raise PermissionDenied("This question has been hidden by the moderators and can't be answered.")
    if question.author_id == user.pk:
        raise PermissionDenied("You can't answer your own question.")
    if Answer.objects.filter(question=question, doctor=doctor).exists():
        raise PermissionDenied("You have already answered this question. You can edit your answer instead.")
    return doctor


def check_can_edit_answer(user, answer: Answer) -> None:
    """The doctor who wrote an answer edits it, while still verified and while it is published."""
    if not user.is_authenticated or answer.doctor.user_id != user.pk:
        raise PermissionDenied("Only the doctor who wrote this answer can edit it.")
    if not answer.doctor.is_verified:
        raise PermissionDenied("Your doctor profile is not verified at the moment, so you can't edit answers.")
    if answer.is_hidden or answer.question.is_hidden:
        raise PermissionDenied("This answer has been hidden by the moderators and can't be edited.")


def check_can_vote(user, answer: Answer) -> None:
    """Any logged-in user may mark a published answer helpful, except on their own answer."""
    if not user.is_authenticated:
        raise PermissionDenied("Log in to mark answers as helpful.")
    if answer.is_hidden or answer.question.is_hidden:
        raise PermissionDenied("This answer is no longer available.")
    if answer.doctor.user_id == user.pk:
        raise PermissionDenied("You can't mark your own answer as helpful.")


def check_can_thank(user, answer: Answer) -> None:
    """The person who asked thanks a doctor for an answer, once."""
    if not user.is_authenticated or answer.question.author_id != user.pk:
        raise PermissionDenied("Only the person who asked the question can thank the doctor.")
    if answer.is_hidden or answer.question.is_hidden:
        raise PermissionDenied("This answer is no longer available.")
    if answer.thanked_at is not None:
        raise PermissionDenied("You have already thanked this doctor for this answer.")
