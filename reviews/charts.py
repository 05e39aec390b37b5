"""Geometry for the small server-rendered SVG charts (no JavaScript, no inline styles).

The templates draw what these functions compute; every chart also has a text equivalent on the page.
"""

from dataclasses import dataclass
from decimal import Decimal

from reviews.selectors import CostFigures, RatingBar, TreatmentFigures

CHART_WIDTH = 320


@dataclass(frozen=True)
class BarRow:
    stars: int
    count: int
    percent: int
    y: int
    text_y: int
    width: float


RATING_ROW = 24
RATING_LABEL_WIDTH = 52
RATING_BAR_WIDTH = 190


def rating_rows(bars: list[RatingBar]) -> dict:
    rows = [
        BarRow(
            stars=bar.stars,
            count=bar.count,
            percent=bar.percent,
            y=index * RATING_ROW + 4,
            text_y=index * RATING_ROW + 16,
            width=round(RATING_BAR_WIDTH * bar.percent / 100, 1),
        )
        for index, bar in enumerate(bars)
    ]
    return {
        "rows": rows,
        "height": len(rows) * RATING_ROW + 4,
        "width": CHART_WIDTH,
        "bar_x": RATING_LABEL_WIDTH,
        "bar_width": RATING_BAR_WIDTH,
        "count_x": RATING_LABEL_WIDTH + RATING_BAR_WIDTH + 8,
    }


COST_PAD = 14


def cost_spread(cost: CostFigures) -> dict:
    """A box plot: lowest to highest cost, the middle half as a box, the median as a line."""
    low, high = cost.minimum, cost.maximum
    span = high - low
    usable = CHART_WIDTH - 2 * COST_PAD

    def x(value: Decimal) -> float:
        if span == 0:
            return CHART_WIDTH / 2
        return round(COST_PAD + float((value - low) / span) * usable, 1)

    median_x = x(cost.median)
    # Keep the median's label inside the chart at either end.
    label_x = min(max(median_x, 60), CHART_WIDTH - 60)
    return {
        "width": CHART_WIDTH,
        "min_x": x(low),
        "max_x": x(high),
        "box_x": x(cost.lower_quartile),
        "box_width": max(round(x(cost.upper_quartile) - x(cost.lower_quartile), 1), 2),
        "median_x": median_x,
        "median_label_x": label_x,
        "average_x": x(cost.average),
    }


@dataclass(frozen=True)
class VerdictSegment:
    key: str
    label: str
    count: int
    percent: int
    x: float
    width: float


def verdict_segments(figures: TreatmentFigures) -> list[VerdictSegment]:
    """The worth-it / not sure / not worth it shares as one stacked bar."""
    parts = [
        ("worth_it", "Worth it", figures.worth_it_count),
        ("not_sure", "Not sure", figures.not_sure_count),
        ("not_worth_it", "Not worth it", figures.not_worth_it_count),
    ]
    total = figures.review_count or 1
    segments, x = [], 0.0
    for key, label, count in parts:
        width = round(CHART_WIDTH * count / total, 1)
        segments.append(VerdictSegment(key, label, count, round(100 * count / total), x, width))
        x = round(x + width, 1)
    return segments
