"""What moderation announces to the apps whose content it moderates.

moderation imports no content app: each content app connects its own receivers in its AppConfig.ready()
(questions.apps, reviews.apps, photos.apps). Receivers run inside the sender's transaction, and an
exception they raise rolls the hiding or restoring back.
"""

from django.dispatch import Signal

# A moderator (or enough flags) hid or restored `instance`, a `Hideable` row of model `sender`; `hidden`
# says which. Sent by `moderation.services.content_hide/content_restore` (and flag decisions) after the
# row is saved, so receivers bring their counters and files in line with what the public now sees.
visibility_changed = Signal()
