import copy as _copy
import re
import unicodedata
from difflib import get_close_matches

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase

from core.links import reverse_often
from pagecache.topics import cached_until_changed

# The editors' overview, shown on the hub only: lists that keep many treatments leave these columns out.
OVERVIEW_FIELDS = [
    "what_it_is",
    "how_it_works",
    "downtime",
    "results_last",
    "risks",
    "who_it_suits",
    "downtime_at_a_glance",
    "results_at_a_glance",
    "sessions_at_a_glance",
    "reviewer_name",
    "reviewer_credential",
    "last_reviewed",
]


class TreatmentQuerySet(models.QuerySet["Treatment"]):
    def with_translation(self, language: str) -> "TreatmentQuerySet":
        """Each row gets its translation into `language` in the same query (`translated_<field>`, None
        where there is none): the hub reads its treatment's overview in the reader's language."""
        if language == settings.LANGUAGE_CODE:
            return self
        rows = TreatmentTranslation.objects.filter(treatment=models.OuterRef("pk"), language=language)
        return self.annotate(
            **{f"translated_{field}": models.Subquery(rows.values(field)[:1]) for field in TRANSLATED_FIELDS}
        )

    def without_overview(self) -> "TreatmentQuerySet":
        """The rows without the overview's text: for lists and menus, which never show it."""
        return self.defer(*OVERVIEW_FIELDS)

    def with_translated_words(self) -> "TreatmentQuerySet":
        """Each row gets `translated_names` and `translated_synonyms`: its names and search words in
        every other language, comma-separated, in the same query (search reads them from the catalogue)."""

        def joined(field: str) -> models.Subquery:
            words = (
                TreatmentTranslation.objects.filter(treatment=models.OuterRef("pk"))
                .exclude(**{field: ""})
                .order_by()
                .values("treatment")
                .annotate(words=models.StringAgg(field, delimiter=models.Value(", "), output_field=models.TextField()))
                .values("words")
            )
            return models.functions.Coalesce(
                models.Subquery(words[:1], output_field=models.TextField()),
                models.Value(""),
                output_field=models.TextField(),
            )

        return self.annotate(translated_names=joined("name"), translated_synonyms=joined("synonyms"))

    def for_home(self) -> "TreatmentQuerySet":
        """Most asked-about first (questions the public can see), then by name."""
        visible = models.Q(question_items__content_object__hidden_at__isnull=True)
        return (
            self.without_overview()
            .annotate(question_total=models.Count("question_items", filter=visible))
            .order_by("-question_total", "name")
        )

    def by_category(self) -> dict[str, list["Treatment"]]:
        """Treatments grouped by category label, in catalogue order, for the list page."""
        grouped: dict[str, list[Treatment]] = {}
        for treatment in self.order_by("category", "name"):
            grouped.setdefault(treatment.get_category_display(), []).append(treatment)
        return grouped


