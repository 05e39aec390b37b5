"""/contact/: anyone reports a concern; stored for moderators, acknowledged, throttled, honeypot."""

import re

import pytest

from policies.models import ConcernReport

pytestmark = pytest.mark.django_db

VALID = {
    "reason": "legal",
    "about_url": "http://testserver/questions/12/?page=2",
    "message": "This review quotes my full name and my clinic appointment date without my consent.",
    "reply_email": "worried@example.com",
}


def test_anyone_can_report_a_concern_and_gets_an_acknowledgement(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/contact/", VALID)
    assert response.status_code == 302 and response["Location"] == "/contact/sent/"
    report = ConcernReport.objects.get()
    assert report.reason == "legal" and report.status == ConcernReport.Status.NEW
    assert report.about_url == "/questions/12/?page=2"
    assert report.sender is None
    assert [message.to for message in mailoutbox] == [["worried@example.com"]]
    assert "my full name" in mailoutbox[0].body
    assert client.get("/contact/sent/").status_code == 200


def test_a_logged_in_member_has_their_address_prefilled_and_is_recorded_as_sender(client_as, patient):
    client = client_as(patient)
    page = client.get("/contact/?reason=doctor&about=/doctors/ana-ruiz/").text
    assert f'value="{patient.email}"' in page
    assert 'value="/doctors/ana-ruiz/"' in page
    assert "- Select an option -" not in page  # four reasons, no blank one
    assert page.count("checked") == 1 and 'value="doctor"' in page
    client.post("/contact/", {**VALID, "reply_email": patient.email})
    assert ConcernReport.objects.get().sender == patient


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"reason": ""}, "Choose what your message is about."),
        ({"message": "bad"}, "Tell us a little more"),
        ({"reply_email": "not-an-address"}, "Enter a valid email address."),
        ({"reason": "bribery"}, "Select a valid choice."),
        ({"about_url": "https://elsewhere.example/page/"}, "Give the address of a page on"),
        ({"message": "x" * 5001}, "at most 5000 characters"),
    ],
)
def test_bad_input_is_refused_with_what_was_typed_kept(client, changes, error):
    response = client.post("/contact/", {**VALID, **changes})
    assert response.status_code == 200
    assert error in response.text
    assert "worried@example.com" in response.text or "not-an-address" in response.text
    assert ConcernReport.objects.count() == 0


def test_a_nul_byte_in_the_message_is_removed_and_in_the_address_is_a_calm_400(client):
    assert client.get("/contact/?reason=%00").status_code == 400
    response = client.post("/contact/", {**VALID, "message": "Hello\x00there, this is long enough."})
    assert response.status_code == 302
    assert ConcernReport.objects.get().message == "Hellothere, this is long enough."


def test_the_honeypot_stores_nothing_and_says_nothing(client, mailoutbox):
    response = client.post("/contact/", {**VALID, "website": "http://spam.example"})
    assert response["Location"] == "/contact/sent/"
    assert ConcernReport.objects.count() == 0 and mailoutbox == []


def test_messages_are_limited_per_reply_address_and_per_client_address(client, settings):
    # Refused attempts count too: the fourth message from this address is its last this hour.
    settings.CONTACT_RATE_LIMITS = {"ip": "4/h", "email": "2/h"}
    for _ in range(2):
        assert client.post("/contact/", VALID).status_code == 302
    limited = client.post("/contact/", VALID)
    assert limited.status_code == 429
    assert "several messages from you" in limited.text and "my full name" in limited.text
    assert client.post("/contact/", {**VALID, "reply_email": "other@example.com"}).status_code == 302
    assert client.post("/contact/", {**VALID, "reply_email": "third@example.com"}).status_code == 429
    assert ConcernReport.objects.count() == 3


def test_the_contact_form_checks_csrf(client):
    from django.test import Client

    assert Client(enforce_csrf_checks=True).post("/contact/", VALID).status_code == 403
    assert ConcernReport.objects.count() == 0


def test_a_doctors_profile_links_to_a_report_about_them_without_an_account(client, doctor):
    profile = client.get(doctor.get_absolute_url()).text
    link = re.search(r'href="(/contact/\?reason=doctor&amp;about=[^"]+)"', profile)
    assert link, "the profile offers a report about this doctor"
    form = client.get(link.group(1).replace("&amp;", "&")).text
    assert re.search(r'value="doctor"[^>]*checked', form)
    assert f'value="{doctor.get_absolute_url()}"' in form
