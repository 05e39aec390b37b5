from django.apps import AppConfig


class TreatmentsConfig(AppConfig):
    """The treatment catalogue that questions, reviews and photos are tagged with."""

    name = "treatments"

    def ready(self) -> None:
        from pagecache.topics import publishes
        from treatments.models import Treatment, TreatmentTranslation

        # Treatment names are in the navigation's menus and on most pages: a change moves "site".
        publishes(Treatment, topics=lambda treatment: [f"treatment:{treatment.pk}", "list:treatments", "site"])
        # ... and so do their names in other languages.
        publishes(
            TreatmentTranslation,
            topics=lambda translation: [f"treatment:{translation.treatment_id}", "list:treatments", "site"],
        )
