"""Review writes. Each runs in one transaction and leaves every figure that depends on it exact.

Doctor figures (`DoctorProfile.review_count/rating_sum/worth_it_count`) are counters, because the
directory sorts and shows them for many doctors at once. They are refreshed by
`doctor_figures_refresh`, which recomputes them from the public rows with one aggregate UPDATE after
locking the doctor's row. Recomputing (rather than adding deltas) keeps them exact whatever changed:
a new review, an edited rating or verdict, a moderator hiding or restoring, a deletion, even two
moderators hiding the same review at once. Taking the row lock first matters on PostgreSQL: the
UPDATE then reads a fresh snapshot, and any transaction that changed a review earlier but commits
later must wait for that lock and recompute again itself.

Treatment figures are not stored: `reviews.selectors.treatment_review_figures` computes them with a
fixed number of aggregate queries (a median cannot be kept as a counter anyway).

Every write a member or moderator asks for checks its rule itself (reviews.permissions), whoever calls it:

- `review_create`: `check_can_write_review` ("reviews.write") for the author.
- `review_update`, `review_add_update`: `check_can_edit_review` ("reviews.edit") for the editor, on the
  locked row.
- `response_upsert`: `check_can_respond` ("reviews.respond") for the doctor's account.
- `review_delete`: `check_can_delete_review` ("reviews.delete") when the author deletes,
  `check_can_remove_review` ("reviews.remove") when anyone else does (the admin).
- `review_helpful_toggle`: `check_can_vote` ("reviews.vote").
- `review_receipt_submit`: `check_can_submit_receipt` ("reviews.submit_receipt") for the author.
- `review_receipt_decide`: `check_can_decide_receipt` ("reviews.decide_receipt") for the moderator.
- `review_visit_confirm`: `check_can_confirm_visit` ("reviews.confirm_visit") for the named doctor.
- `doctor_figures_refresh`: bookkeeping inside the writes above and moderation, no member's request.
"""

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.services import notice_create
from core.i18n import current_language
from core.votes import helpful_vote_toggle
from doctors.models import DoctorProfile
from follows.services import NEW_REVIEW, follow_create, followers_notify
from moderation.models import ModerationLog
from moderation.services import log_action, member_content_remove
from pagecache.topics import changed
from reviews.models import (
    SUB_RATING_FIELDS,
    Currency,
    DoctorResponse,
    Incentive,
    Relationship,
    Review,
    ReviewHelpfulVote,
    ReviewUpdate,
    Verdict,
    VerdictChange,
    Verification,
)
from reviews.permissions import (
    check_can_confirm_visit,
    check_can_decide_receipt,
    check_can_delete_review,
    check_can_edit_review,
    check_can_remove_review,
    check_can_respond,
    check_can_submit_receipt,
    check_can_vote,
    check_can_write_review,
)
from reviews.selectors import duplicate_review
from reviews.signals import review_deleting
from treatments.models import treatment_named

# What the author may change after posting. The treatment and the doctor are fixed: a doctor may
# already have responded to the review as written about them.
EDITABLE_FIELDS = [
    "verdict",
    "rating",
    *SUB_RATING_FIELDS,
    "cost_amount",
    "cost_currency",
    "treatment_date",
    "title",
    "story",
    "incentive",
    "incentive_details",
    "relationship",
    "relationship_details",
]
DISCLOSURE_FIELDS = ["incentive", "incentive_details", "relationship", "relationship_details"]


def _check_disclosures(review: Review) -> None:
    """A review written or edited now answers both disclosure questions ("not stated" is only for reviews
    written before we asked; an edit must answer them too)."""
    errors = {}
    if review.incentive == Incentive.NOT_STATED:
        errors["incentive"] = _("Say whether you received anything for this treatment or this review.")
    if review.relationship == Relationship.NOT_STATED:
        errors["relationship"] = _("Say whether you are connected to the doctor or clinic.")
    if errors:
        raise ValidationError(errors)
    # Details only mean something with "other"; a stale description would contradict the answer.
    if review.incentive != Incentive.OTHER:
        review.incentive_details = ""
    if review.relationship != Relationship.OTHER:
        review.relationship_details = ""


def _subquery_value(queryset, aggregate) -> Coalesce:
    """One aggregate over `queryset` (grouped by the outer row), as a scalar subquery with 0 for none."""
    return Coalesce(
        Subquery(queryset.annotate(value=aggregate).values("value")[:1], output_field=IntegerField()),
        Value(0),
    )


