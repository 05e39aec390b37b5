"""My Candid: a member's own questions, reviews, photos, helpful votes and flags, and what they can do with them
(edit, withdraw, appeal what a moderator or flags hid).

Personal pages: each lists only the viewer's rows (every query is scoped by `request.user`, so another
member's id is a 404), they are never shared through the page cache (`page_cache_exempt`, and they live
under /accounts/, which the page cache leaves alone), and each reads a fixed number of queries whatever
the number of rows. The writes go through the services (`questions.services`, `photos.services`).
"""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext

from accounts.models import Notice
from accounts.services import notices_mark_read
from core.views import submit_form
from moderation.models import Appeal, Flag
from pagecache.middleware import page_cache_exempt
from photos.models import BeforeAfterPhoto
from photos.services import CASE_WITHDRAWN_REASON, photo_case_withdraw
from questions.forms import QuestionForm
from questions.models import HelpfulVote, Question
from questions.permissions import check_can_edit_question, check_can_withdraw_question
from questions.services import QUESTION_WITHDRAWN_REASON, question_update_by_author, question_withdraw
from reviews.models import Review, ReviewHelpfulVote

# Each section shows the member's most recent rows, newest first.
MINE_ROWS = 50
# questions.services.answer_create leaves the asker a notice linking to each new answer: /questions/<pk>/<slug>/#answer-<pk>.
_ANSWER_NOTICE_URL = re.compile(r"^/questions/(\d+)/[^#]*#answer-\d+$")


def _new_answer_notices(user) -> tuple[dict[int, int], list[int]]:
    """The member's unread notices of answers: how many per question, and the notices' ids. One query."""
    per_question: dict[int, int] = {}
    notice_ids = []
    rows = Notice.objects.filter(user=user, read_at__isnull=True, url__contains="#answer-").values_list("pk", "url")
    for pk, url in rows:
        if match := _ANSWER_NOTICE_URL.match(url):
            question_id = int(match.group(1))
            per_question[question_id] = per_question.get(question_id, 0) + 1
            notice_ids.append(pk)
    return per_question, notice_ids


def _attach_appeals(user, *sections) -> None:
    """Give each hidden row of `sections` the member's appeal of its current hiding (or None): one query."""
    hidden = [row for section in sections for row in section if row.is_hidden]
    for row in hidden:
        row.appealable, row.appeal = True, None
    if not hidden:
        return
    appeals = {
        (appeal.content_type_id, appeal.object_id, appeal.hidden_at): appeal
        for appeal in Appeal.objects.filter(appellant=user, object_id__in={row.pk for row in hidden})
    }
    for row in hidden:
        content_type = ContentType.objects.get_for_model(row, for_concrete_model=False)
        row.appeal = appeals.get((content_type.pk, row.pk, row.hidden_at))


@page_cache_exempt
@login_required
def overview(request: HttpRequest) -> HttpResponse:
    """Everything the member wrote or did, each with its state: seven queries whatever the number of rows.

    Answers are marked new until the member has looked here once after they arrived (the asker's unread
    notices of answers; opening this page marks them read, as the account page does for all notices).
    """
    user = request.user
    new_answers, notice_ids = _new_answer_notices(user)
    questions = list(Question.objects.filter(author=user).order_by("-created_at", "-pk")[:MINE_ROWS])
    for question in questions:
        question.new_answers = new_answers.get(question.pk, 0)
    reviews = list(
        Review.objects.filter(author=user).select_related("treatment", "doctor").order_by("-created_at")[:MINE_ROWS]
    )
    photo_cases = list(BeforeAfterPhoto.objects.filter(uploader=user).order_by("-created_at", "-pk")[:MINE_ROWS])
    # What moderators hid (not what the member withdrew) can be appealed from here.
    _attach_appeals(
        user,
        [question for question in questions if question.hidden_reason != QUESTION_WITHDRAWN_REASON],
        reviews,
        [case for case in photo_cases if case.hidden_reason != CASE_WITHDRAWN_REASON],
    )
    context = {
        "questions": questions,
        "reviews": reviews,
        "photo_cases": photo_cases,
        "answer_votes": HelpfulVote.objects.filter(user=user)
        .select_related("answer__question", "answer__doctor")
        .order_by("-created_at", "-pk")[:MINE_ROWS],
        "review_votes": ReviewHelpfulVote.objects.filter(user=user)
        .select_related("review__treatment")
        .order_by("-created_at", "-pk")[:MINE_ROWS],
        "flags": Flag.objects.filter(reporter=user).order_by("-created_at", "-pk")[:MINE_ROWS],
        "rows": MINE_ROWS,
        "withdrawn_reason": QUESTION_WITHDRAWN_REASON,
        "case_withdrawn_reason": CASE_WITHDRAWN_REASON,
    }
    response = render(request, "pages/mine/overview.html", context)
    if notice_ids:
        notices_mark_read(user=user, notice_ids=notice_ids)
    return response


@page_cache_exempt
@login_required
def question_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The asker edits their question's title, details and treatments until a doctor answers it."""
    question = get_object_or_404(Question.objects.filter(author=request.user), pk=pk)
    check_can_edit_question(request.user, question)
    initial = {"treatments": list(question.treatments.values_list("pk", flat=True))}
    form = QuestionForm(request.POST or None, instance=question, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        done = submit_form(
            request,
            form,
            lambda: question_update_by_author(
                question=question,
                author=request.user,
                title=data["title"],
                body=data["body"],
                treatments=data["treatments"],
                age_range=data["age_range"],
                city=data["city"],
            ),
            success=gettext("Your question is updated."),
            redirect_to=lambda updated: updated,
        )
        if done:
            return done
    return render(request, "pages/mine/question_edit.html", {"form": form, "question": question})


@page_cache_exempt
@login_required
def question_withdraw_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Withdraw one of the member's questions, after they confirm: it disappears from every public page."""
    question = get_object_or_404(Question.objects.filter(author=request.user), pk=pk)
    check_can_withdraw_question(request.user, question)
    if request.method == "POST":
        question_withdraw(question=question, author=request.user)
        messages.success(
            request,
            gettext("Your question “%(title)s” is withdrawn: nobody else can see it now.") % {"title": question.title},
        )
        return redirect("core:mine")
    return render(
        request,
        "pages/mine/withdraw.html",
        {
            "heading": gettext("Withdraw your question?"),
            "thing": f"“{question.title}”",
            "consequence": gettext(
                "Nobody else will see it or its answers any more, and it can't be answered. "
                "It is kept, not deleted: the moderators can still see it."
            ),
            "button": gettext("Withdraw the question"),
        },
    )


@page_cache_exempt
@login_required
def photo_withdraw_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Withdraw one of the member's before/after cases, after they confirm: no public page shows it again."""
    withdrawable = BeforeAfterPhoto.objects.filter(uploader=request.user, hidden_at__isnull=True).exclude(
        consent__withdrawn_at__isnull=False
    )
    case = get_object_or_404(withdrawable, pk=pk)
    if request.method == "POST":
        photo_case_withdraw(case=case, user=request.user)
        messages.success(request, gettext("Your consent is withdrawn and your photos are deleted."))
        return redirect("core:mine")
    return render(
        request,
        "pages/mine/withdraw.html",
        {
            "heading": gettext("Withdraw your photos?"),
            "thing": f"“{case.caption[:80]}”",
            "consequence": gettext(
                "This withdraws your consent: the before and after photos leave every public page, the "
                "gallery and your review, and every copy of them is deleted at once. It cannot be undone. We keep "
                "only a record that you gave consent and when you withdrew it."
            ),
            "button": gettext("Withdraw the photos"),
        },
    )
