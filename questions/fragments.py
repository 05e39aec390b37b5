"""The parts of question pages that are rendered once per content and reused (pagecache.fragments)."""

from django.utils.safestring import SafeString, mark_safe
from django.utils.timesince import timesince

from pagecache.fragments import render_each, row_state
from questions.models import Answer, Question


def answer_contents(answers: list[Answer]) -> list[SafeString]:
    """Each answer's heading, byline, dates, words and disclaimer, as `questions/includes/answer_content.html`
    renders them. Needs `doctor` and `disclaimer` loaded."""
    return render_each(
        "questions/includes/answer_content.html",
        answers,
        state=lambda answer: row_state(answer, answer.doctor, answer.disclaimer),
        context=lambda answer: {"answer": answer},
    )


def question_rows(questions: list[Question]) -> SafeString:
    """`includes/question_row.html` for each question, joined: the rows of every question list. Needs the
    list's query (`Question.objects.for_list()`: first answering doctor, `treatment_list`)."""
    rows = render_each(
        "includes/question_row.html",
        questions,
        # "asked 3 days ago" changes with time, not with the rows: it is part of what a row shows.
        state=lambda question: (
            row_state(question, question.first_answer_doctor, *question.treatment_list),
            timesince(question.created_at),
        ),
        context=lambda question: {"question": question},
    )
    return mark_safe("".join(rows))  # noqa: S308 - rendered by the template, autoescaped
