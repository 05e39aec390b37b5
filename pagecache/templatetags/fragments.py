"""Pieces of pages rendered once per content (pagecache.fragments):

- `{% render_rows "reviews/_review_card.html" reviews "review" hide_treatment=True %}`: a template for
  each row of a list, joined;
- `{% render_fragment "pages/_treatment_figures.html" figures=figures treatment=treatment %}`: a
  template for computed values (`value_state`: dataclasses, lists and rows).

The template gets the row under the given name and the extra values, nothing else (no request, no user):
what it shows must follow from them, the language and the time zone. Its key is `loaded_state(row)`,
every field of the row and of the rows loaded with it, with the extra values (`value_state` of each).
"""

from django import template
from django.utils.safestring import SafeString, mark_safe

from pagecache.fragments import loaded_state, render_each, value_state

register = template.Library()


@register.simple_tag
def render_rows(template_name: str, rows, name: str, **extra) -> SafeString:
    rows = list(rows)
    fixed = value_state(extra)
    html = render_each(
        template_name,
        rows,
        state=lambda row: (loaded_state(row), fixed),
        context=lambda row: {name: row, **extra},
    )
    return mark_safe("".join(html))  # noqa: S308 - rendered by the template, autoescaped


@register.simple_tag
def render_fragment(template_name: str, **values) -> SafeString:
    [html] = render_each(template_name, [values], state=value_state, context=dict)
    return html