def doctor_figures_refresh(*, doctor_ids: Iterable[int] | None = None) -> None:
    """Recompute the review counters of these doctors (all doctors when None) from their public reviews."""
    doctors = DoctorProfile.objects.all()
    if doctor_ids is not None:
        doctors = doctors.filter(pk__in=list(doctor_ids))
        # Lock first (in pk order, so two writers never wait on each other crosswise); see the module doc.
        list(doctors.select_for_update().order_by("pk").values_list("pk", flat=True))
    public = Review.objects.public().filter(doctor=OuterRef("pk")).order_by().values("doctor")
    doctors.update(
        review_count=_subquery_value(public, Count("pk")),
        rating_sum=_subquery_value(public, Sum("rating")),
        worth_it_count=_subquery_value(public, Count("pk", filter=Q(verdict=Verdict.WORTH_IT))),
    )


def _save_new_review(review: Review) -> None:
    try:
        with transaction.atomic():
            review.save()
    except IntegrityError as error:
        # Two submissions raced past the form's check and the unique constraint decided. (The
        # error text names the constraint on PostgreSQL but only the columns on SQLite, so ask.)
        if duplicate_review(author=review.author, treatment=review.treatment, doctor=review.doctor) is None:
            raise
        field = "doctor" if review.doctor_id else "treatment"
        raise ValidationError({field: _("You have already reviewed this.")}) from error


@transaction.atomic
def review_create(
    *,
    author,
    treatment,
    verdict: str,
    rating: int,
    treatment_date: date,
    title: str,
    story: str,
    incentive: str,
    relationship: str,
    incentive_details: str = "",
    relationship_details: str = "",
    doctor: DoctorProfile | None = None,
    cost_amount: Decimal | None = None,
    cost_currency: str = Currency.USD,
    sub_ratings: dict[str, int | None] | None = None,
) -> Review:
    """Publish a patient's review as `author`, who must be allowed to write one (`check_can_write_review`,
    checked here: PermissionDenied otherwise).

    The disclosures (what they received, their ties to the doctor or clinic) are required answers.
    Raises ValidationError on bad values, including a second review of the same doctor and treatment.
    """
    check_can_write_review(author)
    review = Review(
        author=author,
        language=current_language(),  # the page it was written on
        treatment=treatment,
        doctor=doctor,
        verdict=verdict,
        rating=rating,
        cost_amount=cost_amount,
        cost_currency=cost_currency or Currency.USD,
        treatment_date=treatment_date,
        title=title,
        story=story,
        incentive=incentive,
        incentive_details=incentive_details.strip(),
        relationship=relationship,
        relationship_details=relationship_details.strip(),
        **{field: (sub_ratings or {}).get(field) for field in SUB_RATING_FIELDS},
    )
    _check_disclosures(review)
    review.full_clean()
    _save_new_review(review)
    VerdictChange.objects.create(review=review, verdict=verdict, changed_at=review.created_at)
    if doctor is not None:
        doctor_figures_refresh(doctor_ids=[doctor.pk])
        notice_create(
            user=doctor.user,
            message=format_lazy(
                gettext_lazy("A patient reviewed you for {treatment}: “{title}”."),
                treatment=treatment_named(treatment),
                title=review.title,
            ),
            url=review.get_absolute_url(),
        )
        # The reviewer hears of the doctor's next reviews; whoever follows the doctor hears of this one.
        follow_create(user=author, topic=f"doctor:{doctor.pk}")
        followers_notify(
            topic=f"doctor:{doctor.pk}",
            kind=NEW_REVIEW,
            title=doctor.display_name,
            message=format_lazy(
                gettext_lazy("New review of {doctor} for {treatment}: “{title}”."),
                doctor=doctor.display_name,
                treatment=treatment_named(treatment),
                title=review.title,
            ),
            url=review.get_absolute_url(),
            exclude_user_ids=[author.pk, doctor.user_id],
        )
    return review


def _locked(review: Review) -> Review:
    """The review's current row, locked: concurrent edits of one review apply one after the other."""
    return Review.objects.select_for_update(of=("self",)).select_related("treatment", "doctor").get(pk=review.pk)


