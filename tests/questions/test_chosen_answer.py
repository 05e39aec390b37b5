"""The asker marks the answer that helped most: one per question, shown first with a mark, counted in
the doctor's figures, quoted by the question list."""

import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from moderation.services import content_hide, content_restore
from questions.models import Answer
from questions.services import answer_choose, answer_create, answer_helpful_toggle, answer_unchoose
from tests.factories import DoctorProfileFactory, UserFactory

from .conftest import ANSWER

pytestmark = pytest.mark.django_db

MARK = "The asker found this most helpful"


@pytest.fixture
def two_answers(question, doctor):
    first = answer_create(doctor=doctor, question=question, body=ANSWER)
    second = answer_create(doctor=DoctorProfileFactory(), question=question, body=f"{ANSWER} Second.")
    answer_helpful_toggle(answer=first, user=UserFactory())  # the first leads on helpful votes
    return first, second


def _figures(*answers):
    for answer in answers:
        answer.doctor.refresh_from_db()
    return [answer.doctor.chosen_answer_count for answer in answers]


def test_the_asker_marks_changes_and_unmarks_the_answer_that_helped_most(two_answers, patient):
    first, second = two_answers
    answer_choose(answer=second, user=patient)
    assert _figures(first, second) == [0, 1]
    answer_choose(answer=first, user=patient)
    assert list(Answer.objects.filter(chosen_at__isnull=False)) == [first]
    assert _figures(first, second) == [1, 0]
    answer_unchoose(answer=first, user=patient)
    assert not Answer.objects.filter(chosen_at__isnull=False).exists()
    assert _figures(first, second) == [0, 0]


def test_only_the_asker_marks(two_answers, other_patient, doctor):
    first, _second = two_answers
    for outsider in (other_patient, doctor.user):
        with pytest.raises(PermissionDenied):
            answer_choose(answer=first, user=outsider)


def test_the_database_allows_one_choice_per_question(two_answers):
    first, second = two_answers
    Answer.objects.filter(pk=first.pk).update(chosen_at=timezone.now())
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.filter(pk=second.pk).update(chosen_at=timezone.now())
    second.chosen_at = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        second.save()


def test_a_hidden_chosen_answer_stops_counting_and_counts_again_when_restored(two_answers, patient, moderator):
    first, _second = two_answers
    answer_choose(answer=first, user=patient)
    content_hide(actor=moderator, target=first, reason="Advertising.")
    assert _figures(first) == [0]
    content_restore(actor=moderator, target=first, reason="Checked.")
    assert _figures(first) == [1]


def test_the_chosen_answer_is_shown_first_with_its_mark_on_the_page_and_in_the_list(
    client, client_as, two_answers, question, patient
):
    first, second = two_answers
    page = client.get(question.get_absolute_url()).content.decode()
    assert page.index(f'id="answer-{first.pk}"') < page.index(f'id="answer-{second.pk}"')
    assert MARK not in page
    response = client_as(patient).post(reverse("questions:answer_choose", args=[second.pk]))
    assert response.status_code == 302
    page = client.get(question.get_absolute_url()).content.decode()
    assert page.index(f'id="answer-{second.pk}"') < page.index(f'id="answer-{first.pk}"')
    assert page.count(MARK) == 1
    listing = client.get(reverse("questions:list")).content.decode()
    assert "the asker found this most helpful" in listing and f"#answer-{second.pk}" in listing
    client_as(patient).post(reverse("questions:answer_choose", args=[second.pk]), {"unchoose": "1"})
    assert MARK not in client.get(question.get_absolute_url()).content.decode()


def test_the_mark_is_offered_to_the_asker_only(client, client_as, two_answers, question, patient, other_patient):
    offer = "Mark as the answer that helped most"
    assert offer in client_as(patient).get(question.get_absolute_url()).content.decode()
    assert offer not in client_as(other_patient).get(question.get_absolute_url()).content.decode()
    assert offer not in client.get(question.get_absolute_url()).content.decode()
    first, _second = two_answers
    assert client_as(other_patient).post(reverse("questions:answer_choose", args=[first.pk])).status_code == 403
    assert client.get(reverse("questions:answer_choose", args=[first.pk])).status_code in (302, 405)


def test_the_page_cache_follows_the_choice(client, two_answers, question, patient, settings):
    settings.PAGE_CACHE_SECONDS = 300
    _first, second = two_answers
    assert MARK not in client.get(question.get_absolute_url()).content.decode()
    answer_choose(answer=second, user=patient)
    assert MARK in client.get(question.get_absolute_url()).content.decode()


def test_the_doctor_sees_the_figure_on_their_dashboard_and_profile(client, client_as, two_answers, patient, doctor):
    first, _second = two_answers
    answer_choose(answer=first, user=patient)
    dashboard = client_as(doctor.user).get(reverse("doctors:dashboard")).content.decode()
    assert "Most helpful to the asker" in dashboard
    profile = client.get(doctor.get_absolute_url()).content.decode()
    assert "Most helpful to the asker" in profile
