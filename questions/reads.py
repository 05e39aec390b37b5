"""What the question page reads, kept until it changes (pagecache.topics)."""

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import NamedTuple

from django.db.models import Exists, OuterRef
from django.http import Http404

from core.compiled import compiled_once
from core.links import reverse_often
from pagecache.topics import (
    LOADED,
    cached_until_changed,
    kept_each_until_changed,
    kept_values_batch,
    read_ahead,
)
from questions.models import Answer, DisclaimerVersion, FollowUp, Question
from questions.search import RELATED_CANDIDATES, closest_in_words
from treatments.models import Treatment


def _question_rows(*, moderator: bool):
    def build(pk: int):
        # Of the asker, what the page shows (`User.public_name`): the kept row carries no e-mail address,
        # real name or password hash into the cache, and is smaller to store and read.
        own = [field.name for field in Question._meta.concrete_fields if field.name != "search_vector"]
        questions = Question.objects.select_related("author").only(*own, "author__handle", "author__closed_at")
        questions = questions.filter(pk=pk)
        return questions if moderator else questions.public()

    return compiled_once(build)


# What an answer shows of its doctor (byline, badge, links, flag and edit rights): the kept rows carry no
# licence number or document, address or biography into the cache, and each answer's row is a third as wide.
_DOCTOR_SHOWN = (
    "hidden_at",
    "user",
    "slug",
    "full_name",
    "credential",
    "specialty",
    "city",
    "headshot",
    "status",
    "verified_at",
)


def _answer_rows(*, moderator: bool):
    def build(question_id: int):
        answers = Answer.objects.select_related("doctor", "disclaimer").only(
            *(field.name for field in Answer._meta.concrete_fields),
            *(f"doctor__{name}" for name in _DOCTOR_SHOWN),
            *(f"disclaimer__{field.name}" for field in DisclaimerVersion._meta.concrete_fields),
        )
        answers = answers.best_first().filter(question_id=question_id)
        threads = FollowUp.objects.filter(answer=OuterRef("pk"))
        if not moderator:
            answers, threads = answers.public(), threads.public()
        return answers.annotate(has_follow_ups=Exists(threads))

    return compiled_once(build)


# Compiled once per process: compiling these two joined queries cost more CPU than running them (core.compiled).
_QUESTION = {moderator: _question_rows(moderator=moderator) for moderator in (False, True)}
_ANSWERS = {moderator: _answer_rows(moderator=moderator) for moderator in (False, True)}


def _question_and_answers(pk: int, *, moderator: bool) -> tuple[Question, list[Answer]] | None:
    found = _QUESTION[moderator](pk)
    if not found:
        return None
    question = found[0]
    answers = _ANSWERS[moderator](question.pk)
    follow_ups: list[FollowUp] = []
    if any(answer.has_follow_ups for answer in answers):
        found = FollowUp.objects.for_answers([answer.pk for answer in answers])
        follow_ups = list(found if moderator else found.public())
    by_answer: dict[int, list[FollowUp]] = {answer.pk: [] for answer in answers}
    for follow_up in follow_ups:
        by_answer[follow_up.answer_id].append(follow_up)
    # One disclaimer per version, shared by the answers that carry it (the join gave each answer its own
    # copy): the kept rows pickle each version, its texts in every language, once.
    disclaimers: dict[int, DisclaimerVersion] = {}
    for answer in answers:
        answer.disclaimer = disclaimers.setdefault(answer.disclaimer_id, answer.disclaimer)
    for answer in answers:
        answer.question = question  # the links to each answer need it: no query per answer
        answer.follow_up_list = by_answer[answer.pk]
        for follow_up in answer.follow_up_list:
            follow_up.answer = answer
    return question, answers


def question_and_answers(pk: int, user) -> tuple[Question, list[Answer]]:
    """Question `pk` with its answers, best first, as `user` may see them (moderators see hidden ones); 404
    when they may not see it.

    The public version is kept until "question:<pk>" moves: the question, its answers, their helpful
    counts and thanks publish it (questions/apps.py), and a doctor's profile (name, photo, badge on each
    answer) and the disclaimer move "site", which every kept value follows. Moderators read the database.
    """
    if getattr(user, "is_moderator", False):
        found = _question_and_answers(pk, moderator=True)
    else:
        found = cached_until_changed(
            f"question-and-answers:{pk}",
            lambda: _question_and_answers(pk, moderator=False),
            topics=[f"question:{pk}"],
        )
    if found is None:
        raise Http404("No such question.")
    return found


# One plain query where prefetch_related spent twice as long in its machinery.
_TREATMENTS = compiled_once(
    lambda question_id: Treatment.objects.without_overview().filter(question_items__content_object_id=question_id)
)


def about(treatment_ids: Iterable[int]) -> list[str]:
    """What the questions about these treatments publish for their lists of most helpful questions: a
    question added, hidden, edited or re-tagged ("questions-about:<t>"), an answer that changes one's
    count ("answers-about:<t>"). Question pages themselves follow only the first: the related questions
    they show follow each one's own topic."""
    return [topic for t in treatment_ids for topic in (f"questions-about:{t}", f"answers-about:{t}")]


