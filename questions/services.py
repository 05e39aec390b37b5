"""Writes for questions and answers. Views, admin, commands and tests all go through these.

Counters (Question.answer_count/helpful_count/first_answer_doctor, DoctorProfile.answer_count/
helpful_vote_count) move in the same transaction as the rows they count: with F() for single steps,
and recomputed from the rows, after locking the counter rows, when moderators hide or restore content.

What counts: a question's counters include its published answers; a doctor's counters include their
published answers on published questions.

Every write a member asks for checks its rule itself (questions.permissions), whoever calls it:

- `question_create`: `check_can_ask` ("questions.ask") for the author.
- `question_update_by_author`: `check_can_edit_question` ("questions.edit_question") on the locked row.
- `question_withdraw`: `check_can_withdraw_question` ("questions.withdraw_question").
- `answer_create`: `check_can_answer` ("questions.answer") for the doctor's account.
- `answer_update`: `check_can_change_answer_text` ("questions.change_answer_text") for the editor.
- `answer_helpful_toggle`: `check_can_vote` ("questions.vote") on the locked answer.
- `answer_thank`: `check_can_thank` ("questions.thank").
- `follow_up_create`: `check_can_follow_up` ("questions.follow_up") for the asker.
- `follow_up_reply_create`: `check_can_reply_to_follow_ups` ("questions.reply_to_follow_ups") for the doctor.
- `answer_choose`, `answer_unchoose`: `check_can_choose_answer` ("questions.choose_answer") on the locked question.
- `disclaimer_version_create`: administrators' text, written in the admin behind its model permission.
- `question_counters_refresh`, `doctor_counters_refresh`: bookkeeping after moderation, no member's request.
"""

from collections.abc import Iterable

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, F, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext, gettext_lazy

from accounts.services import notice_create
from core.i18n import current_language
from core.votes import helpful_vote_toggle
from doctors.models import DoctorProfile
from follows.services import (
    ANSWER_TO_MY_QUESTION,
    NEW_ANSWER,
    NEW_ANSWER_IN_TREATMENT,
    NEW_QUESTION,
    REPLY_TO_MY_FOLLOW_UP,
    follow_create,
    followers_notify,
    notify,
)
from moderation.models import ModerationLog
from moderation.services import content_hide, log_action, member_content_remove
from pagecache.topics import changed
from questions.models import Answer, AnswerRevision, DisclaimerVersion, FollowUp, HelpfulVote, Question
from questions.permissions import (
    check_can_answer,
    check_can_ask,
    check_can_change_answer_text,
    check_can_choose_answer,
    check_can_edit_question,
    check_can_follow_up,
    check_can_reply_to_follow_ups,
    check_can_thank,
    check_can_vote,
    check_can_withdraw_question,
)
from questions.text import clean_user_text, in_language_of
from treatments.models import treatment_named


@transaction.atomic
def question_create(
    *, author, title: str, body: str, treatments: Iterable, age_range: str = "", city: str = ""
) -> Question:
    """Post a question as `author`, who must be allowed to ask (`permissions.check_can_ask`, checked here:
    PermissionDenied otherwise). Raises ValidationError on invalid text."""
    check_can_ask(author)
    now = timezone.now()
    question = Question(
        author=author,
        title=clean_user_text(title),
        body=clean_user_text(body),
        age_range=age_range,
        city=clean_user_text(city),
        language=current_language(),  # the page it was asked on
        created_at=now,
        last_activity_at=now,
    )
    question.full_clean(exclude=["slug", "treatments"])
    question.save()
    treatments = list(treatments)
    question.treatments.set(treatments)
    # The asker hears of every answer; whoever follows one of its treatments (doctors who offer it,
    # patients considering it) hears of the question.
    follow_create(user=author, topic=f"question:{question.pk}")
    told: set[int] = {author.pk}
    for treatment in treatments:
        told |= followers_notify(
            topic=f"treatment:{treatment.pk}",
            kind=NEW_QUESTION,
            title=treatment_named(treatment),
            message=format_lazy(
                gettext_lazy("New question about {treatment}: “{title}”."),
                treatment=treatment_named(treatment),
                title=question.title,
            ),
            url=question.get_absolute_url(),
            exclude_user_ids=told,
        )
    return question


QUESTION_WITHDRAWN_REASON = "Withdrawn by the person who asked it."


