"""Demo reviews: every verdict, costs in each treatment's range, updates, doctor responses and votes.

Each review is of a treatment its doctor performs (surgery always names a surgeon), with a story and a
title of that treatment's own (reviews/demo_corpus.py); no two reviews share a title.

Rows go in with bulk_create; the doctors' review counters are then recomputed from the rows with one
aggregate UPDATE, exactly as `reviews.services` keeps them.
"""

import random
from datetime import timedelta
from decimal import Decimal

from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import slugify

from core.demo import DemoContext, batched
from doctors.demo import ROSTER, does
from reviews.demo_corpus import (
    AGE_TITLES,
    CONSULTATIONS,
    DETAILS,
    ENDINGS,
    GENERIC_DETAILS,
    GENERIC_RESPONSES,
    OPENINGS,
    RESPONSES,
    TITLE_TEMPLATES,
    UPDATES,
    UPDATES_BETTER,
    UPDATES_WORSE,
)
from reviews.models import (
    SUB_RATING_FIELDS,
    DoctorResponse,
    Incentive,
    Relationship,
    Review,
    ReviewHelpfulVote,
    ReviewUpdate,
    Verdict,
    VerdictChange,
    Verification,
)
from reviews.services import doctor_figures_refresh
from treatments.demo import FACTS, in_sentence, spoken
from treatments.models import Treatment

# Typical total prices in US dollars (low, high), from the catalogue's facts; treatments the catalogue
# doesn't know use their category's range. Costs in other currencies are the same range at these rates.
PRICES = {slug: facts.price for slug, facts in FACTS.items()}
CATEGORY_PRICES = {
    Treatment.Category.INJECTABLES: (400, 1500),
    Treatment.Category.LASERS: (800, 4000),
    Treatment.Category.SURGERY: (4000, 14000),
    Treatment.Category.SKIN_CARE: (150, 900),
    Treatment.Category.DENTAL: (300, 5000),
}
CURRENCY_RATES = {"USD": Decimal(1), "CAD": Decimal("1.35"), "GBP": Decimal("0.8")}
VERDICT_STEPS = [Verdict.NOT_WORTH_IT, Verdict.NOT_SURE, Verdict.WORTH_IT]
# How often each treatment is reviewed, relative to the rest (the popular ones).
POPULAR = {
    "botox": 4,
    "lip-filler": 3,
    "rhinoplasty": 3,
    "breast-augmentation": 3,
    "laser-hair-removal": 2,
    "coolsculpting": 2,
}
# Results that take months to show: their reviews are written a few months after the treatment.
SLOW = {
    "sculptra",
    "kybella",
    "sclerotherapy",
    "fraxel-laser",
    "morpheus8",
    "ultherapy",
    "coolsculpting",
    "thermage",
    "emsculpt",
    "tattoo-removal",
    "laser-hair-removal",
    "tretinoin",
    "invisalign",
}


# Treatments for an ageing face: their reviewers are past forty.
AGEING = {"facelift", "neck-lift", "blepharoplasty", "brow-lift", "ultherapy", "thermage", "sculptra"}
# Toxins are judged before they wear off.
SHORT_ACTING = {"botox", "dysport", "lip-flip", "masseter-botox"}


def price_range(treatment, currency: str = "USD") -> tuple[Decimal, Decimal]:
    """The range a demo review's cost of this treatment lies in, in the given currency."""
    low, high = PRICES.get(treatment.slug, CATEGORY_PRICES[treatment.category])
    rate = CURRENCY_RATES[currency]
    return (Decimal(low) * rate).quantize(Decimal(1)), (Decimal(high) * rate).quantize(Decimal(1))


def _verdict(rng, worth_it_rate: float) -> str:
    roll = rng.random()
    if roll < worth_it_rate:
        return Verdict.WORTH_IT
    return Verdict.NOT_SURE if roll < worth_it_rate + (1 - worth_it_rate) / 2 else Verdict.NOT_WORTH_IT


def _rating(rng, verdict: str) -> int:
    return {
        Verdict.WORTH_IT: rng.choice([5, 5, 5, 4, 4]),
        Verdict.NOT_SURE: rng.choice([2, 3, 3, 3, 4]),
        Verdict.NOT_WORTH_IT: rng.choice([1, 1, 2, 2, 3]),
    }[verdict]


