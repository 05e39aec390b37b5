"""A member's data export: what the ZIP holds, who may download it, the limits, and expiry."""

import datetime
import io

import pytest
from django.core import mail
from django.core.files.storage import storages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.models import Notice
from privacy.models import DataExport
from privacy.services import ExportRefused, data_export_request, data_exports_purge_expired
from tests.privacy.conftest import SECRET, open_zip

pytestmark = pytest.mark.django_db


def read(export: DataExport) -> bytes:
    with storages["private"].open(export.file.name) as handle:
        return handle.read()


def request_export(member, capture) -> DataExport:
    with capture(execute=True):
        export = data_export_request(member=member)
    export.refresh_from_db()
    return export


def test_the_zip_holds_every_kind_of_the_members_data_and_nothing_private_of_anyone_else(
    rich_patient, other_patient, django_capture_on_commit_callbacks
):
    export = request_export(rich_patient, django_capture_on_commit_callbacks)
    assert export.status == "ready" and export.size == storages["private"].size(export.file.name)
    archive, docs = open_zip(read(export))
    names = set(archive.namelist())
    assert {
        "README.txt",
        "profile.json",
        "questions.json",
        "reviews.json",
        "helpful_votes.json",
        "flags.json",
        "notices.json",
        "consent_records.json",
        "photo_cases.json",
    } <= names
    # A patient has no doctor files.
    assert not names & {"answers.json", "doctor.json", "doctor_responses.json"}

    profile = docs["profile.json"]
    assert profile["handle"] == "patient1" and profile["email"] == "patient1@example.com"
    assert profile["full_name"] == "Pat Private-Name"
    assert profile["two_factor_enrolled"] is True and profile["two_factor_kinds"] == ["totp"]
    assert [q["title"] for q in docs["questions.json"]] == ["Is bruising after filler in the lips normal?"]
    (review,) = docs["reviews.json"]
    assert review["updates"][0]["body"].startswith("Three months on")
    assert [(c["from"], c["to"]) for c in review["verdict_changes"]][-1] == ("Worth it", "Not sure")
    assert review["doctor_response"]["doctor"] == "Dr. Ana Ruiz"
    assert review["photo_case_ids"] == [rich_patient.case.pk]
    votes = docs["helpful_votes.json"]
    assert [v["question"] for v in votes["answers"]] == ["Other patient's question about botox"]
    assert [(v["review"], v["written_by"]) for v in votes["reviews"]] == [("Another patient's review", "patient2")]
    assert [(f["flagged"], f["details"]) for f in docs["flags.json"]] == [
        ("Another patient's review", "Looks like an advert.")
    ]
    assert "Dr. Ruiz answered your question." in [n["message"] for n in docs["notices.json"]]
    assert docs["following.json"]["email_preferences"]["digest"] == "A weekly digest"
    (consent,) = docs["consent_records.json"]
    assert consent["given_by_you"] and consent["text"]
    (case,) = docs["photo_cases.json"]
    assert case["consent_record_id"] == consent["id"]
    image_files = sorted(image["file"] for image in case["images"])
    assert image_files == [f"photos/case-{case['id']}-after.jpg", f"photos/case-{case['id']}-before.jpg"]
    for image in rich_patient.case.images.all():
        with storages["private"].open(image.original.name) as handle:
            stored = handle.read()
        assert archive.read(f"photos/case-{case['id']}-{image.role}.jpg") == stored
        assert stored[:3] == b"\xff\xd8\xff"

    everything = b"".join(archive.read(name) for name in names)
    for private in (b"patient2@example.com", b"Olivia Othername", b"someone else entirely", SECRET.encode()):
        assert private not in everything
    readme = archive.read("README.txt").decode()
    assert all(name in readme for name in ("profile.json", "photo_cases.json", "photos/"))
    assert "answers.json" not in readme


def test_a_doctors_export_holds_their_answers_responses_and_application(
    rich_patient, doctor, django_capture_on_commit_callbacks
):
    export = request_export(doctor.user, django_capture_on_commit_callbacks)
    _, docs = open_zip(read(export))
    (answer,) = [a for a in docs["answers.json"] if a["question"]["asked_by"] == "patient1"]
    assert answer["body"].endswith("See your injector if it worsens.")
    assert len(answer["earlier_texts"]) == 1 and answer["disclaimer_text"]
    assert [r["review"]["written_by"] for r in docs["doctor_responses.json"]] == ["patient1"]
    assert docs["doctor.json"]["licence_number"] == doctor.licence_number
    everything = str(docs).encode()
    assert b"patient1@example.com" not in everything and b"Pat Private-Name" not in everything


