"""The queues on the admin index: one COUNT query per queue, whatever the amount of data.

A queue shows only to staff who may view its model, and only once its app has the model (photos
and reviews can arrive after moderation).
"""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from moderation.models import Appeal, Flag, ModerationLog
from moderation.targets import admin_changelist_url


@dataclass(frozen=True)
class Queue:
    key: str
    title: str
    count: int
    url: str
    help: str


def _model(label: str) -> type[models.Model] | None:
    app_label, _, model_name = label.partition(".")
    if not apps.is_installed(app_label):
        return None
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def _can_view(request: HttpRequest, model: type[models.Model]) -> bool:
    opts = model._meta
    return request.user.has_perm(f"{opts.app_label}.view_{opts.model_name}") or request.user.has_perm(
        f"{opts.app_label}.change_{opts.model_name}"
    )


def _changelist(model: type[models.Model], query: str = "") -> str:
    url = admin_changelist_url(model)
    return f"{url}?{query}" if url and query else url


def _pending_queue(request: HttpRequest, label: str, *, key: str, title: str, help: str) -> Queue | None:
    """The rows of the model `label` whose status is "pending", for a moderator who may view them."""
    model = _model(label)
    if model is None or not _can_view(request, model):
        return None
    return Queue(
        key=key,
        title=title,
        count=model._default_manager.filter(status="pending").count(),
        url=_changelist(model, "status=pending"),
        help=help,
    )


def _doctor_applications(request: HttpRequest) -> Queue | None:
    return _pending_queue(
        request,
        "doctors.doctorprofile",
        key="doctors",
        title=gettext("Doctor applications"),
        help=gettext("Pending verification: check the licence, then verify or reject."),
    )


def _photos_pending(request: HttpRequest) -> Queue | None:
    return _pending_queue(
        request,
        "photos.beforeafterphoto",
        key="photos",
        title=gettext("Photos to approve"),
        help=gettext("Before/after photos waiting for approval (consent and privacy checked)."),
    )


def _open_flags(request: HttpRequest) -> Queue | None:
    if not _can_view(request, Flag):
        return None
    return Queue(
        key="flags",
        title=gettext("Open flags"),
        count=Flag.objects.open().count(),
        url=_changelist(Flag, "status__exact=open"),
        help=gettext("Reported by readers, most-flagged items first. Items with many flags are already hidden."),
    )


def _new_doctor_answers(request: HttpRequest) -> Queue | None:
    model = _model("questions.answer")
    if model is None or not _can_view(request, model):
        return None
    days = 30
    since = timezone.now() - datetime.timedelta(days=days)
    return Queue(
        key="new_doctor_answers",
        title=gettext("Answers by new doctors"),
        count=model._default_manager.filter(doctor__verified_at__gte=since).count(),
        url=_changelist(model, f"doctor_verified={days}"),
        help=ngettext(
            "Answers from doctors verified in the last %(days)s day: worth a second look.",
            "Answers from doctors verified in the last %(days)s days: worth a second look.",
            days,
        )
        % {"days": days},
    )


def _reviews_reported(request: HttpRequest) -> Queue | None:
    model = _model("reviews.review")
    if model is None or not _can_view(request, Flag):
        return None
    return Queue(
        key="reviews",
        title=gettext("Reviews reported"),
        count=Flag.objects.open().filter(content_type__app_label="reviews", content_type__model="review").count(),
        url=_changelist(Flag, "status__exact=open&target=reviews.review"),
        help=gettext("Open flags on patient reviews."),
    )


def _receipts_waiting(request: HttpRequest) -> Queue | None:
    model = _model("reviews.review")
    if model is None or not request.user.has_perm("reviews.decide_receipt"):
        return None
    return Queue(
        key="receipts",
        title=gettext("Receipts to check"),
        count=model._default_manager.filter(verification="receipt_pending").count(),
        url=_changelist(model, "verification=receipt_pending"),
        help=gettext("Patients' proof of treatment: approve or don't accept; the receipt is deleted either way."),
    )


def _appeals_pending(request: HttpRequest) -> Queue | None:
    if not _can_view(request, Appeal):
        return None
    return Queue(
        key="appeals",
        title=gettext("Appeals"),
        count=Appeal.objects.pending().count(),
        url=_changelist(Appeal, "queue=pending"),
        help=gettext("Members asking for a second look at a hiding. Decided by a moderator who did not hide the item."),
    )


QUEUES = [
    _doctor_applications,
    _photos_pending,
    _open_flags,
    _appeals_pending,
    _new_doctor_answers,
    _reviews_reported,
    _receipts_waiting,
]


def queues(request: HttpRequest) -> list[Queue]:
    return [queue for build in QUEUES if (queue := build(request)) is not None]


def recent_log(request: HttpRequest, limit: int = 10) -> list[ModerationLog]:
    if not request.user.has_perm("moderation.view_moderationlog"):
        return []
    return list(ModerationLog.objects.select_related("actor", "target_type")[:limit])