@transaction.atomic
def review_update(*, review: Review, editor, **changes) -> Review:
    """Edit a review as `editor`, its author: `check_can_edit_review` decides here, on the locked row
    (PermissionDenied otherwise).

    Accepts any of EDITABLE_FIELDS. A changed verdict is recorded in the verdict history.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"These review fields can't be edited: {', '.join(sorted(unknown))}")
    current = _locked(review)
    check_can_edit_review(editor, current)
    old_verdict, old_rating = current.verdict, current.rating
    for field, value in changes.items():
        setattr(current, field, value)
    if not current.cost_currency:
        current.cost_currency = Currency.USD
    _check_disclosures(current)
    current.full_clean()
    current.save()
    if current.verdict != old_verdict:
        VerdictChange.objects.create(review=current, verdict=current.verdict, previous=old_verdict)
    if current.doctor_id and (current.verdict != old_verdict or current.rating != old_rating):
        doctor_figures_refresh(doctor_ids=[current.doctor_id])
    return current


@transaction.atomic
def review_add_update(*, review: Review, editor, body: str, verdict: str = "") -> ReviewUpdate:
    """Add a dated update to a review as `editor`, its author, optionally changing the verdict.
    `check_can_edit_review` decides here, on the locked row (PermissionDenied otherwise)."""
    current = _locked(review)
    check_can_edit_review(editor, current)
    update = ReviewUpdate(review=current, body=body)
    update.full_clean()
    update.save()
    if verdict and verdict != current.verdict:
        if verdict not in Verdict.values:
            raise ValidationError({"verdict": _("Choose one of the verdicts.")})
        VerdictChange.objects.create(
            review=current, verdict=verdict, previous=current.verdict, update=update, changed_at=update.created_at
        )
        current.verdict = verdict
        current.save(update_fields=["verdict", "updated_at"])
        if current.doctor_id:
            doctor_figures_refresh(doctor_ids=[current.doctor_id])
    else:
        # The review counts as changed for "recently updated" sorting and sitemaps.
        current.save(update_fields=["updated_at"])
    return update


@transaction.atomic
def response_upsert(*, review: Review, doctor: DoctorProfile, body: str) -> tuple[DoctorResponse, bool]:
    """Post or edit the reviewed doctor's public response. Returns (response, created).
    `check_can_respond` decides here for the doctor's account (PermissionDenied otherwise)."""
    check_can_respond(doctor.user, review)
    response = DoctorResponse.objects.select_for_update().filter(review=review).first()
    created = response is None
    if created:
        response = DoctorResponse(review=review, doctor=doctor)
    response.body = body
    response.full_clean(exclude=["review"])
    try:
        with transaction.atomic():
            response.save()
    except IntegrityError:
        # The doctor submitted twice at once: the first insert stands, this one edits it.
        response = DoctorResponse.objects.select_for_update().get(review=review)
        response.body = body
        response.save(update_fields=["body", "updated_at"])
        created = False
    if created:
        notice_create(
            user=review.author,
            message=format_lazy(
                gettext_lazy("{doctor} responded to your review “{title}”."),
                doctor=doctor.display_name,
                title=review.title,
            ),
            url=response.get_absolute_url(),
        )
    return response, created


@transaction.atomic
def review_delete(*, review: Review, actor) -> None:
    """Delete a review for good, with its updates, response and votes.

    Authors delete their own (`check_can_delete_review`); anyone else must be allowed to remove reviews
    (`check_can_remove_review`, administrators in the admin) and leaves a moderation log entry. Checked
    here, on the locked row: PermissionDenied otherwise.
    """
    current = _locked(review)
    if actor is not None and actor.is_authenticated and actor.pk == current.author_id:
        check_can_delete_review(actor, current)
    else:
        check_can_remove_review(actor)
    doctor_id = current.doctor_id
    if actor.pk != current.author_id:
        log_action(
            actor=actor,
            action=ModerationLog.Action.DELETE,
            target=current,
            before={"title": current.title, "author": current.author_id, "verdict": current.verdict},
        )
    # Photos are hidden and kept, never deleted with the review (photos.services explains why): photos
    # withdraws its cases on this signal.
    review_deleting.send(sender=Review, review=current, actor=actor)
    _receipt_forget(current)
    current.delete()
    if doctor_id:
        doctor_figures_refresh(doctor_ids=[doctor_id])


def review_helpful_toggle(*, review: Review, user) -> tuple[bool, int]:
    """Mark a review helpful as `user`, or take the vote back. `check_can_vote` decides here
    (PermissionDenied otherwise)."""
    check_can_vote(user, review)
    result = helpful_vote_toggle(vote_model=ReviewHelpfulVote, target=review, user=user)
    return result


def _receipt_forget(review: Review) -> None:
    """Delete the review's receipt file once the transaction commits, and clear the field (unsaved).

    After commit: if the transaction rolled back, the row would still name the file."""
    if not review.receipt:
        return
    name, storage = review.receipt.name, review.receipt.storage
    transaction.on_commit(lambda: storage.delete(name))
    review.receipt = ""


