"""Versioning rules: a version is never edited once in effect; the current one is the latest in effect."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from policies.current import current_versions
from policies.models import PolicyKind, PolicyVersion
from policies.services import policy_version_publish, policy_version_revise
from tests.policies.helpers import write_version

pytestmark = pytest.mark.django_db


def test_a_fresh_site_has_version_one_of_every_document():
    for kind in PolicyKind:
        current = PolicyVersion.objects.current(kind)
        assert current is not None and current.number == 1, kind
        assert current.body_html.startswith(("<p>", "<h2>")), kind


def test_a_version_in_effect_cannot_be_edited_or_deleted():
    version = PolicyVersion.objects.current(PolicyKind.TERMS)
    version.body = "Something else entirely."
    with pytest.raises(ValidationError, match="can't be changed"):
        version.save()
    with pytest.raises(ValidationError, match="can't be deleted"):
        version.delete()
    version.refresh_from_db()
    assert version.body != "Something else entirely."


def test_a_scheduled_version_can_be_corrected_until_it_takes_effect():
    scheduled = write_version(PolicyKind.TERMS, days_ahead=3)
    policy_version_revise(
        scheduled, summary="Fixed a typo.", body="## Better\n\nFixed.", effective_at=scheduled.effective_at
    )
    scheduled.refresh_from_db()
    assert scheduled.summary == "Fixed a typo."
    assert "<h2>Better</h2>" in scheduled.body_html


def test_the_current_version_is_the_latest_in_effect_not_the_latest_written():
    second = write_version(PolicyKind.PRIVACY, days_ago=0.5)
    write_version(PolicyKind.PRIVACY, days_ahead=2)
    assert PolicyVersion.objects.current(PolicyKind.PRIVACY) == second
    assert current_versions()[PolicyKind.PRIVACY].id == second.pk
    later = timezone.now() + datetime.timedelta(days=3)
    assert PolicyVersion.objects.current(PolicyKind.PRIVACY, now=later).number == 3


def test_the_cached_current_versions_follow_a_version_taking_effect_on_time(monkeypatch):
    scheduled = write_version(PolicyKind.TERMS, days_ahead=1)
    assert current_versions()[PolicyKind.TERMS].number == 1
    tomorrow = timezone.now() + datetime.timedelta(days=1, minutes=1)
    monkeypatch.setattr("policies.current.timezone.now", lambda: tomorrow)
    assert current_versions()[PolicyKind.TERMS].id == scheduled.pk


def test_publishing_numbers_the_version_renders_it_and_drops_the_cache(admin_user):
    assert current_versions()[PolicyKind.TERMS].number == 1
    version = policy_version_publish(
        kind=PolicyKind.TERMS,
        summary="Clearer wording on closing accounts.",
        body="## Closing\n\nYou may <script>alert(1)</script> close it. [Contact](javascript:alert(1))",
        effective_at=timezone.now(),
        published_by=admin_user,
    )
    assert version.number == 2 and version.published_by == admin_user
    assert "<h2>Closing</h2>" in version.body_html
    assert "<script" not in version.body_html and "javascript:" not in version.body_html
    assert current_versions()[PolicyKind.TERMS].id == version.pk


def test_a_new_version_may_not_take_effect_in_the_past(admin_user):
    with pytest.raises(ValidationError, match="in the past"):
        policy_version_publish(
            kind=PolicyKind.TERMS,
            summary="Backdated.",
            body="No.",
            effective_at=timezone.now() - datetime.timedelta(days=2),
            published_by=admin_user,
        )
    assert PolicyVersion.objects.of_kind(PolicyKind.TERMS).count() == 1


def test_two_versions_of_a_document_cannot_share_a_number():
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyVersion.objects.create(
            kind=PolicyKind.TERMS, number=1, effective_at=timezone.now(), summary="x", body="x"
        )
