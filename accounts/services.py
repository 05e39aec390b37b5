from django.utils import timezone

from accounts.models import Notice, User


def notice_create(*, user: User, message: str, url: str = "") -> Notice:
    """Leave an on-site notice for `user`, shown on their account page."""
    return Notice.objects.create(user=user, message=message[:300], url=url)


def notices_mark_read(*, user: User) -> int:
    return Notice.objects.filter(user=user, read_at__isnull=True).update(read_at=timezone.now())
