"""A member's notices, their e-mail preferences, following, and the logged-out unsubscribe link."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from accounts.models import Notice, User
from accounts.services import notices_mark_read
from core.redirects import safe_next_url
from follows.forms import EmailPreferenceForm
from follows.mail import unsubscribe_user_id
from follows.member_parts import follow_state
from follows.models import Follow
from follows.services import email_unsubscribe, follow_create, follow_delete, preference_for, preferences_update
from follows.targets import parse_topic, target, targets
from follows.templatetags.follows import follow_form

NOTICES_SHOWN = 50


@require_POST
@login_required
def follow(request: HttpRequest) -> HttpResponse:
    """Follow or stop following a page. htmx swaps the form; without JavaScript, back to the page."""
    topic = request.POST.get("topic", "")
    action = request.POST.get("action", "")
    if action not in ("follow", "unfollow") or parse_topic(topic) is None:
        return HttpResponseBadRequest("Unknown page or action.")
    if action == "follow":
        page = target(topic)
        if page is None:
            raise Http404("There is no such page to follow.")
        follow_create(user=request.user, topic=topic)
        fallback = page.url
    else:
        # Leaving works even for a page that has since been hidden.
        follow_delete(user=request.user, topic=topic)
        fallback = "follows:preferences"
    following = action == "follow"
    if request.htmx:
        label = request.POST.get("label", "")[:80] or gettext("Follow this page")
        return HttpResponse(follow_form(request, topic, label, follow_state(following), get_token(request)))
    return redirect(safe_next_url(request, fallback))


@login_required
def notices(request: HttpRequest) -> HttpResponse:
    """The member's notices, newest first; unread ones stand out until opened or marked read."""
    rows = list(Notice.objects.filter(user=request.user).order_by("-created_at", "-pk")[:NOTICES_SHOWN])
    unread = sum(1 for notice in rows if notice.read_at is None)
    return render(request, "follows/notices.html", {"notices": rows, "unread": unread})


@require_POST
@login_required
def notices_read(request: HttpRequest) -> HttpResponse:
    """Mark all read."""
    marked = notices_mark_read(user=request.user)
    messages.success(request, gettext("All notices are marked read.") if marked else gettext("Nothing was unread."))
    return redirect("follows:notices")


@login_required
def notice_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Open one of one's notices: marked read, then on to the page it is about."""
    notice = get_object_or_404(Notice, pk=pk, user=request.user)
    notices_mark_read(user=request.user, notice_ids=[notice.pk])
    url = notice.url if notice.url.startswith("/") and not notice.url.startswith("//") else ""
    return redirect(url or "follows:notices")


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    """How the member hears by e-mail, and what they follow (each with its unfollow button)."""
    current = preference_for(request.user)
    form = EmailPreferenceForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        preferences_update(
            user=request.user, immediate=form.cleaned_data["immediate"], digest=form.cleaned_data["digest"]
        )
        messages.success(request, gettext("Your e-mail preferences are saved."))
        return redirect("follows:preferences")
    topics = list(Follow.objects.filter(user=request.user).order_by("-created_at").values_list("topic", flat=True))
    found = targets(topics)
    followed = [found[topic] for topic in topics if topic in found]
    return render(request, "follows/preferences.html", {"form": form, "followed": followed})


@csrf_exempt  # the signed link is the proof; mail providers POST to it without a form (RFC 8058)
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """The link in every e-mail: GET asks to confirm, POST stops every e-mail. Works logged out."""
    user_id = unsubscribe_user_id(token)
    member = User.objects.filter(pk=user_id, is_active=True).first() if user_id else None
    if member is None:
        raise Http404("This unsubscribe link is not valid.")
    if request.method == "POST":
        email_unsubscribe(user=member)
        return render(request, "follows/unsubscribed.html", {"handle": member.handle})
    if request.method != "GET":
        return HttpResponse(status=405, headers={"Allow": "GET, POST"})
    return render(request, "follows/unsubscribe.html", {"handle": member.handle, "token": token})
