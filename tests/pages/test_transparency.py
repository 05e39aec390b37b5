"""The transparency page counts a known moderation log: hidings by who, reason and kind, appeals and
their outcomes, doctor decisions; empty months; a fixed number of queries, none once cached."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from moderation.models import Flag, ModerationLog
from moderation.services import appeal_create, appeal_decide, content_hide, flag_create, log_action
from pages.transparency import compute_figures, month_starts
from questions.services import question_withdraw
from tests.factories import AnswerFactory, DoctorProfileFactory, QuestionFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = reverse("core:transparency")


def _previous_month(today: datetime.date) -> datetime.date:
    return month_starts(today)[1]


@pytest.fixture
def known_log(patient, other_patient, treatment, moderator):
    """This month: a review hidden by a moderator after a spam flag, restored on appeal; a question hidden
    by flags; an answer hidden by a moderator nobody flagged; a question its author withdrew (not
    counted); a doctor verified and one rejected. Last month: one hiding by a moderator."""
    second = UserFactory(handle="mod-b", is_staff=True)
    second.groups.add(Group.objects.get(name="Moderators"))
    review = ReviewFactory(author=patient, treatment=treatment)
    flag_create(reporter=other_patient, target=review, reason=Flag.Reason.SPAM)
    content_hide(actor=moderator, target=review, reason="Advert for a clinic.")
    review.refresh_from_db()
    appeal = appeal_create(appellant=patient, target=review, reason="It is my honest experience.")
    appeal_decide(actor=second, appeal=appeal, restore=True, note="No advert here.")

    flagged_question = QuestionFactory(author=other_patient)
    flag_create(reporter=patient, target=flagged_question, reason=Flag.Reason.HARASSMENT)
    content_hide(actor=None, target=flagged_question, reason="Hidden automatically.", automatic=True)
    content_hide(actor=moderator, target=AnswerFactory(), reason="Off topic.")
    withdrawn = QuestionFactory(author=patient)
    question_withdraw(question=withdrawn, author=patient)
    log_action(actor=moderator, action=ModerationLog.Action.DOCTOR_VERIFY, target=DoctorProfileFactory())
    log_action(actor=moderator, action=ModerationLog.Action.DOCTOR_REJECT, target=DoctorProfileFactory())

    last_month = datetime.datetime.combine(
        _previous_month(timezone.localdate()) + datetime.timedelta(days=3), datetime.time(12), tzinfo=datetime.UTC
    )
    old = QuestionFactory()
    ModerationLog.objects.create(
        actor=moderator, action=ModerationLog.Action.HIDE, target=old, target_repr=str(old), created_at=last_month
    )


def test_the_figures_of_a_known_log(known_log):
    today = timezone.localdate()
    months = compute_figures(today)
    assert len(months) == 12
    this, previous = months[0], months[1]
    assert this.month == today.replace(day=1)
    assert (this.hidden, this.hidden_by_moderators, this.hidden_by_flags) == (3, 2, 1)
    assert dict(this.reasons) == {
        "Spam or advertising": 1,
        "Harassment or abuse": 1,
        "No flag: found by a moderator": 1,
    }
    assert dict(this.kinds) == {"Reviews": 1, "Questions": 1, "Answers": 1}
    assert (this.appeals, this.restored_on_appeal, this.upheld_on_appeal) == (1, 1, 0)
    assert (this.doctors_verified, this.doctors_rejected, this.verifications_decided) == (1, 1, 2)
    assert (previous.hidden, previous.hidden_by_moderators, previous.appeals) == (1, 1, 0)
    assert all(entry.hidden == 0 and entry.appeals == 0 for entry in months[2:])


def test_the_page_shows_the_month_and_the_year(client, known_log):
    page = client.get(URL)
    assert page.status_code == 200
    assert page.context["selected"].hidden == 3
    text = page.text
    assert 'data-figure="hidden">3<' in text
    assert 'data-figure="restored-on-appeal">1<' in text
    assert 'data-figure="verifications">2<' in text
    assert "Spam or advertising" in text
    # No names: neither the moderators nor the members nor the posts.
    for name in ("mod-b", "patient1", "patient2", "Advert for a clinic.", "It is my honest experience."):
        assert name not in text
    previous = _previous_month(timezone.localdate())
    page = client.get(URL, {"month": f"{previous:%Y-%m}"})
    assert page.status_code == 200
    assert page.context["selected"].hidden == 1


def test_an_empty_month_says_so(client, db):
    page = client.get(URL)
    assert page.status_code == 200
    assert "Nothing was hidden in" in page.text
    assert page.context["selected"].hidden == 0


@pytest.mark.parametrize("month", ["2019-01", "2026-13", "abc", "9" * 200, "2026-1"])
def test_months_outside_the_year_are_not_found(client, db, month):
    assert client.get(URL, {"month": month}).status_code == 404


def test_a_nul_byte_in_the_month_is_a_calm_400(client, db):
    assert client.get(f"{URL}?month=2026-%00").status_code == 400


def test_one_aggregate_query_then_none_until_the_log_moves(client_as, known_log, patient, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client = client_as(patient)  # members get the page rendered: only the figures are cached
    with CaptureQueriesContext(connection) as first:
        assert client.get(URL).status_code == 200
    log_queries = [q for q in first.captured_queries if "moderation_moderationlog" in q["sql"]]
    assert len(log_queries) == 1
    with CaptureQueriesContext(connection) as second:
        assert client.get(URL).status_code == 200
    assert not [q for q in second.captured_queries if "moderation_moderationlog" in q["sql"]]
    # A new entry moves the figures on.
    content_hide(actor=UserFactory(is_staff=True), target=QuestionFactory(), reason="Spam.")
    page = client.get(URL)
    assert page.context["selected"].hidden == 4


def test_the_footer_links_to_the_page(client, db):
    assert f'href="{URL}"' in client.get(reverse("core:home")).text
