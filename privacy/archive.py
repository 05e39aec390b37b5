"""What a data export holds: one JSON file per kind of data and the member's image files, in a ZIP.

Everything is read for one member and written straight into the ZIP: JSON documents one at a time,
image files copied from storage in chunks, so a member with hundreds of photos never has them all in
memory. Other people appear only by their public handle or a doctor's public name: never another
member's e-mail, real name or private field.
"""

import datetime
import decimal
import json
import posixpath
import shutil
import textwrap
import zipfile
from collections.abc import Iterable
from typing import IO, Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.models import Notice, User
from consultations.models import ConsultationRequest
from doctors.models import DoctorProfile, VerificationDecision
from follows.models import Follow
from follows.services import preference_for
from follows.targets import targets
from moderation.models import Flag
from photos.models import BeforeAfterPhoto, ConsentRecord
from questions.models import Answer, HelpfulVote, Question
from reviews.models import SUB_RATINGS, DoctorResponse, Review, ReviewHelpfulVote

# The files of an export, in the order README.txt explains them.
FILES = {
    "profile.json": _("Your account: handle, e-mail addresses, real name, dates, settings and standing."),
    "questions.json": _("The questions you asked, hidden or withdrawn ones too, with their current text."),
    "answers.json": _(
        "If you are a doctor: the answers you wrote, each earlier text you replaced, and the "
        "disclaimer each one carries."
    ),
    "reviews.json": _(
        "Your reviews, with their updates, each change of verdict, the doctor's public response "
        "and the photo cases attached to them."
    ),
    "doctor_responses.json": _("If you are a doctor: your responses to patients' reviews."),
    "helpful_votes.json": _("The answers and reviews you marked helpful."),
    "flags.json": _("What you reported to the moderators, and what they decided."),
    "notices.json": _("The notifications the site left for you."),
    "following.json": _("The questions, treatments and doctors you follow, and your e-mail preferences."),
    "consent_records.json": _("Every consent you gave for before/after photos, with the exact text you agreed to."),
    "photo_cases.json": _("Your before/after photo cases; their images are in photos/."),
    "photos/": _(
        "The images of your photo cases as stored: your uploads with their metadata (location, "
        "camera) already removed, as every image on the site is stripped on upload."
    ),
    "consultations.json": _(
        "The consultation requests you sent to doctors: what you asked, the contact "
        "details you chose to share, the conversation, and each request's status; their photos are in "
        "consultations/."
    ),
    "consultations/": _("The photos you sent with consultation requests, as stored (metadata removed)."),
    "doctor.json": _(
        "If you applied as a doctor: your profile and application, and each verification "
        "decision with the reason given."
    ),
    "doctor/": _("If you applied as a doctor: your headshot and the licence document you uploaded."),
}


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    raise TypeError(f"Not exportable as JSON: {type(value).__name__}")


def _when(value: datetime.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL.rstrip('/')}{path}" if path else ""


