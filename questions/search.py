"""Search over questions and their answers.

PostgreSQL: full-text search over the stored `search_vector` columns (title words weigh A, details B),
kept by triggers and GIN-indexed (migration 0006); `question_vector()`/`answer_vector()` say what the
triggers compute. SQLite (development, tests): every word must appear in the title, details or an answer.
"""

from collections.abc import Callable, Sequence
from functools import lru_cache

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery

from questions.models import Answer, QuestionTreatment
from questions.text import MARK_START, mark_terms, search_terms, word_stem
from treatments.models import treatments_named_in

CONFIG = "english"
SIMILAR_LIMIT = 5
# Related questions: the most helpful this many about the same treatments, then the closest in words first.
# More candidates walk further down the helpful index: 12 cost about 3 ms of database time, 40 cost 6.5.
RELATED_CANDIDATES = 12
# Candidates kept per half of a match (question title/details, answers): a common word matches half
# the site, and ranking or counting all of those took seconds. Nobody pages past the first hundreds.
SEARCH_LIMIT = 200


def question_vector() -> SearchVector:
    """What the trigger stores in Question.search_vector: title words weigh more than the details."""
    return SearchVector("title", weight="A", config=CONFIG) + SearchVector("body", weight="B", config=CONFIG)


def answer_vector() -> SearchVector:
    """What the trigger stores in Answer.search_vector."""
    return SearchVector("body", config=CONFIG)


def full_text_available() -> bool:
    return connection.vendor == "postgresql"


def _words_condition(terms: list[str], answers: QuerySet) -> Q:
    """SQLite: every word in the title, the details or an answer."""
    condition = Q()
    for term in terms:
        in_answers = answers.filter(body__icontains=term).values("question_id")
        condition &= Q(title__icontains=term) | Q(body__icontains=term) | Q(pk__in=in_answers)
    return condition


def _tagged(treatment_ids: Sequence[int]) -> QuerySet:
    return QuestionTreatment.objects.filter(tag_id__in=treatment_ids).values("content_object_id")


def _matches(
    questions: QuerySet, terms: list[str], text: str, treatment_ids: Sequence[int] = (), rest: str = ""
) -> tuple[SearchQuery | None, list[QuerySet]]:
    """The full-text query (PostgreSQL) and the halves of a match, as unordered `pk` querysets.

    PostgreSQL: questions whose title/details match, and questions with a matching answer. SQLite:
    one half, every word somewhere in the title, details or an answer. With `treatment_ids` (the
    treatments the search names), questions tagged with one of them whose text matches `rest` (the
    search without the treatments' names; every tagged question when nothing is left) match too: a
    question tagged Botox is about Botox whether or not its words say so.
    """
    answers = Answer.objects.public()
    rest_terms = search_terms(rest) if treatment_ids else []
    if not full_text_available():
        condition = _words_condition(terms, answers)
        if treatment_ids:
            condition |= Q(pk__in=_tagged(treatment_ids)) & _words_condition(rest_terms, answers)
        return None, [questions.filter(condition).values("pk")]
    query = SearchQuery(text[:200], search_type="websearch", config=CONFIG)
    halves = [
        questions.filter(search_vector=query).values("pk"),
        answers.filter(search_vector=query).values("question_id"),
    ]
    if treatment_ids:
        tagged = questions.filter(pk__in=_tagged(treatment_ids))
        if rest_terms:
            rest_query = SearchQuery(rest[:200], search_type="websearch", config=CONFIG)
            in_answers = answers.filter(search_vector=rest_query).values("question_id")
            tagged = tagged.filter(Q(search_vector=rest_query) | Q(pk__in=in_answers))
        halves.append(tagged.values("pk"))
    return query, halves


