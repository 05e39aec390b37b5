"""Who may post, see and moderate before/after cases. Each check raises PermissionDenied with a reason."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.permissions import check_can_participate
from core.permissions import register
from doctors.models import DoctorProfile
from doctors.permissions import check_is_verified_doctor

APPROVE_PERMISSION = "moderation.approve_photos"
DELETE_PERMISSION = "photos.delete_beforeafterphoto"


def check_can_upload_case(user) -> DoctorProfile:
    """Verified doctors post cases of their own patients; returns their profile."""
    return check_is_verified_doctor(user, action=_("post before/after cases"))


def check_can_attach_to_review(user, review) -> None:
    """Patients add before/after photos to their own review only, while they may take part."""
    check_can_participate(user, action=_("add photos to your review"))
    if review.author_id != user.pk:
        raise PermissionDenied(gettext("You can only add photos to your own review."))
    if getattr(review, "is_hidden", False):
        raise PermissionDenied(gettext("This review is hidden by a moderator, so photos can't be added to it."))


def check_can_moderate(user) -> None:
    """Approve, reject or hide cases, and preview any case: moderators with the photo permission."""
    if not (user.is_authenticated and user.is_active and user.is_staff and user.has_perm(APPROVE_PERMISSION)):
        raise PermissionDenied(gettext("Only moderators can approve or reject photos."))


def check_can_delete(user) -> None:
    """Delete a case outright: administrators only (moderators hide)."""
    if not (user.is_authenticated and user.is_active and user.is_staff and user.has_perm(DELETE_PERMISSION)):
        raise PermissionDenied(gettext("Only administrators can delete before/after cases."))


register("photos.upload_case", check_can_upload_case)
register("photos.attach_to_review", check_can_attach_to_review)
register("photos.moderate", check_can_moderate)
register("photos.delete", check_can_delete)
