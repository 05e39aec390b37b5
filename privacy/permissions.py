"""Who may see and download a data export. Each check raises PermissionDenied or Http404 with a reason
a person can read; a file that is not yours is a 404, so its address reveals nothing."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext

from core.permissions import register
from privacy.models import DataExport

EXPORT_PERMISSION = "privacy.export_member_data"


def check_can_export_member_data(user, member=None) -> None:
    """Export someone else's data to answer a data request: moderators and administrators; a staff
    account's data only by an administrator (a moderator does not read a colleague's private details)."""
    if not (user.is_authenticated and user.is_active and user.is_staff and user.has_perm(EXPORT_PERMISSION)):
        raise PermissionDenied(gettext("Only moderators can export a member's data."))
    if member is not None and (member.is_staff or member.is_superuser) and not user.is_superuser:
        raise PermissionDenied(
            gettext("%(member)s is staff: an administrator exports a staff account's data.") % {"member": member}
        )


def access_member_export(user, export_id: int) -> DataExport:
    """A member's own export (one they asked for themselves), or a 404 for anyone else, staff included."""
    if not user.is_authenticated:
        raise Http404("No such export.")
    export = DataExport.objects.for_member(user).select_related("member").filter(pk=export_id).first()
    if export is None:
        raise Http404("No such export.")
    return export


def access_moderator_export(user, export_id: int) -> DataExport:
    """An export a moderator made to answer a data request, for that moderator only (404 otherwise)."""
    check_can_export_member_data(user)
    export = DataExport.objects.for_moderator(user).select_related("member").filter(pk=export_id).first()
    if export is None:
        raise Http404("No such export.")
    return export


register("privacy.export_member_data", check_can_export_member_data)
