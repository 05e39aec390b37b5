"""The disclaimer invariant: no path can produce an answer without its disclaimer, and every place
that shows an answer shows the disclaimer naming the doctor."""

import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.urls import reverse

from moderation.services import content_hide
from questions.models import Answer, DisclaimerVersion
from questions.services import answer_create, disclaimer_version_create
from tests.factories import AnswerFactory, DoctorProfileFactory, QuestionFactory

from .conftest import ANSWER

pytestmark = pytest.mark.django_db


def test_migration_created_version_1_naming_the_doctor():
    version = DisclaimerVersion.objects.get(number=1)
    assert "{doctor}" in version.text
    assert version.render("Dr. Ana Ruiz").startswith("The information in Dr. Ana Ruiz's answer")


def test_answer_create_attaches_the_current_version(question, doctor, admin_user):
    newer = disclaimer_version_create(
        text="Dr. {doctor} answers in general terms; see a clinician in person.", created_by=admin_user
    )
    answer = answer_create(doctor=doctor, question=question, body=ANSWER)
    assert answer.disclaimer == newer
    assert answer.disclaimer_text == "Dr. Dr. Ana Ruiz answers in general terms; see a clinician in person."


def test_objects_create_without_disclaimer_is_refused(question, doctor):
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(question=question, doctor=doctor, body=ANSWER)


def test_save_with_disclaimer_none_is_refused(question, doctor):
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer(question=question, doctor=doctor, body=ANSWER, disclaimer=None).save()


def test_bulk_create_without_disclaimer_is_refused(question, doctor):
    other = DoctorProfileFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.bulk_create(
            [
                Answer(question=question, doctor=doctor, body=ANSWER, disclaimer=DisclaimerVersion.objects.current()),
                Answer(question=question, doctor=other, body=ANSWER),
            ]
        )
    assert not Answer.objects.exists()


def test_update_disclaimer_to_null_is_refused(answer):
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.filter(pk=answer.pk).update(disclaimer=None)
    answer.refresh_from_db()
    assert answer.disclaimer_id is not None


def test_model_validation_reports_the_missing_disclaimer(question, doctor):
    with pytest.raises(ValidationError) as error:
        Answer(question=question, doctor=doctor, body=ANSWER).full_clean()
    assert "disclaimer" in error.value.message_dict


def test_loaddata_of_an_answer_without_disclaimer_is_refused(tmp_path, question, doctor):
    fixture = tmp_path / "answer_without_disclaimer.json"
    fixture.write_text(
        json.dumps(
            [
                {
                    "model": "questions.answer",
                    "pk": 999,
                    "fields": {
                        "question": question.pk,
                        "doctor": doctor.pk,
                        "body": ANSWER,
                        "helpful_count": 0,
                        "created_at": "2026-01-01T00:00:00Z",
                        "updated_at": "2026-01-01T00:00:00Z",
                    },
                }
            ]
        )
    )
    with pytest.raises(IntegrityError):
        call_command("loaddata", str(fixture), verbosity=0)
    assert not Answer.objects.filter(pk=999).exists()


def test_loaddata_with_a_null_disclaimer_is_refused(tmp_path, question, doctor):
    fixture = tmp_path / "answer_null_disclaimer.json"
    fields = {"question": question.pk, "doctor": doctor.pk, "body": ANSWER, "disclaimer": None}
    fixture.write_text(json.dumps([{"model": "questions.answer", "pk": 998, "fields": fields}]))
    with pytest.raises(IntegrityError):
        call_command("loaddata", str(fixture), verbosity=0)
    assert not Answer.objects.filter(pk=998).exists()


def test_a_referenced_version_cannot_be_deleted(answer):
    with pytest.raises(ProtectedError), transaction.atomic():
        answer.disclaimer.delete()
    assert DisclaimerVersion.objects.filter(pk=answer.disclaimer_id).exists()


def test_versions_are_immutable():
    version = DisclaimerVersion.objects.current()
    version.text = "Rewritten {doctor}"
    with pytest.raises(ValidationError):
        version.save()
    assert DisclaimerVersion.objects.get(pk=version.pk).text != "Rewritten {doctor}"


def test_a_version_must_name_the_doctor(admin_user):
    with pytest.raises(ValidationError):
        disclaimer_version_create(text="No placeholder here.", created_by=admin_user)
    with pytest.raises(IntegrityError), transaction.atomic():
        DisclaimerVersion.objects.create(number=50, text="No placeholder here either.")


def test_the_answer_form_has_no_way_to_omit_it(client_as, question, doctor):
    """The form takes only the text; whatever else is posted, the answer gets the current version."""
    client = client_as(doctor.user)
    response = client.post(
        reverse("questions:answer_new", args=[question.pk, question.slug]), {"body": ANSWER, "disclaimer": ""}
    )
    assert response.status_code == 302
    assert Answer.objects.get().disclaimer == DisclaimerVersion.objects.current()


def test_new_version_leaves_old_answers_with_theirs(answer, question, admin_user):
    old = answer.disclaimer
    disclaimer_version_create(text="Version two for {doctor}.", created_by=admin_user)
    answer.refresh_from_db()
    assert answer.disclaimer == old


def _answer_blocks(html: str) -> list[str]:
    return re.findall(r'<article id="answer-\d+".*?</article>', html, flags=re.S)


def test_every_answer_on_the_detail_page_shows_its_disclaimer_naming_its_doctor(
    client, question, make_answers, admin_user
):
    first = make_answers(2)
    disclaimer_version_create(text="Version two: {doctor} has not examined you.", created_by=admin_user)
    second = make_answers(1)
    html = client.get(question.get_absolute_url()).text
    blocks = _answer_blocks(html)
    assert len(blocks) == 3
    for answer in [*first, *second]:
        block = next(b for b in blocks if f'id="answer-{answer.pk}"' in b)
        expected = answer.disclaimer.render(answer.doctor.display_name).replace("'", "&#x27;")
        assert expected in block
        assert answer.doctor.display_name in expected


def test_hidden_answers_shown_to_moderators_still_carry_the_disclaimer(client_as, answer, moderator):
    content_hide(actor=moderator, target=answer, reason="Check")
    html = client_as(moderator).get(answer.question.get_absolute_url()).text
    assert "Hidden from the public" in html
    assert answer.disclaimer_text.replace("'", "&#x27;") in html


def test_the_edit_page_shows_the_answer_disclaimer(client_as, answer, doctor):
    html = client_as(doctor.user).get(reverse("questions:answer_edit", args=[answer.pk])).text
    assert answer.disclaimer_text.replace("'", "&#x27;") in html


def test_the_answer_email_carries_the_disclaimer_naming_the_doctor(
    question, doctor, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer = answer_create(doctor=doctor, question=question, body=ANSWER)
    assert len(mailoutbox) == 1
    assert answer.disclaimer_text in mailoutbox[0].body
    assert "Dr. Ana Ruiz" in answer.disclaimer_text


def test_factory_answers_carry_the_disclaimer():
    answer = AnswerFactory(question=QuestionFactory())
    assert answer.disclaimer_id is not None
