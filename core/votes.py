"""Helpful votes, one mechanism for every kind of content (answers, reviews).

A concrete vote model subclasses `HelpfulVoteBase`, adds a foreign key to its target and names it in
`target_field`; the target has a `helpful_count` column. `helpful_vote_toggle` keeps that count exact
under concurrent votes: the unique constraint decides who voted, and the count moves with F().
"""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone


class HelpfulVoteBase(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    target_field: str = ""

    class Meta:
        abstract = True


def helpful_vote_toggle(*, vote_model: type[HelpfulVoteBase], target: models.Model, user) -> tuple[bool, int]:
    """Vote for `target` as `user`, or take the vote back if there is one.

    Returns (voted_now, helpful_count). The caller checks permission first.
    """
    target_model = type(target)
    lookup = {vote_model.target_field: target, "user": user}
    with transaction.atomic():
        deleted, _ = vote_model.objects.filter(**lookup).delete()
        if deleted:
            delta, voted = -1, False
        else:
            try:
                with transaction.atomic():
                    vote_model.objects.create(**lookup)
            except IntegrityError:
                # A concurrent request from the same user voted first: that vote stands.
                return True, target_model.objects.values_list("helpful_count", flat=True).get(pk=target.pk)
            delta, voted = 1, True
        target_model.objects.filter(pk=target.pk).update(helpful_count=F("helpful_count") + delta)
        count = target_model.objects.values_list("helpful_count", flat=True).get(pk=target.pk)
    return voted, count
