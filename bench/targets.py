"""Pick the benchmark's pages from the seeded database and print them as JSON (run by bench/driver.py).

Each page is looked up the way the site links to it (`get_absolute_url`, `reverse`), so the benchmark
follows URL changes. A page whose app or data is missing comes back with a `skip` reason instead.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qasite.settings")

import django  # noqa: E402

django.setup()

from django.db.models import Count  # noqa: E402
from django.urls import NoReverseMatch, reverse  # noqa: E402

# Words for the search pages: one in thousands of questions, one in a handful (see questions/demo.py).
COMMON_WORD = "swelling"
RARE_WORD = "keloid"


def _url(name: str, *args) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def _question() -> dict:
    from questions.models import Question

    question = Question.objects.public().order_by("-answer_count", "pk").first()
    if question is None:
        return {"skip": "no questions"}
    return {"url": question.get_absolute_url(), "note": f"{question.answer_count} answers"}


def _treatment() -> dict:
    from treatments.models import Treatment

    try:
        treatment = Treatment.objects.annotate(n=Count("reviews")).order_by("-n", "pk").first()
        note = f"{treatment.n} reviews" if treatment else ""
    except Exception:  # the reviews app has no model yet: the busiest treatment by questions
        treatment = Treatment.objects.annotate(n=Count("question_items")).order_by("-n", "pk").first()
        note = "no reviews yet"
    if treatment is None:
        return {"skip": "no treatments"}
    return {"url": treatment.get_absolute_url(), "note": note}


def _doctor() -> dict:
    from doctors.models import DoctorProfile

    doctor = DoctorProfile.objects.public().order_by("-answer_count", "pk").first()
    if doctor is None:
        return {"skip": "no doctors"}
    return {"url": doctor.get_absolute_url(), "note": f"{doctor.answer_count} answers"}


def _search(word: str) -> dict:
    from questions.models import Question

    url = _url("core:search") or _url("questions:search")
    if url is None:
        return {"skip": "no search page"}
    matches = Question.objects.public().filter(title__icontains=word).count()
    matches += Question.objects.public().filter(body__icontains=word).exclude(title__icontains=word).count()
    return {"url": f"{url}?q={word}", "note": f"'{word}' in {matches} questions"}


def _plain(name: str) -> dict:
    url = _url(name)
    return {"url": url} if url else {"skip": f"no URL named {name}"}


def main() -> None:
    pages = [
        ("trivial view", {"url": "/bench/ping"}),
        ("home", _plain("core:home")),
        ("question list", _plain("questions:list")),
        ("question page", _question()),
        ("treatment page", _treatment()),
        ("doctor profile", _doctor()),
        ("search, common word", _search(COMMON_WORD)),
        ("search, rare word", _search(RARE_WORD)),
    ]
    print(json.dumps([{"name": name, **page} for name, page in pages]))


if __name__ == "__main__":
    main()
