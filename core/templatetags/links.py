"""`{% link "name" arg ... %}`: `{% url %}` for links a page repeats or every page shows (navigation,
footer, per-row actions), remembered per process by `core.links.reverse_often`: reverse() walks the URL
patterns each time, about 20 microseconds a link. Same arguments and `as` form as `{% url %}`."""

from django import template

from core.links import reverse_often

register = template.Library()


@register.simple_tag
def link(viewname: str, *args) -> str:
    return reverse_often(viewname, *args)
