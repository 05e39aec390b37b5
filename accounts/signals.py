"""What happens to a member that apps above accounts follow.

accounts imports no content app: each connects its receivers in its own AppConfig.ready(). Receivers
run inside the sender's transaction, and an exception they raise rolls it back (nothing is erased).
"""

from django.dispatch import Signal

# The member is leaving (`accounts.services.account_close`), their row locked, inside the transaction
# that erases them, before any personal detail is replaced. Sent with:
# - `member`: the user, still with their handle, e-mail and names;
# - `keep_posts`: True to keep their public posts under the "Former member" label, False to remove them;
# - `actor`: who closes the account (the member, or a moderator acting on a data request);
# - `identity`: the strings that identify them (handle, addresses, real name), which each app removes
#   from the text it keeps (log entries, flags); an app may add its own (a doctor's name) to the list.
member_leaving = Signal()

# Every app has handled the member's rows (`member_leaving`); still in the transaction, before the row is
# erased. Records that outlive the member (the moderation log, flags) drop their identifying text now,
# with the `identity` the apps completed. Sent with `member` and `identity`.
member_left = Signal()
