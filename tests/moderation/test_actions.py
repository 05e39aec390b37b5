"""Every moderation action through the real admin: a moderator can, a patient or doctor cannot, and
each action leaves exactly one entry in the moderation log."""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.admin import helpers
from django.utils import timezone

from doctors.models import DoctorProfile
from moderation.models import Flag, ModerationLog
from moderation.services import content_hide, flag_create
from questions.models import Answer, DisclaimerVersion, Question
from tests.factories import AnswerFactory, DoctorProfileFactory, QuestionFactory, ReviewFactory, UserFactory
from tests.moderation.helpers import changelist_url

pytestmark = pytest.mark.django_db


def _action(client, model, action: str, objects, **data):
    payload = {"action": action, helpers.ACTION_CHECKBOX_NAME: [obj.pk for obj in objects], **data}
    return client.post(changelist_url(model), payload)


def _photo_case(*, with_consent: bool = False):
    from photos.models import BeforeAfterPhoto, ConsentRecord, ConsentTextVersion

    doctor = DoctorProfileFactory()
    consent = None
    if with_consent:
        version = ConsentTextVersion.objects.filter(
            kind="doctor_attestation"
        ).first() or ConsentTextVersion.objects.create(
            kind="doctor_attestation", number=1, text="I attest the patient's written consent."
        )
        consent = ConsentRecord.objects.create(kind="doctor_attestation", text_version=version, attested_by=doctor.user)
    return BeforeAfterPhoto.objects.create(
        uploader=doctor.user,
        doctor=doctor,
        caption="Forehead lines, 20 units.",
        time_since_treatment="3_6_weeks",
        consent=consent,
        ready_at=timezone.now(),
    )


@dataclass
class Case:
    """One moderation action: `setup()` returns the object; `run(client, obj)` does it in the admin;
    `done(obj)` says whether it happened; `action` is the log entry it must leave."""

    setup: Callable
    run: Callable
    done: Callable
    action: str


def _hidden(obj) -> bool:
    obj.refresh_from_db()
    return obj.is_hidden


def _hide_case(setup) -> Case:
    return Case(
        setup=setup,
        run=lambda client, obj: _action(client, type(obj), "hide_selected", [obj], confirm="yes", reason="Spam"),
        done=_hidden,
        action=ModerationLog.Action.HIDE,
    )


def _decide(decision: str, status: str, **fields) -> Case:
    def run(client, doctor):
        return _action(
            client,
            DoctorProfile,
            f"{decision}_selected",
            [doctor],
            confirm="yes",
            seen_at=timezone.now().isoformat(),
            **{key.format(pk=doctor.pk): value for key, value in fields.items()},
        )

    def setup():
        initial = "pending" if decision in ("verify", "reject") else "verified"
        return DoctorProfileFactory(status=initial, verified_at=None if initial == "pending" else timezone.now())

    def done(doctor):
        doctor.refresh_from_db()
        return doctor.status == status

    return Case(setup=setup, run=run, done=done, action=f"doctor_{decision}")


def _edit_question(client, question):
    url = f"/admin/questions/question/{question.pk}/change/"
    page = client.get(url)
    if page.status_code != 200:
        return client.post(url, {"title": "A clearer title for this question about swelling"})
    form = page.context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data["treatments"] = [str(t.pk) for t in question.treatments.all()]
    for inline in page.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        data.update({management.add_prefix(name): value for name, value in management.initial.items()})
        for number, form in enumerate(inline.formset.forms):
            data[f"{inline.formset.prefix}-{number}-id"] = form.instance.pk
    data["title"] = "A clearer title for this question about swelling"
    return client.post(url, data)


