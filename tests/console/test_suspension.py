"""Moderators suspend a member (patient or doctor) with a reason the member sees, and lift it; both logged."""

from html import unescape

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accounts.models import User
from moderation.models import ModerationLog
from moderation.permissions import check_can_suspend
from moderation.services import member_reinstate, member_suspend
from reviews.models import Review
from tests.factories import ReviewFactory
from tests.moderation.helpers import log_entries, run_action
from tests.reviews.test_write import review_data

pytestmark = pytest.mark.django_db

REASON = "Posted the same clinic advert under five reviews."


def test_the_suspension_journey(client_as, moderator, patient, treatment):
    moderator_client, member = client_as(moderator), client_as(patient)
    other_review = ReviewFactory()

    # The moderator suspends the patient from the user list, giving a reason.
    page = run_action(moderator_client, User, "suspend_members", [patient])
    assert "Reason shown to the member" in unescape(page.text)
    done = run_action(moderator_client, User, "suspend_members", [patient], reason=REASON)
    assert done.status_code == 302
    patient.refresh_from_db()
    assert patient.is_suspended
    entry = log_entries(ModerationLog.Action.MEMBER_SUSPEND).get()
    assert (entry.actor, entry.target, entry.reason) == (moderator, patient, REASON)
    assert entry.before["suspended_at"] is None and entry.after["suspension_reason"] == REASON

    # The member can still log in and read, sees the reason on their account page...
    account = unescape(member.get(reverse("accounts:account")).text)
    assert "A moderator suspended your account" in account
    assert REASON in account
    assert member.get(other_review.get_absolute_url()).status_code == 200
    # ...and as the reason when something is refused.
    refused = member.post(reverse("reviews:helpful", args=[other_review.pk]))
    assert refused.status_code == 403
    assert REASON in unescape(refused.text)
    refused = member.get(reverse("reviews:new"))
    assert refused.status_code == 403
    assert REASON in unescape(refused.text)

    # The moderator lifts it; the member takes part again.
    run_action(moderator_client, User, "reinstate_members", [patient], reason="Apologised; adverts removed.")
    patient.refresh_from_db()
    assert not patient.is_suspended
    assert "suspended" not in member.get(reverse("accounts:account")).text
    lifted = log_entries(ModerationLog.Action.MEMBER_REINSTATE).get()
    assert (lifted.actor, lifted.target, lifted.before["suspension_reason"]) == (moderator, patient, REASON)
    assert member.post(reverse("reviews:helpful", args=[other_review.pk])).status_code in (200, 302)
    response = member.post(reverse("reviews:new"), review_data(treatment))
    assert response.status_code == 302, unescape(response.text)[:2000]
    assert Review.objects.filter(author=patient).exists()


def test_a_suspension_needs_a_reason(client_as, moderator, patient):
    page = run_action(client_as(moderator), User, "suspend_members", [patient], reason="  ")
    assert page.status_code == 200  # the confirmation page again, with the error
    patient.refresh_from_db()
    assert not patient.is_suspended
    with pytest.raises(ValidationError):
        member_suspend(actor=moderator, member=patient, reason=" ")
    assert not log_entries().exists()


def test_suspending_twice_or_lifting_nothing_changes_nothing(moderator, patient):
    assert member_suspend(actor=moderator, member=patient, reason=REASON)
    assert not member_suspend(actor=moderator, member=patient, reason="Another reason")
    patient.refresh_from_db()
    assert patient.suspension_reason == REASON
    assert member_reinstate(actor=moderator, member=patient)
    assert not member_reinstate(actor=moderator, member=patient)
    assert log_entries().count() == 2


def test_a_verified_doctor_can_be_suspended_as_a_member_and_then_cannot_answer(client_as, moderator, doctor):
    run_action(client_as(moderator), User, "suspend_members", [doctor.user], reason=REASON)
    response = client_as(doctor.user).get(reverse("doctors:dashboard"))
    assert REASON in unescape(response.text)
    assert "can't answer questions at the moment" in unescape(response.text)


def test_staff_and_oneself_are_not_suspended_here(client_as, moderator, admin_user):
    with pytest.raises(PermissionDenied):
        check_can_suspend(moderator, moderator)
    with pytest.raises(PermissionDenied):
        check_can_suspend(moderator, admin_user)
    run_action(client_as(moderator), User, "suspend_members", [admin_user], reason=REASON)
    admin_user.refresh_from_db()
    assert not admin_user.is_suspended
    assert not log_entries().exists()


def test_only_moderators_may_suspend(client_as, patient, other_patient, doctor):
    for who in (other_patient, doctor.user):
        with pytest.raises(PermissionDenied):
            check_can_suspend(who, patient)
        run_action(client_as(who), User, "suspend_members", [patient], reason=REASON)
    patient.refresh_from_db()
    assert not patient.is_suspended


def test_the_user_list_shows_and_filters_suspended_members(client_as, moderator, patient, other_patient):
    member_suspend(actor=moderator, member=patient, reason=REASON)
    client = client_as(moderator)
    listing = unescape(client.get(reverse("admin:accounts_user_changelist") + "?suspension=suspended").text)
    assert patient.handle in listing
    assert other_patient.handle not in listing
    change = unescape(client.get(reverse("admin:accounts_user_change", args=[patient.pk])).text)
    assert f"Reason shown to the member: {REASON}" in change
