"""Pick the benchmark's pages from the seeded database and print them as JSON (run by bench/driver.py).

Each page is looked up the way the site links to it (`get_absolute_url`, `reverse`), so the benchmark
follows URL changes. A page whose app or data is missing comes back with a `skip` reason instead.

    python bench/targets.py [--rotation FILE] [--rotation-count N]

With `--rotation`, FILE gets the paths of N published questions spread over the whole table, one per
line, and the list gets the rotating row that reads them in turn (bench/wrk_mixed.lua walks the file).
"""

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qasite.settings")

import django  # noqa: E402

django.setup()

from django.db.models import Count, F  # noqa: E402
from django.db.models.functions import Abs  # noqa: E402
from django.urls import NoReverseMatch, reverse  # noqa: E402

# Words for the search pages: one in thousands of questions, one in a handful (see questions/demo.py).
COMMON_WORD = "swelling"
RARE_WORD = "keloid"


def _url(name: str, *args) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def _question(answers: int | None = None) -> dict:
    """The question with the most answers, or the one whose answer count is nearest `answers`."""
    from questions.models import Question

    questions = Question.objects.public()
    if answers is None:
        question = questions.order_by("-answer_count", "pk").first()
    else:
        question = questions.annotate(off=Abs(F("answer_count") - answers)).order_by("off", "pk").first()
    if question is None:
        return {"skip": "no questions"}
    return {"url": question.get_absolute_url(), "note": f"{question.answer_count} answers"}


def rotation_paths(count: int) -> list[str]:
    """The paths of `count` published questions spread evenly over the table by id (all when fewer).

    Old and new questions, every treatment: the rotating rows read each of them in turn, so a page is
    asked for again only after all the others.
    """
    from questions.models import Question

    ids = list(Question.objects.public().order_by("pk").values_list("pk", flat=True))
    if len(ids) > count:
        ids = [ids[index * len(ids) // count] for index in range(count)]
    questions = Question.objects.filter(pk__in=ids).only("pk", "slug").order_by("pk")
    return [question.get_absolute_url() for question in questions]


def _rotation(out: Path, count: int) -> dict:
    paths = rotation_paths(count)
    if not paths:
        return {"skip": "no questions"}
    out.write_text("".join(f"{path}\n" for path in paths))
    return {"url": paths[0], "paths": str(out), "note": f"{len(paths):,} questions in turn"}


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


def _api_question() -> dict:
    """The API's read of the question with the most answers (the HTML row "question page, 20 answers")."""
    page = _question()
    if "skip" in page:
        return page
    from questions.models import Question

    question = Question.objects.public().order_by("-answer_count", "pk").first()
    return {"url": f"/api/v1/questions/{question.pk}", "note": page["note"]}


def _in_spanish(page: dict) -> dict:
    return {**page, "url": "/es" + page["url"]} if "url" in page else page


def _plain(name: str) -> dict:
    url = _url(name)
    return {"url": url} if url else {"skip": f"no URL named {name}"}


def pages(rotation: Path | None = None, rotation_count: int = 1000) -> list[dict]:
    found = [
        ("trivial view", {"url": "/bench/ping"}),
        ("home", _plain("core:home")),
        ("question list", _plain("questions:list")),
        ("question page, 10 answers", _question(10)),
        # The same page in Spanish (/es/...): the page cache and the query budget hold per language.
        ("question page, 10 answers, Spanish", _in_spanish(_question(10))),
        ("question page, 20 answers", _question()),
        ("treatment hub", _treatment()),
        ("doctor profile", _doctor()),
        ("search, common word", _search(COMMON_WORD)),
        ("search, rare word", _search(RARE_WORD)),
        # The API's list and detail (docs/api.md), next to the pages they mirror.
        ("API question list", {"url": "/api/v1/questions"}),
        ("API question, 20 answers", _api_question()),
    ]
    if rotation is not None:
        found.append(("question pages, rotating", _rotation(rotation, rotation_count)))
    return [{"name": name, **page} for name, page in found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rotation", type=Path, help="write the rotating row's paths into this file")
    parser.add_argument("--rotation-count", type=int, default=1000)
    args = parser.parse_args()
    print(json.dumps(pages(args.rotation, args.rotation_count)))


if __name__ == "__main__":
    main()
