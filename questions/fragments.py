"""The parts of question pages that are rendered once per content and reused (pagecache.fragments)."""

from django.utils.safestring import SafeString

from pagecache.fragments import render_each, row_state
from questions.models import Answer


def answer_contents(answers: list[Answer]) -> list[SafeString]:
    """Each answer's heading, byline, dates, words and disclaimer, as `questions/includes/answer_content.html`
    renders them. Needs `doctor` and `disclaimer` loaded."""
    return render_each(
        "questions/includes/answer_content.html",
        answers,
        state=lambda answer: row_state(answer, answer.doctor, answer.disclaimer),
        context=lambda answer: {"answer": answer},
    )
