"""Demo reviews: every verdict, believable costs per treatment, updates, doctor responses and votes.

Rows go in with bulk_create; the doctors' review counters are then recomputed from the rows with one
aggregate UPDATE, exactly as `reviews.services` keeps them.
"""

from datetime import timedelta
from decimal import Decimal

from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from core.demo import DemoContext, batched
from reviews.models import (
    SUB_RATING_FIELDS,
    DoctorResponse,
    Review,
    ReviewHelpfulVote,
    ReviewUpdate,
    Verdict,
    VerdictChange,
)
from reviews.services import doctor_figures_refresh
from treatments.models import Treatment

# Typical total prices in US dollars (low, high); treatments not listed use their category's range.
PRICES = {
    "botox": (250, 900),
    "lip-filler": (450, 1200),
    "cheek-filler": (700, 2200),
    "under-eye-filler": (600, 1800),
    "jawline-filler": (900, 3000),
    "kybella": (1200, 3600),
    "sculptra": (1500, 4500),
    "masseter-botox": (400, 1300),
    "lip-flip": (80, 300),
    "laser-hair-removal": (600, 3000),
    "coolsculpting": (1500, 4500),
    "tattoo-removal": (400, 3500),
    "rhinoplasty": (6000, 15000),
    "facelift": (9000, 25000),
    "blepharoplasty": (3500, 8000),
    "breast-augmentation": (6000, 13000),
    "tummy-tuck": (7000, 16000),
    "liposuction": (3500, 11000),
    "brazilian-butt-lift": (7000, 15000),
    "porcelain-veneers": (6000, 24000),
    "teeth-whitening": (250, 900),
    "invisalign": (3500, 7500),
    "tretinoin": (40, 250),
}
CATEGORY_PRICES = {
    Treatment.Category.INJECTABLES: (400, 1500),
    Treatment.Category.LASERS: (800, 4000),
    Treatment.Category.SURGERY: (4000, 14000),
    Treatment.Category.SKIN_CARE: (150, 900),
    Treatment.Category.DENTAL: (300, 5000),
}

