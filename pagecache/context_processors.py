"""Context for templates: per-visitor values as placeholders while a page the cache keeps is rendered."""

from django.http import HttpRequest

from pagecache.placeholders import CSP_NONCE, CSRF_TOKEN, placeholder
from pagecache.topics import is_recording

MEMBER_HANDLE = "member-handle"


class _ViewerHandle:
    """The logged-in member's handle, or its placeholder in a page members share, decided when a template
    shows it (the shared render may start after the context is built). A class of its own: Django's
    `lazy()` builds a new proxy class on every call, a third of a millisecond per page."""

    __slots__ = ("request",)

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def __str__(self) -> str:
        request = self.request
        shared = getattr(request, "_shared_render", None)
        if is_recording(request) and shared is not None and shared.active:
            return placeholder(MEMBER_HANDLE)
        return getattr(getattr(request, "user", None), "handle", "")

    def __bool__(self) -> bool:
        return bool(str(self))


def page_values(request: HttpRequest) -> dict:
    """`csrf_token` and `csp_nonce` as placeholders in a page the cache keeps (they override Django's own,
    listed before), and `viewer_handle`: the logged-in member's handle, or its placeholder in a page
    members share. Listed after Django's `csrf` and `csp` context processors."""
    values = {"viewer_handle": _ViewerHandle(request)}
    if is_recording(request):
        values["csrf_token"] = placeholder(CSRF_TOKEN)
        values["csp_nonce"] = placeholder(CSP_NONCE)
    return values
