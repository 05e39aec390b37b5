"""What moderation acts on: which models can be flagged, what the public may see of them, who owns them.

Other apps need no registration: a model listed in FLAGGABLE_MODELS that is installed and
`Hideable` can be flagged, hidden and restored. Lookups work on `app_label.model_name` labels, as in
the flag URL (`/moderation/flag/questions.answer/12/`).
"""

from django.apps import apps
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from moderation.models import Hideable

FLAGGABLE_MODELS = (
    "questions.question",
    "questions.answer",
    "questions.followup",
    "reviews.review",
    "reviews.doctorresponse",
    "photos.beforeafterphoto",
    "doctors.doctorprofile",
)

# Flags on these reach the moderators and never hide anything by themselves, however many and
# however trusted: hiding a doctor's profile takes the public page down (404) and stops the doctor
# answering, responding to reviews and posting cases, i.e. it changes their standing, and only a
# moderator decides that (verify, suspend, hide from the admin, or resolve the flags).
#
# What flags may still do to a doctor: hide one piece of what they wrote (an answer, a response to
# a review, a before/after case) when trusted flags on that one item reach the threshold, pending a
# moderator's review, exactly like anyone's post. That never touches the doctor themself: the
# profile stays public and verified, and hidden answers count for nothing in whether they may answer.
DECIDED_BY_MODERATORS_ONLY = ("doctors.doctorprofile",)


# The queryset method each app names "what the public may see", most specific first.
def flaggable_model(label: str) -> type[Hideable] | None:
    """The model for a label like "questions.answer" if it may be flagged, else None."""
    if label not in FLAGGABLE_MODELS:
        return None
    app_label, _, model_name = label.partition(".")
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        # The app (or that model) is not there yet.
        return None
    return model if issubclass(model, Hideable) else None


def may_hide_on_flags(obj: models.Model) -> bool:
    """Whether enough trusted flags may hide `obj` before a moderator looks (see DECIDED_BY_MODERATORS_ONLY)."""
    return obj._meta.label_lower not in DECIDED_BY_MODERATORS_ONLY


def flaggable_labels() -> list[tuple[str, str]]:
    """(label, plural verbose name) for every flaggable model that exists, for filters and menus."""
    result = []
    for label in FLAGGABLE_MODELS:
        model = flaggable_model(label)
        if model is not None:
            result.append((label, str(model._meta.verbose_name_plural).capitalize()))
    return result


def public_queryset(model: type[models.Model]) -> models.QuerySet:
    """Rows of `model` the public may see (never hidden ones)."""
    return model._default_manager.public()


def content_owner_id(obj: models.Model) -> int | None:
    """The user id of whoever wrote `obj` (author, the doctor's user, or the profile's user); no query
    when the relation it needs is already loaded or is a plain column."""
    for attname in ("author_id", "user_id", "uploader_id", "reporter_id"):
        if hasattr(obj, attname):
            return getattr(obj, attname)
    doctor_field = next((f for f in obj._meta.concrete_fields if f.name == "doctor"), None)
    if doctor_field is not None and getattr(obj, doctor_field.attname) is not None:
        return obj.doctor.user_id
    return None


def admin_change_url(model: type[models.Model] | ContentType, object_id) -> str:
    """The admin page of an object, or "" when its model has no admin."""
    if isinstance(model, ContentType):
        model = model.model_class()
    if model is None or not admin.site.is_registered(model):
        return ""
    try:
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[object_id])
    except NoReverseMatch:
        return ""


def admin_changelist_url(model: type[models.Model]) -> str:
    if not admin.site.is_registered(model):
        return ""
    try:
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    except NoReverseMatch:
        return ""


def restore_refusal(obj: models.Model) -> str:
    """Why `obj` must stay hidden whoever asks, or "" when it may be restored: a doctor's answer without
    its medical disclaimer is never shown. Content admins add their own rules on top."""
    if any(f.name == "disclaimer" for f in obj._meta.concrete_fields) and obj.disclaimer_id is None:
        return _("“%(item)s” has no disclaimer; it can't be shown until it has one.") % {"item": obj}
    return ""
