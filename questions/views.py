from urllib.parse import quote, urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import get_text_list
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from accounts.permissions import check_can_participate
from core.links import reverse_often
from core.permissions import can
from core.views import ratelimited
from doctors.permissions import doctor_profile_for
from moderation.ratelimits import limit_count, rate_limited
from pagecache.members import is_shared_render, render_personally_for, shared_with_members
from pagecache.paginator import CachedCountPaginator
from pagecache.topics import depends_on
from questions import search as full_text
from questions.forms import AnswerForm, FollowUpForm, QuestionForm
from questions.fragments import (
    AnswerActions,
    answer_cards,
    answer_cards_until_changed,
    helpful_part,
    question_rows_until_changed,
    thanks_part,
    treatment_options,
)
from questions.member_parts import HelpfulState, helpful_button_state
from questions.models import Answer, DisclaimerVersion, Question
from questions.permissions import (
    check_can_answer,
    check_can_ask,
    check_can_choose_answer,
    check_can_edit_answer,
    check_can_follow_up,
    check_can_reply_to_follow_ups,
    check_can_thank,
    check_can_vote,
)
from questions.reads import question_and_answers, question_page_reads, question_treatments, related_questions
from questions.services import (
    answer_choose,
    answer_create,
    answer_helpful_toggle,
    answer_thank,
    answer_unchoose,
    answer_update,
    answers_voted_by_cached,
    follow_up_create,
    follow_up_reply_create,
    question_create,
)
from questions.text import excerpt
from treatments.models import Treatment

PAGE_SIZE = 20
SORT_TABS = [("newest", _("Newest")), ("helpful", _("Most helpful")), ("unanswered", _("Unanswered"))]
# The list's heading for screen readers, by sort.
SORT_HEADINGS = {
    "newest": _("Newest questions"),
    "helpful": _("Most helpful questions"),
    "unanswered": _("Unanswered questions"),
}


@shared_with_members()
def question_list(request: HttpRequest) -> HttpResponse:
    sort = request.GET.get("sort", "newest")
    if sort not in dict(SORT_TABS):
        sort = "newest"
    # Answer counts and who answered first are in "list:questions"; votes move "ranking:questions": the
    # helpful order, and which answer each row quotes.
    topics = ["list:questions", "list:treatments", "ranking:questions"]
    depends_on(request, *topics)
    questions = Question.objects.for_list().with_best_answer()
    treatment = None
    slug = request.GET.get("treatment", "").strip()
    if slug:
        treatment = get_object_or_404(Treatment, slug=slug)
        questions = questions.for_treatment(treatment)
    # Questions asked in one language (the page they were asked on); any other value means all.
    language = request.GET.get("language", "")
    if language not in dict(settings.LANGUAGES):
        language = ""
    if language:
        questions = questions.filter(language=language)
    page = CachedCountPaginator(
        questions.sorted_by(sort),
        PAGE_SIZE,
        topics=["list:questions"],
        # What is counted: the sorts differ only in "unanswered" leaving answered questions out.
        key=f"questions:{'unanswered' if sort == 'unanswered' else 'all'}:{treatment.pk if treatment else ''}:{language}",
    ).get_page(request.GET.get("page"))
    # The page's rows are the same for everyone until the list moves (new, hidden or re-counted questions,
    # treatments; votes for the helpful order): kept as HTML.
    rows = page.object_list
    filters = {"sort": sort if sort != "newest" else "", "treatment": slug, "language": language}
    context = {
        "page": page,
        "question_rows": question_rows_until_changed(
            f"list:{sort}:{treatment.pk if treatment else ''}:{language}:{page.number}", lambda: rows, topics=topics
        ),
        "sort": sort,
        "sort_heading": SORT_HEADINGS[sort],
        "sort_tabs": [
            (key, label, urlencode({k: v for k, v in {**filters, "sort": key}.items() if v and v != "newest"}))
            for key, label in SORT_TABS
        ],
        "treatment": treatment,
        "treatment_options": treatment_options(treatment.pk if treatment else None),
        "language": language,
        "languages": settings.LANGUAGES,
        "query_string": urlencode({k: v for k, v in filters.items() if v}),
    }
    return render(request, "questions/list.html", context)


