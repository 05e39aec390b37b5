"""Who may write, change, answer and vote on reviews. Each check raises PermissionDenied with a reason;
pages ask the same rules by name (`core.permissions.can`, `{% can "reviews.vote" review %}`)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from accounts.permissions import check_can_participate
from core.permissions import register
from doctors.models import DoctorProfile
from doctors.permissions import check_is_verified_doctor, doctor_profile_for
from reviews.models import Review, Verification

REMOVE_PERMISSION = "reviews.delete_review"
RECEIPT_PERMISSION = "reviews.decide_receipt"


def check_can_write_review(user) -> None:
    """Patients who may take part write reviews; doctor accounts don't (no reviewing oneself or rivals),
    and neither do staff, who decide on reviews. `Review.clean()` holds the same rule for any other path."""
    check_can_participate(user, action=_("write a review"))
    if user.is_staff:
        raise PermissionDenied(_("Staff accounts can't write patient reviews: reviews are patients' own words."))
    if doctor_profile_for(user) is not None:
        raise PermissionDenied(_("Doctor accounts can't write patient reviews."))


def check_can_delete_review(user, review: Review) -> None:
    """Authors may delete their own review, even one a moderator hid."""
    if not user.is_authenticated or review.author_id != user.pk:
        raise PermissionDenied(_("Only the patient who wrote this review can delete it."))


def check_can_remove_review(user) -> None:
    """Delete someone else's review outright: staff with the admin's delete permission (the admin's
    delete actions). Moderators who only hide content hide it instead."""
    if not (user is not None and user.is_authenticated and user.is_active and user.is_staff):
        raise PermissionDenied(_("Only the patient who wrote this review, or an administrator, can delete it."))
    if not user.has_perm(REMOVE_PERMISSION):
        raise PermissionDenied(_("Only the patient who wrote this review, or an administrator, can delete it."))


def check_can_edit_review(user, review: Review) -> None:
    """Edit or add updates to a review: its author only, while they may take part, and not while
    moderators hide it."""
    check_can_participate(user, action=_("change your review"))
    if review.author_id != user.pk:
        raise PermissionDenied(_("Only the patient who wrote this review can change it."))
    if review.is_hidden:
        raise PermissionDenied(_("A moderator hid this review, so it can't be changed. Contact the moderators."))


def check_can_respond(user, review: Review) -> DoctorProfile:
    """Respond to a review: only the verified doctor it names, while they may take part. Returns that
    doctor's profile."""
    check_can_participate(user, action=_("respond to reviews"))
    if review.doctor_id is None:
        raise PermissionDenied(_("This review doesn't name a doctor, so no doctor can respond to it."))
    # The named doctor's account first: a page that loaded the doctor with the review asks nothing more
    # of the database for everyone else who reads it.
    if review.doctor.user_id != user.pk:
        raise PermissionDenied(_("Only the doctor this review is about can respond to it."))
    profile = check_is_verified_doctor(user, action=_("respond to reviews"))
    if review.is_hidden:
        raise PermissionDenied(_("A moderator hid this review, so it can't be answered."))
    return profile


def check_can_vote(user, review: Review) -> None:
    """Members in good standing mark a review helpful, except their own and hidden ones."""
    check_can_participate(user, action=_("mark reviews as helpful"))
    if review.author_id == user.pk:
        raise PermissionDenied(_("You can't vote for your own review."))
    if review.is_hidden:
        raise PermissionDenied(_("This review is hidden."))


def check_can_submit_receipt(user, review: Review) -> None:
    """Send a receipt to prove the treatment: the review's author, while they may edit it, until it is verified."""
    check_can_edit_review(user, review)
    if review.is_verified:
        raise PermissionDenied(_("This review is already verified."))


def check_can_decide_receipt(user) -> None:
    """Receipts are private evidence: only moderators with the permission open them and decide on them."""
    if not (user.is_authenticated and user.is_active and user.is_staff and user.has_perm(RECEIPT_PERMISSION)):
        raise PermissionDenied(_("Only moderators can open treatment receipts and decide on them."))


def check_can_confirm_visit(user, review: Review) -> DoctorProfile:
    """Confirm that the patient was treated: only the verified doctor the review names (as for responding),
    once. Confirming says nothing about what the review says; a doctor confirms critical reviews too."""
    profile = check_can_respond(user, review)
    if review.verification == Verification.DOCTOR_CONFIRMED:
        raise PermissionDenied(_("You have already confirmed this patient's visit."))
    if review.is_verified:
        raise PermissionDenied(_("This review is already verified by receipt."))
    return profile


register("reviews.write", check_can_write_review)
register("reviews.edit", check_can_edit_review)
register("reviews.delete", check_can_delete_review)
register("reviews.remove", check_can_remove_review)
register("reviews.respond", check_can_respond)
register("reviews.vote", check_can_vote)
register("reviews.submit_receipt", check_can_submit_receipt)
register("reviews.decide_receipt", check_can_decide_receipt)
register("reviews.confirm_visit", check_can_confirm_visit)