@transaction.atomic
def question_update_by_author(
    *,
    question: Question,
    author,
    title: str,
    body: str,
    treatments: Iterable,
    age_range: str | None = None,
    city: str | None = None,
) -> Question:
    """The asker changes their question while no doctor has answered it (`permissions.check_can_edit_question`,
    checked here on the locked row: PermissionDenied otherwise). Raises ValidationError on invalid text.

    `save()` makes the body's HTML and announces the question's topics (its old treatments too); setting
    the treatments announces the new ones, so every cached page that lists it follows.
    """
    locked = Question.objects.select_for_update().get(pk=question.pk)
    check_can_edit_question(author, locked)
    locked.title = clean_user_text(title)
    locked.body = clean_user_text(body)
    if age_range is not None:
        locked.age_range = age_range
    if city is not None:
        locked.city = clean_user_text(city)
    locked.full_clean(exclude=["slug", "treatments"])
    locked.save()
    locked.treatments.set(list(treatments))
    return locked


@transaction.atomic
def question_withdraw(*, question: Question, author) -> Question:
    """The asker withdraws their question (`permissions.check_can_withdraw_question`, checked here).

    Withdrawing is hiding, through the moderation hide service: the question is kept with its answers
    and logged, public pages and lists stop showing it, and the doctors' counters that included it
    follow (questions.apps, on `visibility_changed`).
    """
    locked = Question.objects.select_for_update().get(pk=question.pk)
    check_can_withdraw_question(author, locked)
    content_hide(actor=author, target=locked, reason=QUESTION_WITHDRAWN_REASON)
    question.hidden_at, question.hidden_reason = locked.hidden_at, locked.hidden_reason
    return locked


@transaction.atomic
def answer_create(*, doctor: DoctorProfile, question: Question, body: str) -> Answer:
    """A verified doctor answers: the answer carries the disclaimer in force now, the counters move, and
    the asker gets a notice now and an e-mail once the transaction commits.

    Whoever calls it (a view, the admin, a command), `permissions.check_can_answer` decides for the
    doctor's account here: PermissionDenied with its reason otherwise. Raises ValidationError if the
    doctor already answered (a concurrent double submit) or the text is invalid.
    """
    check_can_answer(doctor.user, question)
    answer = Answer(
        question=question,
        doctor=doctor,
        body=clean_user_text(body),
        disclaimer=DisclaimerVersion.objects.current(),
        language=current_language(),
        created_at=timezone.now(),
    )
    answer.full_clean(exclude=["question", "doctor", "disclaimer"], validate_constraints=False)
    try:
        with transaction.atomic():
            answer.save()
    except IntegrityError as error:
        raise ValidationError(
            gettext("You have already answered this question. You can edit your answer instead.")
        ) from error

    Question.objects.filter(pk=question.pk).update(
        answer_count=F("answer_count") + 1,
        first_answer_doctor=Coalesce(F("first_answer_doctor"), Value(doctor.pk)),
        last_activity_at=answer.created_at,
    )
    if not question.is_hidden:
        DoctorProfile.objects.filter(pk=doctor.pk).update(answer_count=F("answer_count") + 1)

    # The asker is told directly (their e-mail, with the answer and its disclaimer, is the task's);
    # whoever follows the question hears of it in their notices and digest.
    with in_language_of(question.author):
        message = gettext("%(doctor)s answered your question “%(title)s”.") % {
            "doctor": doctor.display_name,
            "title": question.title,
        }
    notify(
        user=question.author,
        kind=ANSWER_TO_MY_QUESTION,
        message=message,
        url=answer.get_absolute_url(),
        direct=True,
        topic=f"question:{question.pk}",
        title=question.title,
        mail=False,
    )
    told = {question.author_id, doctor.user_id}
    told |= followers_notify(
        topic=f"question:{question.pk}",
        kind=NEW_ANSWER,
        title=question.title,
        message=format_lazy(
            gettext_lazy("{doctor} answered “{title}”."), doctor=doctor.display_name, title=question.title
        ),
        url=answer.get_absolute_url(),
        exclude_user_ids=told,
    )
    # Whoever follows one of its treatments hears of answers there too (once, whatever the treatments).
    for treatment in question.treatments.all():
        told |= followers_notify(
            topic=f"treatment:{treatment.pk}",
            kind=NEW_ANSWER_IN_TREATMENT,
            title=treatment_named(treatment),
            message=format_lazy(
                gettext_lazy("{doctor} answered a question about {treatment}: “{title}”."),
                doctor=doctor.display_name,
                treatment=treatment_named(treatment),
                title=question.title,
            ),
            url=answer.get_absolute_url(),
            exclude_user_ids=told,
        )
    from questions.tasks import answer_notify_asker

    transaction.on_commit(lambda: answer_notify_asker.enqueue(answer_id=answer.pk))
    return answer


