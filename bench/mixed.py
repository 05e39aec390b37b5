"""The benchmark's mixed row: question pages read by a skewed popularity while a second client writes.

Run by bench/driver.py with the benchmark server's environment (DJANGO_SETTINGS_MODULE=bench.settings):

    python bench/mixed.py paths --out FILE --count 400000
        Question paths drawn by a Zipf-like popularity over every published question, one per line
        (bench/wrk_mixed.lua walks them); prints a JSON summary.
    python bench/mixed.py write --seed N
        The writer. Loads who writes what, prints READY, waits for a line `go <writes per second> <seconds>`
        on stdin, then writes at that pace and prints a JSON summary.

The writer goes through the services in this process (django.setup() with the server's settings), not
through HTTP: the writes announce themselves to the page cache through the same model signals
(`pagecache.topics.publishes`) and the same Redis keys as the server's would, and no writer account needs a
session, an authenticator (bench/run turns TWO_FACTOR_REQUIRED on, which doctors' requests obey) or room
under the per-member rate limits, which a handful of bench accounts writing 60 times a second would hit.
The permission checks the views make are made here too.

Popularity: questions ranked in a fixed random order (independent of id, treatment and helpfulness), the
question of rank r drawn with weight 1 / r**s. Readers and writer use the same ranking: votes and answers
go to the questions people read.
"""

import argparse
import bisect
import itertools
import json
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZIPF_S = 1.1
POPULARITY_SEED = 14
# The writer's mix: mostly helpful votes, as on a live site, with answers and reviews.
WRITE_MIX = (("vote", 0.6), ("answer", 0.2), ("review", 0.2))
# The member the logged-in rows read as: they do not write, so their own pages stay shared.
READER_HANDLE = "patient"


# Popularity -------------------------------------------------------------------------------------


def zipf_cum_weights(n: int, s: float = ZIPF_S) -> list[float]:
    """Cumulative weights of ranks 1..n, rank r weighing 1 / r**s (for `random.choices`/`bisect`)."""
    return list(itertools.accumulate(1 / rank**s for rank in range(1, n + 1)))


class Popularity:
    """Items ranked in a fixed random order, drawn with Zipf-like weights."""

    def __init__(self, items: Sequence, *, s: float = ZIPF_S, seed: int = POPULARITY_SEED) -> None:
        self.ranked = list(items)
        random.Random(seed).shuffle(self.ranked)
        self.cum_weights = zipf_cum_weights(len(self.ranked), s)

    def draw(self, rng: random.Random, k: int = 1) -> list:
        return rng.choices(self.ranked, cum_weights=self.cum_weights, k=k)

    def share_of_top(self, count: int) -> float:
        """The share of draws that fall on the `count` most popular items."""
        return self.cum_weights[min(count, len(self.ranked)) - 1] / self.cum_weights[-1]

    def rank_of_share(self, share: float) -> int:
        """How many of the most popular items receive `share` of the draws."""
        return bisect.bisect_left(self.cum_weights, share * self.cum_weights[-1]) + 1


def question_popularity() -> Popularity:
    """Every published question's (id, path), ranked for the mixed row: one query."""
    from django.urls import reverse

    from questions.models import Question

    rows = Question.objects.public().order_by("pk").values_list("pk", "slug")
    return Popularity([(pk, reverse("questions:detail", args=[pk, slug])) for pk, slug in rows])


def write_paths(out: Path, count: int, *, seed: int = 1) -> dict:
    popularity = question_popularity()
    drawn = [path for _, path in popularity.draw(random.Random(seed), count)]
    out.write_text("\n".join(drawn) + "\n")
    return {
        "questions": len(popularity.ranked),
        "paths": count,
        "distinct": len(set(drawn)),
        "top_1_share": popularity.share_of_top(1),
        "top_100_share": popularity.share_of_top(100),
        "questions_for_half": popularity.rank_of_share(0.5),
        "questions_for_90pc": popularity.rank_of_share(0.9),
    }


# Writes -----------------------------------------------------------------------------------------