CASES = {
    "hide question": _hide_case(QuestionFactory),
    "hide answer": _hide_case(AnswerFactory),
    "hide review": _hide_case(lambda: ReviewFactory()),
    "hide doctor profile": _hide_case(DoctorProfileFactory),
    "hide photo case": _hide_case(_photo_case),
    "restore answer": Case(
        setup=lambda: _restored_target(),
        run=lambda client, obj: _action(client, Answer, "restore_selected", [obj], confirm="yes", reason="Fine"),
        done=lambda obj: not _hidden(obj),
        action=ModerationLog.Action.RESTORE,
    ),
    "resolve flag": Case(
        setup=lambda: flag_create(reporter=UserFactory(), target=AnswerFactory(), reason=Flag.Reason.SPAM),
        run=lambda client, flag: _action(client, Flag, "resolve_keep", [flag], confirm="yes", reason=""),
        done=lambda flag: Flag.objects.get(pk=flag.pk).status == "resolved",
        action=ModerationLog.Action.FLAG_RESOLVE,
    ),
    "verify doctor": _decide("verify", "verified", **{"evidence_{pk}": "Licence checked on the board register."}),
    "reject doctor": _decide("reject", "rejected", reason="Licence not found on the register."),
    "suspend doctor": _decide("suspend", "suspended", reason="Advertising in answers."),
    "approve photo": Case(
        setup=lambda: _photo_case(with_consent=True),
        run=lambda client, case: _action(client, type(case), "approve_selected", [case]),
        done=lambda case: type(case).objects.get(pk=case.pk).status == "approved",
        action=ModerationLog.Action.PHOTO_APPROVE,
    ),
    "reject photo": Case(
        setup=_photo_case,
        run=lambda client, case: _action(
            client, type(case), "reject_selected", [case], reject_reason_submitted="1", reason="Face visible."
        ),
        done=lambda case: type(case).objects.get(pk=case.pk).status == "rejected",
        action=ModerationLog.Action.PHOTO_REJECT,
    ),
    "edit someone else's question": Case(
        setup=QuestionFactory,
        run=_edit_question,
        done=lambda q: Question.objects.get(pk=q.pk).title.startswith("A clearer title"),
        action=ModerationLog.Action.EDIT,
    ),
}


def _restored_target():
    answer = AnswerFactory()
    content_hide(actor=None, target=answer, reason="Flags", automatic=True)
    return answer


@pytest.mark.parametrize("name", list(CASES))
def test_a_moderator_can_and_it_leaves_one_log_entry(name, client_as, moderator):
    case = CASES[name]
    obj = case.setup()
    before = set(ModerationLog.objects.values_list("pk", flat=True))
    response = case.run(client_as(moderator), obj)
    assert response.status_code == 302, (name, response.status_code)
    assert case.done(obj), name
    new = ModerationLog.objects.exclude(pk__in=before)
    assert [(entry.action, entry.actor) for entry in new] == [(case.action, moderator)], name


@pytest.mark.parametrize("who", ["patient", "doctor"])
@pytest.mark.parametrize("name", list(CASES))
def test_patients_and_doctors_cannot(name, who, request, client_as):
    user = request.getfixturevalue(who)
    user = getattr(user, "user", user)
    case = CASES[name]
    obj = case.setup()
    before = ModerationLog.objects.count()
    response = case.run(client_as(user), obj)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert not case.done(obj)
    assert ModerationLog.objects.count() == before


def test_only_administrators_publish_a_new_disclaimer_version(client_as, moderator, admin_user):
    current = DisclaimerVersion.objects.current()
    text = "Updated: {doctor}'s answer is general information, not a diagnosis."
    denied = client_as(moderator).post(f"/admin/questions/disclaimerversion/{current.pk}/change/", {"text": text})
    assert denied.status_code == 403
    response = client_as(admin_user).post(f"/admin/questions/disclaimerversion/{current.pk}/change/", {"text": text})
    assert response.status_code == 302
    assert DisclaimerVersion.objects.current().text == text
    entry = ModerationLog.objects.get()
    assert (entry.action, entry.actor) == (ModerationLog.Action.DISCLAIMER_CHANGE, admin_user)