@transaction.atomic
def answer_update(*, answer: Answer, body: str, editor) -> Answer:
    """Change an answer's text, keeping the previous text as an AnswerRevision.

    Checked here, whoever calls it (`permissions.check_can_change_answer_text`): the doctor who wrote it
    edits under the same rule as for answering; anyone else must be a moderator, and their edit is
    written to the moderation log. Raises PermissionDenied with the reason otherwise.
    """
    body = clean_user_text(body)
    locked = Answer.objects.select_for_update(of=("self",)).select_related("doctor", "question").get(pk=answer.pk)
    check_can_change_answer_text(editor, locked)
    if body == locked.body:
        return locked
    now = timezone.now()
    AnswerRevision.objects.create(answer=locked, body=locked.body, edited_at=now, edited_by=editor)
    locked.body = body
    locked.edited_at = now
    locked.full_clean(exclude=["question", "doctor", "disclaimer"], validate_constraints=False)
    locked.save(update_fields=["body", "edited_at", "updated_at"])
    Question.objects.filter(pk=locked.question_id).update(last_activity_at=now)
    if editor.pk != locked.doctor.user_id:
        log_action(actor=editor, action=ModerationLog.Action.EDIT, target=locked, reason="Edited the answer text.")
    answer.body, answer.body_html, answer.edited_at = locked.body, locked.body_html, locked.edited_at
    return locked


@transaction.atomic
def answer_helpful_toggle(*, answer: Answer, user) -> tuple[bool, int]:
    """Mark `answer` helpful for `user`, or take the mark back. Returns (voted_now, helpful_count).

    `permissions.check_can_vote` decides here, on the locked row (PermissionDenied otherwise). Locking the
    answer row first serialises votes on one answer, so each toggle moves the question's and the doctor's
    totals by exactly one.
    """
    locked = Answer.objects.select_for_update(of=("self",)).select_related("question", "doctor").get(pk=answer.pk)
    check_can_vote(user, locked)
    voted, count = helpful_vote_toggle(vote_model=HelpfulVote, target=locked, user=user)
    delta = 1 if voted else -1
    if not locked.is_hidden:
        Question.objects.filter(pk=locked.question_id).update(helpful_count=F("helpful_count") + delta)
        if not locked.question.is_hidden:
            DoctorProfile.objects.filter(pk=locked.doctor_id).update(helpful_vote_count=F("helpful_vote_count") + delta)
    answer.helpful_count = count
    _forget_answers_voted_by(user.pk)
    return voted, count


# Which answers a member marked helpful, cached per member: every question page they open presses
# those buttons in the page members share (questions.views.OwnVotes), without a query per page.
ANSWERS_VOTED_BY_SECONDS = 3600


def answers_voted_by_key(user_id: int) -> str:
    return f"answers-voted-by:1:{user_id}"


def answers_voted_by(user) -> frozenset[int]:
    """The ids of every answer `user` marked helpful, from the database; kept in the cache for next time."""
    answer_ids = frozenset(HelpfulVote.objects.filter(user=user).values_list("answer_id", flat=True))
    cache.set(answers_voted_by_key(user.pk), answer_ids, ANSWERS_VOTED_BY_SECONDS)
    return answer_ids


def answers_voted_by_cached(user) -> frozenset[int]:
    """`answers_voted_by(user)`, from the cache while every vote of theirs leaves it in place."""
    answer_ids = cache.get(answers_voted_by_key(user.pk))
    return answer_ids if answer_ids is not None else answers_voted_by(user)


