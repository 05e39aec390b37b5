"""The question page does a fixed amount of template work per answer: a regression to per-row includes,
or to rendering each answer's byline and text on every view, fails here (time is measured in bench/)."""

import pytest
from django.test.signals import template_rendered

from pagecache.fragments import fragment_rendered
from questions.fragments import CARD
from questions.services import answer_create
from tests.factories import DoctorProfileFactory

from .conftest import ANSWER, BODY

pytestmark = pytest.mark.django_db

# What a page may render once per answer on a view after the first: nothing. Each answer's card (byline,
# dates, words, disclaimer, and the reader's buttons and flag link) is a fragment.
PER_ANSWER: dict[str, int] = {}


def _renders(visitor, url: str) -> list[str]:
    """The templates a view of `url` renders, and the fragments written in Python (answer cards)."""
    names: list[str] = []

    def record(sender, template, context, **kwargs):
        names.append(template.name)

    def record_fragment(sender, name, **kwargs):
        names.append(name)

    template_rendered.connect(record)
    fragment_rendered.connect(record_fragment)
    try:
        response = visitor.get(url)
    finally:
        template_rendered.disconnect(record)
        fragment_rendered.disconnect(record_fragment)
    assert response.status_code == 200
    return names


def _add_answers(question, n: int) -> None:
    for i in range(n):
        answer_create(doctor=DoctorProfileFactory(), question=question, body=f"{ANSWER} ({i})")


@pytest.mark.parametrize("who", [None, "patient", "doctor", "moderator"])
def test_template_work_per_answer_is_fixed(request, client, client_as, question, who, settings):
    settings.PAGE_CACHE_SECONDS = 0
    user = request.getfixturevalue(who) if who else None
    visitor = client_as(getattr(user, "user", user)) if user else client
    url = question.get_absolute_url()

    _add_answers(question, 1)
    _renders(visitor, url)  # the first view renders the answer's content once
    one = _renders(visitor, url)
    _add_answers(question, 9)
    first = _renders(visitor, url)
    ten = _renders(visitor, url)

    # The nine new answers' content was rendered on the first view after they came, and only then.
    assert first.count(CARD) == 9
    assert ten.count(CARD) == 0
    extra = {name: ten.count(name) - one.count(name) for name in set(ten) | set(one)}
    assert {name: count for name, count in extra.items() if count} == {
        name: 9 * per for name, per in PER_ANSWER.items()
    }


ROW = "includes/question_row.html"
OPTIONS = "questions/includes/treatment_options.html"


def test_a_list_read_again_renders_no_row_and_no_menu(client, question, patient, treatment, settings, monkeypatch):
    """The question list keeps its rows and its treatment menu as HTML until they can have changed: read
    again, it neither renders nor keys a row."""
    from questions.services import question_create
    from tests.pages.test_hub_kept import row_work

    settings.PAGE_CACHE_SECONDS = 0
    calls = row_work(monkeypatch)
    first = _renders(client, "/questions/")
    assert first.count(ROW) == 1 and first.count(OPTIONS) == 1 and calls
    calls.clear()
    again = _renders(client, "/questions/")
    assert again.count(ROW) == 0 and again.count(OPTIONS) == 0 and calls == []

    question_create(author=patient, title="Can I exercise after lip filler?", body=BODY, treatments=[treatment])
    moved = _renders(client, "/questions/")
    assert moved.count(ROW) == 1  # the new row; the other comes from its fragment
    assert "Can I exercise after lip filler?" in client.get("/questions/").content.decode()
    # The filtered list's menu marks its own treatment.
    assert "selected>" in client.get(f"/questions/?treatment={treatment.slug}").content.decode()


def test_a_kept_list_follows_the_time_its_rows_show(client, question, settings, monkeypatch):
    """ "asked 3 minutes ago" is no topic: the kept rows are rendered again when a row's age turns over."""
    from datetime import timedelta

    from django.utils import timezone

    settings.PAGE_CACHE_SECONDS = 0
    _renders(client, "/questions/")
    assert _renders(client, "/questions/").count(ROW) == 0
    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + timedelta(hours=2))
    assert _renders(client, "/questions/").count(ROW) == 1


@pytest.mark.parametrize("who", [None, "patient", "doctor"])
def test_a_question_page_read_again_keys_no_answer(request, client, client_as, question, who, settings, monkeypatch):
    """The answer cards are kept as one piece of HTML per reader's situation until the question's topic
    moves: a repeat view neither renders nor keys an answer (moderators, who read the database, key
    each card by its row: the test above)."""
    from questions.services import answer_helpful_toggle
    from tests.pages.test_hub_kept import row_work

    settings.PAGE_CACHE_SECONDS = 0
    user = request.getfixturevalue(who) if who else None
    visitor = client_as(getattr(user, "user", user)) if user else client
    url = question.get_absolute_url()
    _add_answers(question, 3)
    calls = row_work(monkeypatch)
    _renders(visitor, url)
    calls.clear()
    again = _renders(visitor, url)
    assert again.count(CARD) == 0 and calls == []

    # A vote moves the question's topic: its count is on the card.
    answer = question.answers.first()
    answer_helpful_toggle(user=request.getfixturevalue("patient"), answer=answer)
    assert _renders(visitor, url).count(CARD) >= 1
    assert "1 person finds this helpful" in visitor.get(url).content.decode()


