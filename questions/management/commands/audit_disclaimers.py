from django.core.management.base import BaseCommand, CommandError

from questions.checks import answers_without_disclaimer


class Command(BaseCommand):
    help = "List every answer that would render without a proper disclaimer; exit non-zero if there is any."

    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default", help="Database alias (default: default).")

    def handle(self, *args, database: str, **options):
        found = answers_without_disclaimer(using=database)
        if not found:
            self.stdout.write(self.style.SUCCESS("Every answer renders with its disclaimer: 0 problems."))
            return
        for pk, problem in found:
            self.stdout.write(f"answer {pk} {problem}")
        raise CommandError(f"{len(found)} answer(s) would render without a proper disclaimer.")
