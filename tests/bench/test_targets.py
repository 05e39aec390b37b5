"""The benchmark's pages picked from the data (bench/targets.py) and the seed shape they rely on."""

import io

import pytest
from django.utils import timezone

from bench import targets
from core.demo import DemoContext
from questions import demo as questions_demo
from questions.models import Answer, Question
from tests.factories import DoctorProfileFactory, QuestionFactory, TreatmentFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_rotation_reads_published_questions_spread_over_the_whole_table():
    questions = QuestionFactory.create_batch(10)
    hidden = QuestionFactory(hidden_at=timezone.now())
    paths = targets.rotation_paths(4)
    assert paths == [questions[i].get_absolute_url() for i in (0, 2, 5, 7)]
    everything = targets.rotation_paths(1000)  # fewer questions than asked for: each once
    assert everything == [question.get_absolute_url() for question in questions]
    assert hidden.get_absolute_url() not in everything


def test_the_rotating_row_comes_with_its_paths_file(tmp_path):
    questions = QuestionFactory.create_batch(3)
    pages = {page["name"]: page for page in targets.pages(tmp_path / "rotation.txt", 1000)}
    rotating = pages["question pages, rotating"]
    assert rotating["paths"] == str(tmp_path / "rotation.txt")
    assert rotating["url"] == questions[0].get_absolute_url()
    assert rotating["note"] == "3 questions in turn"
    assert (tmp_path / "rotation.txt").read_text().split() == [q.get_absolute_url() for q in questions]
    assert "question pages, rotating" not in {page["name"] for page in targets.pages()}


def test_a_large_seed_gives_the_benchmark_a_question_page_with_ten_answers():
    ctx = DemoContext(questions=1001, out=io.StringIO())
    ctx.data.update(
        treatments=TreatmentFactory.create_batch(3),
        patients=UserFactory.create_batch(3),
        doctors=DoctorProfileFactory.create_batch(21),
    )
    assert ctx.large
    questions_demo.seed(ctx)
    first, second = Question.objects.order_by("pk")[:2]
    assert (first.answer_count, second.answer_count) == (20, 10)
    assert Answer.objects.filter(question=second).count() == 10
    pages = {page["name"]: page for page in targets.pages()}
    assert pages["question page, 10 answers"] == {
        "name": "question page, 10 answers",
        "url": second.get_absolute_url(),
        "note": "10 answers",
    }
    assert pages["question page, 20 answers"]["url"] == first.get_absolute_url()


def test_the_api_rows_read_the_list_and_the_question_with_the_most_answers():
    from questions.services import answer_create

    busy, _quiet = QuestionFactory.create_batch(2)
    for _ in range(2):
        answer_create(doctor=DoctorProfileFactory(user=UserFactory()), question=busy, body="A long enough answer. " * 4)
    pages = {page["name"]: page for page in targets.pages()}
    assert pages["API question list"]["url"] == "/api/v1/questions"
    assert pages["API question, 20 answers"] == {
        "name": "API question, 20 answers",
        "url": f"/api/v1/questions/{busy.pk}",
        "note": "2 answers",
    }