def _forget_answers_voted_by(user_id: int) -> None:
    # Now, and again after commit: a page read in between must not keep the old set for an hour.
    key = answers_voted_by_key(user_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


@transaction.atomic
def answer_thank(*, answer: Answer, user) -> Answer:
    """The asker thanks the doctor, once; the doctor gets a notice. `permissions.check_can_thank` decides
    here (PermissionDenied otherwise)."""
    check_can_thank(user, answer)
    now = timezone.now()
    updated = Answer.objects.filter(pk=answer.pk, thanked_at__isnull=True).update(thanked_at=now)
    if updated:
        answer.thanked_at = now
        with in_language_of(answer.doctor.user):
            message = gettext("%(handle)s thanked you for your answer to “%(title)s”.") % {
                "handle": user.handle,
                "title": answer.question.title,
            }
        notice_create(
            user=answer.doctor.user,
            message=message,
            url=answer.get_absolute_url(),
        )
        # update(), not save(): only the first thanks counts. Its question's page shows it.
        changed(answer)
    return answer


@transaction.atomic
def follow_up_create(*, answer: Answer, author, body: str) -> FollowUp:
    """The asker asks the answering doctor a follow-up under `answer` (`permissions.check_can_follow_up`,
    checked here: PermissionDenied otherwise); the doctor is told. Raises ValidationError on invalid text."""
    check_can_follow_up(author, answer)
    follow_up = FollowUp(answer=answer, author=author, body=clean_user_text(body), created_at=timezone.now())
    follow_up.full_clean(exclude=["answer", "author", "doctor", "disclaimer"], validate_constraints=False)
    follow_up.save()
    Question.objects.filter(pk=answer.question_id).update(last_activity_at=follow_up.created_at)
    _follow_up_notify_doctor(follow_up)
    return follow_up


@transaction.atomic
def follow_up_reply_create(*, answer: Answer, author, body: str) -> FollowUp:
    """The doctor who wrote `answer` replies under it (`permissions.check_can_reply_to_follow_ups`, checked
    here: PermissionDenied otherwise). The reply names the doctor and carries the disclaimer in force now,
    as an answer does; the asker is told. Raises ValidationError on invalid text."""
    doctor = check_can_reply_to_follow_ups(author, answer)
    reply = FollowUp(
        answer=answer,
        author=author,
        doctor=doctor,
        disclaimer=DisclaimerVersion.objects.current(),
        body=clean_user_text(body),
        created_at=timezone.now(),
    )
    reply.full_clean(exclude=["answer", "author", "doctor", "disclaimer"], validate_constraints=False)
    reply.save()
    Question.objects.filter(pk=answer.question_id).update(last_activity_at=reply.created_at)
    _follow_up_reply_notify_asker(reply)
    return reply


def _follow_up_notify_doctor(follow_up: FollowUp) -> None:
    """Tell the answering doctor the asker asked a follow-up: a notice now, an e-mail after commit."""
    answer = follow_up.answer
    with in_language_of(answer.doctor.user):
        message = gettext("%(name)s asked a follow-up under your answer to “%(title)s”.") % {
            "name": follow_up.author.public_name,
            "title": answer.question.title,
        }
    notify(
        user=answer.doctor.user,
        kind="follow-up-to-my-answer",
        message=message,
        url=follow_up.get_absolute_url(),
        direct=True,
        mail=False,  # the task below e-mails it
    )
    from questions.tasks import follow_up_notify_doctor

    transaction.on_commit(lambda: follow_up_notify_doctor.enqueue(follow_up_id=follow_up.pk))


def _follow_up_reply_notify_asker(reply: FollowUp) -> None:
    """Tell the asker the doctor replied to their follow-up: a notice now, an e-mail after commit."""
    question = reply.answer.question
    with in_language_of(question.author):
        message = gettext("%(doctor)s replied to your follow-up on “%(title)s”.") % {
            "doctor": reply.doctor.display_name,
            "title": question.title,
        }
    notify(
        user=question.author,
        kind=REPLY_TO_MY_FOLLOW_UP,
        message=message,
        url=reply.get_absolute_url(),
        direct=True,
        mail=False,  # the task below e-mails it
    )
    from questions.tasks import follow_up_reply_notify_asker

    transaction.on_commit(lambda: follow_up_reply_notify_asker.enqueue(follow_up_id=reply.pk))


@transaction.atomic
def answer_choose(*, answer: Answer, user) -> Answer:
    """The asker marks `answer` as the one that helped most, in place of any earlier choice
    (`permissions.check_can_choose_answer`, checked here on the locked question: PermissionDenied
    otherwise). The doctors' "most helpful to the asker" figures move with it."""
    question = Question.objects.select_for_update().get(pk=answer.question_id)
    locked = Answer.objects.select_for_update(of=("self",)).select_related("doctor").get(pk=answer.pk)
    locked.question = question
    check_can_choose_answer(user, locked)
    if locked.chosen_at is not None:
        return locked
    previous = Answer.objects.filter(question=question, chosen_at__isnull=False).first()
    if previous is not None:
        previous.chosen_at = None
        previous.save(update_fields=["chosen_at", "updated_at"])
    locked.chosen_at = timezone.now()
    locked.save(update_fields=["chosen_at", "updated_at"])
    doctor_counters_refresh(doctor_ids=[locked.doctor_id, *([previous.doctor_id] if previous else [])])
    answer.chosen_at = locked.chosen_at
    return locked


@transaction.atomic
def answer_unchoose(*, answer: Answer, user) -> Answer:
    """The asker takes back their mark on `answer` (the same rule as `answer_choose`)."""
    question = Question.objects.select_for_update().get(pk=answer.question_id)
    locked = Answer.objects.select_for_update(of=("self",)).select_related("doctor").get(pk=answer.pk)
    locked.question = question
    check_can_choose_answer(user, locked)
    if locked.chosen_at is None:
        return locked
    locked.chosen_at = None
    locked.save(update_fields=["chosen_at", "updated_at"])
    doctor_counters_refresh(doctor_ids=[locked.doctor_id])
    answer.chosen_at = None
    return locked


def question_counters_refresh(*, question_id: int) -> None:
    """Recompute one question's answer count, helpful total and first answering doctor from its rows.

    For moderation (hide/restore), inside its transaction. The question row is locked first, so votes
    that commit before see their +1 counted, and votes after add theirs to the fresh total.
    """
    list(Question.objects.select_for_update().filter(pk=question_id).values_list("pk"))
    answers = Answer.objects.public().filter(question=OuterRef("pk")).order_by().values("question")
    Question.objects.filter(pk=question_id).update(
        answer_count=Coalesce(Subquery(answers.annotate(n=Count("pk")).values("n")), 0),
        helpful_count=Coalesce(Subquery(answers.annotate(n=Sum("helpful_count")).values("n")), 0),
        first_answer_doctor=Subquery(
            Answer.objects.public().filter(question=OuterRef("pk")).order_by("created_at").values("doctor")[:1]
        ),
    )


def doctor_counters_refresh(*, doctor_ids: Iterable[int]) -> None:
    """Recompute doctors' answer counts and helpful totals from their counted answers (see module doc)."""
    doctor_ids = sorted(set(doctor_ids))
    if not doctor_ids:
        return
    list(DoctorProfile.objects.select_for_update().filter(pk__in=doctor_ids).order_by("pk").values_list("pk"))
    answers = Answer.objects.counted().filter(doctor=OuterRef("pk")).order_by().values("doctor")
    DoctorProfile.objects.filter(pk__in=doctor_ids).update(
        answer_count=Coalesce(Subquery(answers.annotate(n=Count("pk")).values("n")), 0),
        helpful_vote_count=Coalesce(Subquery(answers.annotate(n=Sum("helpful_count")).values("n")), 0),
        chosen_answer_count=Coalesce(
            Subquery(answers.filter(chosen_at__isnull=False).annotate(n=Count("pk")).values("n")), 0
        ),
    )


@transaction.atomic
def disclaimer_version_create(*, text: str, created_by) -> DisclaimerVersion:
    """Publish a new disclaimer version; answers written from now on carry it. Old versions stay as they
    are, with the answers written under them."""
    last = DisclaimerVersion.objects.select_for_update().order_by("-number").values_list("number", flat=True).first()
    version = DisclaimerVersion(number=(last or 0) + 1, text=text.strip(), created_by=created_by)
    version.full_clean()
    version.save()
    log_action(
        actor=created_by,
        action=ModerationLog.Action.DISCLAIMER_CHANGE,
        target=version,
        after={"number": version.number, "text": version.text},
    )
    return version


@transaction.atomic
def questions_for_leaving_member(*, member, keep_posts: bool, actor) -> None:
    """A member closes their account (accounts.signals.member_leaving). Removing: their questions leave
    every public page for good (moderation.services.member_content_remove; the doctors' answers go with
    the question, off public pages, never orphaned). Keeping: the questions stay, shown as by "Former
    member" (User.public_name), and the pages that named them are re-rendered."""
    questions = list(Question.objects.filter(author=member).order_by("pk"))
    if not keep_posts:
        # Their follow-ups under answers go the same way (a doctor's replies, by another author, stay).
        follow_ups = list(FollowUp.objects.filter(author=member, doctor__isnull=True).order_by("pk"))
        member_content_remove(actor=actor, items=[*questions, *follow_ups])
        return
    for question in questions:
        if not question.is_hidden:
            changed(question)
