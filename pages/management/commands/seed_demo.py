"""Fill an empty database with believable demo content written for Candid.

Each app seeds its own part in `<app>/demo.py`, in dependency order. Running the command twice
changes nothing the second time.
"""

import time

from django.core.management.base import BaseCommand
from django.db import transaction

from accounts import demo as accounts_demo
from consultations import demo as consultations_demo
from core.demo import DEMO_PASSWORD, DemoContext, search_indexes_deferred
from doctors import demo as doctors_demo
from pagecache.topics import everything_changes
from pages import follows_demo, moderation_demo
from photos import demo as photos_demo
from policies import demo as policies_demo
from questions import demo as questions_demo
from questions import demo_es as questions_in_spanish
from reviews import demo as reviews_demo
from treatments import demo as treatments_demo
from treatments import demo_es as treatments_in_spanish
from treatments import synonyms as treatment_synonyms

SEEDERS = [
    treatments_demo,
    treatment_synonyms,
    treatments_in_spanish,
    accounts_demo,
    doctors_demo,
    questions_demo,
    questions_in_spanish,
    reviews_demo,
    photos_demo,
    consultations_demo,
    policies_demo,
    moderation_demo,
    follows_demo,
]


class Command(BaseCommand):
    help = "Seed demo treatments, users, doctors, questions, answers, reviews and photos."

    def add_arguments(self, parser):
        parser.add_argument("--questions", type=int, default=200, help="How many questions (default 200).")

    def handle(self, *args, questions: int, **options):
        if accounts_demo.already_seeded():
            self.stdout.write("Demo data is already here; nothing to do.")
            self._print_logins()
            return
        ctx = DemoContext(questions=questions, out=self.stdout._out)
        started = time.monotonic()
        # One transaction: a seed that fails half-way leaves the database as it was.
        # A running site must not keep serving cached pages from before: "site" moves on at the end.
        with everything_changes(), transaction.atomic(), search_indexes_deferred(ctx):
            for seeder in SEEDERS:
                seeder.seed(ctx)
        self.stdout.write(self.style.SUCCESS(f"Demo data seeded in {time.monotonic() - started:.1f}s."))
        self._print_logins()

    def _print_logins(self) -> None:
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for role, handle in accounts_demo.DEMO_LOGINS:
            self.stdout.write(f"  {role:<22} {handle}")