class Treatment(TagBase):
    """A treatment in the catalogue, used as a django-taggit tag on questions, reviews and photos.

    It carries the editors' overview for its hub (what it is, how it works, downtime, how long results
    last, risks, who it suits, a few facts at a glance) and who medically reviewed it and when. The
    overview lives on the treatment's own row rather than in a one-to-one table: the hub reads it with
    the treatment in the same query, editors write it on the treatment's admin page without an inline
    formset, and a change moves the treatment's own page-cache topic. Lists that hold many treatments
    leave its columns out (`without_overview()`, `catalogue()`).
    """

    class Category(models.TextChoices):
        INJECTABLES = "injectables", _("Injectables")
        LASERS = "lasers", _("Lasers & energy devices")
        SURGERY = "surgery", _("Surgery")
        SKIN_CARE = "skin_care", _("Skin care")
        DENTAL = "dental", _("Cosmetic dentistry")

    category = models.CharField(max_length=20, choices=Category, db_index=True)
    description = models.TextField(blank=True)
    synonyms = models.CharField(
        max_length=300,
        blank=True,
        help_text=_('Other names patients search for, comma-separated: "tox, neurotoxin, wrinkle relaxer".'),
    )
    # Its name in each other language ({"es": "Relleno de labios"}), kept from its translations
    # (`TreatmentTranslation`) so that every page that names it has the name with the row: no query.
    names = models.JSONField(default=dict, blank=True, editable=False)

    # The overview, in plain text: paragraphs separated by a blank line (the hub escapes it and adds the
    # paragraph breaks itself, so the admin never writes HTML into a public page).
    what_it_is = models.TextField(
        _("what it is"),
        blank=True,
        help_text=_("What the treatment is and what it is used for, in two or three sentences."),
    )
    how_it_works = models.TextField(
        _("how it works"),
        blank=True,
        help_text=_("What happens at an appointment and why it has the effect it has."),
    )
    downtime = models.TextField(
        blank=True, help_text=_("What the days and weeks afterwards look like: swelling, bruising, time off work.")
    )
    results_last = models.TextField(
        _("how long results last"),
        blank=True,
        help_text=_("When the result shows, and how long it lasts or whether it is permanent."),
    )
    risks = models.TextField(
        _("risks and side effects"),
        blank=True,
        help_text=_("The common side effects first, then the rare but serious complications."),
    )
    who_it_suits = models.TextField(
        _("who it suits"),
        blank=True,
        help_text=_("Optional: who is a good candidate, and who should not have it."),
    )
    downtime_at_a_glance = models.CharField(
        _("downtime at a glance"), max_length=40, blank=True, help_text=_('A few words: "None", "1 to 2 weeks".')
    )
    results_at_a_glance = models.CharField(
        _("results last, at a glance"),
        max_length=40,
        blank=True,
        help_text=_('A few words: "3 to 4 months", "Permanent".'),
    )
    sessions_at_a_glance = models.CharField(
        _("sessions at a glance"), max_length=40, blank=True, help_text=_('A few words: "1", "3 to 6, a month apart".')
    )
    reviewer_name = models.CharField(
        _("medical reviewer"),
        max_length=120,
        blank=True,
        help_text=_('Who checked the overview, as shown on the page: "Dr. Ana Ruiz".'),
    )
    reviewer_credential = models.CharField(
        _("reviewer's credential"),
        max_length=120,
        blank=True,
        help_text=_('Shown after the name: "board-certified dermatologist".'),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("The day the reviewer last checked the overview as it reads now."),
    )

    objects = TreatmentQuerySet.as_manager()

    # The sections the hub shows, in order; the first five make an overview worth showing.
    OVERVIEW_SECTIONS = [
        ("what_it_is", _("What it is")),
        ("how_it_works", _("How it works")),
        ("downtime", _("Downtime and recovery")),
        ("results_last", _("How long results last")),
        ("risks", _("Risks and side effects")),
        ("who_it_suits", _("Who it suits")),
    ]
    REQUIRED_SECTIONS = ["what_it_is", "how_it_works", "downtime", "results_last", "risks"]
    AT_A_GLANCE = [
        ("downtime_at_a_glance", _("Downtime")),
        ("results_at_a_glance", _("Results last")),
        ("sessions_at_a_glance", _("Sessions")),
    ]

    class Meta:
        verbose_name = _("treatment")
        verbose_name_plural = _("treatments")
        ordering = ["name"]
        constraints = [
            # A review names who did it and when, or the page would claim one it cannot show.
            models.CheckConstraint(
                condition=models.Q(reviewer_name="", last_reviewed__isnull=True)
                | (~models.Q(reviewer_name="") & models.Q(last_reviewed__isnull=False)),
                name="treatment_review_has_reviewer_and_date",
                violation_error_message=_("A medical review needs both the reviewer's name and the date."),
            ),
        ]

    def __str__(self) -> str:
        # Its name as the reader sees it (forms' choices, menus, the admin in their language).
        return self.name_in(get_language() or "")

    def name_in(self, language: str) -> str:
        """The treatment's name in `language`: its translation's, or its own."""
        if "names" in self.__dict__:
            return self.names.get(language) or self.name
        return translations_in(language).get(self.pk, {}).get("name", self.name)

    def get_absolute_url(self) -> str:
        return reverse_often("treatments:detail", self.slug)

    def clean(self) -> None:
        super().clean()
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            raise ValidationError({"last_reviewed": _("The last review cannot be in the future.")})

    @property
    def has_overview(self) -> bool:
        """Whether the overview's five main sections are all written: a partial one is not shown."""
        return all(getattr(self, name).strip() for name in self.REQUIRED_SECTIONS)

    @property
    def overview_sections(self) -> list[tuple[str, str]]:
        """(heading, text) of each written section, in the order the hub shows them."""
        return [
            (heading, getattr(self, name)) for name, heading in self.OVERVIEW_SECTIONS if getattr(self, name).strip()
        ]

    @property
    def at_a_glance(self) -> list[tuple[str, str]]:
        """(label, value) of the short facts the editors filled in."""
        return [(label, getattr(self, name)) for name, label in self.AT_A_GLANCE if getattr(self, name).strip()]

    @property
    def medically_reviewed(self) -> bool:
        return bool(self.reviewer_name.strip() and self.last_reviewed)

    @property
    def synonym_list(self) -> list[str]:
        return [word.strip() for word in self.synonyms.split(",") if word.strip()]


