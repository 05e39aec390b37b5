from django.apps import AppConfig
from django.db.models.signals import pre_save


class QuestionsConfig(AppConfig):
    """Patient questions, verified-doctor answers with their disclaimer, helpful votes and search."""

    name = "questions"

    def ready(self) -> None:
        from moderation.signals import visibility_changed
        from questions import checks  # noqa: F401  (registers the disclaimer audit)
        from questions.models import Answer, FollowUp, Question

        for model in (Question, Answer, FollowUp):
            pre_save.connect(_body_html_for_fixture, sender=model, dispatch_uid=f"questions.body_html.{model.__name__}")
        visibility_changed.connect(_question_counters_follow, sender=Question, dispatch_uid="questions.question")
        visibility_changed.connect(_answer_counters_follow, sender=Answer, dispatch_uid="questions.answer")
        from accounts.signals import member_leaving

        member_leaving.connect(_member_leaving, dispatch_uid="questions.member_leaving")
        _publish()
        from follows.targets import followable

        followable("question", _followable_questions)


def _followable_questions(ids: list[int]) -> dict[int, tuple[str, str]]:
    """Public questions by id, with their title and address (follows.targets)."""
    from questions.models import Question

    rows = Question.objects.public().filter(pk__in=ids).only("pk", "title", "slug")
    return {question.pk: (question.title, question.get_absolute_url()) for question in rows}


def _member_leaving(sender, member, keep_posts, actor, **kwargs) -> None:
    from questions.services import questions_for_leaving_member

    questions_for_leaving_member(member=member, keep_posts=keep_posts, actor=actor)


def _publish() -> None:
    """What the page cache re-renders when questions, answers and votes change (pagecache/README.md)."""
    from pagecache.topics import publishes
    from questions.models import Answer, DisclaimerVersion, FollowUp, HelpfulVote, Question, QuestionTreatment

    def treatments_of(question_id: int) -> list[str]:
        tags = QuestionTreatment.objects.filter(content_object_id=question_id).values_list("tag_id", flat=True)
        return [f"treatment:{tag}" for tag in tags]

    def question_topics(question: Question) -> list[str]:
        # Doctors' profiles list the questions they answered; related-question lists follow "questions-about".
        doctors = Answer.objects.filter(question=question).values_list("doctor_id", flat=True)
        treatments = treatments_of(question.pk)
        return [
            f"question:{question.pk}",
            "list:questions",
            *treatments,
            *(topic.replace("treatment:", "questions-about:") for topic in treatments),
            *(f"doctor:{doctor}" for doctor in doctors),
        ]

    def answer_topics(answer: Answer) -> list[str]:
        # Lists show answer counts and who answered first; a treatment's hub shows who answers about it, and
        # its most helpful questions (questions.reads.about) their answer counts.
        treatments = treatments_of(answer.question_id)
        return [
            f"question:{answer.question_id}",
            "list:questions",
            "list:doctors",
            f"doctor:{answer.doctor_id}",
            *treatments,
            *(topic.replace("treatment:", "answers-about:") for topic in treatments),
        ]

    def vote_topics(vote: HelpfulVote) -> list[str]:
        # The answer's count is on its question's page; totals order "most helpful" lists and doctors.
        answer = vote.answer
        return [f"question:{answer.question_id}", f"doctor:{answer.doctor_id}", "ranking:questions", "list:doctors"]

    def follow_up_topics(follow_up: FollowUp) -> list[str]:
        if "answer" in follow_up._state.fields_cache:
            question_id = follow_up.answer.question_id
        else:
            question_id = Answer.objects.filter(pk=follow_up.answer_id).values_list("question_id", flat=True).first()
        return [f"question:{question_id}"] if question_id is not None else []

    publishes(Question, topics=question_topics, m2m=[QuestionTreatment])
    publishes(Answer, topics=answer_topics)
    publishes(HelpfulVote, topics=vote_topics)
    # Follow-ups and replies are shown under their answer on the question page only.
    publishes(FollowUp, topics=follow_up_topics)
    # The disclaimer under every answer.
    publishes(DisclaimerVersion, topics=lambda version: ["site"])


def _question_counters_follow(sender, instance, **kwargs) -> None:
    """A question was hidden or restored: its doctors' answer counters include only public questions."""
    from questions.services import doctor_counters_refresh

    doctor_counters_refresh(doctor_ids=list(instance.answers.values_list("doctor_id", flat=True)))


def _answer_counters_follow(sender, instance, **kwargs) -> None:
    """An answer was hidden or restored: its question's and its doctor's counters follow."""
    from questions.services import doctor_counters_refresh, question_counters_refresh

    question_counters_refresh(question_id=instance.question_id)
    doctor_counters_refresh(doctor_ids=[instance.doctor_id])


def _body_html_for_fixture(sender, instance, raw: bool, **kwargs) -> None:
    """Fixtures (loaddata) save rows raw, around `save()`: their body's HTML is made here."""
    if raw:
        instance.render_body_html()