def _cost(rng, treatment, currency: str) -> Decimal:
    low, high = price_range(treatment, currency)
    amount = rng.triangular(float(low), float(high), float(low) + float(high - low) * 0.4)
    step = 50 if amount > 2000 else 10
    rounded = Decimal(int(amount // step * step))
    return min(max(rounded, low), high)


class _Writer:
    """Titles and stories for one treatment at a time, never repeating a title while new ones are left."""

    def __init__(self, rng) -> None:
        self.rng = rng
        self.used_titles: set[str] = set()
        # Per (treatment, verdict): the titles in the order they are handed out (each with the story's
        # ending it needs, or ""), and how many were.
        self.titles: dict[tuple[int, str], list[tuple[str, str]]] = {}
        self.given: dict[tuple[int, str], int] = {}

    def _titles(self, treatment, verdict: str) -> list[tuple[str, str]]:
        bare = in_sentence(treatment.name)
        values = {"t": bare, "T": bare[0].upper() + bare[1:], "at": spoken(treatment.slug, treatment.name)}
        own = [
            (title, ending)
            for wanted, title, ending in DETAILS.get(treatment.slug, GENERIC_DETAILS)[2]
            if wanted == verdict
        ]
        templates = [(template.format(**values), "") for template in TITLE_TEMPLATES[verdict]]
        self.rng.shuffle(templates)
        ages = list(range(25, 70))
        self.rng.shuffle(ages)
        by_age = [(template.format(age=age, **values), "") for age in ages for template in AGE_TITLES[verdict]]
        return own + templates + by_age

    def title(self, treatment, verdict: str) -> tuple[str, str]:
        """A title not used yet, and the ending the story needs to go with it ("" for any)."""
        key = (treatment.pk, verdict)
        if key not in self.titles:
            self.titles[key] = self._titles(treatment, verdict)
            self.given[key] = 0
        titles, start = self.titles[key], self.given[key]
        for position in range(start, len(titles)):
            if titles[position][0] not in self.used_titles:
                self.given[key] = position + 1
                break
        else:  # only large seeds get here: start again from the first
            position = start % len(titles)
            self.given[key] = start + 1
        title, ending = titles[position % len(titles)]
        self.used_titles.add(title)
        return title, ending

    def story(self, treatment, verdict: str, *, age: int, days_since: int, ending: str = "") -> str:
        rng = self.rng
        done, recovery, _ = DETAILS.get(treatment.slug, GENERIC_DETAILS)
        category = treatment.category
        kind = category if category in ("surgery", "dental") else "other"
        values = {
            "at": spoken(treatment.slug, treatment.name),
            "age": age,
            "weeks": days_since // 7,
            "months": max(2, days_since // 30),
        }
        opening = rng.choice(OPENINGS.get(category, OPENINGS["skin_care"]))
        consultation = rng.choice(CONSULTATIONS) if rng.random() < 0.6 else ""
        ending = ending or rng.choice(ENDINGS[kind][verdict])
        text = opening + consultation + rng.choice(done) + rng.choice(recovery) + ending
        return text.format(**values)


def _update_text(rng, treatment, better: bool | None) -> str:
    surgery = treatment.category == "surgery"
    if better is None:
        key = "surgery" if surgery else "injectables" if treatment.category == "injectables" else "other"
        return rng.choice(UPDATES[key])
    if better:
        return UPDATES_BETTER["surgery" if surgery else "other"]
    facts = FACTS.get(treatment.slug)
    lasting = surgery or treatment.category == "dental" or (facts is not None and facts.permanent)
    return UPDATES_WORSE["lasting" if lasting else "temporary"]


# What a few demo reviewers received, as people describe it (the rest received nothing).
OTHER_INCENTIVES = [
    "A free follow-up session",
    "Skincare products from the clinic",
    "Loyalty points worth about $50",
]
OTHER_RELATIONSHIPS = ["The doctor treated my sister first", "I was referred by a nurse at the clinic I know"]


def _disclose(review: Review, rng: random.Random, now, moderator) -> None:
    """Realistic disclosures and proof: most reviewers received nothing and have no ties; a few had a
    discount (a model day, a first-visit offer), fewer a free treatment; some proved the treatment."""
    roll = rng.random()
    if roll < 0.08:
        review.incentive = Incentive.DISCOUNTED_TREATMENT
    elif roll < 0.10:
        review.incentive = Incentive.FREE_TREATMENT
    elif roll < 0.115:
        review.incentive, review.incentive_details = Incentive.OTHER, rng.choice(OTHER_INCENTIVES)
    else:
        review.incentive = Incentive.NOTHING
    roll = rng.random()
    if roll < 0.02:
        review.relationship = Relationship.FAMILY_OR_FRIEND
    elif roll < 0.03:
        review.relationship, review.relationship_details = Relationship.OTHER, rng.choice(OTHER_RELATIONSHIPS)
    else:
        review.relationship = Relationship.NONE
    roll = rng.random()
    decided = min(review.created_at + timedelta(days=rng.randint(1, 6)), now)
    if review.doctor is not None and roll < 0.12:
        review.verification, review.verified_at, review.verified_by = (
            Verification.DOCTOR_CONFIRMED,
            decided,
            review.doctor.user,
        )
    elif roll < 0.27:
        review.verification, review.verified_at, review.verified_by = (
            Verification.RECEIPT_APPROVED,
            decided,
            moderator,
        )


def seed(ctx: DemoContext) -> None:
    rng = ctx.rng
    treatments, patients, doctors = ctx.data["treatments"], ctx.data["patients"], ctx.data["doctors"]
    total = 20_000 if ctx.large else max(150, ctx.questions * 3 // 4)
    now = timezone.now()
    worth_it_rates = {treatment.pk: rng.uniform(0.45, 0.9) for treatment in treatments}
    weights = [POPULAR.get(treatment.slug, 1) for treatment in treatments]
    featured_doctor = doctors[0]  # dr-ruiz, the demo doctor login: enough reviews to respond to
    featured_share = min(0.08, 40 / total)
    # Who may be named in a review of each treatment: doctors who perform it (surgery: surgeons only).
    pools = {t.pk: [d for d in doctors if does(d.specialty, t.slug)] or doctors for t in treatments}
    writer = _Writer(rng)
    # Its own sequence, so that adding disclosures left every other demo row as it was.
    disclosure_rng = random.Random(f"review-disclosures-{total}")
    taken: set[tuple[int, int, int | None]] = set()

    planned: list[tuple[Review, list[tuple[ReviewUpdate, str | None]], str]] = []
    attempts = 0
    while len(planned) < total and attempts < total * 3:
        attempts += 1
        index = len(planned)
        author = patients[0] if index < 2 else rng.choice(patients)
        treatment = treatments[0] if index == 0 else rng.choices(treatments, weights)[0]
        surgery = treatment.category == Treatment.Category.SURGERY
        featured_fits = does(featured_doctor.specialty, treatment.slug)
        if index == 0 or (featured_fits and rng.random() < featured_share):
            doctor = featured_doctor
        elif surgery or (rng.random() < 0.75 and index != 1):
            doctor = rng.choice(pools[treatment.pk])
        else:
            doctor = None
        key = (author.pk, treatment.pk, doctor.pk if doctor else None)
        if key in taken:
            continue
        taken.add(key)

        first_verdict = Verdict.WORTH_IT if index == 0 else _verdict(rng, worth_it_rates[treatment.pk])
        # The demo patient's first review is old enough to have an update.
        days_ago = 200 if index == 0 else rng.randint(10, 540)
        created = now - timedelta(days=days_ago, minutes=rng.randint(0, 60 * 24))
        if surgery:
            days_since = rng.randint(60, 400)
        elif treatment.slug in SLOW:
            days_since = rng.randint(90, 300)
        elif treatment.slug in SHORT_ACTING:
            days_since = rng.randint(14, 60)
        else:
            days_since = rng.randint(14, 180)
        age = rng.choice([40, 50, 60] if treatment.slug in AGEING else [20, 30, 40, 50, 60])
        title, ending = writer.title(treatment, first_verdict)
        story = writer.story(treatment, first_verdict, age=age, days_since=days_since, ending=ending)
        currency = "USD" if rng.random() >= 0.04 else rng.choice(["CAD", "GBP"])
        review = Review(
            author=author,
            treatment=treatment,
            doctor=doctor,
            verdict=first_verdict,
            rating=_rating(rng, first_verdict),
            cost_amount=_cost(rng, treatment, currency) if rng.random() < 0.85 else None,
            cost_currency=currency,
            treatment_date=(created - timedelta(days=days_since)).date(),
            title=title,
            story=story,
            created_at=created,
        )
        _disclose(review, disclosure_rng, now, ctx.data.get("moderator"))
        if doctor is not None and rng.random() < 0.7:
            for name in SUB_RATING_FIELDS:
                if rng.random() < 0.85:
                    setattr(review, name, min(5, max(1, review.rating + rng.choice([-1, 0, 0, 0, 1]))))

        updates: list[tuple[ReviewUpdate, str | None]] = []
        if index == 0 or rng.random() < 0.25:
            at = created
            for _ in range(rng.choice([1, 1, 2])):
                at = at + timedelta(days=rng.randint(30, 150))
                if at >= now:
                    break
                new_verdict, body = None, _update_text(rng, treatment, None)
                if rng.random() < 0.3:
                    step = VERDICT_STEPS.index(review.verdict)
                    better = step == 0 or (step == 1 and rng.random() < 0.5)
                    new_verdict = VERDICT_STEPS[step + 1 if better else step - 1]
                    body = _update_text(rng, treatment, better)
                    review.verdict = new_verdict
                updates.append((ReviewUpdate(review=review, body=body, created_at=at), new_verdict))
        planned.append((review, updates, first_verdict))

    reviews = [review for review, _, _ in planned]
    for done, batch in enumerate(batched(reviews, 2000), start=1):
        Review.objects.bulk_create(batch)
        ctx.progress("reviews", min(done * 2000, len(reviews)), len(reviews))

    all_updates = [update for _, updates, _ in planned for update, _ in updates]
    for batch in batched(all_updates, 5000):
        ReviewUpdate.objects.bulk_create(batch)

    changes = []
    for review, updates, first_verdict in planned:
        changes.append(VerdictChange(review=review, verdict=first_verdict, changed_at=review.created_at))
        previous = first_verdict
        for update, new_verdict in updates:
            if new_verdict:
                changes.append(
                    VerdictChange(
                        review=review,
                        verdict=new_verdict,
                        previous=previous,
                        update=update,
                        changed_at=update.created_at,
                    )
                )
                previous = new_verdict
    for batch in batched(changes, 5000):
        VerdictChange.objects.bulk_create(batch)

    key_by_slug = {slugify(f"{named.first}-{named.last}"): named.key for named in ROSTER}
    responses = []
    for position, review in enumerate(reviews):
        # Leave some of the demo doctor's reviews unanswered, so that logging in as them shows the button.
        if review.doctor is None or (review.doctor == featured_doctor and position % 3):
            continue
        if rng.random() < 0.3:
            at = min(review.created_at + timedelta(hours=rng.randint(2, 240)), now)
            thanks, follow_up, sorry = RESPONSES.get(key_by_slug.get(review.doctor.slug, ""), GENERIC_RESPONSES)
            body = sorry if review.rating <= 2 else thanks if review.rating >= 4 else follow_up
            responses.append(
                DoctorResponse(review=review, doctor=review.doctor, body=body, created_at=at, updated_at=at)
            )
    for batch in batched(responses, 5000):
        DoctorResponse.objects.bulk_create(batch)

    # bulk_create stamps `updated_at` with the time of seeding; the demo rows were never edited.
    Review.objects.update(updated_at=F("created_at"))
    DoctorResponse.objects.update(updated_at=F("created_at"))
    _seed_votes(ctx, reviews, patients)
    doctor_figures_refresh()
    ctx.out.write(f"  reviews      {len(reviews)} ({len(all_updates)} updates, {len(responses)} doctor responses)\n")


def _seed_votes(ctx: DemoContext, reviews: list[Review], patients: list) -> None:
    rng = ctx.rng
    if ctx.large:
        # Counts as plain numbers: hundreds of thousands of vote rows would add nothing to a benchmark.
        Review.objects.update(helpful_count=(F("id") * 7919) % 11)
        return
    votes = []
    for review in reviews:
        for voter in rng.sample(patients, rng.choice([0, 0, 1, 2, 3, 6])):
            if voter.pk != review.author_id:
                votes.append(ReviewHelpfulVote(review=review, user=voter))
    ReviewHelpfulVote.objects.bulk_create(votes, ignore_conflicts=True)
    counts = (
        ReviewHelpfulVote.objects.filter(review=OuterRef("pk")).values("review").annotate(n=Count("pk")).values("n")
    )
    Review.objects.update(helpful_count=Coalesce(Subquery(counts), 0))