def test_a_doctors_byline_is_rendered_once_for_all_their_answers(
    client, question, patient, treatment, doctor, settings
):
    """A question read for the first time renders the bylines only of doctors no page has shown yet."""
    from questions.services import question_create

    settings.PAGE_CACHE_SECONDS = 0
    other = question_create(author=patient, title="Does lip filler hurt?", body=BODY, treatments=[treatment])
    for each in (question, other):
        answer_create(doctor=doctor, question=each, body=ANSWER)
    first = _renders(client, question.get_absolute_url())
    second = _renders(client, other.get_absolute_url())
    assert first.count("includes/doctor_card.html") == 1
    assert second.count(CARD) == 1
    assert second.count("includes/doctor_card.html") == 0
    assert doctor.display_name in client.get(other.get_absolute_url()).content.decode()


def test_a_first_visit_to_a_question_asks_the_cache_as_often_whatever_its_answers(
    client, question, settings, monkeypatch
):
    """No round trip to the cache per answer: a question page read for the first time asks the cache
    as many times with ten answers as with one."""
    from tests.factories import QuestionFactory
    from tests.pagecache.test_cached_values import CacheCalls

    settings.PAGE_CACHE_SECONDS = 0
    other = QuestionFactory(treatments=list(question.treatments.all()))
    first = QuestionFactory(treatments=list(question.treatments.all()))
    for each, count in ((question, 1), (other, 10)):
        for i in range(count):
            answer_create(doctor=DoctorProfileFactory(), question=each, body=f"{ANSWER} ({i})")
    # The first page read on an empty cache also starts the topics nothing has moved yet ("loaded").
    assert client.get(first.get_absolute_url()).status_code == 200
    calls = CacheCalls(monkeypatch)
    assert client.get(question.get_absolute_url()).status_code == 200
    one = list(calls.names)
    calls.names.clear()
    assert client.get(other.get_absolute_url()).status_code == 200
    assert calls.names == one
    assert one.count("set_many") + one.count("set") <= 2  # what the page keeps, stored as the view ends


def test_a_doctors_new_name_is_shown_without_reading_the_related_questions_again(
    client, question, doctor, treatment, settings
):
    """A change to "site" (a doctor's profile) re-renders the bylines, not what shows no doctor: the question's
    treatments, its related questions and each treatment's most helpful questions stay kept."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import QuestionFactory

    settings.PAGE_CACHE_SECONDS = 0
    related = QuestionFactory(title="Does Botox hurt less with ice?", treatments=[treatment])
    answer_create(doctor=doctor, question=question, body=ANSWER)
    url = question.get_absolute_url()
    assert related.title in client.get(url).content.decode()
    doctor.full_name = "Renamed Example"
    doctor.save()  # moves "site" (doctors/apps.py)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url).content.decode()
    assert "Renamed Example" in page and related.title in page
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert "questions_question" in read  # the question and its answers were read again
    assert "taggit" not in read and "questiontreatment" not in read  # the treatments and related questions kept


def test_a_first_visit_kept_for_visitors_reads_each_topic_generation_once(
    client, question, treatment, settings, monkeypatch
):
    """With the page cache on, the topics a page declares are read with what the page keeps, or all at once:
    a first visit asked the cache for its own question's generation twice and for its related questions'
    one call after another."""
    from tests.factories import QuestionFactory
    from tests.pagecache.test_cached_values import CacheCalls

    settings.PAGE_CACHE_SECONDS = 300
    for i in range(3):
        QuestionFactory(title=f"Botox question {i}", treatments=[treatment], helpful_count=i + 1)
    first = QuestionFactory(treatments=[treatment])
    answer_create(doctor=DoctorProfileFactory(), question=question, body=ANSWER)
    assert client.get(first.get_absolute_url()).status_code == 200  # starts what every page reads
    calls = CacheCalls(monkeypatch)
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Botox question 2" in page  # related questions were declared
    # The page lookup, what the page keeps with its topics, its treatments' lists with the topics of the
    # questions about them (named by the treatments kept, one read), the related questions' topics, each
    # answer's card and byline (the cards kept whole are not looked for: the rows were just read); the stores
    # as the view ends and the page itself.
    assert calls.names.count("get_many") + calls.names.count("get") <= 6, calls.names
    assert calls.names.count("set_many") + calls.names.count("set") <= 2, calls.names
