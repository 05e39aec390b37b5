"""`core.html.format_html_quick` writes what Django's `format_html` writes."""

import pytest
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from core.html import format_html_quick

ARGUMENTS = [
    "plain words",
    "<script>alert('x')</script> & \"quoted\"",
    mark_safe("<em>already HTML</em>"),
    SafeString("<b>&amp;</b>"),
    42,
    None,
    "",
    "ünïcödé ✓ \x00",
]


@pytest.mark.parametrize("argument", ARGUMENTS)
def test_the_same_html_as_format_html(argument):
    template = '<a href="{}" title="{}">{}</a>'
    quick = format_html_quick(template, argument, argument, argument)
    assert quick == format_html(template, argument, argument, argument)
    assert isinstance(quick, SafeString)


def test_several_arguments_in_order():
    assert format_html_quick("{}-{}-{}", "<1>", mark_safe("<2>"), 3) == "&lt;1&gt;-<2>-3"
