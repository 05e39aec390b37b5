import re
from difflib import get_close_matches

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
    synonyms = models.CharField(
        max_length=300,
        blank=True,
        help_text='Other names patients search for, comma-separated: "tox, neurotoxin, wrinkle relaxer".',
    )

    objects = TreatmentQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def get_absolute_url(self) -> str:
        return reverse_often("treatments:detail", self.slug)

    @property
    def synonym_list(self) -> list[str]:
        return [word.strip() for word in self.synonyms.split(",") if word.strip()]


def catalogue() -> dict[int, Treatment]:
    """Every treatment by id, from the cache until one changes: lists show each row's treatments from
    here, where a prefetch per list cost as much as the list's own query."""
    # v2: rows cached before `synonyms` existed would load it one query per treatment.
    return cached_until_changed(
        "treatments:catalogue:v2", lambda: {t.pk: t for t in Treatment.objects.all()}, topics=["list:treatments"]
    )


def catalogue_by_category() -> dict[str, list[Treatment]]:
    """The catalogue (`catalogue()`) grouped by category label, in catalogue order: filters' menus."""
    grouped: dict[str, list[Treatment]] = {}
    for treatment in sorted(catalogue().values(), key=lambda t: (t.category, t.name)):
        grouped.setdefault(treatment.get_category_display(), []).append(treatment)
    return grouped


def _words(text: str) -> str:
    """Lower-cased words joined by single spaces, padded: " lip filler " (for whole-word matching)."""
    return f" {' '.join(re.findall(r'[a-z0-9]+', text.lower()))} "


def treatments_named_in(text: str) -> tuple[list[Treatment], str]:
    """The treatments `text` names, by their name or one of their synonyms, and the rest of `text`.

    Those named by their own name come first, longest name first ("masseter botox" leads with Masseter
    Botox, then Botox), then those named by a synonym ("tox" finds Botox and Dysport). The rest is the
    text without the names found: what the searcher asks about them ("botox cost" leaves "cost").
    When nothing is named, a close spelling of a name or synonym counts ("botx" finds Botox): the
    catalogue is small and cached (`catalogue()`), so this costs no query.
    """
    words = _words(text)
    if not words.strip():
        return [], ""
    by_name: list[tuple[int, Treatment]] = []
    by_synonym: list[Treatment] = []
    spoken: list[str] = []
    for treatment in sorted(catalogue().values(), key=lambda t: t.name):
        name = _words(treatment.name)
        if name in words:
            by_name.append((len(name), treatment))
            spoken.append(name)
            continue
        synonyms = [_words(s) for s in treatment.synonym_list if _words(s) in words]
        if synonyms:
            by_synonym.append(treatment)
            spoken.extend(synonyms)
    found = [t for _, t in sorted(by_name, key=lambda pair: -pair[0])] + by_synonym
    if not found:
        found, spoken = _close_to(words)
        if not found:
            return [], text
    rest = words
    for name in sorted(spoken, key=len, reverse=True):
        rest = rest.replace(name, " ")
    return found, " ".join(rest.split())


def _close_to(words: str) -> tuple[list[Treatment], list[str]]:
    """Treatments whose one-word name or synonym is a close spelling of one of `words` (4 letters or
    more), and those words (padded, as `treatments_named_in` removes them)."""
    names: dict[str, list[Treatment]] = {}
    for treatment in catalogue().values():
        for name in [treatment.name, *treatment.synonym_list]:
            key = name.lower()
            if " " not in key and len(key) >= 4:
                names.setdefault(key, []).append(treatment)
    found: list[Treatment] = []
    spelt: list[str] = []
    for word in words.split():
        if len(word) < 4:
            continue
        for match in get_close_matches(word, list(names), n=1, cutoff=0.8):
            found.extend(t for t in names[match] if t not in found)
            spelt.append(f" {word} ")
    return found, spelt


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
