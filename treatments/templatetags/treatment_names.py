"""A treatment's name in the reader's language, wherever a page names it: `{{ treatment|localized_name }}`.

Pages get treatments from many places (the catalogue, a review's row, a list's rows): the name is
looked up at the last moment, so no shared instance is ever changed (treatments.models.localized).
"""

from django import template
from django.utils.translation import get_language

register = template.Library()


@register.filter
def localized_name(treatment) -> str:
    """The treatment's name in the active language, or its own name (`Treatment.name_in`)."""
    if treatment is None or treatment == "":
        return ""
    return treatment.name_in(get_language() or "")


@register.filter
def localized_name_of(names: dict | None, name: str) -> str:
    """The same, from a treatment's `names` and name (rows annotated with them, like the home's highlights)."""
    return (names or {}).get(get_language() or "") or name
