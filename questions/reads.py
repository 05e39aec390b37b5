"""What the question page reads, kept until it changes (pagecache.topics)."""

from django.db.models import Exists, OuterRef
from django.http import Http404

from pagecache.topics import cached_until_changed
from questions.models import Answer, FollowUp, Question


def _question_and_answers(pk: int, *, moderator: bool) -> tuple[Question, list[Answer]] | None:
    questions = Question.objects.select_related("author")
    answers = Answer.objects.select_related("doctor", "disclaimer").best_first()
    if not moderator:
        questions, answers = questions.public(), answers.public()
    question = questions.filter(pk=pk).first()
    if question is None:
        return None
    threads = FollowUp.objects.filter(answer=OuterRef("pk"))
    if not moderator:
        threads = threads.public()
    answers = list(answers.filter(question=question).annotate(has_follow_ups=Exists(threads)))
    # The follow-ups under every answer in one query, run only when some answer has any: a page
    # without follow-ups costs what it did before them.
    follow_ups: list[FollowUp] = []
    if any(answer.has_follow_ups for answer in answers):
        found = FollowUp.objects.for_answers([answer.pk for answer in answers])
        follow_ups = list(found if moderator else found.public())
    by_answer: dict[int, list[FollowUp]] = {answer.pk: [] for answer in answers}
    for follow_up in follow_ups:
        by_answer[follow_up.answer_id].append(follow_up)
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