def test_when_ready_the_member_gets_an_email_in_text_and_html_and_a_notice(
    patient, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "http://testserver"
    export = request_export(patient, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert message.to == ["patient1@example.com"] and "ready" in message.subject
    assert "/accounts/data/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and 'href="http://testserver/accounts/data/"' in html
    notice = Notice.objects.get(user=patient)
    assert notice.url == reverse("privacy:data") and export.expires_at - export.ready_at == datetime.timedelta(days=7)


def test_only_the_member_logged_in_may_download_their_export(
    patient, other_patient, moderator, client, client_as, django_capture_on_commit_callbacks
):
    export = request_export(patient, django_capture_on_commit_callbacks)
    url = reverse("privacy:download", args=[export.pk])
    response = client_as(patient).get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"] and "no-store" in response["Cache-Control"]
    open_zip(b"".join(response.streaming_content))
    assert client_as(other_patient).get(url).status_code == 404
    assert client_as(moderator).get(url).status_code == 404
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and reverse("account_login") in anonymous["Location"]


def test_the_data_page_asks_for_an_export_and_lists_it(patient, client_as, django_capture_on_commit_callbacks):
    client = client_as(patient)
    page = client.get(reverse("privacy:data"))
    assert page.status_code == 200 and b"Export my data" in page.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("privacy:data"), follow=True)
    assert b"We are preparing your export" in response.content
    export = DataExport.objects.get(member=patient)
    assert export.status == "ready"
    assert reverse("privacy:download", args=[export.pk]).encode() in client.get(reverse("privacy:data")).content
    assert client.get(reverse("accounts:account")).content.count(reverse("privacy:data").encode()) >= 1
    assert reverse("privacy:data").encode() in client.get(reverse("core:mine")).content


def test_one_export_in_progress_and_one_a_day(patient, client_as, django_capture_on_commit_callbacks):
    first = data_export_request(member=patient)  # not built yet: the task runs after commit
    with pytest.raises(ExportRefused, match="already being prepared"):
        data_export_request(member=patient)
    DataExport.objects.filter(pk=first.pk).update(
        status="ready", ready_at=timezone.now(), expires_at=timezone.now() + datetime.timedelta(days=7)
    )
    with pytest.raises(ExportRefused, match="one export a day"):
        data_export_request(member=patient)
    response = client_as(patient).post(reverse("privacy:data"), follow=True)
    assert b"one export a day" in response.content and DataExport.objects.count() == 1
    assert b"You can ask for a new export after" in response.content and b"Export my data" not in response.content
    assert data_export_request(member=patient, now=timezone.now() + datetime.timedelta(days=1, minutes=1))


def test_a_failed_export_can_be_asked_again_at_once(patient):
    first = data_export_request(member=patient)
    DataExport.objects.filter(pk=first.pk).update(status="failed")
    assert data_export_request(member=patient).pk != first.pk


def test_expiry_deletes_the_file_and_the_link_refuses(patient, client_as, django_capture_on_commit_callbacks):
    export = request_export(patient, django_capture_on_commit_callbacks)
    name = export.file.name
    private = storages["private"]
    assert private.exists(name)
    url = reverse("privacy:download", args=[export.pk])
    DataExport.objects.filter(pk=export.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    response = client_as(patient).get(url, follow=True)
    assert response.redirect_chain and b"has expired" in response.content
    out = io.StringIO()
    call_command("purge_expired_exports", stdout=out)
    assert out.getvalue() == "Deleted 1 expired export file.\n"
    export.refresh_from_db()
    assert export.status == "expired" and not export.file and not private.exists(name)
    assert client_as(patient).get(url).status_code == 302


def test_purge_keeps_exports_still_in_their_week_and_fails_stuck_ones(
    patient, other_patient, django_capture_on_commit_callbacks
):
    export = request_export(patient, django_capture_on_commit_callbacks)
    stuck = data_export_request(member=other_patient)
    DataExport.objects.filter(pk=stuck.pk).update(requested_at=timezone.now() - datetime.timedelta(hours=7))
    assert data_exports_purge_expired() == 0
    export.refresh_from_db()
    stuck.refresh_from_db()
    assert export.status == "ready" and storages["private"].exists(export.file.name)
    assert stuck.status == "failed"
    assert data_exports_purge_expired(now=timezone.now() + datetime.timedelta(days=7, seconds=1)) == 1


@pytest.mark.parametrize(
    "path",
    [
        "/accounts/data/0/download/",
        "/accounts/data/99999999999999999999/download/",
        "/accounts/data/%00/download/",
        "/accounts/data/1%00/download/",
    ],
)
def test_malformed_export_ids_give_a_calm_404_or_400(patient, client_as, path):
    assert client_as(patient).get(path).status_code in (400, 404)


def test_asking_needs_a_csrf_token(patient):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(patient)
    assert client.post(reverse("privacy:data")).status_code == 403
    assert not DataExport.objects.exists()


def test_logged_out_visitors_are_sent_to_log_in_and_nothing_is_asked(client):
    for response in (client.get(reverse("privacy:data")), client.post(reverse("privacy:data"))):
        assert response.status_code == 302 and reverse("account_login") in response["Location"]
    assert not DataExport.objects.exists()


def test_the_data_page_costs_a_handful_of_queries(
    patient, client_as, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    request_export(patient, django_capture_on_commit_callbacks)
    client = client_as(patient)
    client.get(reverse("privacy:data"))
    with django_assert_max_num_queries(10):
        assert client.get(reverse("privacy:data")).status_code == 200


def test_the_download_answers_only_get(patient, client_as, django_capture_on_commit_callbacks):
    export = request_export(patient, django_capture_on_commit_callbacks)
    assert client_as(patient).post(reverse("privacy:download", args=[export.pk])).status_code == 405


def test_an_export_that_cannot_be_stored_is_marked_failed_and_can_be_asked_again(
    patient, settings, tmp_path, client_as, django_capture_on_commit_callbacks
):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("the private storage's location is a file: nothing can be saved under it")
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": blocked}},
    }
    export = request_export(patient, django_capture_on_commit_callbacks)
    assert export.status == "failed" and not export.file
    page = client_as(patient).get(reverse("privacy:data"))
    assert b"Something went wrong while preparing it" in page.content and b"Export my data" in page.content
