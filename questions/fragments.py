"""The parts of question pages that are rendered once per content and reused (pagecache.fragments)."""

from django.utils.safestring import SafeString, mark_safe
from django.utils.timesince import timesince

from pagecache.fragments import render_each, row_state
from questions.models import EXCERPT_CHARS, Answer, AnswerText, Question


def answer_contents(answers: list[Answer]) -> list[SafeString]:
    """Each answer's heading, byline, dates, words and disclaimer, as `questions/includes/answer_content.html`
    renders them. Needs `doctor` and `disclaimer` loaded."""
    return render_each(
        "questions/includes/answer_content.html",
        answers,
        state=lambda answer: row_state(answer, answer.doctor, answer.disclaimer),
        context=lambda answer: {"answer": answer},
    )


def answer_excerpt(answer: Answer) -> AnswerText:
    """The start of `answer`, about EXCERPT_CHARS characters cut at a word, with its disclaimer: a
    piece of the published text (`Answer.public_text()`), as a search snippet is."""
    words = " ".join(answer.public_text().words.split())
    if len(words) > EXCERPT_CHARS:
        cut = words[: EXCERPT_CHARS + 1]
        words = (cut[: cut.rfind(" ")] if " " in cut else cut[:EXCERPT_CHARS]).rstrip(" ,.;:-\u2013\u2014") + "\u2026"
    return answer.public_text(snippet=words)


def question_rows(questions: list[Question]) -> SafeString:
    """`includes/question_row.html` for each question, joined: the rows of every question list. Needs the
    list's query (`Question.objects.for_list()`: first answering doctor, `treatment_list`, `best_answer`).

    A row quotes the start of its best answer through `Answer.public_text()`, with the disclaimer naming
    the doctor, as search snippets do; the answer, its doctor and its disclaimer as loaded are part of the
    row's key, so an edit, a hidden answer or a new best answer re-renders the row.
    """

    def state(question: Question) -> tuple:
        best = getattr(question, "best_answer", None)
        return (
            row_state(question, question.first_answer_doctor, *question.treatment_list),
            row_state(best, best.doctor, best.disclaimer) if best is not None else None,
            # "asked 3 days ago" changes with time, not with the rows: it is part of what a row shows.
            timesince(question.created_at),
        )

    def context(question: Question) -> dict:
        best = getattr(question, "best_answer", None)
        return {"question": question, "excerpt": answer_excerpt(best) if best is not None else None}

    rows = render_each("includes/question_row.html", questions, state=state, context=context)
    return mark_safe("".join(rows))  # noqa: S308 - rendered by the template, autoescaped
