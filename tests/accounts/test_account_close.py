"""A member closes their account (accounts.services.account_close): nothing that names them is left in
any row, file or public page, whatever they chose for their posts; doctors and moderators too."""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from accounts.models import User
from accounts.services import notice_create
from moderation.models import Flag, ModerationLog
from moderation.services import content_restore, flag_create, member_suspend
from photos.models import BeforeAfterPhoto, ConsentWithdrawal
from policies.services import concern_report_create
from privacy.models import DataExport
from privacy.services import data_export_request
from questions.models import Answer, Question
from reviews.models import Review
from tests.erasure import rows_mentioning, stored_files
from tests.factories import PASSWORD, AnswerFactory, QuestionFactory, ReviewFactory, UserFactory
from tests.imaging.conftest import stored_files as _imaging_stored_files  # noqa: F401
from tests.photos.conftest import _consent_texts_version_1, make_case, prepare  # noqa: F401

pytestmark = pytest.mark.django_db

EMAIL, FULL_NAME, HANDLE = "marguerite.lune@example.org", "Marguerite Lunebourg", "velvet-heron"
IDENTITY = [EMAIL, FULL_NAME, HANDLE]


@pytest.fixture
def leaving(db):
    return UserFactory(handle=HANDLE, email=EMAIL, full_name=FULL_NAME)


@pytest.fixture
def their_posts(leaving, doctor, moderator, make_case, other_patient, django_capture_on_commit_callbacks):  # noqa: F811
    """A question answered by a doctor, a review with an approved photo case, a suspension in the log
    and a flag whose text names them."""
    question = QuestionFactory(author=leaving, title="Is it normal that my filler feels lumpy?")
    answer = AnswerFactory(question=question, doctor=doctor)
    review = ReviewFactory(author=leaving, title="Lip filler with a steady hand", doctor=doctor)
    case = make_case(uploader=leaving, review=review)
    member_suspend(actor=moderator, member=leaving, reason=f"velvet-heron posted an advert ({EMAIL}).")
    flag_create(reporter=other_patient, target=review, reason="spam", details=f"{FULL_NAME} is a shill")
    notice_create(user=doctor.user, message=f"{HANDLE} thanked you for your answer.")
    # A concern they sent, and an export of their data: a full copy of it, in the private storage.
    concern_report_create(
        reason="other", about_url="", message=f"I am {HANDLE}; please answer me.", reply_email=EMAIL, sender=leaving
    )
    with django_capture_on_commit_callbacks(execute=True):
        export = data_export_request(member=leaving)
    export.refresh_from_db()
    assert export.file, "the export was built"
    return {"question": question, "answer": answer, "review": review, "case": case, "export": export}


def close(client: Client, *, posts: str, password: str = PASSWORD, confirm: bool = True):
    data = {"posts": posts, "password": password}
    if confirm:
        data["confirm"] = "on"
    return client.post(reverse("accounts:close"), data)


def test_closing_and_removing_posts_leaves_nothing_that_names_them(
    leaving, their_posts, client_as, django_capture_on_commit_callbacks
):
    client = client_as(leaving)
    assert stored_files(), "the case's photos are stored before"
    with django_capture_on_commit_callbacks(execute=True):
        response = close(client, posts="remove")
    assert response.status_code == 302
    assert SESSION_KEY not in client.session

    assert rows_mentioning(IDENTITY) == []
    assert stored_files() == set()  # originals and every derivative, public and private
    leaving.refresh_from_db()
    assert leaving.is_closed and not leaving.is_active and not leaving.has_usable_password()
    assert not Client().login(username=HANDLE, password=PASSWORD)
    assert not Client().login(username=leaving.handle, password=PASSWORD)

    anonymous = Client()
    assert anonymous.get(their_posts["question"].get_absolute_url()).status_code == 404
    assert anonymous.get(their_posts["review"].get_absolute_url()).status_code == 404
    assert anonymous.get(reverse("photos:detail", args=[their_posts["case"].pk])).status_code == 404
    for page in ("/", "/questions/", "/reviews/", "/photos/", "/sitemap.xml", "/search/?q=filler"):
        body = anonymous.get(page, follow=True).content.decode()
        assert HANDLE not in body and "Lip filler with a steady hand" not in body, page

    # Removed for good: no moderator restores it. The doctor's answer stays with its (hidden) question.
    with pytest.raises(ValidationError):
        content_restore(actor=None, target=Question.objects.get(pk=their_posts["question"].pk), reason="Oops")
    assert Answer.objects.filter(pk=their_posts["answer"].pk, hidden_at__isnull=True).exists()
    assert not Answer.objects.counted().filter(pk=their_posts["answer"].pk).exists()

    consent = BeforeAfterPhoto.objects.get(pk=their_posts["case"].pk).consent
    assert consent.attested_by is None and consent.reference == ""
    assert consent.withdrawal == ConsentWithdrawal.ACCOUNT_CLOSED and consent.withdrawn_at is not None
    assert consent.text_version_id and consent.attested_at

    # The log keeps what was decided, not whom about.
    suspension = ModerationLog.objects.get(action=ModerationLog.Action.MEMBER_SUSPEND)
    assert "[former member]" in suspension.reason and suspension.target_repr == "[former member]"
    assert "[former member]" in Flag.objects.get().details

    assert [message.to for message in mail.outbox if "closed" in message.subject] == [[EMAIL]]
    # The export's row stays as the record of the request; its file went with the photos.
    assert DataExport.objects.get(pk=their_posts["export"].pk).file == ""


