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
    disclaimer_version_create(
        text="Version two: {doctor} gives general information, not a diagnosis.", created_by=admin_user
    )
    answer.refresh_from_db()
    assert answer.disclaimer == old


def _answer_blocks(html: str) -> list[str]:
    return re.findall(r'<article id="answer-\d+".*?</article>', html, flags=re.S)


def test_every_answer_on_the_detail_page_shows_its_disclaimer_naming_its_doctor(
    client, question, make_answers, admin_user
):
    first = make_answers(2)
    disclaimer_version_create(
        text="Version two: {doctor} has not examined you and gives general information only.", created_by=admin_user
    )
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


# Wherever an answer's words are published, the disclaimer naming the doctor goes with them -----------


def _qa_schema(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, flags=re.S)
    return json.loads(match.group(1))


def test_the_qa_page_json_ld_carries_each_answers_disclaimer_naming_its_doctor(client, question, make_answers):
    answers = make_answers(2)
    schema = _qa_schema(client.get(question.get_absolute_url()).text)
    texts = {item["url"].rsplit("#answer-", 1)[1]: item["text"] for item in schema["mainEntity"]["suggestedAnswer"]}
    assert len(texts) == 2
    for answer in answers:
        answer = Answer.objects.select_related("doctor", "disclaimer").get(pk=answer.pk)
        text = texts[str(answer.pk)]
        assert text.startswith(answer.body)
        assert text.endswith(answer.disclaimer_text)
        assert answer.doctor.display_name in text[len(answer.body) :]


SEARCH_WORD = "hyaluronidase"


def _answer_with_a_rare_word(question, doctor) -> Answer:
    body = f"{ANSWER} If the lump stays, {SEARCH_WORD} dissolves the filler within a day or two."
    return answer_create(doctor=doctor, question=question, body=body)


def test_search_snippets_quoting_an_answer_carry_its_disclaimer_naming_the_doctor(client, question, doctor):
    answer = _answer_with_a_rare_word(question, doctor)
    assert SEARCH_WORD not in question.title + question.body
    html = client.get(reverse("core:search"), {"q": SEARCH_WORD}).text
    results = re.findall(r'<li class="list-group-item.*?</li>', html, flags=re.S)
    assert len(results) == 1
    assert "From an answer:" in results[0]
    assert SEARCH_WORD in results[0]
    assert answer.disclaimer_text.replace("'", "&#x27;") in results[0]
    assert "Dr. Ana Ruiz" in answer.disclaimer_text


def test_search_snippets_from_the_question_itself_quote_no_answer(client, question, doctor):
    _answer_with_a_rare_word(question, doctor)
    html = client.get(reverse("core:search"), {"q": "left side swollen"}).text
    results = re.findall(r'<li class="list-group-item.*?</li>', html, flags=re.S)
    assert len(results) == 1
    assert "<mark>left</mark>" in results[0]
    assert "From an answer:" not in results[0]
    assert "Medical disclaimer" not in results[0]


def test_the_doctor_profile_quotes_answers_with_their_disclaimer(client, answer, doctor):
    html = client.get(doctor.get_absolute_url()).text
    block = re.search(r'<article class="card mb-3 profile-answer".*?</article>', html, flags=re.S).group(0)
    assert "Uneven swelling in the first two to four weeks" in block
    assert answer.disclaimer_text.replace("'", "&#x27;") in block


def test_the_flag_review_preview_quotes_an_answer_with_its_disclaimer(answer):
    from console.admin import _preview_text

    preview = _preview_text(Answer.objects.select_related("doctor", "disclaimer").get(pk=answer.pk))
    assert preview.startswith(ANSWER[:40])
    assert preview.endswith(answer.disclaimer_text)


def test_published_text_cuts_the_words_never_the_disclaimer(answer):
    published = answer.public_text(chars=60)
    assert len(published.words) <= 60
    assert published.disclaimer == answer.disclaimer_text
    assert str(published) == f"{published.words}\n\n{answer.disclaimer_text}"
    assert answer.public_text(words=5).words == "Uneven swelling in the first…"


# A disclaimer version must say something besides the doctor's name -----------------------------------


@pytest.mark.parametrize(
    "text",
    ["{doctor}", "  {doctor}  ", "{doctor}{doctor}{doctor}{doctor}{doctor}", "{doctor}" + " \n\t" * 30 + "!"],
)
def test_the_database_refuses_a_version_that_is_only_the_doctors_name(text):
    with pytest.raises(IntegrityError), transaction.atomic():
        DisclaimerVersion.objects.create(number=60, text=text)
    assert not DisclaimerVersion.objects.filter(number=60).exists()


def test_the_database_refuses_a_version_one_character_short():
    text = "{doctor} " + "x" * 39
    with pytest.raises(IntegrityError), transaction.atomic():
        DisclaimerVersion.objects.create(number=61, text=text)
    DisclaimerVersion.objects.create(number=62, text=text + "y")


def test_the_service_refuses_a_version_that_is_only_the_doctors_name(admin_user):
    with pytest.raises(ValidationError) as error:
        disclaimer_version_create(text="{doctor}", created_by=admin_user)
    assert "at least 40 characters of text besides {doctor}" in str(error.value.message_dict["text"])
    assert DisclaimerVersion.objects.count() == 1
