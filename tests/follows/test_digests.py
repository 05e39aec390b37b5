"""Digest e-mails: who gets one, what it says, and that a rerun sends nothing twice."""

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Notice
from follows.digests import digest_period, digests_send
from follows.models import DigestSent
from follows.services import NEW_ANSWER, notify, preferences_update
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 12, 2)  # a Wednesday
YESTERDAY = dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.UTC)


def _notice(user, message="2 new answers on “Uneven eyebrows after Botox?”.", when=YESTERDAY, **fields):
    return Notice.objects.create(
        user=user,
        kind=NEW_ANSWER,
        topic="question:1",
        message=message,
        url="/questions/1/x/",
        created_at=when,
        **fields,
    )


def test_periods_are_the_last_whole_day_and_iso_week():
    day = digest_period("daily", TODAY)
    assert (day.key, day.start, day.end) == (
        "day:2026-12-01",
        dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
        dt.datetime(2026, 12, 2, tzinfo=dt.UTC),
    )
    week = digest_period("weekly", TODAY)
    assert week.key == "week:2026-W48" and week.start == dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    assert week.end - week.start == dt.timedelta(days=7)


def test_a_daily_digest_tells_the_members_news_in_both_parts_with_unsubscribe(patient):
    preferences_update(user=patient, immediate=True, digest="daily")
    _notice(patient)
    assert digests_send(digest="daily", day=TODAY) == 1
    message = mail.outbox[0]
    assert message.to == [patient.email]
    assert "2 new answers on “Uneven eyebrows after Botox?”." in message.body
    assert "http://testserver/questions/1/x/" in message.body or "/questions/1/x/" in message.body
    html = message.alternatives[0]
    assert html.mimetype == "text/html" and "Uneven eyebrows after Botox?" in html.content
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/accounts/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    assert Notice.objects.get().emailed_at is not None


def test_rerunning_the_same_period_sends_nothing_twice(patient, other_patient):
    for member in (patient, other_patient):
        preferences_update(user=member, immediate=True, digest="daily")
        _notice(member)
    assert digests_send(digest="daily", day=TODAY) == 2
    outbox = [(m.to, m.subject) for m in mail.outbox]
    # Even if the notices had not been marked e-mailed, the claimed period stops a second digest.
    Notice.objects.update(emailed_at=None)
    assert digests_send(digest="daily", day=TODAY) == 0
    call_command("send_digests", "daily", today=TODAY.isoformat())
    assert [(m.to, m.subject) for m in mail.outbox] == outbox
    assert DigestSent.objects.filter(period="day:2026-12-01").count() == 2


def test_only_members_of_that_period_with_unread_news_get_one(patient, other_patient):
    weekly = UserFactory()  # no preference row: the weekly default
    none = UserFactory()
    preferences_update(user=none, immediate=True, digest="none")
    preferences_update(user=patient, immediate=True, digest="daily")
    preferences_update(user=other_patient, immediate=True, digest="daily")
    for member in (weekly, none, patient):
        _notice(member)
    _notice(other_patient, read_at=YESTERDAY)  # read on the site already
    _notice(patient, message="Older news", when=YESTERDAY - dt.timedelta(days=3))
    Notice.objects.create(user=other_patient, message="A moderator restored your review.", created_at=YESTERDAY)

    assert digests_send(digest="daily", day=TODAY) == 1
    assert mail.outbox[0].to == [patient.email] and "Older news" not in mail.outbox[0].body
    mail.outbox.clear()
    assert digests_send(digest="weekly", day=TODAY + dt.timedelta(days=7)) == 1
    assert mail.outbox[0].to == [weekly.email]


def test_a_direct_event_already_e_mailed_is_not_repeated(patient, django_capture_on_commit_callbacks):
    preferences_update(user=patient, immediate=True, digest="daily")
    with django_capture_on_commit_callbacks(execute=True):
        notify(user=patient, kind="reply-to-my-follow-up", message="Dr. Ruiz replied.", url="/q/", direct=True)
    assert len(mail.outbox) == 1
    Notice.objects.update(created_at=YESTERDAY)
    mail.outbox.clear()
    assert digests_send(digest="daily", day=TODAY) == 0


def test_a_digest_run_makes_the_same_queries_for_5_and_40_members():
    def run(members: int, day: dt.date) -> int:
        period = digest_period("daily", day)
        for _ in range(members):
            member = UserFactory()
            preferences_update(user=member, immediate=True, digest="daily")
            for _ in range(3):
                _notice(member, when=period.start + dt.timedelta(hours=2))
        with CaptureQueriesContext(connection) as queries:
            assert digests_send(digest="daily", day=day) == members
        return len(queries)

    assert run(5, TODAY) == run(40, TODAY + dt.timedelta(days=1))


def test_a_period_claimed_by_another_run_is_not_claimed_again(patient, other_patient):
    # Two runs at once: whichever claims a member's digest first sends it; the other gets nothing back.
    from follows.digests import _claim

    period = digest_period("daily", TODAY)
    assert _claim(period, {patient.pk: 2}) == {patient.pk}
    assert _claim(period, {patient.pk: 2, other_patient.pk: 1}) == {other_patient.pk}
    assert DigestSent.objects.get(user=patient, period=period.key).notice_count == 2