# What an editor translates: the name, the line under it, the search words and the overview's text.
# Who reviewed it and when stay the treatment's own.
TRANSLATED_FIELDS = [
    "name",
    "description",
    "synonyms",
    "what_it_is",
    "how_it_works",
    "downtime",
    "results_last",
    "risks",
    "who_it_suits",
    "downtime_at_a_glance",
    "results_at_a_glance",
    "sessions_at_a_glance",
    "reviewer_credential",
]


class TreatmentTranslation(models.Model):
    """A treatment's name, description, search words and overview in another language, written by the
    editors. Readers of that language see it wherever the treatment is named (`localized`); a field left
    blank shows the treatment's own. Search knows every language's names and words at once, so that
    "bótox" finds Botox on any page."""

    treatment = models.ForeignKey(Treatment, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    name = models.CharField(max_length=100)
    description = models.TextField(blank=True)
    synonyms = models.CharField(
        max_length=300, blank=True, help_text="Other names patients search for, comma-separated."
    )
    what_it_is = models.TextField("what it is", blank=True)
    how_it_works = models.TextField("how it works", blank=True)
    downtime = models.TextField(blank=True)
    results_last = models.TextField("how long results last", blank=True)
    risks = models.TextField("risks and side effects", blank=True)
    who_it_suits = models.TextField("who it suits", blank=True)
    downtime_at_a_glance = models.CharField("downtime at a glance", max_length=40, blank=True)
    results_at_a_glance = models.CharField("results last, at a glance", max_length=40, blank=True)
    sessions_at_a_glance = models.CharField("sessions at a glance", max_length=40, blank=True)
    reviewer_credential = models.CharField("reviewer's credential", max_length=120, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["treatment", "language"], name="treatment_translation_once_per_language"),
            models.CheckConstraint(condition=~models.Q(name=""), name="treatment_translation_has_name"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.language})"

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        treatment_names_refresh([self.treatment_id])

    def delete(self, *args, **kwargs):
        deleted = super().delete(*args, **kwargs)
        treatment_names_refresh([self.treatment_id])
        return deleted


def treatment_named(treatment: Treatment):
    """The treatment's name, in whatever language is active when it is read: for texts written once
    for readers of several languages (notices to followers)."""
    return lazy(lambda: treatment.name_in(get_language() or ""), str)()


