"""Question lists quote each question's best answer: the doctor's headshot and name, the start of the
answer's words and the disclaimer naming the doctor. Only what the public may read is ever quoted."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from doctors.services import doctor_suspend
from moderation.services import content_hide
from questions.models import EXCERPT_CHARS, Question, attach_best_answer
from questions.services import answer_create, answer_helpful_toggle, answer_update
from tests.factories import DoctorProfileFactory, QuestionFactory, UserFactory

from .conftest import ANSWER

pytestmark = pytest.mark.django_db

LONG_ANSWER = (
    "Asymmetry in the first fortnight is almost always swelling rather than the filler itself. Cold compresses "
    "help, sleeping slightly propped up helps, and massaging it does not. If one side is still fuller at four "
    "weeks your injector can even it out with a small top-up or a little hyaluronidase."
)


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def _headshot() -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (200, 200), (196, 150, 120)).save(out, "JPEG")
    return SimpleUploadedFile("portrait.jpg", out.getvalue(), content_type="image/jpeg")


def _row(html: str, title: str) -> str:
    rows = re.findall(r'<li class="list-group-item question-row.*?</li>', html, flags=re.S)
    [row] = [row for row in rows if title in row]
    return row


def _list(client) -> str:
    response = client.get(reverse("questions:list"))
    assert response.status_code == 200
    return response.text


@pytest.fixture
def asked(patient, treatment):
    return QuestionFactory(author=patient, title="Is uneven lip filler swelling normal?", treatments=[treatment])


def test_a_row_quotes_the_most_helpful_answer_with_the_doctors_headshot_name_and_disclaimer(client, asked, doctor):
    doctor.headshot = _headshot()
    doctor.save()
    earlier = answer_create(doctor=DoctorProfileFactory(full_name="Lena Park"), question=asked, body=ANSWER)
    best = answer_create(doctor=doctor, question=asked, body=LONG_ANSWER)
    answer_helpful_toggle(answer=best, user=UserFactory())

    row = _row(_list(client), asked.title)

    assert "Asymmetry in the first fortnight is almost always swelling" in row
    assert ANSWER[:40] not in row, "the other answer has fewer helpful votes"
    assert earlier.doctor.display_name not in row
    excerpt = re.search(r'<p class="mb-1 question-row-excerpt">(.*?) <a ', row, flags=re.S).group(1)
    assert excerpt.endswith("…") and len(excerpt) <= EXCERPT_CHARS + 1
    assert LONG_ANSWER.startswith(excerpt[:-1]), "cut at a word, never inside one"
    assert f'<a class="fw-semibold question-row-doctor" href="{doctor.get_absolute_url()}">Dr. Ana Ruiz</a>' in row
    assert f'<img class="doctor-avatar doctor-avatar-40" src="{doctor.headshot.url}" alt=""' in row
    assert f'href="{asked.get_absolute_url()}#answer-{best.pk}"' in row
    disclaimer = re.search(r'role="note" aria-label="Medical disclaimer"[^>]*>(.*?)</p>', row, flags=re.S).group(1)
    assert "Dr. Ana Ruiz&#x27;s answer is for educational purposes only and is not medical advice" in disclaimer


def test_equal_votes_quote_the_earliest_answer_and_no_answer_quotes_nothing(client, asked, treatment):
    first = DoctorProfileFactory(full_name="Lena Park")
    answer_create(doctor=first, question=asked, body=ANSWER)
    answer_create(doctor=DoctorProfileFactory(full_name="Omar Haddad"), question=asked, body=LONG_ANSWER)
    unanswered = QuestionFactory(title="Does lip filler hurt more than Botox?", treatments=[treatment])

    html = _list(client)

    row = _row(html, asked.title)
    assert "Dr. Lena Park" in row and "Uneven swelling in the first two to four weeks" in row
    assert "Omar Haddad" not in row
    quiet = _row(html, unanswered.title)
    assert "question-row-answer" not in quiet and "Medical disclaimer" not in quiet
    assert "Not answered yet" in quiet


def test_a_hidden_answer_is_never_quoted_and_the_next_best_takes_its_place(client, asked, doctor, moderator):
    best = answer_create(doctor=doctor, question=asked, body=LONG_ANSWER)
    answer_helpful_toggle(answer=best, user=UserFactory())
    answer_create(doctor=DoctorProfileFactory(full_name="Lena Park"), question=asked, body=ANSWER)
    assert "Asymmetry in the first fortnight" in _row(_list(client), asked.title)

    content_hide(actor=moderator, target=best, reason="Advertising")

    row = _row(_list(client), asked.title)
    assert "Asymmetry in the first fortnight" not in row and "Dr. Ana Ruiz" not in row
    assert "Dr. Lena Park" in row and "Uneven swelling in the first two to four weeks" in row


def test_a_suspended_or_hidden_doctors_answer_is_never_quoted(client, asked, doctor, moderator, treatment):
    answer_create(doctor=doctor, question=asked, body=LONG_ANSWER)
    other = QuestionFactory(title="Can filler migrate above the lip line?", treatments=[treatment])
    hidden_doctor = DoctorProfileFactory(full_name="Lena Park")
    answer_create(doctor=hidden_doctor, question=other, body=ANSWER)

    doctor_suspend(doctor=doctor, moderator=moderator, reason="Licence under review")
    content_hide(actor=moderator, target=hidden_doctor, reason="Impersonation report")

    html = _list(client)
    for title in (asked.title, other.title):
        row = _row(html, title)
        assert "question-row-answer" not in row and "Medical disclaimer" not in row
    assert "Asymmetry in the first fortnight" not in html and "Uneven swelling in the first" not in html


def test_an_edited_answer_changes_the_kept_row(client, asked, doctor, settings):
    settings.FRAGMENT_CACHE_SECONDS = 3600  # rows come from the fragment cache when nothing changed
    answer = answer_create(doctor=doctor, question=asked, body=LONG_ANSWER)
    assert "Asymmetry in the first fortnight" in _row(_list(client), asked.title)

    answer_update(answer=answer, body=f"Most of what you describe is swelling. {LONG_ANSWER}", editor=doctor.user)

    row = _row(_list(client), asked.title)
    assert "Most of what you describe is swelling." in row


def test_the_best_answers_of_a_whole_page_cost_one_query(asked, doctor, treatment):
    for i in range(12):
        question = QuestionFactory(title=f"Swelling question number {i} about lips", treatments=[treatment])
        for author in (doctor, DoctorProfileFactory()):
            answer_create(doctor=author, question=question, body=f"{ANSWER} {i}")
    questions = list(Question.objects.for_list())
    with CaptureQueriesContext(connection) as queries:
        attach_best_answer(questions)
    assert len(queries) == 1
    assert sum(question.best_answer is not None for question in questions) == 12
    with CaptureQueriesContext(connection) as queries:
        [row.best_answer.public_text().disclaimer for row in questions if row.best_answer]
    assert len(queries) == 0, "doctor and disclaimer come with the answer"
