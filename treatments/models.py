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