def treatment_names_refresh(treatment_ids: list[int]) -> None:
    """Copy the translations' names onto their treatments' rows (`Treatment.names`)."""
    names: dict[int, dict[str, str]] = {pk: {} for pk in treatment_ids}
    for pk, language, name in TreatmentTranslation.objects.filter(treatment_id__in=treatment_ids).values_list(
        "treatment_id", "language", "name"
    ):
        names[pk][language] = name
    for pk, by_language in names.items():
        Treatment.objects.filter(pk=pk).update(names=by_language)


def translations_in(language: str) -> dict[int, dict[str, str]]:
    """Treatment id -> {field: text} of every translation into `language` (blank fields left out), from
    the cache until a treatment or translation changes."""
    if language == settings.LANGUAGE_CODE:
        return {}

    def read() -> dict[int, dict[str, str]]:
        rows = TreatmentTranslation.objects.filter(language=language).values("treatment_id", *TRANSLATED_FIELDS)
        return {row.pop("treatment_id"): {k: v for k, v in row.items() if v} for row in rows}

    return cached_until_changed(f"treatments:translations:{language}", read, topics=["list:treatments"])


def localized[T: Treatment](treatment: T, language: str | None = None) -> T:
    """`treatment` as readers of `language` (the active one) see it: a copy with the translated fields,
    or the treatment itself when there is nothing to translate. Never saved: a copy, so that a shared
    instance (the catalogue's) and the row in the database keep their own words."""
    if hasattr(treatment, "translated_name"):  # read with its row (`with_translation`)
        text = {field: value for field in TRANSLATED_FIELDS if (value := getattr(treatment, f"translated_{field}"))}
    else:
        text = translations_in(language or get_language() or settings.LANGUAGE_CODE).get(treatment.pk)
    if not text:
        return treatment
    copy = _copy.copy(treatment)
    copy.__dict__.update(text)
    return copy


def catalogue() -> dict[int, Treatment]:
    """Every treatment by id, from the cache until one changes: lists show each row's treatments from
    here, where a prefetch per list cost as much as the list's own query."""
    # v2: rows cached before `synonyms` existed would load it one query per treatment.
    # v3: without the overview's text, which only the hub shows (it reads its own row).
    # v4: with the names and search words of every language.
    return cached_until_changed(
        "treatments:catalogue:v4",
        lambda: {t.pk: t for t in Treatment.objects.without_overview().with_translated_words()},
        topics=["list:treatments"],
    )


def catalogue_by_category() -> dict[str, list[Treatment]]:
    """The catalogue (`catalogue()`) grouped by category label, in catalogue order: filters' menus."""
    grouped: dict[str, list[Treatment]] = {}
    shown = [localized(treatment) for treatment in catalogue().values()]
    for treatment in sorted(shown, key=lambda t: (t.category, t.name)):
        grouped.setdefault(treatment.get_category_display(), []).append(treatment)
    return grouped


def _words(text: str) -> str:
    """Lower-cased words without accents, joined by single spaces, padded: " lip filler " (for
    whole-word matching; "bótox" and "botox" are the same word)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return f" {' '.join(re.findall(r'[a-z0-9]+', plain))} "


def _names_and_synonyms(treatment: Treatment) -> tuple[list[str], list[str]]:
    """A catalogue treatment's names and search words in every language (`with_translated_words`):
    search finds "bótox" on any page."""

    def split(words: str) -> list[str]:
        return [word.strip() for word in words.split(",") if word.strip()]

    names = [treatment.name, *split(getattr(treatment, "translated_names", ""))]
    return names, [*treatment.synonym_list, *split(getattr(treatment, "translated_synonyms", ""))]


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
        names, other_words = _names_and_synonyms(treatment)
        named = [name for name in map(_words, names) if name in words]
        if named:
            name = max(named, key=len)
            by_name.append((len(name), treatment))
            spoken.append(name)
            continue
        synonyms = [_words(s) for s in other_words if _words(s) in words]
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
        own_names, other_words = _names_and_synonyms(treatment)
        for name in [*own_names, *other_words]:
            key = _words(name).strip()
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
    shown = ["id", "name", "slug", "category", "names"]
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
