"""The mixed row's pieces (bench/mixed.py, bench/wrk_mixed.lua, bench/driver.py): popularity, the writer, pacing."""

import random
import shutil

import pytest
from django.utils import timezone

from bench import driver
from bench.mixed import Popularity, Writer, question_popularity, run_paced, write_paths, zipf_cum_weights
from pagecache.topics import generations
from questions.models import Answer, HelpfulVote
from reviews.models import Review
from tests.factories import AnswerFactory, DoctorProfileFactory, QuestionFactory, TreatmentFactory, UserFactory


def test_zipf_weights_fall_with_rank():
    weights = zipf_cum_weights(4, s=1.0)
    assert weights == pytest.approx([1, 1.5, 1.5 + 1 / 3, 1.5 + 1 / 3 + 0.25])


def test_popularity_is_skewed_and_the_same_for_every_process():
    first = Popularity(range(100_000))
    assert first.ranked == Popularity(range(100_000)).ranked  # readers and writer rank alike
    assert first.ranked[:5] != [0, 1, 2, 3, 4]  # popularity is not the id order
    drawn = first.draw(random.Random(1), 50_000)
    top = first.ranked[0]
    # The most read question gets about 1/H(100,000; 1.1) of the reads, about 13%.
    assert drawn.count(top) / len(drawn) == pytest.approx(first.share_of_top(1), abs=0.01)
    assert 0.12 < first.share_of_top(1) < 0.15
    assert first.rank_of_share(0.5) < 100  # a few dozen questions get half the reads
    assert first.rank_of_share(0.9) > 5_000  # and the long tail a tenth


@pytest.mark.django_db
def test_paths_are_every_published_question_and_only_those(tmp_path):
    shown = QuestionFactory.create_batch(3)
    hidden = QuestionFactory(hidden_at=timezone.now())
    ranked = question_popularity().ranked
    assert sorted(ranked) == sorted((q.pk, q.get_absolute_url()) for q in shown)
    summary = write_paths(tmp_path / "paths.txt", 500)
    lines = (tmp_path / "paths.txt").read_text().split()
    assert len(lines) == 500 == summary["paths"]
    assert set(lines) <= {q.get_absolute_url() for q in shown}
    assert hidden.get_absolute_url() not in lines


@pytest.fixture
def site(db):
    treatment = TreatmentFactory()
    question = QuestionFactory(treatments=[treatment])
    answer = AnswerFactory(question=question)
    DoctorProfileFactory.create_batch(5)
    UserFactory.create_batch(3)
    return question, answer


def _generation(topic: str) -> int:
    return generations([topic])[topic]


def test_writer_votes_through_the_service_and_moves_the_question_page(site):
    question, answer = site
    before = _generation(f"question:{question.pk}")
    writer = Writer(seed=1)
    assert writer.vote()
    assert HelpfulVote.objects.filter(answer=answer).count() == 1
    answer.refresh_from_db()
    assert answer.helpful_count == 1
    assert _generation(f"question:{question.pk}") != before


def test_writer_answers_as_a_verified_doctor_and_moves_the_question_page(site):
    question, _ = site
    before = _generation(f"question:{question.pk}")
    assert Writer(seed=1).answer()
    assert Answer.objects.filter(question=question).count() == 2
    question.refresh_from_db()
    assert question.answer_count == 1  # the service counted its answer (the factory counts nothing)
    assert _generation(f"question:{question.pk}") != before


def test_writer_reviews_as_a_patient_and_leaves_question_pages_alone(site):
    question, _ = site
    before = _generation(f"question:{question.pk}")
    writer = Writer(seed=1)
    assert writer.review()
    review = Review.objects.get()
    assert review.doctor is not None and review.author.pk in writer.patient_ids
    assert _generation(f"question:{question.pk}") == before


def test_writer_counts_what_the_rules_refuse(site):
    writer = Writer(seed=1)
    writer.doctor_ids = [site[1].doctor_id]  # the one doctor who already answered
    writer.weights = [0, 1, 0]  # answers only
    assert writer.write_one() == "answer"
    assert writer.refused == {"answer": 1} and not writer.done


def test_writes_are_paced_on_a_fixed_schedule():
    now = [0.0]

    def sleep(seconds):
        now[0] += seconds

    def slow_call():
        now[0] += 0.25  # slower than the pace: the next ones are caught up on, not dropped

    calls, latencies = run_paced(slow_call, rate=10, seconds=2, clock=lambda: now[0], sleep=sleep)
    assert calls == 20
    assert latencies == [0.25] * 20


def test_first_visits_count_pages_the_run_had_not_asked_for():
    paths = ["/a", "/b", "/a", "/c", "/b", "/d"]
    # Earlier phases read lines 0-1 (/a, /b); this one read lines 2-5: /c and /d are new.
    assert driver.first_visits(paths, 0, 2, 4) == 2
    # A stretch that runs past the end wraps around, as the wrk script does: /b, /d, /a, /b.
    assert driver.first_visits(paths, 4, 4, 4) == 3


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed (bench/run installs it)")
@pytest.mark.django_db(transaction=True)
def test_wrk_script_walks_the_paths_and_counts_hits_and_misses(live_server, settings, tmp_path, monkeypatch):
    # One connection, one thread: the test server's threads share one in-memory SQLite connection, which
    # fails under concurrent requests ("bad parameter or other API misuse"); this test is about the
    # script walking the paths and counting, not about concurrency.
    monkeypatch.setattr(driver, "WRK_THREADS", 1)
    monkeypatch.setattr(driver, "CONNECTIONS", 1)
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_REPORT = True
    questions = QuestionFactory.create_batch(2)
    paths = tmp_path / "paths.txt"
    paths.write_text("".join(f"{q.get_absolute_url()}\n" for q in questions) * 50)
    result = driver.wrk_mixed(live_server.url, "", 1, paths, 0)
    assert result["requests"] > 2 and result["bad_status"] == 0
    assert result["hits"] + result["misses"] + result["unreported"] == result["requests"]
    assert result["unreported"] == 0
    assert 2 <= result["misses"] < result["hits"]  # each page rendered once (or twice, concurrently), then served
