"""`{% render_rows "reviews/_review_card.html" reviews "review" hide_treatment=True %}`: a template for
each row of a list, rendered once per content (pagecache.fragments) and joined.

The template gets the row under the given name and the extra values, nothing else (no request, no user):
what it shows must follow from them, the language and the time zone. Its key is `loaded_state(row)`,
every field of the row and of the rows loaded with it, with the extra values.
"""

from django import template
from django.utils.safestring import SafeString, mark_safe

from pagecache.fragments import loaded_state, render_each

register = template.Library()


@register.simple_tag
def render_rows(template_name: str, rows, name: str, **extra) -> SafeString:
    rows = list(rows)
    fixed = tuple(sorted(extra.items()))
    html = render_each(
        template_name,
        rows,
        state=lambda row: (loaded_state(row), fixed),
        context=lambda row: {name: row, **extra},
    )
    return mark_safe("".join(html))  # noqa: S308 - rendered by the template, autoescaped