def _qa_page_schema(request: HttpRequest, question: Question, answers: list[Answer]) -> dict:
    """schema.org QAPage: the question with its published answers (what search engines show)."""

    def answer_schema(answer: Answer) -> dict:
        return {
            "@type": "Answer",
            "text": answer.public_text().text,
            "dateCreated": answer.created_at.isoformat(),
            "upvoteCount": answer.helpful_count,
            "url": request.build_absolute_uri(answer.get_absolute_url()),
            "author": {
                "@type": "Person",
                "name": answer.doctor.display_name,
                "url": request.build_absolute_uri(answer.doctor.get_absolute_url()),
            },
        }

    return {
        "@context": "https://schema.org",
        "@type": "QAPage",
        "mainEntity": {
            "@type": "Question",
            "name": question.title,
            "text": question.body,
            "answerCount": len(answers),
            "dateCreated": question.created_at.isoformat(),
            "author": {"@type": "Person", "name": question.author.public_name},
            "suggestedAnswer": [answer_schema(answer) for answer in answers],
        },
    }


def _answer_actions(
    request: HttpRequest,
    question: Question,
    answer: Answer,
    *,
    is_asker: bool,
    own_answer: Answer | None,
    voted_ids: frozenset[int],
) -> AnswerActions:
    """What the reader may do with `answer`, by the same checks as the actions themselves."""
    user = request.user
    if not user.is_authenticated:
        # Visitors' helpful buttons log in and come back to the answer (its "#answer-N" added by the card).
        return AnswerActions(login_url=f"{reverse_often('account_login')}?next={quote(question.get_absolute_url())}")
    can_vote = can(user, "questions.vote", answer)
    # Only the asker (who gets their own rendering) and the answering doctor (never shared) see these.
    can_follow_up = is_asker and can(user, "questions.follow_up", answer)
    can_reply = (
        answer is own_answer
        and any(not follow_up.is_reply for follow_up in answer.follow_up_list)
        and can(user, "questions.reply_to_follow_ups", answer)
    )
    return AnswerActions(
        can_vote=can_vote,
        helpful_state=helpful_button_state(request, answer.pk, voted_ids) if can_vote else "",
        can_thank=can(user, "questions.thank", answer),
        is_asker=is_asker,
        can_edit=answer is own_answer and can(user, "questions.edit_answer", answer),
        can_follow_up=can_follow_up,
        can_reply=can_reply,
        can_choose=is_asker and can(user, "questions.choose_answer", answer),
    )


@shared_with_members(parts=[HelpfulState()])
def question_detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    """A question with its answers. Members share one rendering (pagecache.members shares it only among
    members who may take part), so its buttons, decided by the permission checks, suit every member;
    each member's own helpful marks are filled in (questions.member_parts)."""
    with question_page_reads(pk):  # what the page keeps, read and stored in a round trip each
        return _question_detail(request, pk, slug)


def _question_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    user = request.user
    depends_on(request, f"question:{pk}")  # the question, its answers and their helpful counts
    question, answers = question_and_answers(pk, user)
    if slug != question.slug:
        return redirect(question, permanent=True)
    render_personally_for(request, question.author_id)  # the asker gets thanks buttons
    treatments = question_treatments(question)
    related = related_questions(question, treatments)
    # Related questions: which ones follow new and hidden questions about the same treatments; their
    # titles and answer counts follow each question. (Their order by helpfulness may lag: README.md.)
    # One call: the generations of topics a page declares at once are read in one round trip.
    depends_on(
        request,
        *(f"questions-about:{treatment.pk}" for treatment in treatments),
        *(f"question:{other.pk}" for other in related),
    )
    doctor = doctor_profile_for(user)
    if doctor is not None:
        user.doctor_profile = doctor  # the permission checks below reuse it
    own_answer = next((a for a in answers if doctor and a.doctor_id == doctor.pk), None)
    public_answers = [a for a in answers if not a.is_hidden]
    answer_refusal = vote_refusal = ask_refusal = ""
    if user.is_authenticated:
        # Members told why where a button would be (the page members share never needs it: only members
        # who may take part share it).
        try:
            # Translators: completes "Log in to …" and "you can't … for now": a verb in the infinitive.
            check_can_participate(user, action=gettext("mark answers as helpful"))
        except PermissionDenied as refusal:
            vote_refusal = str(refusal)
        try:
            check_can_ask(user)
        except PermissionDenied as refusal:
            ask_refusal = str(refusal)
    if doctor is not None and own_answer is None:
        try:
            check_can_answer(user, question)
        except PermissionDenied as refusal:
            answer_refusal = str(refusal)
    is_asker = user.is_authenticated and user.pk == question.author_id
    # The same checks as the actions: a button is shown only where pressing it would be allowed.
    voted_ids: frozenset[int] = frozenset()
    if user.is_authenticated and answers and not is_shared_render(request):
        voted_ids = answers_voted_by_cached(user)  # the member's marks, kept until their next vote
    actions = [
        _answer_actions(request, question, answer, is_asker=is_asker, own_answer=own_answer, voted_ids=voted_ids)
        for answer in answers
    ]
    if getattr(user, "is_moderator", False):
        cards = answer_cards(answers, actions, request)  # rows from the database, hidden answers included
    else:
        cards = answer_cards_until_changed(question, answers, actions, request)
    context = {
        "question": question,
        "treatments": treatments,
        # "Botox, fillers or lip lift" (the separator and "or" in the page's language).
        "treatment_names": get_text_list([str(treatment) for treatment in treatments]),
        "answers": answers,
        "answer_cards": cards,
        "related": related,
        "viewer_doctor": doctor,
        "own_answer": own_answer,
        "can_answer": doctor is not None and own_answer is None and not answer_refusal,
        "answer_refusal": answer_refusal,
        "vote_refusal": vote_refusal,
        "ask_refusal": ask_refusal,
        "answer_form": AnswerForm(),
        "is_asker": is_asker,
        "canonical_url": request.build_absolute_uri(question.get_absolute_url()),
        "description": excerpt(question.body, 155),
        "qa_schema": _qa_page_schema(request, question, public_answers),
    }
    return render(request, "questions/detail.html", context)


