import io
import json
import zipfile

import pytest
from allauth.mfa.models import Authenticator

from accounts.services import notice_create
from moderation.services import flag_create
from questions.services import answer_create, answer_helpful_toggle, answer_update
from reviews.services import response_upsert, review_add_update, review_helpful_toggle
from tests.factories import AnswerFactory, QuestionFactory, ReviewFactory
from tests.photos.conftest import _consent_texts_version_1, make_case, prepare, stored_files  # noqa: F401

SECRET = "JBSWY3DPEHPK3PXP-never-exported"


def open_zip(data: bytes) -> tuple[zipfile.ZipFile, dict]:
    """The archive and its JSON documents by name."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    documents = {name: json.loads(archive.read(name)) for name in archive.namelist() if name.endswith(".json")}
    return archive, documents


@pytest.fixture
def rich_patient(patient, other_patient, doctor, treatment, make_case, django_capture_on_commit_callbacks):  # noqa: F811
    """A patient with every kind of data, next to another patient with private data of their own."""
    patient.full_name = "Pat Private-Name"
    patient.save()
    Authenticator.objects.create(user=patient, type=Authenticator.Type.TOTP, data={"secret": SECRET})
    question = QuestionFactory(
        author=patient, title="Is bruising after filler in the lips normal?", treatments=[treatment]
    )
    with django_capture_on_commit_callbacks(execute=True):
        answer = answer_create(
            doctor=doctor,
            question=question,
            body="Some bruising after lip filler is common and usually fades within a week or two. Arnica "
            "does little; a cold compress in the first day helps more.",
        )
    review = ReviewFactory(author=patient, treatment=treatment, doctor=doctor, title="Lip filler with Dr. Ruiz")
    review_add_update(
        review=review, editor=patient, body="Three months on the result has settled nicely.", verdict="not_sure"
    )
    response_upsert(review=review, doctor=doctor, body="Thank you for coming back to tell us how it settled.")
    case = make_case(uploader=patient, review=review, seed=3)
    other_question = QuestionFactory(author=other_patient, title="Other patient's question about botox")
    other_answer = AnswerFactory(question=other_question, doctor=doctor)
    answer_helpful_toggle(answer=other_answer, user=patient)
    other_review = ReviewFactory(author=other_patient, treatment=treatment, title="Another patient's review")
    review_helpful_toggle(review=other_review, user=patient)
    flag_create(reporter=patient, target=other_review, reason="spam", details="Looks like an advert.")
    notice_create(user=patient, message="Dr. Ruiz answered your question.", url=question.get_absolute_url())
    # Another member's private things, which must never appear in the patient's export.
    other_patient.full_name = "Olivia Othername"
    other_patient.save()
    notice_create(user=other_patient, message="A notice for someone else entirely.")
    answer_update(answer=answer, editor=doctor.user, body=answer.body + " See your injector if it worsens.")
    patient.case = case
    patient.question = question
    patient.review = review
    return patient
