"""Follow-ups under an answer: the asker asks, the answering doctor replies with the disclaimer naming
them; flaggable, hideable, rate-limited, shown under the answer within the page's query budget."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Notice
from moderation.services import content_hide, content_restore, flag_create
from questions.checks import check_answer_disclaimers
from questions.models import DisclaimerVersion, FollowUp
from questions.services import answer_create, disclaimer_version_create, follow_up_create, follow_up_reply_create
from tests.factories import DoctorProfileFactory, UserFactory

from .conftest import ANSWER

pytestmark = pytest.mark.django_db

ASK = "Thank you. Should I avoid the gym for the first two days as well?"
REPLY = "Yes: skip strenuous exercise for 24 to 48 hours, then return gradually as the swelling allows."


def test_the_asker_asks_and_the_answering_doctor_replies_with_the_disclaimer_naming_them(
    answer, patient, doctor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        follow_up = follow_up_create(answer=answer, author=patient, body=ASK)
    assert not follow_up.is_reply and follow_up.disclaimer_id is None and follow_up.disclaimer_text == ""
    assert Notice.objects.filter(user=doctor.user, message__contains="asked a follow-up").exists()
    assert mail.outbox[-1].to == [doctor.user.email]

    with django_capture_on_commit_callbacks(execute=True):
        reply = follow_up_reply_create(answer=answer, author=doctor.user, body=REPLY)
    assert reply.is_reply and reply.doctor == doctor
    assert reply.disclaimer == DisclaimerVersion.objects.current()
    assert doctor.display_name in reply.disclaimer_text
    assert reply.disclaimer_text in reply.public_text().text
    assert Notice.objects.filter(user=patient, message__contains="replied to your follow-up").exists()
    assert mail.outbox[-1].to == [patient.email]
    assert reply.disclaimer_text in mail.outbox[-1].body


def test_a_reply_keeps_the_disclaimer_version_it_was_written_under(answer, patient, doctor, admin_user):
    follow_up_create(answer=answer, author=patient, body=ASK)
    first = follow_up_reply_create(answer=answer, author=doctor.user, body=REPLY)
    disclaimer_version_create(
        text="What {doctor} writes here is general information, not a diagnosis or a treatment plan.",
        created_by=admin_user,
    )
    second = follow_up_reply_create(answer=answer, author=doctor.user, body=REPLY + " Again.")
    first.refresh_from_db()
    assert first.disclaimer.number == 1 and second.disclaimer.number == 2


def test_only_the_asker_asks_a_follow_up(answer, other_patient, doctor):
    for outsider in (other_patient, doctor.user, DoctorProfileFactory().user):
        with pytest.raises(PermissionDenied):
            follow_up_create(answer=answer, author=outsider, body=ASK)
    assert not FollowUp.objects.exists()


def test_only_the_answering_doctor_replies_and_only_after_a_follow_up(answer, question, patient, doctor):
    with pytest.raises(PermissionDenied, match="once the person who asked"):
        follow_up_reply_create(answer=answer, author=doctor.user, body=REPLY)
    follow_up_create(answer=answer, author=patient, body=ASK)
    other_doctor = DoctorProfileFactory()
    answer_create(doctor=other_doctor, question=question, body=ANSWER)
    for outsider in (other_doctor.user, patient, UserFactory()):
        with pytest.raises(PermissionDenied):
            follow_up_reply_create(answer=answer, author=outsider, body=REPLY)
    assert FollowUp.objects.count() == 1


def test_barred_askers_and_hidden_answers_take_no_follow_ups(answer, patient, moderator, barring):
    content_hide(actor=moderator, target=answer, reason="Advertising.")
    with pytest.raises(PermissionDenied, match="no longer available"):
        follow_up_create(answer=answer, author=patient, body=ASK)
    content_restore(actor=moderator, target=answer, reason="Checked: fine.")
    bar, words = barring
    bar(patient)
    patient.refresh_from_db()
    with pytest.raises(PermissionDenied, match=words):
        follow_up_create(answer=answer, author=patient, body=ASK)


def test_short_text_is_refused(answer, patient):
    with pytest.raises(ValidationError):
        follow_up_create(answer=answer, author=patient, body="Why?")


def test_the_database_refuses_a_reply_without_its_disclaimer_and_a_follow_up_with_one(answer, patient, doctor):
    with pytest.raises(IntegrityError), transaction.atomic():
        FollowUp.objects.create(answer=answer, author=doctor.user, doctor=doctor, body=REPLY)
    with pytest.raises(IntegrityError), transaction.atomic():
        FollowUp.objects.create(answer=answer, author=patient, disclaimer=DisclaimerVersion.objects.current(), body=ASK)
    follow_up_create(answer=answer, author=patient, body=ASK)
    reply = follow_up_reply_create(answer=answer, author=doctor.user, body=REPLY)
    with pytest.raises(IntegrityError), transaction.atomic():
        FollowUp.objects.filter(pk=reply.pk).update(disclaimer=None)
    # A disclaimer version a reply refers to cannot be deleted.
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        reply.disclaimer.delete()


def test_the_disclaimer_audit_finds_a_reply_whose_doctor_lost_their_name(answer, patient, doctor):
    follow_up_create(answer=answer, author=patient, body=ASK)
    follow_up_reply_create(answer=answer, author=doctor.user, body=REPLY)
    assert not check_answer_disclaimers(databases=["default"])
    type(doctor).objects.filter(pk=doctor.pk).update(full_name="")
    assert any(error.id == "candid.E002" for error in check_answer_disclaimers(databases=["default"]))


def test_bulk_writes_keep_the_html_in_step(answer, patient):
    follow_up = follow_up_create(answer=answer, author=patient, body=ASK)
    FollowUp.objects.filter(pk=follow_up.pk).update(body="New text with **no** markup <b>here</b>.")
    follow_up.refresh_from_db()
    assert "&lt;b&gt;" in follow_up.body_html


def _page(client, question):
    return client.get(question.get_absolute_url()).content.decode()


def test_the_question_page_shows_the_thread_under_the_answer_for_everyone(
    client, client_as, answer, question, patient, doctor, moderator
):
    follow_up = follow_up_create(answer=answer, author=patient, body=ASK)
    page = _page(client, question)
    assert ASK in page and f'id="follow-up-{follow_up.pk}"' in page
    reply = follow_up_reply_create(answer=answer, author=doctor.user, body=REPLY)
    page = _page(client, question)
    assert REPLY in page and reply.disclaimer_text in page
    content_hide(actor=moderator, target=reply, reason="Off topic.")
    assert REPLY not in _page(client, question)
    assert REPLY in _page(client_as(moderator), question)


def test_forms_are_offered_only_to_the_asker_and_to_the_answering_doctor(
    client, client_as, answer, question, patient, other_patient, doctor
):
    form = 'class="follow-up-form"'
    assert form in _page(client_as(patient), question)
    assert form not in _page(client_as(other_patient), question)
    assert form not in _page(client, question)
    assert form not in _page(client_as(doctor.user), question)  # nothing to reply to yet
    follow_up_create(answer=answer, author=patient, body=ASK)
    assert "Post your reply" in _page(client_as(doctor.user), question)


def test_posting_through_the_page(client_as, answer, question, patient, doctor, other_patient):
    url = reverse("questions:follow_up_new", args=[answer.pk])
    response = client_as(patient).post(url, {"body": ASK})
    assert response.status_code == 302
    response = client_as(doctor.user).post(url, {"body": REPLY})
    assert response.status_code == 302 and FollowUp.objects.filter(doctor=doctor).exists()
    assert client_as(other_patient).post(url, {"body": ASK}).status_code == 403
    # An error keeps what was typed.
    response = client_as(patient).post(url, {"body": "Too short"})
    assert response.status_code == 200 and "Too short" in response.content.decode()


@pytest.mark.parametrize("pk", ["0", "99999999999999999999", "-1"])
def test_malformed_answer_ids_are_404(client_as, patient, pk):
    assert client_as(patient).post(f"/questions/answers/{pk}/follow-ups/", {"body": ASK}).status_code == 404


def test_follow_ups_are_rate_limited(client_as, answer, patient, settings):
    settings.RATE_LIMITS = {"follow_up": "2/h"}
    url = reverse("questions:follow_up_new", args=[answer.pk])
    client = client_as(patient)
    assert [client.post(url, {"body": f"{ASK} {i}"}).status_code for i in range(3)] == [302, 302, 429]


def test_follow_ups_and_replies_are_flaggable(client_as, answer, patient, doctor, other_patient):
    follow_up = follow_up_create(answer=answer, author=patient, body=ASK)
    url = reverse("moderation:flag", args=["questions.followup", follow_up.pk])
    assert client_as(other_patient).get(url).status_code == 200
    flag = flag_create(reporter=other_patient, target=follow_up, reason="spam", details="")
    assert flag.target == follow_up


def test_the_page_moves_when_a_follow_up_is_posted_with_the_page_cache_on(client, answer, question, patient, settings):
    settings.PAGE_CACHE_SECONDS = 300
    assert ASK not in _page(client, question)
    assert ASK not in _page(client, question)  # kept
    follow_up_create(answer=answer, author=patient, body=ASK)
    assert ASK in _page(client, question)


@pytest.mark.parametrize("who", [None, "patient", "doctor"])
def test_threads_cost_no_query_per_follow_up(request, client, client_as, question, patient, who, settings):
    settings.PAGE_CACHE_SECONDS = 0
    user = request.getfixturevalue(who) if who else None
    user = getattr(user, "user", user)
    visitor = client_as(user) if user else client
    doctor = request.getfixturevalue("doctor")
    answer = answer_create(doctor=doctor, question=question, body=ANSWER)
    follow_up_create(answer=answer, author=patient, body=ASK)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert visitor.get(question.get_absolute_url(), headers={"Cache-Control": "no-cache"}).status_code == 200
        return len(queries)

    few = count()
    for i in range(5):
        other = answer_create(doctor=DoctorProfileFactory(), question=question, body=f"{ANSWER} {i}")
        follow_up_create(answer=other, author=patient, body=f"{ASK} {i}")
        follow_up_create(answer=answer, author=patient, body=f"{ASK} again {i}")
        follow_up_reply_create(answer=answer, author=doctor.user, body=f"{REPLY} {i}")
    many = count()
    assert many <= few <= 10  # the threads: one query, for every answer at once


def _reply_fixture(tmp_path, answer, doctor, *, disclaimer):
    import json

    data = [
        {
            "model": "questions.followup",
            "pk": 9001,
            "fields": {
                "answer": answer.pk,
                "author": doctor.user_id,
                "doctor": doctor.pk,
                "disclaimer": disclaimer,
                "body": "See https://example.com/aftercare for the aftercare sheet.",
                "created_at": "2026-01-05T10:00:00+00:00",
            },
        }
    ]
    fixture = tmp_path / "reply.json"
    fixture.write_text(json.dumps(data))
    return str(fixture)


def test_fixtures_store_the_html_and_cannot_load_a_reply_without_its_disclaimer(tmp_path, answer, doctor):
    from django.core.management import call_command

    with pytest.raises(IntegrityError), transaction.atomic():
        call_command("loaddata", _reply_fixture(tmp_path, answer, doctor, disclaimer=None), verbosity=0)
    version = DisclaimerVersion.objects.current()
    call_command("loaddata", _reply_fixture(tmp_path, answer, doctor, disclaimer=version.pk), verbosity=0)
    reply = FollowUp.objects.get(pk=9001)
    assert 'href="https://example.com/aftercare"' in reply.body_html
    assert doctor.display_name in reply.disclaimer_text


def test_the_admin_lists_follow_ups_for_moderators_and_adds_none(client_as, answer, patient, moderator):
    follow_up = follow_up_create(answer=answer, author=patient, body=ASK)
    client = client_as(moderator)
    listing = client.get(reverse("admin:questions_followup_changelist"))
    assert listing.status_code == 200 and "Asker&#x27;s follow-up" in listing.content.decode()
    assert client.get(reverse("admin:questions_followup_change", args=[follow_up.pk])).status_code == 200
    assert client.get("/admin/questions/followup/add/").status_code == 403


def test_the_flag_review_page_shows_a_reply_with_its_disclaimer_and_hiding_it_works(
    client_as, answer, patient, doctor, other_patient, moderator
):
    from django.contrib.contenttypes.models import ContentType

    follow_up_create(answer=answer, author=patient, body=ASK)
    reply = follow_up_reply_create(answer=answer, author=doctor.user, body=REPLY)
    flag_create(reporter=other_patient, target=reply, reason="misinformation", details="")
    content_type = ContentType.objects.get_for_model(FollowUp)
    page = client_as(moderator).get(reverse("admin:moderation_flag_review", args=[content_type.pk, reply.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "return gradually" in text and "Ana Ruiz&#x27;s answer is for educational" in text
    content_hide(actor=moderator, target=reply, reason="Needs a source.")
    reply.refresh_from_db()
    assert reply.is_hidden and not FollowUp.objects.public().filter(pk=reply.pk).exists()
