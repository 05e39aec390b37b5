"""Storage clean-up: when an image row goes (rejection, deletion, a cascade from the admin), its files go too.

Removal waits for the commit, so a rolled-back delete keeps its files; this is plumbing, like
django-cleanup, not a business rule (those live in photos.services).
"""

from django.core.files.storage import storages
from django.db import transaction

from imaging import pipeline
from photos.services import (
    photo_case_files_sync,
    photo_cases_files_sync,
    photo_cases_for_leaving_member,
    photo_cases_withdraw_for_review,
)


def photo_image_files_delete(sender, instance, using, **kwargs) -> None:
    private_names = [instance.original.name] if instance.original else []
    derivative_names = instance.public_file_names()
    # A hidden case's derivatives are on the private storage (`withheld`).
    derivative_storage = storages["private"] if instance.withheld else storages["default"]

    def delete() -> None:
        pipeline.files_delete(private_names, storage=storages["private"])
        pipeline.files_delete(derivative_names, storage=derivative_storage)

    transaction.on_commit(delete, using=using)


def case_visibility_followed(sender, instance, **kwargs) -> None:
    """A case was hidden or restored (moderation.signals): its derivatives leave or rejoin the public storage."""
    photo_case_files_sync(case_id=instance.pk)


# Moderation announces a review's hiding (moderation.signals), reviews its deletion (reviews.signals);
# a patient's cases follow their review.


def review_visibility_followed(sender, instance, **kwargs) -> None:
    """A review was hidden or restored: its cases' derivatives move to the matching storage."""
    photo_cases_files_sync(review=instance)


def review_deleting_withdraw_cases(sender, review, actor, **kwargs) -> None:
    """A review is being deleted: its cases are hidden and detached, never deleted with it."""
    photo_cases_withdraw_for_review(review=review, actor=actor)


def member_leaving_cases_erased(sender, member, keep_posts, actor, **kwargs) -> None:
    """A member closes their account: their cases' photos go, whatever they chose for their posts."""
    photo_cases_for_leaving_member(member=member, actor=actor)