TITLES = {
    Verdict.WORTH_IT: [
        "Natural result, worth every penny",
        "Wish I had done it sooner",
        "Subtle, and nobody can tell",
        "Exactly what I asked for",
        "Nervous beforehand, thrilled now",
        "Great {t} experience with a careful doctor",
        "Worth it, but plan for the recovery",
        "My confidence is back",
    ],
    Verdict.NOT_SURE: [
        "Decent result, not sure about the price",
        "Some improvement, less than I hoped",
        "Too early to tell",
        "Mixed feelings about my {t}",
        "Fine, but I expected more",
        "Good doctor, underwhelming result",
    ],
    Verdict.NOT_WORTH_IT: [
        "Not worth the money for me",
        "Wore off far too quickly",
        "Would not repeat",
        "Expensive and barely noticeable",
        "Regret my {t}",
        "Disappointing, do your research",
    ],
}
OPENINGS = [
    "I had been thinking about {t} for almost two years before I booked a consultation.",
    "I'm in my {age}s and wanted something that would look like me, just less tired.",
    "After a lot of reading on here I finally went ahead with {t}.",
    "My main worry going in was looking overdone; I have seen too many bad results.",
    "A friend recommended the clinic, and I compared three quotes before deciding on {t}.",
    "I put off {t} for years because of the cost, then decided to stop waiting.",
]
MIDDLES = [
    " The consultation was unhurried: we talked through what was realistic, the risks and the aftercare, and I never felt pushed.",
    " The procedure itself took less time than I expected. There was some discomfort, but the numbing helped and the team checked on me throughout.",
    " Recovery was about what they described: swelling for the first few days, some bruising that make-up covered by day five.",
    " I was given written aftercare instructions and a number to call, which I used once when I was worried about swelling; they called me back the same evening.",
    " Pricing was explained upfront with no surprises, though follow-up sessions were extra.",
    " The first week was harder than I expected and I took more time off work than planned.",
]
ENDINGS = {
    Verdict.WORTH_IT: [
        " {weeks} weeks on I'm really happy. People say I look rested and nobody has guessed why. I would do it again.",
        " The result is natural and exactly what we discussed. For me it was worth every cent.",
        " I would recommend it to anyone with realistic expectations and a careful, experienced doctor.",
        " It is not cheap, but the difference in how I feel about my face every morning makes it worth it.",
    ],
    Verdict.NOT_SURE: [
        " {weeks} weeks on there is an improvement, but it's subtler than the photos I was shown. I'm not sure it justified the price.",
        " I can see a difference in good light; I'm undecided whether I'd pay for it again.",
        " The doctor was great, but the result is less dramatic than I hoped. I'll update once it has fully settled.",
        " Some days I love it, some days I can't see a change. Ask lots of questions about how long it lasts.",
    ],
    Verdict.NOT_WORTH_IT: [
        " Within {weeks} weeks I could barely see any difference, and the touch-up was extra. Not worth it for me.",
        " It wore off much faster than I was told, so the cost per month is hard to justify.",
        " I ended up with more downtime than expected and a result I'm lukewarm about. I wouldn't repeat it.",
        " For the money I'd rather have put it towards something else. Be wary of promises that sound too good.",
    ],
}
# Updates that keep the verdict, and ones that move it up or down (a verdict moves one step at a time).
UPDATES = [
    "The result has settled and looks even more natural than at the start.",
    "Some of the effect has faded, which the doctor said was normal at this point. Still feel the same about it.",
    "Quick update: I went back for the included follow-up and a small asymmetry was corrected at no charge.",
    "Update: the swelling took longer to go down than I expected, about five weeks in total, but it's settled now.",
]
UPDATES_BETTER = [
    "Now that everything has fully settled I like it much more than at the start. Changing my verdict.",
    "I'm glad I did it after all: the early swelling made it hard to judge.",
]
UPDATES_WORSE = [
    "It has mostly worn off, much faster than I was told. I'm less sure it was worth it now.",
    "Update: a small lump appeared at eight weeks and needed a second visit. It's resolved, but it has coloured my view.",
]
VERDICT_STEPS = [Verdict.NOT_WORTH_IT, Verdict.NOT_SURE, Verdict.WORTH_IT]
# How often each treatment is reviewed, relative to the rest (the popular ones).
POPULAR = {
    "botox": 8,
    "lip-filler": 5,
    "rhinoplasty": 4,
    "breast-augmentation": 4,
    "laser-hair-removal": 3,
    "coolsculpting": 3,
}
RESPONSES = [
    "Thank you for taking the time to share your experience. It was a pleasure looking after you, and I'm glad the result feels like you. We're always here if you have questions.",
    "Thank you for the honest feedback. Results settle over several weeks, so please come in for your complimentary review and we'll look at it together.",
    "I'm sorry the result wasn't what you hoped for. I'd welcome the chance to talk it through: please call the office and ask for a follow-up appointment with me.",
    "Thank you for this kind review. Sharing realistic expectations and recovery times helps others decide, and I appreciate you doing that.",
]


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


