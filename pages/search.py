"""The site search: one query across treatments, doctors, reviews and questions.

A search that names a treatment ("botox", its synonym "tox", a close spelling "botx") leads with that
treatment's hub, finds the questions and reviews about it whatever their words, and the doctors who
treat it; what is left of the search ("botox cost" leaves "cost") narrows them. Treatments come from the
cached catalogue (no query); doctors and reviews are a short list and a count each; questions are
`questions.search.question_search`, paginated by the view. Every kind costs a fixed number of queries,
however many rows match: doctors and reviews one each, their first few with the count of all.
"""

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, OuterRef, Q, QuerySet, Window

from doctors.models import DoctorProfile
from pages.selectors import doctors_for_treatment, treatment_doctors
from questions import search as question_text
from questions.models import Question
from questions.text import search_terms
from reviews.models import Review
from treatments.models import Treatment, treatments_named_in

SHOWN = 5  # doctors and reviews listed on the search page; their lists link to the rest
# Words that say "a doctor" rather than which one: "botox doctor austin" asks for doctors in Austin.
DOCTOR_WORDS = {"dr", "doctor", "doctors", "md", "surgeon", "surgeons", "near", "injector", "injectors"}


@dataclass
class SiteSearch:
    """What a search found, by kind. `questions` is an unevaluated queryset (the view paginates it)."""

    query: str
    treatments: list[Treatment] = field(default_factory=list)
    rest: str = ""  # the query without the treatments' names
    doctors: list[DoctorProfile] = field(default_factory=list)
    doctor_count: int = 0
    reviews: list[Review] = field(default_factory=list)
    review_count: int = 0
    questions: QuerySet | None = None

    @property
    def searched(self) -> bool:
        return self.questions is not None

    @property
    def lead(self) -> Treatment | None:
        """The treatment whose hub the results lead with."""
        return self.treatments[0] if self.treatments else None

    @property
    def treatment_ids(self) -> list[int]:
        return [treatment.pk for treatment in self.treatments]


def site_search(query: str) -> SiteSearch:
    """Search everything for `query` (already trimmed). A query with no searchable word finds nothing
    and costs no query. Anyone may call it: it reads only what the public sees."""
    if not search_terms(query):
        return SiteSearch(query=query)
    treatments, rest = treatments_named_in(query)
    found = SiteSearch(query=query, treatments=treatments, rest=rest)
    found.doctors, found.doctor_count = _doctors(found)
    found.reviews, found.review_count = _reviews(found)
    found.questions = question_text.question_search(
        Question.objects.public(), query, treatment_ids=found.treatment_ids, rest=rest
    )
    return found


def questions_capped(found: SiteSearch) -> bool:
    """Whether the question results left matches out (`questions.search.search_capped`)."""
    return question_text.search_capped(
        Question.objects.public(), found.query, treatment_ids=found.treatment_ids, rest=found.rest
    )


def _first_and_count(rows: QuerySet) -> tuple[list, int]:
    """The first SHOWN of `rows` and how many there are, in one query (a window count over the matches)."""
    first = list(rows.annotate(match_count=Window(Count("pk")))[:SHOWN])
    return first, (first[0].match_count if first else 0)


def _specialties(term: str) -> list[str]:
    """Specialties a word names: "dermatologist" and "derm" name dermatology, "plastic" both plastic surgeries."""
    found = []
    for value, label in DoctorProfile.Specialty.choices:
        for word in label.lower().split():
            if word == term or (len(term) >= 4 and word.startswith(term[:5])):
                found.append(value)
                break
    return found


def _doctors(found: SiteSearch) -> tuple[list[DoctorProfile], int]:
    """Public doctors whose name, practice, specialty or city holds every word left of the search.

    With a treatment named, the doctors who treat it too, those the words fit first ("botox austin":
    Austin's doctors, then the others who treat Botox; "botox cost": the doctors who treat Botox).
    With only a treatment named: the hub's list of who treats it, cached until its content changes.
    """
    terms = [term for term in search_terms(found.rest) if term not in DOCTOR_WORDS]
    if not terms:
        if found.lead is None:
            return [], 0
        doctors = treatment_doctors(found.lead, limit=SHOWN)
        return doctors, len(doctors)
    fits = Q()
    for term in terms:
        condition = (
            Q(full_name__icontains=term)
            | Q(practice_name__icontains=term)
            | Q(city__icontains=term)
            | Q(region__iexact=term)
            | Q(specialty__in=_specialties(term))
        )
        if len(term) >= 4 and connection.vendor == "postgresql":
            # A name spelt a little differently ("ruis" for Ruiz): pg_trgm word similarity, 0.6 or more.
            condition |= Q(full_name__trigram_word_similar=term)
        fits &= condition
    doctors = DoctorProfile.objects.for_directory()
    order: tuple[str, ...] = ("-helpful_vote_count", "pk")
    if found.lead is None:
        doctors = doctors.filter(fits)
    else:
        treats = doctors_for_treatment(DoctorProfile.objects.filter(pk=OuterRef("pk")), found.lead)
        doctors = doctors.annotate(fits=ExpressionWrapper(fits, output_field=BooleanField()), treats=Exists(treats))
        doctors = doctors.filter(Q(fits=True) | Q(treats=True))
        order = ("-fits", "-treats", *order)
    return _first_and_count(doctors.order_by(*order))


def _text_condition(terms: list[str]) -> Q:
    condition = Q()
    for term in terms:
        condition &= Q(title__icontains=term) | Q(story__icontains=term)
    return condition


def _reviews(found: SiteSearch) -> tuple[list[Review], int]:
    """Public reviews holding every word of the search in their title or story, and reviews of the
    named treatments holding every word left (all of them when nothing is left); most helpful first."""
    condition = _text_condition(search_terms(found.query))
    if found.treatments:
        condition |= Q(treatment__in=found.treatment_ids) & _text_condition(search_terms(found.rest))
    reviews = Review.objects.public().filter(condition).select_related("treatment", "doctor")
    return _first_and_count(reviews.order_by("-helpful_count", "-created_at", "-pk"))
