"""The page in other languages: `hreflang` alternates for search engines and the language switcher.

Both follow the request's path (a kept page keeps them: they are the same for every reader of it).
Each is rendered once per process, language and host with marks where the page's path goes, and the
page's path written into the marks on every view (`_remember`): rendering them per page
(`translation.override`, `reverse()`, escaping) was a quarter of a millisecond, and every first visit to
a page paid it.
"""

import re
from urllib.parse import quote_plus

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf
from django.utils import translation
from django.utils.html import escape, format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext

from core.i18n import is_translated_path, path_in_language, path_without_language
from core.links import reverse_often

register = template.Library()

# The parts of a query kept when a reader switches language: what they searched and the page of
# results. Anything else (a form's `next`, a flag's target) belongs to the page they came from.
_KEPT_PARAMETERS = ("q", "page")

# Where the page's path goes: letters only, which neither HTML escaping nor URL quoting changes. The bare
# path (without a language prefix) after its leading "/", HTML-escaped; the page to come back to, quoted.
_PATH_MARK, _NEXT_MARK = "qqcandidpathqq", "qqcandidnextqq"
_MARKS = re.compile(f"({_PATH_MARK}|{_NEXT_MARK})")

_remembered: dict[tuple, tuple[str, ...]] = {}
_REMEMBERED_AT_MOST = 256  # a few tags x languages x hosts: a bound for a site that answers any host name


def _remember(name: str, request, render) -> SafeString:
    """`render(bare_path, next_query)` for this page: rendered once per tag, scheme, host, language, URLconf,
    script prefix and whether the page exists in every language (everything these tags read but settings,
    which empty it when they change, and the path), with marks where the path goes, then filled in. The
    pieces are split once, so filling in is one pass: a path that spells a mark is written as it is."""
    bare = path_without_language(request.path)
    translated = is_translated_path(bare)
    key = (name, request.scheme, request.get_host(), get_language(), get_urlconf(), get_script_prefix(), translated)
    pieces = _remembered.get(key)
    if pieces is None:
        if len(_remembered) >= _REMEMBERED_AT_MOST:
            _remembered.clear()
        html = render("/" + _PATH_MARK, urlencode({"next": _NEXT_MARK}), translated=translated)
        # Plain strs: a worker keeps them for good, and SafeStrings are tracked by the garbage collector.
        pieces = _remembered[key] = tuple(str.__str__(piece) for piece in _MARKS.split(html))
    values = {_PATH_MARK: escape(bare[1:]), _NEXT_MARK: quote_plus(_switch_target(request))}
    return SafeString("".join(values[piece] if index % 2 else piece for index, piece in enumerate(pieces)))


@receiver(setting_changed)
def _forget_remembered(**kwargs) -> None:
    _remembered.clear()
    _offers.clear()


def _switch_target(request) -> str:
    kept = [(name, request.GET[name]) for name in _KEPT_PARAMETERS if request.GET.get(name)]
    return f"{request.path}?{urlencode(kept)}" if kept else request.path


@register.simple_tag(takes_context=True)
def language_alternates(context: template.Context) -> SafeString:
    request = context.get("request")
    if request is None:
        return SafeString("")
    return _remember(
        "language_alternates",
        request,
        lambda bare, _next, translated: _language_alternates(request, bare, translated=translated),
    )


def _language_alternates(request, bare: str, *, translated: bool) -> SafeString:
    """`<link rel="alternate" hreflang>` for each language and `x-default` (English), on pages that
    exist in every language. `bare`: the page's path without a language prefix."""
    if not translated:
        return SafeString("")
    root = f"{request.scheme}://{request.get_host()}"
    links = [(code, root + path_in_language(bare, code)) for code, _name in settings.LANGUAGES]
    links.append(("x-default", root + path_in_language(bare, settings.LANGUAGE_CODE)))
    return format_html_join("\n  ", '<link rel="alternate" hreflang="{}" href="{}">', links)


@register.simple_tag(takes_context=True)
def language_switcher(context: template.Context) -> SafeString:
    request = context.get("request")
    if request is None:
        return SafeString("")
    return _remember("language_switcher", request, lambda _bare, next_query, translated: _language_switcher(next_query))


def _language_switcher(next_query: str) -> SafeString:
    """Links to this page in each other language, each in its own language (a reader who cannot read
    the current one still finds theirs). Through `language` so that the choice is remembered.
    `next_query`: the page to come back to, as a query."""
    current = get_language()
    items = [
        format_html(
            '<a href="{}?{}" hreflang="{}" lang="{}">{}</a>',
            reverse_often("language", code),
            next_query,
            code,
            code,
            name,
        )
        for code, name in settings.LANGUAGES
        if code != current
    ]
    if not items:
        return SafeString("")
    return format_html(
        '<div class="language-switcher"><nav class="container small pb-4" aria-label="{}">{}</nav></div>',
        gettext("Language"),
        format_html_join(" · ", "{}", ((item,) for item in items)),
    )


@register.simple_tag(takes_context=True)
def language_offers(context: template.Context) -> SafeString:
    request = context.get("request")
    if request is None:
        return SafeString("")
    return _remember(
        "language_offers",
        request,
        lambda _bare, next_query, translated: _language_offers(next_query, translated=translated),
    )


def _language_offers(next_query: str, *, translated: bool) -> SafeString:
    """For each other language, a hidden offer of this page in it, written in that language; the
    page's script shows the one the reader's browser prefers, unless the reader already chose
    (static/js/site.js). Never a redirect: the address decides the page's language. `next_query`: the page
    to come back to, as a query."""
    if not translated:
        return SafeString("")
    current = get_language()
    offers = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        offer, decline = _offer_words(code)
        offers.append(
            format_html(
                '<section class="language-offer" data-language-offer="{}" aria-label="{}" hidden>'
                '<div class="container py-2 small" lang="{}"><a href="{}?{}" hreflang="{}">{}</a>'
                ' <a class="ms-3 language-offer-decline" href="{}?{}">{}</a></div></section>',
                code,
                offer,
                code,
                reverse_often("language", code),
                next_query,
                code,
                offer,
                reverse_often("language", current),
                next_query,
                decline,
            )
        )
    return SafeString("".join(offers))


_offers: dict[str, tuple[str, str]] = {}


def _offer_words(code: str) -> tuple[str, str]:
    """The offer and its refusal, both in language `code` (the reader it is meant for reads that one):
    looked up once per process, where switching the active catalogue for each page cost more than the rest."""
    if code not in _offers:
        with translation.override(code):
            # Translators: an offer shown to readers whose browser prefers this catalogue's language.
            _offers[code] = (gettext("Read this page in English"), gettext("No, thanks"))
    return _offers[code]
