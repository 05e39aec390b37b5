"""Appeals: the author of hidden content asks once per hiding, a moderator who did not hide it decides,
and restoring goes through the restore service (counters, notices, log)."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from accounts.models import Notice
from moderation.models import Appeal, ModerationLog
from moderation.services import appeal_create, appeal_decide, content_hide, content_restore
from questions.services import question_withdraw
from reviews.models import Review
from tests.factories import QuestionFactory, ReviewFactory, UserFactory
from tests.moderation.helpers import changelist_url, log_entries, run_action

pytestmark = pytest.mark.django_db

Action = ModerationLog.Action
HIDE_REASON = "Names the receptionist of the clinic in full."
APPEAL_REASON = "I removed nothing private: the receptionist's first name is on the clinic's own website."


@pytest.fixture
def second_moderator(db):
    user = UserFactory(handle="mod-b", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def hidden_review(patient, treatment, doctor, moderator):
    review = ReviewFactory(author=patient, treatment=treatment, doctor=doctor, title="Lovely clinic, long wait")
    content_hide(actor=moderator, target=review, reason=HIDE_REASON)
    review.refresh_from_db()
    return review


def _appeal_url(obj) -> str:
    return reverse("moderation:appeal", args=[obj._meta.label_lower, obj.pk])


# The service ------------------------------------------------------------------------------------


def test_the_author_appeals_a_moderators_hiding_and_it_is_logged(hidden_review, patient, moderator):
    appeal = appeal_create(appellant=patient, target=hidden_review, reason=f"  {APPEAL_REASON}  ")
    assert appeal.status == Appeal.Status.PENDING
    assert appeal.hidden_by == moderator
    assert appeal.hidden_at == hidden_review.hidden_at
    assert appeal.hidden_reason == HIDE_REASON
    assert appeal.reason == APPEAL_REASON
    entry = log_entries(Action.APPEAL).get()
    assert (entry.actor, entry.target, entry.reason) == (patient, hidden_review, APPEAL_REASON)


def test_each_hiding_is_appealed_once(hidden_review, patient):
    appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    with pytest.raises(PermissionDenied, match="already appealed"):
        appeal_create(appellant=patient, target=hidden_review, reason="Again, please.")
    assert Appeal.objects.count() == 1
    assert log_entries(Action.APPEAL).count() == 1


def test_a_member_cannot_appeal_another_members_post(hidden_review, other_patient):
    with pytest.raises(PermissionDenied, match="your own posts"):
        appeal_create(appellant=other_patient, target=hidden_review, reason=APPEAL_REASON)
    assert not Appeal.objects.exists()


def test_a_public_post_cannot_be_appealed(patient, treatment):
    review = ReviewFactory(author=patient, treatment=treatment)
    with pytest.raises(PermissionDenied, match="not hidden"):
        appeal_create(appellant=patient, target=review, reason=APPEAL_REASON)


def test_a_post_its_author_withdrew_cannot_be_appealed(patient):
    question = QuestionFactory(author=patient)
    question_withdraw(question=question, author=patient)
    question.refresh_from_db()
    with pytest.raises(PermissionDenied, match="withdrew this yourself"):
        appeal_create(appellant=patient, target=question, reason=APPEAL_REASON)


def test_an_appeal_needs_a_reason_of_limited_length(hidden_review, patient):
    with pytest.raises(ValidationError):
        appeal_create(appellant=patient, target=hidden_review, reason="   ")
    with pytest.raises(ValidationError):
        appeal_create(appellant=patient, target=hidden_review, reason="x" * (Appeal.REASON_MAX_LENGTH + 1))
    assert not Appeal.objects.exists()
    assert not log_entries(Action.APPEAL).exists()


def test_the_moderator_who_hid_it_cannot_decide_the_appeal(hidden_review, patient, moderator):
    appeal = appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    with pytest.raises(PermissionDenied, match="another moderator"):
        appeal_decide(actor=moderator, appeal=appeal, restore=True, note="I was wrong.")
    appeal.refresh_from_db()
    hidden_review.refresh_from_db()
    assert appeal.is_pending and hidden_review.is_hidden


def test_a_member_cannot_decide_an_appeal(hidden_review, patient, other_patient):
    appeal = appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    with pytest.raises(PermissionDenied):
        appeal_decide(actor=other_patient, appeal=appeal, restore=True, note="Looks fine to me.")
    with pytest.raises(PermissionDenied):
        appeal_decide(actor=patient, appeal=appeal, restore=True, note="Looks fine to me.")


def test_another_moderator_restores_through_the_restore_service(
    hidden_review, patient, doctor, second_moderator, django_capture_on_commit_callbacks
):
    doctor.refresh_from_db()
    assert doctor.review_count == 0  # hidden reviews don't count
    appeal = appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    with django_capture_on_commit_callbacks(execute=True):
        appeal_decide(actor=second_moderator, appeal=appeal, restore=True, note="The name is public already.")

    appeal.refresh_from_db()
    assert (appeal.status, appeal.decided_by, appeal.decision_note) == (
        Appeal.Status.RESTORED,
        second_moderator,
        "The name is public already.",
    )
    assert Review.objects.public().filter(pk=hidden_review.pk).exists()
    doctor.refresh_from_db()
    assert doctor.review_count == 1  # the restore service's receivers counted it again
    restore = log_entries(Action.RESTORE).get()
    assert restore.actor == second_moderator and "appeal" in restore.reason
    decision = log_entries(Action.APPEAL_RESTORE).get()
    assert (decision.actor, decision.target, decision.after["status"]) == (second_moderator, hidden_review, "restored")
    notice = Notice.objects.filter(user=patient).latest("created_at")
    assert "public again" in notice.message and "The name is public already." in notice.message
    assert notice.url == hidden_review.get_absolute_url()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [patient.email]
    assert "public again" in mail.outbox[0].subject
    assert "The name is public already." in mail.outbox[0].body


def test_an_upheld_hiding_stays_hidden_and_the_member_is_told(
    hidden_review, patient, second_moderator, django_capture_on_commit_callbacks
):
    appeal = appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    with django_capture_on_commit_callbacks(execute=True):
        appeal_decide(actor=second_moderator, appeal=appeal, restore=False, note="Full names of staff stay off.")
    hidden_review.refresh_from_db()
    assert hidden_review.is_hidden
    assert not log_entries(Action.RESTORE).exists()
    assert log_entries(Action.APPEAL_UPHOLD).get().actor == second_moderator
    assert "stays hidden" in Notice.objects.filter(user=patient).latest("created_at").message
    assert "stays hidden" in mail.outbox[0].body
    with pytest.raises(PermissionDenied, match="already been decided"):
        appeal_decide(actor=second_moderator, appeal=appeal, restore=True, note="Changed my mind.")


def test_a_decision_needs_a_note(hidden_review, patient, second_moderator):
    appeal = appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    with pytest.raises(ValidationError):
        appeal_decide(actor=second_moderator, appeal=appeal, restore=True, note="  ")
    appeal.refresh_from_db()
    assert appeal.is_pending


def test_any_moderator_decides_when_flags_hid_it(patient, treatment, moderator):
    review = ReviewFactory(author=patient, treatment=treatment)
    content_hide(actor=None, target=review, reason="Hidden automatically after 3 flags.", automatic=True)
    review.refresh_from_db()
    appeal = appeal_create(appellant=patient, target=review, reason=APPEAL_REASON)
    assert appeal.hidden_by is None
    appeal_decide(actor=moderator, appeal=appeal, restore=True, note="The flags were mistaken.")
    review.refresh_from_db()
    assert not review.is_hidden


def test_a_new_hiding_may_be_appealed_again(hidden_review, patient, moderator, second_moderator):
    appeal_decide(
        actor=second_moderator,
        appeal=appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON),
        restore=True,
        note="Fine.",
    )
    hidden_review.refresh_from_db()
    content_hide(actor=second_moderator, target=hidden_review, reason="Now it names a patient.")
    hidden_review.refresh_from_db()
    second = appeal_create(appellant=patient, target=hidden_review, reason="That patient is me.")
    assert second.hidden_by == second_moderator
    assert Appeal.objects.count() == 2


def test_hiding_tells_the_author_why_and_where_to_appeal(hidden_review, patient):
    notice = Notice.objects.filter(user=patient).latest("created_at")
    assert HIDE_REASON in notice.message
    assert notice.url == _appeal_url(hidden_review)


def test_withdrawing_ones_own_post_sends_no_notice(patient):
    question = QuestionFactory(author=patient)
    question_withdraw(question=question, author=patient)
    assert not Notice.objects.filter(user=patient, message__contains="was hidden").exists()


def test_a_restore_outside_the_appeal_settles_it(hidden_review, patient, moderator, second_moderator):
    appeal = appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    # The moderator who hid it changes their mind and restores it from the content's admin.
    content_restore(actor=moderator, target=hidden_review, reason="Second thoughts: it is fine.")
    appeal.refresh_from_db()
    assert (appeal.status, appeal.decided_by, appeal.decision_note) == (
        Appeal.Status.RESTORED,
        None,  # the one who hid it never decides its appeal
        "Second thoughts: it is fine.",
    )
    assert "public again" in Notice.objects.filter(user=patient).latest("created_at").message
    assert not Appeal.objects.pending().exists()
    with pytest.raises(PermissionDenied, match="already been decided"):
        appeal_decide(actor=second_moderator, appeal=appeal, restore=False, note="Keep it hidden.")
    assert log_entries(Action.RESTORE).count() == 1


# The page -----------------------------------------------------------------------------------------


def test_the_author_sees_why_and_appeals_from_the_page(client_as, hidden_review, patient):
    client = client_as(patient)
    page = client.get(_appeal_url(hidden_review))
    assert page.status_code == 200
    assert HIDE_REASON in page.text and "Send the appeal" in page.text
    response = client.post(_appeal_url(hidden_review), {"reason": APPEAL_REASON})
    assert response.status_code == 302
    assert Appeal.objects.get().reason == APPEAL_REASON
    page = client.get(_appeal_url(hidden_review))
    assert "Waiting for a moderator" in page.text and "Send the appeal" not in page.text
    # A second post is refused and changes nothing.
    client.post(_appeal_url(hidden_review), {"reason": "Once more."})
    assert Appeal.objects.count() == 1


def test_a_failed_appeal_keeps_what_was_typed(client_as, hidden_review, patient):
    client = client_as(patient)
    too_long = "My review is fair. " * 120
    page = client.post(_appeal_url(hidden_review), {"reason": too_long})
    assert page.status_code == 200
    assert "at most" in page.text
    assert "My review is fair. My review is fair." in page.text
    page = client.post(_appeal_url(hidden_review), {"reason": "   "})
    assert page.status_code == 200
    assert "This field is required" in page.text or "Tell the moderators why" in page.text
    assert not Appeal.objects.exists()


def test_a_nul_byte_pasted_into_the_reason_is_removed(client_as, hidden_review, patient):
    reason = "My review describes my own treatment\x00 and names no one; please look again."
    response = client_as(patient).post(_appeal_url(hidden_review), {"reason": reason})
    assert response.status_code == 302
    assert Appeal.objects.get().reason == reason.replace("\x00", "")


@pytest.mark.parametrize(
    "path",
    [
        "/moderation/appeal/reviews.review/999999/",
        "/moderation/appeal/reviews.review/99999999999999999999999/",
        "/moderation/appeal/accounts.user/1/",
        "/moderation/appeal/nothing/1/",
    ],
)
def test_unknown_items_are_not_found(client_as, patient, path):
    assert client_as(patient).get(path).status_code == 404


def test_another_members_hidden_post_is_not_found(client_as, hidden_review, other_patient):
    client = client_as(other_patient)
    assert client.get(_appeal_url(hidden_review)).status_code == 404
    assert client.post(_appeal_url(hidden_review), {"reason": APPEAL_REASON}).status_code == 404
    assert not Appeal.objects.exists()


def test_the_appeal_page_needs_a_login_and_the_csrf_token(client, hidden_review, patient):
    response = client.get(_appeal_url(hidden_review))
    assert response.status_code == 302 and "/login/" in response["Location"]
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(patient)
    assert strict.post(_appeal_url(hidden_review), {"reason": APPEAL_REASON}).status_code == 403
    assert not Appeal.objects.exists()


def test_my_candid_shows_the_hiding_and_the_appeal(client_as, hidden_review, patient):
    client = client_as(patient)
    page = client.get(reverse("core:mine"))
    assert HIDE_REASON in page.text
    assert f'href="{_appeal_url(hidden_review)}"' in page.text
    appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    page = client.get(reverse("core:mine"))
    assert "Your appeal" in page.text and "Waiting for a moderator" in page.text


def test_the_hidden_review_page_links_its_author_to_the_appeal(client_as, hidden_review, patient):
    page = client_as(patient).get(hidden_review.get_absolute_url())
    assert page.status_code == 200
    assert f'href="{_appeal_url(hidden_review)}"' in page.text


# The admin ----------------------------------------------------------------------------------------


def test_the_dashboard_counts_pending_appeals(client_as, hidden_review, patient, moderator):
    appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    page = client_as(moderator).get("/admin/")
    assert 'data-queue="appeals"' in page.text
    assert (
        page.context["moderation_queues"][[q.key for q in page.context["moderation_queues"]].index("appeals")].count
        == 1
    )


def test_the_moderator_who_hid_it_is_refused_in_the_admin(client_as, hidden_review, patient, moderator):
    appeal = appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    client = client_as(moderator)
    listing = client.get(changelist_url(Appeal))
    assert listing.status_code == 200
    assert "another moderator (you hid it)" in listing.text
    response = run_action(client, Appeal, "decide_restore", [appeal], reason="I was wrong.")
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert "another moderator decides the appeal" in page.text
    appeal.refresh_from_db()
    hidden_review.refresh_from_db()
    assert appeal.is_pending and hidden_review.is_hidden


def test_another_moderator_restores_from_the_admin(client_as, hidden_review, patient, second_moderator):
    appeal = appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    client = client_as(second_moderator)
    confirmation = run_action(client, Appeal, "decide_restore", [appeal])
    assert confirmation.status_code == 200 and "Note to the member" in confirmation.text
    run_action(client, Appeal, "decide_restore", [appeal], reason="The name is public already.")
    appeal.refresh_from_db()
    hidden_review.refresh_from_db()
    assert appeal.status == Appeal.Status.RESTORED and not hidden_review.is_hidden
    # The change page shows the decision read-only, without Save buttons.
    page = client.get(f"{changelist_url(Appeal)}{appeal.pk}/change/")
    assert page.status_code == 200
    assert "The name is public already." in page.text and 'name="_save"' not in page.text


def test_members_cannot_reach_the_appeal_queue(client_as, hidden_review, patient):
    appeal = appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    client = client_as(patient)
    assert client.get(changelist_url(Appeal)).status_code == 302
    run_action(client, Appeal, "decide_restore", [appeal], reason="Please.")
    appeal.refresh_from_db()
    assert appeal.is_pending


def test_the_queue_filters_by_state_and_kind(client_as, hidden_review, patient, moderator, second_moderator):
    appeal_create(appellant=patient, target=hidden_review, reason=APPEAL_REASON)
    client = client_as(second_moderator)

    def rows(query: str) -> int:
        page = client.get(f"{changelist_url(Appeal)}?{query}")
        assert page.status_code == 200, query
        return page.context["cl"].result_count

    assert rows("") == 1  # pending by default
    assert rows("queue=mine") == 1
    assert rows("queue=decided") == 0
    assert rows("target=reviews.review") == 1
    assert rows("target=questions.question") == 0
    assert client_as(moderator).get(f"{changelist_url(Appeal)}?queue=mine").context["cl"].result_count == 0


def test_a_doctor_appeals_the_hiding_of_their_profile_from_the_dashboard(client_as, doctor, moderator):
    content_hide(actor=moderator, target=doctor, reason="Profile photo shows a patient's face.")
    client = client_as(doctor.user)
    page = client.get(reverse("doctors:dashboard"))
    assert page.status_code == 200
    assert f'href="{_appeal_url(doctor)}"' in page.text
    client.post(_appeal_url(doctor), {"reason": "That is my own face, not a patient's."})
    assert Appeal.objects.get().appellant == doctor.user
