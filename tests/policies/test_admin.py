"""The admin: administrators write the next version; versions in effect are read-only; moderators
work through concerns."""

import datetime

import pytest
from django.contrib.admin import helpers
from django.utils import timezone

from policies.models import ConcernReport, PolicyKind, PolicyVersion

pytestmark = pytest.mark.django_db

ADD = "/admin/policies/policyversion/add/"


def _admin_datetime(moment: datetime.datetime) -> dict:
    return {"effective_at_0": moment.strftime("%Y-%m-%d"), "effective_at_1": moment.strftime("%H:%M:%S")}


def test_the_list_marks_the_current_version_of_each_document(client_as, admin_user):
    page = client_as(admin_user).get("/admin/policies/policyversion/?kind=terms").text
    assert "Terms of use, version 1" in page and "Current" in page


def test_a_version_in_effect_opens_read_only_with_a_link_to_write_the_next(client_as, admin_user):
    client = client_as(admin_user)
    terms = PolicyVersion.objects.current(PolicyKind.TERMS)
    page = client.get(f"/admin/policies/policyversion/{terms.pk}/change/").text
    assert f"?from={terms.pk}" in page and "Write version 2 of the terms of use" in page
    assert 'name="body"' not in page  # read-only
    refused = client.post(f"/admin/policies/policyversion/{terms.pk}/change/", {"summary": "Sneaky", "body": "x"})
    assert refused.status_code == 403
    terms.refresh_from_db()
    assert terms.summary != "Sneaky"
    assert client.post(f"/admin/policies/policyversion/{terms.pk}/delete/", {"post": "yes"}).status_code == 403


def test_an_administrator_publishes_the_next_version_from_the_previous_text(client_as, admin_user):
    client = client_as(admin_user)
    terms = PolicyVersion.objects.current(PolicyKind.TERMS)
    form = client.get(f"{ADD}?from={terms.pk}").text
    assert "These terms are the agreement between you and Candid" in form
    response = client.post(
        ADD,
        {
            "kind": "terms",
            "summary": "Members must now be 18 or older.",
            "body": terms.body + "\n\n## Age\n\nYou must be 18.",
            **_admin_datetime(timezone.now() + datetime.timedelta(minutes=1)),
        },
    )
    assert response.status_code == 302, response.text
    new = PolicyVersion.objects.of_kind("terms").get(number=2)
    assert new.published_by == admin_user and "<h2>Age</h2>" in new.body_html


def test_the_admin_refuses_a_backdated_version_and_keeps_what_was_typed(client_as, admin_user):
    response = client_as(admin_user).post(
        ADD,
        {
            "kind": "privacy",
            "summary": "Backdated change.",
            "body": "Kept text",
            **_admin_datetime(timezone.now() - datetime.timedelta(days=3)),
        },
    )
    assert response.status_code == 200
    assert "can&#x27;t take effect in the past" in response.text and "Kept text" in response.text
    assert PolicyVersion.objects.of_kind("privacy").count() == 1


@pytest.mark.parametrize("source", ["%00", "99999999999999999999999", "-1", "abc"])
def test_a_malformed_source_version_gives_an_empty_form(client_as, admin_user, source):
    assert client_as(admin_user).get(f"{ADD}?from={source}").status_code in (200, 400)


def test_a_moderator_takes_on_and_closes_concerns_and_is_recorded(client_as, moderator):
    report = ConcernReport.objects.create(
        reason="doctor", message="This doctor advertises a clinic in every answer.", reply_email="a@example.com"
    )
    client = client_as(moderator)
    listing = client.get("/admin/policies/concernreport/?status__exact=new").text
    assert "a@example.com" in listing
    data = {"action": "take_on", helpers.ACTION_CHECKBOX_NAME: [report.pk], "index": 0}
    assert client.post("/admin/policies/concernreport/", data).status_code == 302
    report.refresh_from_db()
    assert report.status == ConcernReport.Status.IN_PROGRESS and report.handled_by == moderator
    assert client.get("/admin/policies/concernreport/add/").status_code == 403
    assert client.post(f"/admin/policies/concernreport/{report.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.get("/admin/policies/policyversion/add/").status_code == 403
