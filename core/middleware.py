import re
from collections.abc import Callable
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import get_script_prefix
from django.utils.cache import patch_vary_headers

from core.i18n import is_translated_path, language_of_path, page_exists_in, path_in_language

# Characters no page can use and PostgreSQL text cannot hold: NUL, and the UTF-16 surrogate halves that
# have no UTF-8 encoding. Django's fields let them through as far as the database, which then fails.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


def _raw_text_problem(raw: str, *, characters: bool = True) -> str:
    """What is wrong with a raw, percent-encoded query string or form body (as WSGI gives it), or "".
    `characters=False` checks only that it is UTF-8."""
    try:
        decoded = unquote_to_bytes(raw.replace("+", " ")).decode("utf-8")
    except UnicodeError:  # bytes that are not UTF-8: Django would turn them into U+FFFD silently
        return "is not valid UTF-8"
    return "holds a character that is not allowed" if characters and _UNSTORABLE.search(decoded) else ""


def malformed_input(request: HttpRequest) -> str:
    """Why this request's address or form fields cannot be served, or "" when they are fine. Form values
    holding NUL are not malformed: `storable_form` mends them."""
    # Bytes in the path that are not UTF-8 are percent-encoded again by Django (a page then is not found).
    if _UNSTORABLE.search(request.path_info):
        return "The address holds a character that is not allowed."
    if problem := _raw_text_problem(request.META.get("QUERY_STRING", "")):
        return f"The query string {problem}."
    if request.method == "POST":
        form_body = request.body.decode("latin-1") if request.content_type == _FORM_CONTENT_TYPE else ""
        if problem := _raw_text_problem(form_body, characters=False):
            return f"The form data {problem}."
        # Field names come from our pages, never from what someone typed (file names need nothing:
        # Django drops unprintable characters from them).
        if any(_UNSTORABLE.search(name) for name in [*request.POST.keys(), *request.FILES.keys()]):
            return "The form data holds a character that is not allowed."
    return ""


def storable_form(request: HttpRequest) -> None:
    """Form values without NUL and lone surrogates: text pasted into a field can carry a NUL, which the
    browser sends as it is. Removed here, what was typed reaches the form, which keeps it or says what to
    mend; refused, all of it would be lost."""
    if request.method != "POST" or not any(
        _UNSTORABLE.search(value) for _name, values in request.POST.lists() for value in values
    ):
        return
    mended = request.POST.copy()
    for name, values in request.POST.lists():
        mended.setlist(name, [_UNSTORABLE.sub("", value) for value in values])
    mended._mutable = False  # read-only, as the QueryDict Django parsed
    request.POST = mended


class MalformedInputMiddleware:
    """Answers 400, with the site's error page, to an address or form that holds what no page can use.

    A NUL byte or a lone surrogate in the path, the query string or a form field's name, and bytes that
    are not UTF-8 in the query string or a form: browsers never send them from our pages, Django's forms
    do not catch all of them, and PostgreSQL refuses them with an error. Checking once here, early, spares
    every view, form and filter from doing it. Form values lose such characters instead (pasted text
    can hold a NUL, and refusing the form would lose what was typed), and cookies holding them are
    dropped (a broken cookie must not lock its owner out): the session and CSRF cookies then start afresh.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if problem := malformed_input(request):
            raise BadRequest(problem)
        storable_form(request)
        cookies = request.COOKIES
        if any(_UNSTORABLE.search(name) or _UNSTORABLE.search(value) for name, value in cookies.items()):
            request.COOKIES = {
                name: value
                for name, value in cookies.items()
                if not (_UNSTORABLE.search(name) or _UNSTORABLE.search(value))
            }
        return self.get_response(request)


class LanguagePreferenceMiddleware:
    """Takes a reader who chose a language (the language cookie, set by `core:language` and, for a
    member, at log-in from their account) from an unprefixed page to the same page in that language.

    Only for GET and HEAD, only for pages that exist in every language, and before the page cache, so
    a kept English page is never served to a reader who asked for Spanish. A reader who never chose
    sees the page their address names, whatever their browser prefers.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if (
            chosen
            and chosen != settings.LANGUAGE_CODE
            and request.method in ("GET", "HEAD")
            and chosen in dict(settings.LANGUAGES)
            and language_of_path(request.path_info) == settings.LANGUAGE_CODE
            and is_translated_path(request.path_info)
            and page_exists_in(request.path_info, chosen)
        ):
            query = request.META.get("QUERY_STRING", "")
            target = get_script_prefix().rstrip("/") + path_in_language(request.path_info, chosen)
            response = HttpResponseRedirect(f"{target}?{query}" if query else target)
            patch_vary_headers(response, ["Cookie"])
            return response
        response = self.get_response(request)
        if remembered := getattr(request, "remember_language", None):
            remember_language(response, remembered)
        return response


def remember_language(response: HttpResponse, code: str) -> None:
    """The language cookie, for a year: readable by the page's script, which offers another language
    only to a reader who has not chosen one (static/js/site.js)."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