class ExportWriter:
    """Writes one member's export into an open ZipFile (see `write_export`)."""

    def __init__(self, archive: zipfile.ZipFile, member: User) -> None:
        self.archive = archive
        self.member = member
        self.doctor = DoctorProfile.objects.filter(user=member).first()
        self.written: list[str] = []

    def _json(self, name: str, data: Any) -> None:
        with self.archive.open(name, "w") as out:
            out.write(json.dumps(data, indent=2, ensure_ascii=False, default=_json_default).encode())
        self.written.append(name)

    def _file(self, name: str, stored_name: str, *, storage: str = "private") -> str | None:
        """Copy a stored file into the archive in chunks; None when it is missing from storage.

        The storage is looked up by alias each time (as imaging.pipeline does), never taken from the
        model field, which keeps the storage it was first given."""
        try:
            source: IO[bytes] = storages[storage].open(stored_name, "rb")
        except (FileNotFoundError, OSError):
            return None
        with source, self.archive.open(name, "w", force_zip64=True) as out:
            shutil.copyfileobj(source, out, length=1024 * 1024)
        self.written.append(name)
        return name

    # The documents ---------------------------------------------------------------------------

    def profile(self) -> None:
        member = self.member
        kinds = sorted(Authenticator.objects.filter(user_id=member.pk).values_list("type", flat=True))
        self._json(
            "profile.json",
            {
                "handle": member.handle,
                "email": member.email,
                "email_addresses": [
                    {"email": row.email, "verified": row.verified, "primary": row.primary}
                    for row in EmailAddress.objects.filter(user_id=member.pk).order_by("pk")
                ],
                "full_name": member.full_name,
                "date_joined": member.date_joined,
                "last_login": member.last_login,
                "is_active": member.is_active,
                "is_staff": member.is_staff,
                # Whether a second factor protects the account and of which kinds; never a secret, a
                # recovery code or a key.
                "two_factor_enrolled": bool(kinds),
                "two_factor_kinds": [kind for kind in kinds if kind != Authenticator.Type.RECOVERY_CODES],
                "settings": {"full_name": member.full_name},
                "suspended_at": member.suspended_at,
                "suspension_reason": member.suspension_reason,
                "public_profile": gettext("Other members see only your handle."),
            },
        )

    def questions(self) -> None:
        rows = Question.objects.filter(author=self.member).prefetch_related("treatments").order_by("created_at", "pk")
        self._json(
            "questions.json",
            [
                {
                    "id": question.pk,
                    "title": question.title,
                    "body": question.body,
                    "treatments": [t.name for t in question.treatments.all()],
                    "age_range": question.age_range,
                    "city": question.city,
                    "asked_at": question.created_at,
                    "last_changed_at": question.updated_at,
                    "answer_count": question.answer_count,
                    "hidden_at": question.hidden_at,
                    "hidden_reason": question.hidden_reason,
                    "url": "" if question.is_hidden else _absolute(question.get_absolute_url()),
                    # Questions keep only their current text (they can be edited until answered).
                    "earlier_texts": [],
                }
                for question in rows.iterator(chunk_size=500)
            ],
        )

    def answers(self) -> None:
        if self.doctor is None:
            return
        rows = (
            Answer.objects.filter(doctor=self.doctor)
            .select_related("question__author", "disclaimer")
            .prefetch_related(models.Prefetch("revisions", to_attr="earlier"))
            .order_by("created_at", "pk")
        )
        self._json(
            "answers.json",
            [
                {
                    "id": answer.pk,
                    "question": {
                        "id": answer.question_id,
                        "title": answer.question.title,
                        "asked_by": answer.question.author.handle,
                    },
                    "body": answer.body,
                    "disclaimer_version": answer.disclaimer.number,
                    "disclaimer_text": answer.disclaimer.text,
                    "helpful_count": answer.helpful_count,
                    "thanked_at": answer.thanked_at,
                    "written_at": answer.created_at,
                    "edited_at": answer.edited_at,
                    "hidden_at": answer.hidden_at,
                    "hidden_reason": answer.hidden_reason,
                    "earlier_texts": [
                        {"body": revision.body, "replaced_at": revision.edited_at} for revision in answer.earlier
                    ],
                }
                for answer in rows.iterator(chunk_size=200)
            ],
        )

    def reviews(self) -> None:
        rows = (
            Review.objects.filter(author=self.member)
            .select_related("treatment", "doctor", "response__doctor")
            .prefetch_related("updates", "verdict_changes", "photo_cases")
            .order_by("created_at", "pk")
        )
        self._json("reviews.json", [self._review(review) for review in rows.iterator(chunk_size=200)])

    def _review(self, review: Review) -> dict[str, Any]:
        response = getattr(review, "response", None)
        data = {
            "id": review.pk,
            "title": review.title,
            "story": review.story,
            "treatment": review.treatment.name,
            "doctor": review.doctor.display_name if review.doctor_id else None,
            "verdict": review.get_verdict_display(),
            "cost": {"amount": review.cost_amount, "currency": review.cost_currency}
            if review.cost_amount is not None
            else None,
            "treatment_date": review.treatment_date,
            "written_at": review.created_at,
            "last_changed_at": review.updated_at,
            "helpful_count": review.helpful_count,
            "hidden_at": review.hidden_at,
            "hidden_reason": review.hidden_reason,
            "updates": [{"body": u.body, "written_at": u.created_at} for u in review.updates.all()],
            "verdict_changes": [
                {
                    "from": change.get_previous_display() if change.previous else None,
                    "to": change.get_verdict_display(),
                    "changed_at": change.changed_at,
                }
                for change in review.verdict_changes.all()
            ],
            # A response a moderator hid is the doctor's words withdrawn from view: only that it existed.
            "doctor_response": {
                "doctor": response.doctor.display_name,
                "body": "" if response.is_hidden else response.body,
                "written_at": response.created_at,
                "hidden": response.is_hidden,
            }
            if response is not None
            else None,
            "photo_case_ids": [case.pk for case in review.photo_cases.all()],
        }
        data["ratings"] = {"overall": review.rating} | {
            label: getattr(review, name) for name, label in SUB_RATINGS if getattr(review, name) is not None
        }
        return data

    def doctor_responses(self) -> None:
        if self.doctor is None:
            return
        rows = (
            DoctorResponse.objects.filter(doctor=self.doctor)
            .select_related("review__author", "review__treatment")
            .order_by("created_at", "pk")
        )
        self._json(
            "doctor_responses.json",
            [
                {
                    "id": response.pk,
                    "review": {
                        "id": response.review_id,
                        "title": response.review.title,
                        "treatment": response.review.treatment.name,
                        "written_by": response.review.author.handle,
                    },
                    "body": response.body,
                    "written_at": response.created_at,
                    "last_changed_at": response.updated_at,
                    "hidden_at": response.hidden_at,
                    "hidden_reason": response.hidden_reason,
                }
                for response in rows.iterator(chunk_size=200)
            ],
        )

    def helpful_votes(self) -> None:
        answers = (
            HelpfulVote.objects.filter(user=self.member)
            .select_related("answer__question", "answer__doctor")
            .order_by("created_at", "pk")
        )
        reviews = (
            ReviewHelpfulVote.objects.filter(user=self.member)
            .select_related("review__treatment", "review__author")
            .order_by("created_at", "pk")
        )
        self._json(
            "helpful_votes.json",
            {
                "answers": [
                    {
                        "answer_id": vote.answer_id,
                        "question": vote.answer.question.title,
                        "doctor": vote.answer.doctor.display_name,
                        "voted_at": vote.created_at,
                    }
                    for vote in answers.iterator(chunk_size=500)
                ],
                "reviews": [
                    {
                        "review_id": vote.review_id,
                        "review": vote.review.title,
                        "treatment": vote.review.treatment.name,
                        "written_by": vote.review.author.handle,
                        "voted_at": vote.created_at,
                    }
                    for vote in reviews.iterator(chunk_size=500)
                ],
            },
        )

    def flags(self) -> None:
        rows = Flag.objects.filter(reporter=self.member).select_related("content_type").order_by("created_at", "pk")
        self._json(
            "flags.json",
            [
                {
                    "id": flag.pk,
                    "flagged": flag.target_repr,
                    "kind": flag.content_type.model,
                    "reason": flag.get_reason_display(),
                    "details": flag.details,
                    "flagged_at": flag.created_at,
                    "status": flag.get_status_display(),
                    "outcome": flag.get_outcome_display() if flag.outcome else None,
                    "resolved_at": flag.resolved_at,
                    # Which moderator decided is not said: moderators act for the site, not as persons.
                }
                for flag in rows.iterator(chunk_size=500)
            ],
        )

    def notices(self) -> None:
        rows = Notice.objects.filter(user=self.member).order_by("created_at", "pk")
        self._json(
            "notices.json",
            [
                {
                    "message": n.message,
                    "url": _absolute(n.url) if n.url.startswith("/") else n.url,
                    "created_at": n.created_at,
                    "read_at": n.read_at,
                }
                for n in rows.iterator(chunk_size=500)
            ],
        )

    def following(self) -> None:
        follows = list(Follow.objects.filter(user=self.member).order_by("created_at", "pk"))
        pages = targets(follow.topic for follow in follows)
        preference = preference_for(self.member)
        self._json(
            "following.json",
            {
                "follows": [
                    {
                        "page": pages[f.topic].title if f.topic in pages else "(no longer public)",
                        "url": _absolute(pages[f.topic].url) if f.topic in pages else "",
                        "since": f.created_at,
                    }
                    for f in follows
                ],
                "email_preferences": {
                    "immediate_for_direct_events": preference.immediate,
                    "digest": preference.get_digest_display(),
                },
            },
        )

    def _cases(self) -> models.QuerySet[BeforeAfterPhoto]:
        return BeforeAfterPhoto.objects.filter(uploader=self.member)

    def consent_records(self) -> None:
        # Consents the member gave, and the consents behind their own cases (the same rows for patients).
        rows = (
            ConsentRecord.objects.filter(models.Q(attested_by=self.member) | models.Q(photo_case__in=self._cases()))
            .select_related("text_version", "attested_by")
            .distinct()
            .order_by("attested_at", "pk")
        )
        self._json(
            "consent_records.json",
            [
                {
                    "id": record.pk,
                    "kind": record.get_kind_display(),
                    "text_version": record.text_version.number,
                    "text": record.text_version.text,
                    "given_at": record.attested_at,
                    "given_by_you": record.attested_by_id == self.member.pk,
                    # The practice's filing reference is the attesting doctor's note, not the member's.
                    **({"reference": record.reference} if record.attested_by_id == self.member.pk else {}),
                }
                for record in rows
            ],
        )

    def photo_cases(self) -> None:
        rows = (
            self._cases()
            .select_related("doctor", "consent")
            .prefetch_related("images", "treatments")
            .order_by("created_at", "pk")
        )
        cases = []
        for case in rows.iterator(chunk_size=100):
            images = []
            for image in case.images.all():
                extension = posixpath.splitext(image.original.name)[1].lower() or ".jpg"
                stored = self._file(f"photos/case-{case.pk}-{image.role}{extension}", image.original.name)
                images.append(
                    {"role": image.get_role_display(), "width": image.width, "height": image.height, "file": stored}
                )
            cases.append(
                {
                    "id": case.pk,
                    "caption": case.caption,
                    "treatments": [t.name for t in case.treatments.all()],
                    "doctor": case.doctor.display_name if case.doctor_id else None,
                    "review_id": case.review_id,
                    "time_since_treatment": case.get_time_since_treatment_display(),
                    "graphic": case.is_graphic,
                    "status": case.get_status_display(),
                    "status_reason": case.status_reason,
                    "posted_at": case.created_at,
                    "hidden_at": case.hidden_at,
                    "hidden_reason": case.hidden_reason,
                    "consent_record_id": case.consent_id,
                    "images": images,
                }
            )
        self._json("photo_cases.json", cases)

    def consultations(self) -> None:
        rows = (
            ConsultationRequest.objects.for_patient(self.member)
            .select_related("doctor", "treatment")
            .prefetch_related("messages", "photos")
            .order_by("created_at", "pk")
        )
        requests = []
        for request in rows:
            requests.append(
                {
                    "id": request.pk,
                    "doctor": request.doctor.display_name,
                    "treatment": request.treatment.name if request.treatment_id else None,
                    "message": request.message,
                    "when": request.get_timing_display(),
                    "contact": request.get_contact_display(),
                    "contact_shared": request.contact_shared,
                    "status": request.get_status_display(),
                    "sent_at": request.created_at,
                    "conversation": [
                        {
                            "from": "you" if message.author_id == self.member.pk else request.doctor.display_name,
                            "text": message.body,
                            "sent_at": message.created_at,
                        }
                        for message in request.messages.all()
                    ],
                    "photos": [
                        self._file(f"consultations/request-{request.pk}-photo-{photo.pk}.jpg", photo.image)
                        for photo in request.photos.all()
                    ],
                }
            )
        if requests:
            self._json("consultations.json", requests)

    def doctor_profile(self) -> None:
        doctor = self.doctor
        if doctor is None:
            return
        headshot = licence = None
        if doctor.headshot:
            extension = posixpath.splitext(doctor.headshot.name)[1]
            headshot = self._file(f"doctor/headshot{extension}", doctor.headshot.name, storage="default")
        if doctor.licence_document:
            extension = posixpath.splitext(doctor.licence_document.name)[1]
            licence = self._file(f"doctor/licence{extension}", doctor.licence_document.name)
        decisions = VerificationDecision.objects.filter(doctor=doctor).order_by("decided_at", "pk")
        self._json(
            "doctor.json",
            {
                "full_name": doctor.full_name,
                "public_name": doctor.display_name,
                "credential": doctor.credential,
                "specialty": doctor.get_specialty_display(),
                "licence_number": doctor.licence_number,
                "licence_region": doctor.licence_region,
                "board_certifications": doctor.board_certifications,
                "practice_name": doctor.practice_name,
                "address": doctor.address,
                "city": doctor.city,
                "region": doctor.region,
                "country": doctor.country,
                "website": doctor.website,
                "bio": doctor.bio,
                "status": doctor.get_status_display(),
                "status_reason": doctor.status_reason,
                "applied_at": doctor.created_at,
                "submitted_at": doctor.submitted_at,
                "verified_at": doctor.verified_at,
                "profile_url": _absolute(doctor.get_absolute_url()) if doctor.is_public else "",
                "headshot_file": headshot,
                "licence_document_file": licence,
                # Each decision on the application; which moderator made it is not said.
                "verification_decisions": [
                    {
                        "decision": decision.get_decision_display(),
                        "decided_at": decision.decided_at,
                        "reason": decision.reason,
                        "licence_number": decision.licence_number,
                        "licence_region": decision.licence_region,
                    }
                    for decision in decisions
                ],
            },
        )

    def readme(self, *, generated_at: datetime.datetime) -> None:
        text = render_to_string(
            "privacy/export_readme.txt",
            {
                "member": self.member,
                "generated_at": generated_at,
                "files": [
                    (name, textwrap.fill(str(about), width=96, initial_indent=" " * 6, subsequent_indent=" " * 6))
                    for name, about in FILES.items()
                    if self._has(name)
                ],
                "SITE_NAME": settings.SITE_NAME,
                "data_url": f"{settings.SITE_URL}{reverse('privacy:data')}",
            },
        )
        with self.archive.open("README.txt", "w") as out:
            out.write(text.encode())

    def _has(self, name: str) -> bool:
        return (
            any(written == name or written.startswith(name) for written in self.written)
            if name.endswith("/")
            else name in self.written
        )


def write_export(out: IO[bytes], member: User) -> list[str]:
    """Write `member`'s export as a ZIP into the binary file `out`; returns the names it holds."""
    generated_at = timezone.now()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        writer = ExportWriter(archive, member)
        steps: Iterable = (
            writer.profile,
            writer.questions,
            writer.answers,
            writer.reviews,
            writer.doctor_responses,
            writer.helpful_votes,
            writer.flags,
            writer.notices,
            writer.following,
            writer.consent_records,
            writer.photo_cases,
            writer.consultations,
            writer.doctor_profile,
        )
        for step in steps:
            step()
        writer.readme(generated_at=generated_at)
        return ["README.txt", *writer.written]