class Writer:
    """Helpful votes, answers and reviews through the services, as the views call them."""

    def __init__(self, *, seed: int) -> None:
        from accounts.models import User
        from doctors.models import DoctorProfile
        from treatments.models import Treatment

        self.rng = random.Random(seed)
        self.popularity = Popularity([pk for pk, _ in question_popularity().ranked])
        self.patient_ids = list(
            User.objects.filter(is_active=True, is_staff=False, doctor_profile__isnull=True, suspended_at__isnull=True)
            .exclude(handle=READER_HANDLE)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        self.doctor_ids = list(DoctorProfile.objects.verified().order_by("pk").values_list("pk", flat=True))
        self.treatment_ids = list(Treatment.objects.order_by("pk").values_list("pk", flat=True))
        self.done: Counter[str] = Counter()
        self.refused: Counter[str] = Counter()
        self.kinds = [kind for kind, _ in WRITE_MIX]
        self.weights = [weight for _, weight in WRITE_MIX]

    def _patient(self):
        from accounts.models import User

        return User.objects.get(pk=self.rng.choice(self.patient_ids))

    def vote(self) -> bool:
        """A patient marks an answer of a popular question helpful, or takes the mark back."""
        from questions.models import Answer
        from questions.permissions import check_can_vote
        from questions.services import answer_helpful_toggle

        question_id = self.popularity.draw(self.rng)[0]
        answers = list(Answer.objects.public().filter(question_id=question_id).select_related("question", "doctor"))
        if not answers:
            return False
        answer, user = self.rng.choice(answers), self._patient()
        check_can_vote(user, answer)
        answer_helpful_toggle(answer=answer, user=user)
        return True

    def answer(self) -> bool:
        """A verified doctor who has not answered it yet answers a popular question."""
        from doctors.models import DoctorProfile
        from questions.models import Answer, Question
        from questions.services import answer_create

        question = Question.objects.public().get(pk=self.popularity.draw(self.rng)[0])
        answered = set(Answer.objects.filter(question=question).values_list("doctor_id", flat=True))
        tried = self.rng.sample(self.doctor_ids, min(5, len(self.doctor_ids)))
        candidates = [pk for pk in tried if pk not in answered]
        if not candidates:
            return False
        doctor = DoctorProfile.objects.select_related("user").get(pk=candidates[0])
        answer_create(
            doctor=doctor,
            question=question,
            body="From what you describe, this is usually expected in the first week and settles with time. "
            "If it worsens, see the clinic that treated you.",
        )
        return True

    def review(self) -> bool:
        """A patient reviews a treatment, naming a doctor."""
        from django.utils import timezone

        from doctors.models import DoctorProfile
        from reviews.models import Verdict
        from reviews.permissions import check_can_write_review
        from reviews.services import review_create
        from treatments.models import Treatment

        author = self._patient()
        check_can_write_review(author)
        review_create(
            author=author,
            treatment=Treatment.objects.get(pk=self.rng.choice(self.treatment_ids)),
            doctor=DoctorProfile.objects.get(pk=self.rng.choice(self.doctor_ids)),
            verdict=self.rng.choice(Verdict.values),
            rating=self.rng.randint(1, 5),
            treatment_date=timezone.localdate() - timedelta(days=self.rng.randint(30, 700)),
            title="How my treatment went",
            incentive="nothing",
            relationship="none",
            story="I went in with modest expectations and the result matched them. The clinic explained the "
            "recovery well, the swelling lasted about a week, and I would go back for a touch-up.",
        )
        return True

    def write_one(self) -> str:
        from django.core.exceptions import PermissionDenied, ValidationError

        kind = self.rng.choices(self.kinds, weights=self.weights)[0]
        try:
            ok = getattr(self, kind)()
        except (PermissionDenied, ValidationError):  # already answered or reviewed: the site refuses it too
            ok = False
        (self.done if ok else self.refused)[kind] += 1
        return kind


def run_paced(action: Callable[[], object], *, rate: float, seconds: float, clock=time.monotonic, sleep=time.sleep):
    """Call `action` `rate` times a second for `seconds`, on a fixed schedule (a slow call is caught up
    on, not forgotten). Returns (calls, latencies in seconds)."""
    start, latencies = clock(), []
    if rate <= 0:
        return 0, latencies
    for n in itertools.count():
        due = start + n / rate
        if due >= start + seconds:
            break
        wait = due - clock()
        if wait > 0:
            sleep(wait)
        began = clock()
        action()
        latencies.append(clock() - began)
    return len(latencies), latencies


def percentile(values: Sequence[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


def serve_writer(seed: int) -> None:
    writer = Writer(seed=seed)
    print("READY", flush=True)
    command = sys.stdin.readline().split()
    if len(command) != 3 or command[0] != "go":
        return
    rate, seconds = float(command[1]), float(command[2])
    started = time.monotonic()
    calls, latencies = run_paced(writer.write_one, rate=rate, seconds=seconds)
    elapsed = time.monotonic() - started
    summary = {
        "writes": calls,
        "seconds": elapsed,
        "rate": calls / elapsed if elapsed else 0.0,
        "asked_rate": rate,
        "done": dict(writer.done),
        "refused": dict(writer.refused),
        "p50_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
    }
    print("BENCH_WRITES " + json.dumps(summary), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    paths = commands.add_parser("paths")
    paths.add_argument("--out", type=Path, required=True)
    paths.add_argument("--count", type=int, default=400_000)
    write = commands.add_parser("write")
    write.add_argument("--seed", type=int, default=2)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    if args.command == "paths":
        print(json.dumps(write_paths(args.out, args.count)))
    else:
        serve_writer(args.seed)


if __name__ == "__main__":
    main()