def test_keeping_posts_shows_them_as_by_a_former_member(
    leaving, their_posts, client_as, django_capture_on_commit_callbacks, settings
):
    settings.PAGE_CACHE_SECONDS, settings.PAGE_CACHE_REPORT = 300, True
    anonymous = Client()
    question_url = their_posts["question"].get_absolute_url()
    assert HANDLE in anonymous.get(question_url).content.decode()
    assert anonymous.get(question_url)["X-Page-Cache"] == "hit"  # the cache holds the page naming them
    with django_capture_on_commit_callbacks(execute=True):
        close(client_as(leaving), posts="keep")

    assert rows_mentioning(IDENTITY) == []
    assert stored_files() == set()  # photos go whatever they chose
    assert anonymous.get(question_url)["X-Page-Cache"] == "miss"  # the closure moved the question's topic on
    for url in (their_posts["question"].get_absolute_url(), their_posts["review"].get_absolute_url()):
        body = anonymous.get(url).content.decode()
        assert "Former member" in body and HANDLE not in body
        leaving.refresh_from_db()
        assert leaving.handle not in body  # the placeholder is never shown either
    assert Review.objects.public().filter(pk=their_posts["review"].pk).exists()
    assert not BeforeAfterPhoto.objects.public().filter(pk=their_posts["case"].pk).exists()


def test_a_wrong_password_closes_nothing_and_keeps_the_choice(leaving, client_as):
    client = client_as(leaving)
    response = close(client, posts="keep", password="not-my-password")
    assert response.status_code == 200
    body = response.content.decode()
    assert "That is not your password." in body
    assert re.search(r'<input[^>]*value="keep"[^>]*checked', body), "the choice made is kept"
    leaving.refresh_from_db()
    assert not leaving.is_closed and leaving.email == EMAIL
    assert close(client, posts="keep", confirm=False).status_code == 200
    leaving.refresh_from_db()
    assert not leaving.is_closed


def test_the_close_page_needs_a_login_and_csrf(leaving):
    assert Client().get(reverse("accounts:close")).status_code == 302
    client = Client(enforce_csrf_checks=True)
    client.force_login(leaving)
    assert close(client, posts="remove").status_code == 403
    leaving.refresh_from_db()
    assert not leaving.is_closed


def test_malformed_values_get_a_calm_answer(leaving, client_as):
    response = client_as(leaving).post(
        reverse("accounts:close"), {"posts": "remove\x00", "password": "x\x00" * 3000, "confirm": "on"}
    )
    assert response.status_code in (200, 400)
    leaving.refresh_from_db()
    assert not leaving.is_closed


def test_a_doctor_closing_keeps_their_answers_under_a_former_doctor_label(
    doctor, client_as, django_capture_on_commit_callbacks
):
    answer = AnswerFactory(doctor=doctor)
    profile_url = doctor.get_absolute_url()
    assert "Your answers as a doctor stay up." in client_as(doctor.user).get(reverse("accounts:close")).text
    anonymous = Client()
    assert anonymous.get(profile_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert close(client_as(doctor.user), posts="keep").status_code == 302

    assert rows_mentioning(["Ana Ruiz", "dr-ruiz", "dr-ruiz@example.com"]) == []
    assert anonymous.get(profile_url).status_code == 404
    body = anonymous.get(answer.question.get_absolute_url()).content.decode()
    assert "a former Candid doctor" in body and "Ana Ruiz" not in body and "licence checked" not in body
    answer = Answer.objects.select_related("doctor", "disclaimer").get(pk=answer.pk)
    assert "a former Candid doctor" in answer.disclaimer_text


def test_a_moderator_closes_an_account_on_request_from_the_member_admin(
    leaving, their_posts, moderator, client_as, django_capture_on_commit_callbacks
):
    client = client_as(moderator)
    changelist = reverse("admin:accounts_user_changelist")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            changelist,
            {
                "action": "close_accounts_keep_posts",
                "_selected_action": [leaving.pk],
                "confirm": "yes",
                "reason": f"Erasure request by e-mail from {EMAIL}, ticket 4411.",
            },
        )
    assert response.status_code == 302
    leaving.refresh_from_db()
    assert leaving.is_closed
    assert "Closed " in client.get(changelist).content.decode()
    entry = ModerationLog.objects.get(action=ModerationLog.Action.MEMBER_CLOSE)
    assert entry.actor == moderator and "ticket 4411" in entry.reason
    assert rows_mentioning(IDENTITY) == []
    assert stored_files() == set()
    assert Question.objects.public().filter(pk=their_posts["question"].pk).exists()
    assert [message.to for message in mail.outbox if "closed" in message.subject] == [[EMAIL]]


def test_the_close_link_is_on_the_account_page(leaving, client_as):
    body = client_as(leaving).get(reverse("accounts:account")).content.decode()
    assert reverse("accounts:close") in body
    assert User.objects.filter(pk=leaving.pk, closed_at__isnull=True).exists()


def test_every_other_session_of_the_member_ends(leaving, client_as, django_capture_on_commit_callbacks):
    phone, laptop = client_as(leaving), client_as(leaving)
    assert phone.get(reverse("accounts:account")).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        close(laptop, posts="remove")
    response = phone.get(reverse("accounts:account"))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


def test_a_withdrawn_pending_case_is_not_offered_for_withdrawal_again(
    leaving,
    make_case,  # noqa: F811
    client_as,
    django_capture_on_commit_callbacks,
):
    case = make_case(uploader=leaving, review=ReviewFactory(author=leaving), approve=False)
    client = client_as(leaving)
    url = reverse("core:mine_photo_withdraw", args=[case.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == 302
    assert client.post(url).status_code == 404
    body = client.get(reverse("core:mine")).content.decode()
    assert "Withdrawn" in body and url not in body
