"""Public policy pages, the page asking a member to accept new versions, and /contact/."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from core.redirects import safe_next_url
from pagecache.topics import depends_on
from policies.acceptance import DEFERRED_SESSION_KEY, versions_to_accept
from policies.forms import ConcernForm
from policies.models import ConcernReport, PolicyKind, PolicyVersion
from policies.services import concern_report_create, policies_accept
from policies.throttles import contact_limited

CONTACT_LIMITED = _(
    "We have received several messages from you in the last hour. Please wait a little before sending "
    "another; what you typed is still here."
)


def _kind_or_404(slug: str) -> str:
    if slug not in PolicyKind.values:
        raise Http404("No such policy.")
    return slug


def policy_index(request: HttpRequest) -> HttpResponse:
    """Every document in force, with its effective date."""
    depends_on(request, "policies")
    current = {}
    for version in PolicyVersion.objects.in_effect().order_by("kind", "-number"):
        current.setdefault(version.kind, version)
    documents = [(kind, current.get(kind.value)) for kind in PolicyKind]
    return render(request, "policies/index.html", {"documents": documents})


def policy_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The version of a document in force, what changed, and links to every earlier version."""
    return _policy_page(request, _kind_or_404(slug), number=None)


def policy_version(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    """One version of a document, current or earlier (versions not yet in effect are not public)."""
    return _policy_page(request, _kind_or_404(slug), number=number)


def _policy_page(request: HttpRequest, kind: str, *, number: int | None) -> HttpResponse:
    depends_on(request, "policies")
    in_effect = list(PolicyVersion.objects.of_kind(kind).in_effect().order_by("-number").select_related("published_by"))
    if not in_effect:
        raise Http404("This policy has not been published yet.")
    current = in_effect[0]
    if number is None:
        version = current
    else:
        version = next((each for each in in_effect if each.number == number), None)
        if version is None:
            raise Http404("No such version.")
    # Members who read another language better get the version in it, when it has been translated.
    translated = None
    if get_language() != settings.LANGUAGE_CODE:
        translated = version.translations.filter(language=get_language()).first()
        with translation.override(settings.LANGUAGE_CODE):
            english_url = version.get_absolute_url()
    context = {
        "version": version,
        "translated": translated,
        "english_url": english_url if translated else "",
        "text": translated or version,
        "current": current,
        "is_current": version.pk == current.pk,
        "versions": in_effect,
        "kind_label": PolicyKind(kind).label,
    }
    return render(request, "policies/detail.html", context)


@require_http_methods(["GET", "POST"])
def accept(request: HttpRequest) -> HttpResponse:
    """Asks a logged-in member to accept the terms or privacy versions that took effect since they last
    did, listing what changed. Accepting records it and returns them where they were going; "not now"
    lets them read on (posting stays closed until they accept: `policies.middleware`)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    next_url = safe_next_url(request, "core:home")
    pending = versions_to_accept(request.user)
    if not pending:
        return redirect(next_url)
    if request.method == "POST":
        if request.POST.get("action") == "later":
            request.session[DEFERRED_SESSION_KEY] = sorted(version.id for version in pending)
            messages.info(
                request, gettext("You can keep reading. To post, vote or flag, accept the updated terms first.")
            )
            return redirect(next_url)
        shown = set(request.POST.getlist("version"))
        if request.POST.get("accept") != "on":
            messages.error(request, gettext("Tick the box to accept, or choose “Not now” to keep reading."))
        elif not all(str(version.id) in shown for version in pending):
            # A version took effect while the page was open: accept only what the member has read.
            messages.info(
                request, gettext("Another document changed in the meantime. Here is everything that changed.")
            )
        else:
            policies_accept(user=request.user, version_ids=[version.id for version in pending])
            request.session.pop(DEFERRED_SESSION_KEY, None)
            messages.success(request, gettext("Thank you. You've accepted the updated terms."))
            return redirect(next_url)
    versions = PolicyVersion.objects.filter(pk__in=[version.id for version in pending]).order_by("kind")
    return render(request, "policies/accept.html", {"versions": versions, "next": next_url})


@require_http_methods(["GET", "POST"])
def contact(request: HttpRequest) -> HttpResponse:
    """Report a concern, with or without an account: stored for moderators, acknowledged by e-mail."""
    user = request.user
    initial = {"reply_email": user.email} if user.is_authenticated else {}
    # Links may preselect a reason (a doctor's profile: ?reason=doctor; the page to report: ?about=).
    if request.GET.get("reason") in ConcernReport.Reason.values:
        initial["reason"] = request.GET["reason"]
    if request.GET.get("about", "").startswith("/"):
        initial["about_url"] = request.GET["about"][:500]
    form = ConcernForm(request.POST or None, initial=initial, site_host=request.get_host())
    status = 200
    if request.method == "POST" and form.is_valid():
        if form.is_bot:
            # Say nothing different to a bot: the same thank-you page, nothing stored or sent.
            return redirect("policies:contact_sent")
        if contact_limited(request, form.cleaned_data["reply_email"]):
            form.add_error(None, CONTACT_LIMITED)
            status = 429
        else:
            concern_report_create(
                reason=form.cleaned_data["reason"],
                about_url=form.cleaned_data["about_url"],
                message=form.cleaned_data["message"],
                reply_email=form.cleaned_data["reply_email"],
                sender=user,
            )
            return redirect("policies:contact_sent")
    return render(request, "policies/contact.html", {"form": form}, status=status)


def contact_sent(request: HttpRequest) -> HttpResponse:
    return render(request, "policies/contact_sent.html")
