"""`{% load review_tags %}`: money, stars, verdict badges and the review charts."""

from decimal import Decimal

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from reviews import charts

register = template.Library()

CURRENCY_SYMBOLS = {"USD": "$", "CAD": "CA$", "AUD": "A$", "GBP": "£", "EUR": "€"}
VERDICT_CLASSES = {
    "worth_it": "verdict-worth-it",
    "not_sure": "verdict-not-sure",
    "not_worth_it": "verdict-not-worth-it",
}
VERDICT_LABELS = {"worth_it": _("Worth it"), "not_sure": _("Not sure"), "not_worth_it": _("Not worth it")}


@register.filter
def money(amount, currency: str = "USD") -> str:
    """`1250.00|money:"USD"` → "$1,250"; cents only when there are some."""
    if amount is None or amount == "":
        return ""
    amount = Decimal(amount)
    whole = amount == amount.to_integral_value()
    number = intcomma(f"{amount:.0f}" if whole else f"{amount:.2f}")
    return f"{CURRENCY_SYMBOLS.get(currency, currency + ' ')}{number}"


@register.simple_tag
def stars(value, out_of: int = 5) -> str:
    """Filled and empty stars for a rating, with the number for screen readers."""
    if value is None:
        return ""
    number = round(float(value), 1)
    filled = min(max(round(number), 0), out_of)
    return format_html(
        '<span class="stars" aria-hidden="true">{}{}</span><span class="visually-hidden">{}</span>',
        "★" * filled,
        "☆" * (out_of - filled),
        gettext("%(rating)s out of %(total)s stars") % {"rating": f"{number:g}", "total": out_of},
    )


@register.simple_tag
def verdict_badge(verdict: str) -> str:
    return format_html(
        '<span class="badge verdict {}">{}</span>', VERDICT_CLASSES.get(verdict, ""), VERDICT_LABELS.get(verdict, "")
    )


@register.inclusion_tag("reviews/_rating_chart.html")
def rating_chart(bars, chart_id: str, subject: str = ""):
    return {"chart": charts.rating_rows(bars), "bars": bars, "chart_id": chart_id, "subject": subject}


@register.inclusion_tag("reviews/_cost_chart.html")
def cost_chart(cost, chart_id: str, subject: str = ""):
    return {"chart": charts.cost_spread(cost), "cost": cost, "chart_id": chart_id, "subject": subject}


@register.inclusion_tag("reviews/_verdict_bar.html")
def verdict_bar(figures):
    return {"segments": charts.verdict_segments(figures), "width": charts.CHART_WIDTH}
