"""HTML built in Python for the parts a page has many of (an answer's card, its flag link)."""

from html import escape

from django.utils.safestring import SafeString


def format_html_quick(format_string: str, *args) -> SafeString:
    """Django's `format_html` for positional arguments, the same output: each argument escaped unless it is
    HTML already (`__html__`, as `SafeString`), then formatted in and marked safe.

    Without Django's check of every argument for lazy translations, which `escape` makes on each call: a
    first visit to a question builds a few hundred pieces this way, and the check cost as much as the
    escaping. Arguments are plain values, never lazy translations (`gettext`, not `gettext_lazy`).
    """
    return SafeString(
        format_string.format(*(arg.__html__() if hasattr(arg, "__html__") else escape(str(arg)) for arg in args))
    )
