"""`{% include_kept "template" %}`: an include rendered once per process for what it can show.

For the site's chrome: the footer, and the navigation as visitors see it, are the same on every page
for a given language, settings and URL configuration, yet each page rendered them again (about 0.5 ms
each, a tenth of a question page: thirty `{% link %}`s and their template work). A kept include may
show only settings, the language and links: its key is the template's name, the active language, the
script prefix and the URLconf, and nothing of the request or the user. The process forgets it on
restart, which every deploy does, and when a setting changes (`setting_changed`: tests' overrides).

`{% include_kept "template" filling name ... %}` keeps a piece that shows a few of the reader's own
values (the members' navigation: their handle, unread count and the log-out form's CSRF token): it is
rendered once with a mark in place of each named variable, and each page puts the reader's escaped
values into the marks. A NUL never comes out of escaped text, so a mark cannot be forged by content.
"""

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf
from django.utils.html import conditional_escape, format_html, json_script
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

register = template.Library()

_kept: dict[tuple, SafeString] = {}  # emptied when a setting changes (tests' override_settings)
_KEPT_AT_MOST = 256  # a handful of templates per language: anything more is tests' overridden settings


class IncludeKeptNode(template.Node):
    def __init__(self, template_name: str, filling: tuple[str, ...] = ()) -> None:
        self.template_name = template_name
        self.filling = filling
        self.marks = {name: mark_safe(f"\x00kept:{name}\x00") for name in filling}  # noqa: S308

    def render(self, context: template.Context) -> SafeString:
        key = (
            self.template_name,
            self.filling,
            get_language(),
            get_script_prefix(),
            get_urlconf(),
        )
        html = _kept.get(key)
        if html is None:
            with context.push(self.marks):
                html = mark_safe(context.template.engine.get_template(self.template_name).render(context))  # noqa: S308
            if len(_kept) >= _KEPT_AT_MOST:
                _kept.clear()
            _kept[key] = html
        for name, mark in self.marks.items():
            html = html.replace(mark, conditional_escape(context.get(name, "")))
        return mark_safe(html)  # noqa: S308 - kept HTML of our template, the reader's values escaped


@receiver(setting_changed)
def _forget_kept(**kwargs) -> None:
    # What is kept may show any setting; a running site's settings never change, a test's do.
    _kept.clear()
    _site_strings_kept.clear()


@register.tag
def include_kept(parser: template.base.Parser, token: template.base.Token) -> IncludeKeptNode:
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one quoted template name.")
    filling = tuple(bits[3:])
    if len(bits) > 2 and (bits[2] != "filling" or not filling):
        raise template.TemplateSyntaxError(f'{bits[0]} "template" filling name ...: the variables each page fills in.')
    return IncludeKeptNode(bits[1][1:-1], filling)


_site_strings_kept: dict[str, SafeString] = {}  # per language


def _site_strings() -> dict[str, str]:
    """The words static/js/site.js writes into the page, in the active language ({name} filled in by the script)."""
    return {
        "before": gettext("Before"),
        "after": gettext("After"),
        "sliderLabel": gettext(
            "Comparison: slide left for more of the after photo, right for more of the before photo"
        ),
        # Translators: the slider's position read aloud, e.g. "40% before".
        "sliderValue": gettext("{value}% before"),
        "compare": gettext("Compare with a slider"),
        "sideBySide": gettext("Show side by side"),
        "pickedTooMany": gettext("{picked} picked: please pick at most {maximum}."),
        "picked": gettext("{picked} of at most {maximum} picked."),
    }


@register.simple_tag(takes_context=True)
def site_strings(context: template.Context) -> SafeString:
    """`<script type="application/json" id="site-strings">`: site.js's words in the page's language (the
    script falls back to English without it). With the page's CSP nonce, as every inline script has."""
    key = get_language()
    script = _site_strings_kept.get(key)
    if script is None:
        if len(_site_strings_kept) >= _KEPT_AT_MOST:
            _site_strings_kept.clear()
        script = _site_strings_kept[key] = json_script(_site_strings(), "site-strings")
    return mark_safe(script.replace("<script ", format_html('<script nonce="{}" ', context.get("csp_nonce", "")), 1))  # noqa: S308