def similar(request: HttpRequest) -> HttpResponse:
    """Questions like the title being typed on the ask page (an htmx fragment)."""
    if rate_limited(request, "similar"):
        return ratelimited(request)
    title = request.GET.get("title", "")[:150]
    return render(
        request,
        "questions/ask.html#similar",
        {"similar": list(full_text.question_similar(Question.objects.public(), title))},
    )


@login_required
def ask(request: HttpRequest) -> HttpResponse:
    check_can_ask(request.user)
    limited = False
    if request.method == "POST" and "check" in request.POST:
        # "Check for similar questions" without JavaScript: show them, keep everything, validate nothing.
        form = QuestionForm(
            initial={
                "title": request.POST.get("title", ""),
                "body": request.POST.get("body", ""),
                "treatments": request.POST.getlist("treatments"),
                "age_range": request.POST.get("age_range", ""),
                "city": request.POST.get("city", ""),
            }
        )
    elif request.method == "POST":
        form = QuestionForm(request.POST)
        if form.is_valid() and rate_limited(request, "ask"):
            limited = True
        elif form.is_valid():
            data = form.cleaned_data
            question = question_create(
                author=request.user,
                title=data["title"],
                body=data["body"],
                treatments=data["treatments"],
                age_range=data["age_range"],
                city=data["city"],
            )
            messages.success(request, gettext("Your question is posted. We'll e-mail you when a doctor answers."))
            return redirect(question)
    else:
        initial = {}
        treatment = Treatment.objects.filter(slug=request.GET.get("treatment", "")).first()
        if treatment:
            initial["treatments"] = [treatment.pk]
        form = QuestionForm(initial=initial)
    title = request.POST.get("title", "") if request.method == "POST" else ""
    context = {
        "form": form,
        "similar": list(full_text.question_similar(Question.objects.public(), title)) if title else [],
        "limited": limited,
        "ask_limit": limit_count("ask"),
    }
    return render(request, "questions/ask.html", context, status=429 if limited else 200)


