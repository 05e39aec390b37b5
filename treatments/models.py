from django.db import models
from django.urls import reverse
from taggit.models import TagBase


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
        return reverse("treatments:detail", args=[self.slug])
