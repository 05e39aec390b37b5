"""The transparency page: what moderation did each month, in numbers only (no names, no items).

Everything comes from the moderation log in one aggregate query over the last twelve months, kept in
the cache until the log changes (`moderation.apps` publishes every entry as "moderation:log") or the
month turns. A hiding counts once, when it happened: by a moderator (a HIDE entry by staff, which
includes flags a moderator upheld by hiding) or by flags (AUTO_HIDE); members withdrawing their own
posts are not moderation and are left out. An item's reason is the most common reason its flags gave up
to the hiding, or "a moderator's own review" when nobody flagged it (moderators' free-text reasons
name people and posts, so they stay in the log).
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import TruncMonth
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from moderation.models import Flag, ModerationLog
from pagecache.topics import cached_until_changed, depends_on

MONTHS = 12
LOG_TOPIC = "moderation:log"
NO_FLAG = _("No flag: found by a moderator")
Action = ModerationLog.Action
COUNTED = [
    Action.HIDE,
    Action.AUTO_HIDE,
    Action.APPEAL,
    Action.APPEAL_RESTORE,
    Action.APPEAL_UPHOLD,
    Action.DOCTOR_VERIFY,
    Action.DOCTOR_REJECT,
]


@dataclass
class MonthFigures:
    month: datetime.date
    hidden_by_moderators: int = 0
    hidden_by_flags: int = 0
    # Keyed by the flag reason's value ("" when nobody flagged) and the content type's id: the figures
    # are kept in the cache for every language, their labels are read in the reader's.
    by_reason: dict[str, int] = field(default_factory=dict)
    by_kind: dict[int, int] = field(default_factory=dict)
    appeals: int = 0
    restored_on_appeal: int = 0
    upheld_on_appeal: int = 0
    doctors_verified: int = 0
    doctors_rejected: int = 0

    @property
    def hidden(self) -> int:
        return self.hidden_by_moderators + self.hidden_by_flags

    @property
    def verifications_decided(self) -> int:
        return self.doctors_verified + self.doctors_rejected

    @property
    def reasons(self) -> list[tuple[str, int]]:
        """Flag reasons in the order readers see them when flagging, then hidings nobody flagged."""
        labels = dict(Flag.Reason.choices)
        order = [*labels, ""]
        return [
            (str(labels.get(reason, NO_FLAG)), count)
            for reason, count in sorted(self.by_reason.items(), key=lambda item: order.index(item[0]))
        ]

    @property
    def kinds(self) -> list[tuple[str, int]]:
        kinds = [(_kind(content_type_id), count) for content_type_id, count in self.by_kind.items()]
        return sorted(kinds, key=lambda item: (-item[1], item[0]))


def month_starts(today: datetime.date, months: int = MONTHS) -> list[datetime.date]:
    """The first days of this month and the `months - 1` before it, newest first."""
    year, month = today.year, today.month
    starts = []
    for _month in range(months):
        starts.append(datetime.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts


def _main_flag_reason() -> Subquery:
    """For a log entry: the reason most of its item's flags gave up to that moment (ties: alphabetical)."""
    return Subquery(
        Flag.objects.filter(
            content_type_id=OuterRef("target_type_id"),
            object_id=OuterRef("target_id"),
            created_at__lte=OuterRef("created_at"),
        )
        .order_by()
        .values("reason")
        .annotate(n=Count("pk"))
        .order_by("-n", "reason")
        .values("reason")[:1]
    )


def _kind(content_type_id: int) -> str:
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return str(model._meta.verbose_name_plural).capitalize() if model else gettext("Other")


def compute_figures(today: datetime.date) -> list[MonthFigures]:
    """The figures of the twelve months up to `today`'s, newest first: one query."""
    starts = month_starts(today)
    figures = {start: MonthFigures(month=start) for start in starts}
    since = datetime.datetime.combine(starts[-1], datetime.time.min, tzinfo=timezone.get_current_timezone())
    rows = (
        ModerationLog.objects.filter(created_at__gte=since, action__in=COUNTED)
        # A HIDE by a member is them withdrawing their own post, not moderation.
        .exclude(Q(action=Action.HIDE) & (Q(actor__isnull=True) | Q(actor__is_staff=False)))
        .annotate(
            month=TruncMonth("created_at"),
            flag_reason=_main_flag_reason(),
        )
        .order_by()
        .values("month", "action", "target_type_id", "flag_reason")
        .annotate(n=Count("pk"))
    )
    reason_labels = dict(Flag.Reason.choices)
    for row in rows:
        month = timezone.localtime(row["month"]).date() if timezone.is_aware(row["month"]) else row["month"].date()
        entry = figures.get(month)
        if entry is None:  # a row logged in the future (clock skew): not a month the page shows
            continue
        action, n = row["action"], row["n"]
        if action in (Action.HIDE, Action.AUTO_HIDE):
            if action == Action.HIDE:
                entry.hidden_by_moderators += n
            else:
                entry.hidden_by_flags += n
            reason = row["flag_reason"] if row["flag_reason"] in reason_labels else ""
            entry.by_reason[reason] = entry.by_reason.get(reason, 0) + n
            kind = row["target_type_id"]
            entry.by_kind[kind] = entry.by_kind.get(kind, 0) + n
        elif action == Action.APPEAL:
            entry.appeals += n
        elif action == Action.APPEAL_RESTORE:
            entry.restored_on_appeal += n
        elif action == Action.APPEAL_UPHOLD:
            entry.upheld_on_appeal += n
        elif action == Action.DOCTOR_VERIFY:
            entry.doctors_verified += n
        elif action == Action.DOCTOR_REJECT:
            entry.doctors_rejected += n
    return [figures[start] for start in starts]


def _chosen_month(request: HttpRequest, starts: list[datetime.date]) -> datetime.date:
    """`?month=YYYY-MM` among the months shown; this month without it. Anything else is a 404."""
    value = request.GET.get("month", "")
    if not value:
        return starts[0]
    for start in starts:
        if value == f"{start:%Y-%m}":
            return start
    raise Http404("The transparency page covers the last twelve months.")


def transparency(request: HttpRequest) -> HttpResponse:
    """Public: how many items were hidden (by reason, kind, moderators or flags), appealed and restored on
    appeal, and how many doctor applications were decided, this month and the eleven before."""
    today = timezone.localdate()
    chosen = _chosen_month(request, month_starts(today))
    depends_on(request, LOG_TOPIC)
    months = cached_until_changed(
        f"transparency:v2:{today:%Y-%m}", lambda: compute_figures(today), topics=[LOG_TOPIC], timeout=24 * 3600
    )
    selected = next(entry for entry in months if entry.month == chosen)
    return render(
        request,
        "pages/transparency.html",
        {"months": months, "selected": selected, "is_current_month": chosen == months[0].month},
    )