def _cost(rng, treatment) -> Decimal:
    low, high = PRICES.get(treatment.slug, CATEGORY_PRICES[treatment.category])
    amount = rng.triangular(low, high, low + (high - low) * 0.4)
    step = 50 if amount > 2000 else 10
    return Decimal(int(amount // step * step))


BRAND_NAMES = {"Botox", "Kybella", "Sculptra", "Morpheus8", "Ultherapy", "CoolSculpting", "Hydrafacial", "Invisalign"}


def _in_sentence(name: str) -> str:
    """ "lip filler" mid-sentence, but "Botox", "IPL photofacial" and "Masseter Botox" as they are."""
    first = name.split()[0]
    if first in BRAND_NAMES or (len(first) > 1 and first[1].isupper()):
        return name
    return name[0].lower() + name[1:]


def _text(rng, verdict: str, treatment, weeks: int) -> tuple[str, str]:
    name = _in_sentence(treatment.name)
    values = {"t": name, "age": rng.choice([20, 30, 40, 50, 60]), "weeks": weeks}
    title = rng.choice(TITLES[verdict]).format(**values)
    story = (rng.choice(OPENINGS) + "".join(rng.sample(MIDDLES, 2)) + rng.choice(ENDINGS[verdict])).format(**values)
    return title[0].upper() + title[1:], story


def seed(ctx: DemoContext) -> None:
    rng = ctx.rng
    treatments, patients, doctors = ctx.data["treatments"], ctx.data["patients"], ctx.data["doctors"]
    total = 20_000 if ctx.large else max(150, ctx.questions * 3 // 4)
    now = timezone.now()
    worth_it_rates = {treatment.pk: rng.uniform(0.45, 0.9) for treatment in treatments}
    weights = [POPULAR.get(treatment.slug, 1) for treatment in treatments]
    featured_doctor = doctors[0]  # dr-ruiz, the demo doctor login: enough reviews to respond to
    featured_share = min(0.08, 40 / total)
    taken: set[tuple[int, int, int | None]] = set()

    planned: list[tuple[Review, list[tuple[ReviewUpdate, str | None]], str]] = []
    attempts = 0
    while len(planned) < total and attempts < total * 3:
        attempts += 1
        index = len(planned)
        author = patients[0] if index < 2 else rng.choice(patients)
        treatment = treatments[0] if index == 0 else rng.choices(treatments, weights)[0]
        if index == 0 or rng.random() < featured_share:
            doctor = featured_doctor
        else:
            doctor = rng.choice(doctors) if rng.random() < 0.75 and index != 1 else None
        key = (author.pk, treatment.pk, doctor.pk if doctor else None)
        if key in taken:
            continue
        taken.add(key)

        first_verdict = Verdict.WORTH_IT if index == 0 else _verdict(rng, worth_it_rates[treatment.pk])
        # The demo patient's first review is old enough to have an update.
        days_ago = 200 if index == 0 else rng.randint(10, 540)
        created = now - timedelta(days=days_ago, minutes=rng.randint(0, 60 * 24))
        days_since = rng.randint(14, 180)
        title, story = _text(rng, first_verdict, treatment, weeks=days_since // 7)
        review = Review(
            author=author,
            treatment=treatment,
            doctor=doctor,
            verdict=first_verdict,
            rating=_rating(rng, first_verdict),
            cost_amount=_cost(rng, treatment) if rng.random() < 0.85 else None,
            cost_currency="USD",
            treatment_date=(created - timedelta(days=days_since)).date(),
            title=title,
            story=story,
            created_at=created,
        )
        if review.cost_amount is not None and rng.random() < 0.04:
            review.cost_currency = rng.choice(["CAD", "GBP"])
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
                new_verdict, body = None, rng.choice(UPDATES)
                if rng.random() < 0.3:
                    step = VERDICT_STEPS.index(review.verdict)
                    better = step == 0 or (step == 1 and rng.random() < 0.5)
                    new_verdict = VERDICT_STEPS[step + 1 if better else step - 1]
                    body = rng.choice(UPDATES_BETTER if better else UPDATES_WORSE)
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

    responses = []
    for position, review in enumerate(reviews):
        # Leave some of the demo doctor's reviews unanswered, so that logging in as them shows the button.
        if review.doctor is None or (review.doctor == featured_doctor and position % 3):
            continue
        if rng.random() < 0.3:
            at = min(review.created_at + timedelta(hours=rng.randint(2, 240)), now)
            body = RESPONSES[2] if review.rating <= 2 else rng.choice([RESPONSES[0], RESPONSES[1], RESPONSES[3]])
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
