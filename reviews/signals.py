"""What happens to a review that apps above reviews follow (photos keeps its cases' files in step).

Hiding and restoring a review is announced by moderation (`moderation.signals.visibility_changed`).

reviews imports none of those apps: each connects its receivers in its own AppConfig.ready()
(photos.apps). Receivers run inside the sender's transaction, and an exception they raise rolls it back.
"""

from django.dispatch import Signal

# The review is about to be deleted (`reviews.services.review_delete`), its row locked, inside the
# transaction that deletes it. Sent with `review` and `actor` (who deletes it).
review_deleting = Signal()
