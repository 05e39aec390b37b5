"""The default demo seed reads as real: words, treatments, doctors, costs and recoveries that fit together.

One seed for the whole module (it takes a few seconds), rolled back at the end.
"""

import io
import re
from collections import Counter

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from accounts import demo as accounts_demo
from accounts.models import User
from core.demo import DEMO_PASSWORD
from doctors.demo import SURGEONS, does
from doctors.models import DoctorProfile
from questions import demo_es as questions_in_spanish
from questions.models import Answer, Question
from reviews.demo import price_range
from reviews.demo_corpus import DETAILS
from reviews.models import Review, VerdictChange
from treatments import demo_es as treatments_in_spanish
from treatments.demo import GO_TOGETHER, names_treatment
from treatments.models import _words

pytestmark = pytest.mark.django_db

# Words only surgery brings: a non-surgical review never mentions them.
SURGICAL_WORDS = re.compile(r"weeks off work|stitches|drains|general anaesthesia|incision", re.IGNORECASE)


@pytest.fixture(scope="module", autouse=True)
def _seeded(django_db_setup, django_db_blocker):
    # The fast hasher the other tests use (tests/conftest.py), so the logins' passwords can be checked.
    fast = override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
    with django_db_blocker.unblock(), fast, transaction.atomic():
        call_command("seed_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def test_the_default_seed_has_its_usual_size():
    assert Question.objects.filter(language="en").count() == 200
    assert Question.objects.filter(language="es").count() == len(questions_in_spanish.QUESTIONS)
    assert Review.objects.count() == 150
    assert Answer.objects.count() > 250


def test_every_question_names_each_of_its_treatments():
    for question in Question.objects.prefetch_related("treatments"):
        text = f"{question.title}\n{question.body}"
        treatments = list(question.treatments.all())
        assert treatments, question.title
        for treatment in treatments:
            if question.language == "es":  # by its Spanish name or one of its Spanish search words
                words = [
                    treatments_in_spanish.NAMES[treatment.slug],
                    *treatments_in_spanish.SYNONYMS[treatment.slug].split(","),
                ]
                assert any(_words(w) in _words(text) for w in words if w.strip()), (question.title, treatment.name)
            else:
                assert names_treatment(text, treatment.slug, treatment.name), (question.title, treatment.name)


def test_questions_combine_only_treatments_that_go_together():
    showcase = Question.objects.order_by("pk").first()  # a keloid former asking about everything she plans
    pairs = {frozenset(pair) for pair in GO_TOGETHER}
    for question in Question.objects.exclude(pk=showcase.pk).prefetch_related("treatments"):
        slugs = frozenset(treatment.slug for treatment in question.treatments.all())
        assert len(slugs) == 1 or slugs in pairs, (question.title, sorted(slugs))


def test_no_two_questions_or_answers_share_their_text():
    titles = Counter(Question.objects.values_list("title", flat=True))
    assert [title for title, n in titles.items() if n > 1] == []
    bodies = Counter(Answer.objects.values_list("body", flat=True))
    assert [body[:80] for body, n in bodies.items() if n > 1] == []


def test_answers_come_from_doctors_who_perform_the_treatment():
    showcase = Question.objects.order_by("pk").first()
    # The showcase asks about keloids across specialties, and every verified doctor answers it.
    assert "keloid" in showcase.title.lower()
    assert showcase.answers.count() == DoctorProfile.objects.verified().count()
    for question in Question.objects.exclude(pk=showcase.pk).prefetch_related("treatments", "answers__doctor"):
        slugs = [treatment.slug for treatment in question.treatments.all()]
        doctors = [answer.doctor for answer in question.answers.all()]
        assert len({doctor.pk for doctor in doctors}) == len(doctors), question.title
        for doctor in doctors:
            assert any(does(doctor.specialty, slug) for slug in slugs), (question.title, doctor.specialty)


def test_every_review_cost_lies_in_its_treatments_range():
    reviews = Review.objects.exclude(cost_amount=None).select_related("treatment")
    assert reviews.count() > 100
    for review in reviews:
        low, high = price_range(review.treatment, review.cost_currency)
        assert low <= review.cost_amount <= high, (review.treatment.slug, review.cost_amount, review.cost_currency)


def test_no_review_title_repeats():
    titles = Counter(Review.objects.values_list("title", flat=True))
    assert [title for title, n in titles.items() if n > 1] == []


def test_reviews_name_doctors_who_perform_the_treatment_and_surgery_names_a_surgeon():
    for review in Review.objects.select_related("treatment", "doctor"):
        if review.treatment.category == "surgery":
            assert review.doctor is not None, review.title
            assert review.doctor.specialty in SURGEONS, (review.title, review.doctor.specialty)
        if review.doctor is not None:
            assert does(review.doctor.specialty, review.treatment.slug), (review.title, review.doctor.specialty)


def test_review_stories_recover_the_way_their_treatment_does():
    for review in Review.objects.select_related("treatment"):
        _done, recoveries, _titles = DETAILS[review.treatment.slug]
        recovery = [sentence for sentence in recoveries if sentence.strip() in review.story]
        assert len(recovery) == 1, review.title
        if review.treatment.category == "surgery":
            assert re.search(r"\b(weeks?|months?)\b", recovery[0]), review.title
        else:
            assert not SURGICAL_WORDS.search(review.story), review.title


def test_first_verdicts_agree_with_ratings():
    first = dict(VerdictChange.objects.filter(previous="").values_list("review_id", "verdict"))
    for review in Review.objects.all():
        verdict = first[review.pk]
        allowed = {"worth_it": {4, 5}, "not_sure": {2, 3, 4}, "not_worth_it": {1, 2, 3}}[verdict]
        assert review.rating in allowed, (review.title, verdict, review.rating)


def test_the_demo_logins_exist_with_their_roles():
    handles = [handle for _, handle in accounts_demo.DEMO_LOGINS]
    users = {user.handle: user for user in User.objects.filter(handle__in=handles)}
    assert set(users) == set(handles)
    assert all(user.check_password(DEMO_PASSWORD) for user in users.values())
    assert users["admin"].is_superuser and users["admin"].is_staff
    assert users["moderator"].is_staff and not users["moderator"].is_superuser
    assert users["moderator"].groups.filter(name="Moderators").exists()
    assert not users["patient"].is_staff
    assert not DoctorProfile.objects.filter(user=users["patient"]).exists()
    statuses = dict(DoctorProfile.objects.filter(user__handle__in=handles).values_list("user__handle", "status"))
    assert statuses == {
        "dr-ruiz": "verified",
        "dr-pending": "pending",
        "dr-suspended": "suspended",
        "dr-rejected": "rejected",
    }
