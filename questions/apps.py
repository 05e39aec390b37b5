from django.apps import AppConfig


class QuestionsConfig(AppConfig):
    """Patient questions, verified-doctor answers with their disclaimer, helpful votes and search."""

    name = "questions"

    def ready(self) -> None:
        from questions import checks  # noqa: F401  (registers the disclaimer audit)
