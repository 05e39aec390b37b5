"""Context for templates: per-visitor values as placeholders while a page the cache keeps is rendered."""

from django.http import HttpRequest
from django.utils.functional import lazy

from pagecache.placeholders import CSP_NONCE, CSRF_TOKEN, placeholder
from pagecache.topics import is_recording

MEMBER_HANDLE = "member-handle"


def page_values(request: HttpRequest) -> dict:
    """`csrf_token` and `csp_nonce` as placeholders in a page the cache keeps (they override Django's own,
    listed before), and `viewer_handle`: the logged-in member's handle, or its placeholder in a page
    members share. Listed after Django's `csrf` and `csp` context processors."""

    def handle() -> str:
        shared = getattr(request, "_shared_render", None)
        if is_recording(request) and shared is not None and shared.active:
            return placeholder(MEMBER_HANDLE)
        return getattr(getattr(request, "user", None), "handle", "")

    values = {"viewer_handle": lazy(handle, str)()}
    if is_recording(request):
        values["csrf_token"] = placeholder(CSRF_TOKEN)
        values["csp_nonce"] = placeholder(CSP_NONCE)
    return values
