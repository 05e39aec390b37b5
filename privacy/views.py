"""The member's data page: ask for an export of everything about them, and download it once ready."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.storage import storages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from privacy.models import EXPORT_LIFETIME, DataExport
from privacy.permissions import access_member_export
from privacy.services import ExportRefused, data_export_next_allowed_at, data_export_request

RECENT_EXPORTS = 5


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def data(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        try:
            data_export_request(member=request.user)
        except ExportRefused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(
                request,
                gettext(
                    "We are preparing your export. We'll e-mail you and leave a notice here when it is ready to download."
                ),
            )
        return redirect("privacy:data")
    exports = list(DataExport.objects.for_member(request.user)[:RECENT_EXPORTS])
    in_progress = any(export.is_in_progress for export in exports)
    context = {
        "exports": exports,
        "in_progress": in_progress,
        "next_allowed_at": None if in_progress else data_export_next_allowed_at(member=request.user),
        "lifetime_days": EXPORT_LIFETIME.days,
    }
    return render(request, "privacy/data.html", context)


@never_cache
@login_required
@require_safe
def download(request: HttpRequest, pk: int) -> HttpResponse:
    """The member's own ZIP, streamed from the private storage (never a public or shareable URL)."""
    export = access_member_export(request.user, pk)
    if not export.is_downloadable():
        messages.error(request, gettext("That export has expired and its file was deleted. You can ask for a new one."))
        return redirect("privacy:data")
    return export_file_response(export)


def export_file_response(export: DataExport) -> FileResponse:
    """An export's ZIP as a download that no cache keeps and no browser renders in the site's origin."""
    try:
        handle = storages["private"].open(export.file.name, "rb")
    except FileNotFoundError as missing:
        raise Http404("The export file is missing from storage.") from missing
    response = FileResponse(
        handle, content_type="application/zip", filename=export.download_filename, as_attachment=True
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