class RelatedQuestion(NamedTuple):
    """A question as a list of related questions shows it: kept and read on every first visit to a question
    (five treatments' lists of thirteen), where as model instances their pickling was most of the lists' cost."""

    pk: int
    title: str
    slug: str
    answer_count: int
    helpful_count: int
    created_at: datetime
    language: str

    def get_absolute_url(self) -> str:
        return reverse_often("questions:detail", self.pk, self.slug)


def _most_helpful_key(treatment_id: int) -> str:
    return f"most-helpful-about:4:{treatment_id}"


def _most_helpful_about(treatment_ids: list[int]) -> dict[int, list[RelatedQuestion]]:
    """For each treatment, its most helpful published questions, one more than a page's related questions
    are picked from (the page's own question may be among them), kept until a question about it changes.

    Kept per treatment rather than per question: a first visit to a question finds its treatments' lists
    already kept by the pages read before it, where a query per question cost about 1 ms of ORM. All of a
    question's treatments are read from the cache at once. Each follows its own treatment's questions and
    answers, not every question's: an answer used to rebuild all fifty lists. They show no doctor, so they
    outlive a change to "site".
    """

    def most_helpful(treatment_id: int) -> Callable[[], list[RelatedQuestion]]:
        return lambda: [
            RelatedQuestion(*row)
            for row in Question.objects.most_helpful_about(treatment_id).values_list(*RelatedQuestion._fields)[
                : RELATED_CANDIDATES + 1
            ]
        ]

    keys = {treatment_id: _most_helpful_key(treatment_id) for treatment_id in treatment_ids}
    kept = kept_each_until_changed(
        {keys[treatment_id]: most_helpful(treatment_id) for treatment_id in treatment_ids},
        topics=[],
        own_topics={keys[treatment_id]: about([treatment_id]) for treatment_id in treatment_ids},
        shows_site=False,
    )
    return {treatment_id: kept[keys[treatment_id]] for treatment_id in treatment_ids}


def question_treatments(question: Question) -> list[Treatment]:
    """A question's treatments, in catalogue order, kept until it is re-tagged ("question:<pk>") or a
    treatment is renamed ("list:treatments")."""
    return cached_until_changed(
        f"question-treatments:{question.pk}",
        lambda: list(_TREATMENTS(question.pk)),
        topics=[f"question:{question.pk}", "list:treatments"],
        shows_site=False,
    )


def _related(question: Question, treatments: list[Treatment]) -> list[RelatedQuestion]:
    # The union's most helpful, without this question: each of them is among the first
    # RELATED_CANDIDATES + 1 of its own treatment's list, so merging those lists finds them all.
    candidates: dict[int, RelatedQuestion] = {}
    lists = _most_helpful_about([treatment.pk for treatment in treatments])
    for treatment in treatments:
        for other in lists[treatment.pk]:
            if other.pk != question.pk:
                candidates.setdefault(other.pk, other)
    ranked = sorted(candidates.values(), key=lambda other: (other.helpful_count, other.created_at), reverse=True)
    # The same treatments first (the most helpful of them), then the closest in words to this question's title.
    # Questions in the page's own language first: a reader of an English question is offered Spanish
    # ones only when too few English ones are about the same treatments.
    nearest = ranked[:RELATED_CANDIDATES]
    related: list[RelatedQuestion] = []
    for same_language in (True, False):
        shown = [other for other in nearest if (other.language == question.language) is same_language]
        related += closest_in_words(question.title, shown, title=lambda other: other.title, limit=5 - len(related))
    return related


def related_questions(question: Question, treatments: list[Treatment]) -> list[RelatedQuestion]:
    """Up to five questions related to `question` (about `treatments`, its own): about the same
    treatments, the most helpful first, then the closest in words to its title.

    Kept until the question changes ("question:<pk>") or a question about one of its treatments is
    added, hidden, edited, re-tagged or answered (`about`), but not when "site" moves: it shows no doctor.
    The order by helpfulness may lag behind votes (README.md).
    """
    key = f"question-related:2:{question.pk}"
    treatment_ids = [treatment.pk for treatment in treatments]
    # Not kept (a first visit): their treatments' lists are read with the topics they follow, in one round trip.
    read_ahead([_most_helpful_key(t) for t in treatment_ids], topics=about(treatment_ids), unless_found=key)
    return cached_until_changed(
        key,
        lambda: _related(question, treatments),
        topics=[f"question:{question.pk}", *about(treatment_ids)],
        shows_site=False,
    )


@contextmanager
def question_page_reads(pk: int) -> Iterator[None]:
    """What a question page keeps (`question_and_answers`, `question_treatments`, `related_questions`) read
    from the cache in one round trip where each asked on its own (the related questions' topics, named by
    the treatments, in one more), and what it renders and keeps for the first time (those, the answer
    cards) stored in one round trip per timeout (`kept_values_batch`)."""
    with kept_values_batch(
        [f"question-and-answers:{pk}", f"question-treatments:{pk}", f"question-related:2:{pk}"],
        topics=[f"question:{pk}", "list:treatments", LOADED],
    ):
        yield
