"""`manage.py remove_two_factor HANDLE --by ADMIN --reason "..."`: unlock an account whose owner lost their
authenticator (console.services.authenticators_remove), logged in the moderation log."""

from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from console.services import authenticators_remove


class Command(BaseCommand):
    help = (
        "Remove every two-factor authenticator and the recovery codes of an account whose owner lost them, "
        "so they can log in with their password and set up a new one. Only after making sure the request "
        "comes from the account's owner; the moderation log records who did it and why."
    )

    def add_arguments(self, parser):
        parser.add_argument("handle", help="The locked-out account (handle or e-mail address).")
        parser.add_argument("--by", required=True, help="Your own staff account's handle, for the log.")
        parser.add_argument(
            "--reason", required=True, help="Why, and how the owner was identified (kept in the moderation log)."
        )

    def handle(self, *args, handle: str, by: str, reason: str, **options):
        try:
            user = User.objects.get_by_natural_key(handle)
        except User.DoesNotExist:
            raise CommandError(f"No account {handle!r}.") from None
        actor = User.objects.filter(handle__iexact=by, is_staff=True, is_active=True).first()
        if actor is None:
            raise CommandError(f"{by!r} is not an active staff account.")
        if not reason.strip():
            raise CommandError("Give a reason: how the owner was identified.")
        kinds = authenticators_remove(actor=actor, user=user, reason=reason)
        if not kinds:
            self.stdout.write(f"{user.handle} had no authenticators; nothing removed.")
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Removed {', '.join(kinds)} from {user.handle}. They log in with their password and, if the "
                "policy requires it, set up a new authenticator."
            )
        )
