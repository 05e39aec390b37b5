from django.apps import AppConfig


class QuestionsConfig(AppConfig):
    """Patient questions, verified-doctor answers with their disclaimer, helpful votes and search."""

    name = "questions"

    def ready(self) -> None:
        from moderation.signals import visibility_changed
        from questions import checks  # noqa: F401  (registers the disclaimer audit)
        from questions.models import Answer, Question

        visibility_changed.connect(_question_counters_follow, sender=Question, dispatch_uid="questions.question")
        visibility_changed.connect(_answer_counters_follow, sender=Answer, dispatch_uid="questions.answer")


def _question_counters_follow(sender, instance, **kwargs) -> None:
    """A question was hidden or restored: its doctors' answer counters include only public questions."""
    from questions.services import doctor_counters_refresh

    doctor_counters_refresh(doctor_ids=list(instance.answers.values_list("doctor_id", flat=True)))


def _answer_counters_follow(sender, instance, **kwargs) -> None:
    """An answer was hidden or restored: its question's and its doctor's counters follow."""
    from questions.services import doctor_counters_refresh, question_counters_refresh

    question_counters_refresh(question_id=instance.question_id)
    doctor_counters_refresh(doctor_ids=[instance.doctor_id])
