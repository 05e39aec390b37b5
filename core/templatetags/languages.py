"""The page in other languages: `hreflang` alternates for search engines and the language switcher.

Both follow the request's path (a kept page keeps them: they are the same for every reader of it).
Each is also remembered per process for the paths read most recently (`_remembered`): rendering them
again on every view (`translation.override`, `reverse()`, escaping) was a quarter of a millisecond.
"""

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext

from core.i18n import is_translated_path, path_in_language, path_without_language
from core.links import reverse_often

register = template.Library()

# The parts of a query kept when a reader switches language: what they searched and the page of
# results. Anything else (a form's `next`, a flag's target) belongs to the page they came from.
_KEPT_PARAMETERS = ("q", "page")


_remembered: dict[tuple, str] = {}
_REMEMBERED_AT_MOST = 4096  # about 2 MB: the pages read most often stay, the rest are rendered again


def _remember(name: str, request, render) -> SafeString:
    """`render()`, kept per tag, page (scheme, host, path and the parameters a switch keeps), language,
    URLconf and script prefix: everything these tags read but settings, which empty it when they change."""
    page = (request.scheme, request.get_host(), _switch_target(request), get_language())
    if len(page[2]) > 300:  # a long search is rare: not worth a place
        return render()
    key = (name, *page, get_urlconf(), get_script_prefix())
    html = _remembered.get(key)
    if html is None:
        html = render()
        if len(_remembered) >= _REMEMBERED_AT_MOST:
            _remembered.clear()
        # A plain str: thousands of pages' tags, which as SafeStrings every full garbage collection walked.
        _remembered[key] = str.__str__(html)
    return SafeString(html)


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
    return _remember("language_alternates", request, lambda: _language_alternates(request))


def _language_alternates(request) -> SafeString:
    """`<link rel="alternate" hreflang>` for each language and `x-default` (English), on pages that
    exist in every language."""
    if not is_translated_path(path_without_language(request.path)):
        return SafeString("")
    root = f"{request.scheme}://{request.get_host()}"
    links = [(code, root + path_in_language(request.path, code)) for code, _name in settings.LANGUAGES]
    links.append(("x-default", root + path_in_language(request.path, settings.LANGUAGE_CODE)))
    return format_html_join("\n  ", '<link rel="alternate" hreflang="{}" href="{}">', links)


@register.simple_tag(takes_context=True)
def language_switcher(context: template.Context) -> SafeString:
    request = context.get("request")
    if request is None:
        return SafeString("")
    return _remember("language_switcher", request, lambda: _language_switcher(request))


def _language_switcher(request) -> SafeString:
    """Links to this page in each other language, each in its own language (a reader who cannot read
    the current one still finds theirs). Through `language` so that the choice is remembered."""
    current = get_language()
    next_query = urlencode({"next": _switch_target(request)})
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
    return _remember("language_offers", request, lambda: _language_offers(request))


def _language_offers(request) -> SafeString:
    """For each other language, a hidden offer of this page in it, written in that language; the
    page's script shows the one the reader's browser prefers, unless the reader already chose
    (static/js/site.js). Never a redirect: the address decides the page's language."""
    if not is_translated_path(path_without_language(request.path)):
        return SafeString("")
    current = get_language()
    next_query = urlencode({"next": _switch_target(request)})
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