def question_search(questions: QuerySet, text: str, *, treatment_ids: Sequence[int] = (), rest: str = "") -> QuerySet:
    """`questions` matching `text`, best first; on PostgreSQL each with `answer_snippet_id`, the best answer
    that matches (`snippets_fill` quotes it when the details don't).

    `treatment_ids` are the treatments `text` names (`treatments.models.treatments_named_in`), `rest`
    the text without their names: questions tagged with them and matching `rest` are found too, and
    questions tagged with them come first.

    Only the best SEARCH_LIMIT matches of each half (question text, answers) are candidates: a common
    word matches half the site, and ranking and counting all of it took seconds, for pages nobody
    reaches. Rarer words find every match. `search_capped()` says whether matches were left out.
    A query with no searchable word (empty, punctuation, only stop words) matches nothing.
    """
    terms = search_terms(text)
    if not terms:
        return questions.none()
    query, halves = _matches(questions, terms, text, treatment_ids, rest)
    about = ("-about_treatment",) if treatment_ids else ()
    results = questions
    if treatment_ids:
        results = questions.annotate(
            about_treatment=Exists(_tagged(treatment_ids).filter(content_object_id=OuterRef("pk")))
        )
    if query is None:
        order = ("-helpful_count", "-created_at", "-pk")
        return results.filter(pk__in=halves[0].order_by(*order)[:SEARCH_LIMIT]).order_by(*about, *order)

    order = (*about, "-rank", "-helpful_count", "-created_at", "-pk")
    in_answers = halves[1]
    # The candidates among the questions that match are the most helpful ones; only they are ranked.
    # Ranking every match to pick the best reads each one's vector: 190 ms for a word in 8,800
    # questions, where sorting them by a column takes a few (bench/README.md).
    in_questions = questions.filter(search_vector=query).order_by("-helpful_count", "-created_at", "-pk").values("pk")
    # Answers are not ranked here: a question found only through its answers ranks below every title
    # or details match anyway (its rank comes from its own text), and ranking every answer that holds a
    # common word read them all, where taking the first SEARCH_LIMIT stops early (bench/README.md).
    # Two index scans joined by UNION: an OR across the two tables would rule the indexes out.
    parts = [in_answers[:SEARCH_LIMIT]]
    if treatment_ids:
        parts.append(halves[2].order_by("-helpful_count", "-created_at", "-pk")[:SEARCH_LIMIT])
    matching = in_questions[:SEARCH_LIMIT].union(*parts)
    best_answer = (
        Answer.objects.public()
        .filter(question=OuterRef("pk"), search_vector=query)
        .order_by("-helpful_count", "created_at")
        .values("pk")[:1]
    )
    return (
        results.filter(pk__in=matching)
        .annotate(rank=SearchRank(F("search_vector"), query), answer_snippet_id=Subquery(best_answer))
        .order_by(*order)
    )


def search_capped(questions: QuerySet, text: str, *, treatment_ids: Sequence[int] = (), rest: str = "") -> bool:
    """Whether `question_search` left matches out: some half has SEARCH_LIMIT matches or more.

    One query; each half stops at its SEARCH_LIMIT-th match, so a common word costs little.
    """
    terms = search_terms(text)
    if not terms:
        return False
    _query, halves = _matches(questions, terms, text, treatment_ids, rest)
    full = Q()
    for half in halves:
        full |= Exists(half.order_by()[SEARCH_LIMIT - 1 : SEARCH_LIMIT])
    return questions.model.objects.filter(full).exists()