@login_required
def answer_new(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    question = get_object_or_404(Question.objects.public().select_related("author"), pk=pk)
    existing = Answer.objects.filter(question=question, doctor__user=request.user).first()
    if existing is not None and not existing.is_hidden:
        messages.info(request, gettext("You have already answered this question; you can edit your answer here."))
        return redirect("questions:answer_edit", pk=existing.pk)
    doctor = check_can_answer(request.user, question)
    form = AnswerForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if rate_limited(request, "answer"):
            form.add_error(
                None, gettext("You have posted many answers in the last hour. Please wait a little and try again.")
            )
            status = 429
        else:
            try:
                answer = answer_create(doctor=doctor, question=question, body=form.cleaned_data["body"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, gettext("Your answer is published. The patient will be notified."))
                return redirect(answer.get_absolute_url())
    context = {
        "form": form,
        "question": question,
        "answer": None,
        "disclaimer_preview": DisclaimerVersion.objects.current().render(doctor.display_name),
    }
    return render(request, "questions/answer_form.html", context, status=status)


@login_required
def answer_edit(request: HttpRequest, pk: int) -> HttpResponse:
    answer = get_object_or_404(Answer.objects.select_related("question__author", "doctor", "disclaimer"), pk=pk)
    check_can_edit_answer(request.user, answer)
    form = AnswerForm(request.POST or None, instance=answer)
    if request.method == "POST" and form.is_valid():
        try:
            answer_update(answer=answer, body=form.cleaned_data["body"], editor=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, gettext("Your answer is updated. The earlier text is kept for the moderators."))
            return redirect(answer.get_absolute_url())
    context = {
        "form": form,
        "question": answer.question,
        "answer": answer,
        "disclaimer_preview": answer.disclaimer_text,
    }
    return render(request, "questions/answer_form.html", context)


def _answer_for_action(pk: int) -> Answer:
    return get_object_or_404(Answer.objects.select_related("question", "doctor", "disclaimer"), pk=pk)


@require_POST
@login_required
def answer_helpful(request: HttpRequest, pk: int) -> HttpResponse:
    """Toggle a helpful vote: htmx swaps the button and count in place; without JS, back to the answer."""
    answer = _answer_for_action(pk)
    check_can_vote(request.user, answer)
    if rate_limited(request, "vote"):
        return ratelimited(request)
    voted, _count = answer_helpful_toggle(answer=answer, user=request.user)
    if request.htmx:
        actions = AnswerActions(
            can_vote=True, helpful_state=helpful_button_state(request, pk, {pk} if voted else set())
        )
        return HttpResponse(helpful_part(answer, actions, get_token(request)))
    messages.success(
        request, gettext("Marked as helpful. Thank you.") if voted else gettext("Your helpful mark is removed.")
    )
    return redirect(answer.get_absolute_url())


@require_POST
@login_required
def answer_thank_view(request: HttpRequest, pk: int) -> HttpResponse:
    answer = _answer_for_action(pk)
    check_can_thank(request.user, answer)
    answer_thank(answer=answer, user=request.user)
    if request.htmx:
        return HttpResponse(thanks_part(answer, AnswerActions(is_asker=True), get_token(request)))
    messages.success(
        request,
        gettext("You thanked %(doctor)s. They'll see it on their account.") % {"doctor": answer.doctor.display_name},
    )
    return redirect(answer.get_absolute_url())


@login_required
def follow_up_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Under an answer: the asker asks a follow-up, the answering doctor replies (a form page without
    JavaScript and when the text needs correcting; the question page's form posts here)."""
    answer = get_object_or_404(
        Answer.objects.public().select_related("question__author", "doctor", "disclaimer"), pk=pk
    )
    if request.user.pk == answer.doctor.user_id:
        check_can_reply_to_follow_ups(request.user, answer)
        reply, create = True, follow_up_reply_create
    else:
        check_can_follow_up(request.user, answer)
        reply, create = False, follow_up_create
    form = FollowUpForm(request.POST or None, reply=reply)
    status = 200
    if request.method == "POST" and form.is_valid():
        if rate_limited(request, "follow_up"):
            form.add_error(
                None, gettext("You have posted many follow-ups in the last hour. Please wait a little and try again.")
            )
            status = 429
        else:
            try:
                follow_up = create(answer=answer, author=request.user, body=form.cleaned_data["body"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    gettext("Your reply is published. The patient will be notified.")
                    if reply
                    else gettext("Your follow-up is published. We'll tell you when %(doctor)s replies.")
                    % {"doctor": answer.doctor.display_name},
                )
                return redirect(follow_up.get_absolute_url())
    context = {"form": form, "answer": answer, "question": answer.question, "reply": reply}
    return render(request, "questions/follow_up_form.html", context, status=status)


@require_POST
@login_required
def answer_choose_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The asker marks the answer that helped most, or takes the mark back ("unchoose" in the form)."""
    answer = _answer_for_action(pk)
    check_can_choose_answer(request.user, answer)
    if rate_limited(request, "vote"):
        return ratelimited(request)
    if request.POST.get("unchoose"):
        answer_unchoose(answer=answer, user=request.user)
        messages.success(request, gettext("Your mark is removed."))
    else:
        answer_choose(answer=answer, user=request.user)
        messages.success(
            request,
            gettext("Marked %(doctor)s's answer as the one that helped you most.")
            % {"doctor": answer.doctor.display_name},
        )
    return redirect(answer.get_absolute_url())
