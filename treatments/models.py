from django.db import models
from taggit.models import TagBase

from core.links import reverse_often
from pagecache.topics import cached_until_changed


class TreatmentQuerySet(models.QuerySet["Treatment"]):
    def for_home(self) -> "TreatmentQuerySet":
        """Most asked-about first (questions the public can see), then by name."""
        visible = models.Q(question_items__content_object__hidden_at__isnull=True)
        return self.annotate(question_total=models.Count("question_items", filter=visible)).order_by(
            "-question_total", "name"
        )

    def by_category(self) -> dict[str, list["Treatment"]]:
        """Treatments grouped by category label, in catalogue order, for the list page."""
        grouped: dict[str, list[Treatment]] = {}
        for treatment in self.order_by("category", "name"):
            grouped.setdefault(treatment.get_category_display(), []).append(treatment)
        return grouped


class Treatment(TagBase):
    """A treatment in the catalogue, used as a django-taggit tag on questions, reviews and photos."""

    class Category(models.TextChoices):
        INJECTABLES = "injectables", "Injectables"
        LASERS = "lasers", "Lasers & energy devices"
        SURGERY = "surgery", "Surgery"
        SKIN_CARE = "skin_care", "Skin care"
        DENTAL = "dental", "Cosmetic dentistry"

    category = models.CharField(max_length=20, choices=Category, db_index=True)
    description = models.TextField(blank=True)

    objects = TreatmentQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def get_absolute_url(self) -> str:
        return reverse_often("treatments:detail", self.slug)


def catalogue() -> dict[int, Treatment]:
    """Every treatment by id, from the cache until one changes: lists show each row's treatments from
    here, where a prefetch per list cost as much as the list's own query."""
    return cached_until_changed(
        "treatments:catalogue", lambda: {t.pk: t for t in Treatment.objects.all()}, topics=["list:treatments"]
    )


def catalogue_by_category() -> dict[str, list[Treatment]]:
    """The catalogue (`catalogue()`) grouped by category label, in catalogue order: filters' menus."""
    grouped: dict[str, list[Treatment]] = {}
    for treatment in sorted(catalogue().values(), key=lambda t: (t.category, t.name)):
        grouped.setdefault(treatment.get_category_display(), []).append(treatment)
    return grouped


def attach_treatment_list(rows: list, *, through: type[models.Model]) -> None:
    """Give each of `rows` (tagged with treatments through `through`) its treatments as `treatment_list`,
    in catalogue order, in one query.

    One Treatment per treatment, however many rows share it, with the fields lists show (the others
    deferred): a page of twenty questions built forty model instances through select_related, and
    prefetch_related("treatments") spent as long in taggit's machinery as the list's own query.
    """
    if not rows:
        return
    shown = ["id", "name", "slug", "category"]
    pairs = through.objects.filter(content_object_id__in=[row.pk for row in rows]).values_list(
        "content_object_id", *(f"tag__{name}" for name in shown)
    )
    treatments: dict[int, Treatment] = {}
    by_row: dict[int, list[Treatment]] = {}
    for row_id, *values in pairs:
        treatment = treatments.get(values[0])
        if treatment is None:
            treatment = treatments[values[0]] = Treatment.from_db(None, shown, values)
        by_row.setdefault(row_id, []).append(treatment)
    for row in rows:
        row.treatment_list = sorted(by_row.get(row.pk, []), key=lambda t: t.name)


class WithTreatmentListQuerySet(models.QuerySet):
    """`with_treatment_list()`: the rows fetched get `treatment_list` (`attach_treatment_list`), as
    prefetch_related would, for querysets of models tagged through `treatment_through`."""

    treatment_through: type[models.Model]

    def with_treatment_list(self):
        clone = self._chain()
        clone._with_treatment_list = True
        return clone

    def _clone(self):
        clone = super()._clone()
        clone._with_treatment_list = getattr(self, "_with_treatment_list", False)
        return clone

    def _fetch_all(self) -> None:
        fetched = self._result_cache is not None
        super()._fetch_all()
        if not fetched and getattr(self, "_with_treatment_list", False):
            rows = [row for row in self._result_cache if isinstance(row, self.model)]
            attach_treatment_list(rows, through=self.treatment_through)