def snippets_fill(results: list, text: str) -> None:
    """Give every result `title_snippet` and `snippet` (marked hits: `questions.text.mark_terms`).

    The snippet prefers the question's details and falls back to the best matching answer when the hit
    was only there. An answer's words are quoted with its disclaimer: such a result has
    `snippet_answer`, an `AnswerText` (questions.models), whose words are the snippet. One query
    for the quoted answers of the page, none when every snippet comes from the questions.

    Marked in Python on every database: PostgreSQL's ts_headline over every result's title, details
    and answer was most of a search's database time (bench/README.md).
    """
    terms = search_terms(text)
    for result in results:
        result.title_snippet = mark_terms(result.title, terms, length=200)
        result.snippet = mark_terms(result.body, terms)
    missing = [r for r in results if MARK_START not in r.snippet]
    answers = Answer.objects.public().select_related("doctor", "disclaimer")
    if not missing or not terms:
        found = []
    elif full_text_available():
        # The database picked each question's best matching answer (`answer_snippet_id`).
        ids = [r.answer_snippet_id for r in missing if getattr(r, "answer_snippet_id", None)]
        found = list(answers.filter(pk__in=ids)) if ids else []
    else:
        condition = Q()
        for term in terms:
            condition |= Q(body__icontains=term)
        found = answers.filter(condition, question_id__in=[r.pk for r in missing]).best_first()
    quoted = {}
    for answer in found:
        if answer.question_id not in quoted:
            words = answer.public_text().words
            quoted[answer.question_id] = answer.public_text(snippet=mark_terms(words, terms))
    for result in results:
        result.snippet_answer = quoted.get(result.pk)
        result.snippet_from_answer = result.snippet_answer is not None
        if result.snippet_answer is not None:
            result.snippet = result.snippet_answer.words


def question_similar(questions: QuerySet, title: str) -> QuerySet:
    """Questions sharing meaningful words with `title`, most similar first (at most SIMILAR_LIMIT).

    Questions tagged with a treatment the title names ("Botox", "tox", a close spelling) come first:
    "Is Botox safe while breastfeeding?" is offered other Botox questions before an eyelid surgery
    question that is also "safe". The candidates are still the text matches (the GIN index's).
    """
    terms = search_terms(title)
    if not terms or len(title.strip()) < 8:
        return questions.none()
    treatment_ids = [treatment.pk for treatment in treatments_named_in(title)[0]]
    about: tuple[str, ...] = ()
    if treatment_ids:
        tagged = _tagged(treatment_ids).filter(content_object_id=OuterRef("pk"))
        questions = questions.annotate(about_treatment=Exists(tagged))
        about = ("-about_treatment",)
    if not full_text_available():
        condition = Q()
        for term in terms:
            if len(term) > 3:
                condition |= Q(title__icontains=term)
        if not condition:
            return questions.none()
        return questions.filter(condition).order_by(*about, "-answer_count", "-created_at")[:SIMILAR_LIMIT]
    # Any of the words in a title (weight A), so "swelling after lip filler" finds "How long does lip
    # swelling last?". Terms are letters and digits only: safe in tsquery syntax.
    query = SearchQuery(" | ".join(f"{term}:A" for term in terms), search_type="raw", config=CONFIG)
    return (
        questions.filter(search_vector=query)
        .annotate(rank=SearchRank(F("search_vector"), query))
        .order_by(*about, "-rank", "-answer_count")
        .only("pk", "title", "slug", "answer_count", "created_at")[:SIMILAR_LIMIT]
    )


@lru_cache(maxsize=4096)
def _stems(text: str) -> tuple[str, ...]:
    # Remembered: the candidates are each treatment's most helpful questions, the same titles on every
    # page about it, stemmed again on every first visit. A tuple of strings, which the garbage collector
    # stops tracking, where a set would add to every full collection's walk.
    return tuple({word_stem(term): None for term in search_terms(text, limit=40)})


def closest_in_words[T](text: str, candidates: Sequence[T], *, title: Callable[[T], str], limit: int) -> list[T]:
    """The `limit` candidates whose titles share the most words (by stem) with `text`, in their given order
    where they share as many: "Does Botox hurt?" puts "How much does a Botox injection hurt?" before a more
    helpful "Botox for a gummy smile" when both are about Botox."""
    wanted = frozenset(_stems(text))
    if not wanted:
        return list(candidates[:limit])
    shared = {index: len(wanted.intersection(_stems(title(candidate)))) for index, candidate in enumerate(candidates)}
    order = sorted(range(len(candidates)), key=lambda index: -shared[index])
    return [candidates[index] for index in order[:limit]]