@transaction.atomic
def review_receipt_submit(*, review: Review, author, receipt) -> Review:
    """Send a receipt (an image or PDF, through the licence pipeline: sniffed, size- and bomb-checked,
    metadata stripped, stored privately under a random name) for a moderator to check. A new receipt
    replaces one still waiting. `check_can_submit_receipt` decides here, on the locked row."""
    current = _locked(review)
    check_can_submit_receipt(author, current)
    _receipt_forget(current)
    current.receipt.save("receipt", receipt, save=False)
    current.verification = Verification.RECEIPT_PENDING
    current.receipt_uploaded_at = timezone.now()
    current.verified_at, current.verified_by, current.verification_note = None, None, ""
    current.save(
        update_fields=[
            "receipt",
            "verification",
            "receipt_uploaded_at",
            "verified_at",
            "verified_by",
            "verification_note",
            "updated_at",
        ]
    )
    return current


@transaction.atomic
def review_receipt_decide(*, review: Review, moderator, approve: bool, note: str = "") -> Review:
    """Approve or reject a review's receipt as `moderator` (`check_can_decide_receipt`, checked here).

    Only the decision is kept (who, when, the outcome, the reason given): the receipt is deleted with it.
    It was evidence for this one decision, and it carries health and payment details that no one needs
    afterwards; a patient who is refused may send another. Logged in the moderation log; the author
    gets a notice. Raises ValidationError when no receipt is waiting (another moderator decided first)."""
    check_can_decide_receipt(moderator)
    current = _locked(review)
    if current.verification != Verification.RECEIPT_PENDING:
        raise ValidationError(_("No receipt is waiting on this review: another moderator may have decided already."))
    note = note.strip()[:300]
    if not approve and not note:
        note = "The receipt didn't show this treatment, this date or this clinic clearly enough."
    before = {"verification": current.verification}
    current.verification = Verification.RECEIPT_APPROVED if approve else Verification.RECEIPT_REJECTED
    current.verified_at = timezone.now()
    current.verified_by = moderator
    current.verification_note = "" if approve else note
    _receipt_forget(current)
    current.save(update_fields=["verification", "verified_at", "verified_by", "verification_note", "receipt"])
    log_action(
        actor=moderator,
        action=ModerationLog.Action.EDIT,
        target=current,
        reason=("Approved the treatment receipt" if approve else f"Did not accept the treatment receipt: {note}")
        + " (the receipt is deleted).",
        before=before,
        after={"verification": current.verification},
    )
    if approve:
        message = f"Your review “{current.title}” now shows “Verified by receipt”. We deleted the receipt."
    else:
        message = f"We couldn't verify your receipt for “{current.title}”: {note} We deleted it; you may send another."
    notice_create(user=current.author, message=message, url=current.get_absolute_url())
    return current


@transaction.atomic
def review_visit_confirm(*, review: Review, doctor_user) -> Review:
    """The doctor a review names confirms they treated this patient (`check_can_confirm_visit`, checked
    here on the locked row). The review then shows "Confirmed by Dr. X"; a receipt still waiting is
    no longer needed and is deleted."""
    current = _locked(review)
    check_can_confirm_visit(doctor_user, current)
    current.verification = Verification.DOCTOR_CONFIRMED
    current.verified_at = timezone.now()
    current.verified_by = doctor_user
    current.verification_note = ""
    _receipt_forget(current)
    current.save(update_fields=["verification", "verified_at", "verified_by", "verification_note", "receipt"])
    notice_create(
        user=current.author,
        message=format_lazy(
            gettext_lazy("{doctor} confirmed your visit: your review “{title}” shows it."),
            doctor=current.doctor.display_name,
            title=current.title,
        ),
        url=current.get_absolute_url(),
    )
    return current


@transaction.atomic
def reviews_for_leaving_member(*, member, keep_posts: bool, actor) -> None:
    """A member closes their account (accounts.signals.member_leaving). Removing: their reviews, with
    their follow-ups and the doctors' responses shown under them, leave every public page for good
    (moderation.services.member_content_remove; the doctors' figures follow as for any hiding).
    Keeping: the reviews stay, shown as by "Former member", and the pages that named them re-render."""
    reviews = list(Review.objects.filter(author=member).order_by("pk"))
    # A receipt still waiting for a moderator is the member's health and payment record: it goes now,
    # whatever they chose for their posts, and no moderator is left a check to make.
    for review in reviews:
        if review.receipt:
            _receipt_forget(review)
            if review.verification == Verification.RECEIPT_PENDING:
                review.verification = Verification.NONE
            review.save(update_fields=["receipt", "verification"])
    if not keep_posts:
        member_content_remove(actor=actor, items=reviews)
        return
    for review in reviews:
        if not review.is_hidden:
            changed(review)
