from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

from core.demo import DemoContext, bulk_insert
from doctors.models import DoctorProfile
from questions.models import Answer, DisclaimerVersion, HelpfulVote, Question, QuestionTreatment

TITLES = [
    "Is {t} worth it at {age}?",
    "How long does swelling last after {t}?",
    "Can I go back to work the day after {t}?",
    "Uneven results two weeks after {t}: is this normal?",
    "What should I ask at my {t} consultation?",
    "How many sessions of {t} will I need for visible results?",
    "Is {t} safe while breastfeeding?",
    "Bruising after {t} still there after ten days, should I worry?",
    "{t} versus surgery: which makes more sense for me?",
    "Why did my {t} wear off so quickly?",
    "How much does {t} usually cost in {city}?",
    "Can {t} be combined with other treatments on the same day?",
    "What are the warning signs of a complication after {t}?",
    "Does {t} hurt, and what numbing options are there?",
]
BODIES = [
    "I'm {age} and have been thinking about {t} for about a year. My main concern is looking natural; "
    "I've seen too many results that look overdone. I had a consultation last month and the clinic "
    "suggested more than I expected. How do I know what's right for me, and what questions should I ask?",
    "I had {t} {weeks} weeks ago. The left side still looks a little different from the right and there is "
    "a small firm area when I press on it. It doesn't hurt. My injector said to wait, but I'd like a second "
    "opinion on whether this settles by itself or needs to be corrected.",
    "Budget matters for me. I've been quoted very different prices for {t} in {city}, from cheap deals to "
    "three times as much. What actually explains the difference, and is a low price a red flag?",
    "I have a wedding in {weeks} weeks. Is that enough time to have {t} and recover fully? I bruise easily "
    "and I take a daily low-dose aspirin that my GP prescribed. Should I stop it, and when?",
    "My skin is quite sensitive and I react to most products. Are there people who should not have {t}, "
    "and how would a doctor decide whether I'm one of them? I'd rather know the risks before I book.",
]
ANSWERS = [
    "Thank you for the detail; it helps. What you describe is common in the first weeks after {t}. Swelling "
    "settles unevenly, so one side can look different for a while. If it isn't painful, red or hot, the usual "
    "advice is to wait until about four weeks before judging the result, then see your injector for a review. "
    "Pain, spreading redness or skin colour changes are reasons to be seen the same day.",
    "The price of {t} depends on the product, the amount needed and above all the experience of the person "
    "treating you. A very low price can mean diluted product or an inexperienced injector. Ask what product "
    "and how much will be used, who does the treatment, and what happens if you need a correction.",
    "A good consultation for {t} should include your medical history, your goals and a frank talk about "
    "alternatives, including doing nothing. Ask to see before/after photos of the clinic's own patients with "
    "features like yours, and ask how complications are handled and who you call after hours.",
    "For most healthy adults {t} is low risk when done by a trained clinician, but it isn't risk-free. Blood "
    "thinners, recent illness, pregnancy and some autoimmune conditions change the advice, so mention all of "
    "them. Never stop a prescribed medicine without asking the doctor who prescribed it.",
    "Timing matters: for an event I'd suggest having {t} at least four to six weeks before, so any bruising "
    "has gone and small adjustments are still possible. Arnica and cold compresses help some people, though "
    "the evidence is modest. Avoid alcohol and intense exercise for a day afterwards.",
    "Results from {t} usually last a few months to a year depending on your metabolism, the product and the "
    "area treated. If it wore off much faster than promised, it's reasonable to ask the clinic about the dose "
    "and product used; sometimes a different product or technique suits a person better.",
]
CITIES = ["Austin", "Miami", "New York", "Los Angeles", "Chicago", "Seattle", "Denver", "Atlanta", "Boston", ""]
AGES = ["25", "32", "38", "45", "52", "60"]


def _question_text(rng, treatment_name: str) -> tuple[str, str, str, str]:
    age, city = rng.choice(AGES), rng.choice(CITIES)
    values = {"t": treatment_name, "age": age, "city": city or "my city", "weeks": rng.randint(2, 8)}
    title = rng.choice(TITLES).format(**values)
    title = title[0].upper() + title[1:]
    return title, rng.choice(BODIES).format(**values), age, city


def _age_range(age: str) -> str:
    age_value = int(age)
    for upper, choice in [(25, "under_25"), (35, "25_34"), (45, "35_44"), (55, "45_54"), (65, "55_64")]:
        if age_value < upper:
            return choice
    return "65_plus"


# A few questions with a word found nowhere else, so the benchmark can search for a rare word.
RARE_TITLE = "I scar easily and get keloids: is {t} safe for me?"
RARE_BODY = (
    "I'm {age} and I form keloid scars from small cuts and piercings. I'd like {t}, but I'm worried it could "
    "leave a raised scar. Is that a real risk with this treatment, and what would a careful doctor do "
    "differently for someone like me?"
)
RARE_EVERY = 20000
# The first question gets this many answers: the busiest question page, for the demo and the benchmark.
SHOWCASE_ANSWERS = 20
# A large seed's second question gets this many: the benchmark's ordinary question page (bench/targets.py).
BENCH_ANSWERS = 10
BATCH = 5000


def seed(ctx: DemoContext) -> None:
    """Questions with their treatments, answers and (small runs) helpful votes, in large batches.

    Every denormalised counter (question answer/helpful counts, first answering doctor, last
    activity; doctor answer/helpful counts) is computed here from the rows being created, as the
    services would have kept it, so no pass over the tables is needed afterwards.
    """
    rng = ctx.rng
    treatments, patients, doctors = ctx.data["treatments"], ctx.data["patients"], ctx.data["doctors"]
    disclaimer = DisclaimerVersion.objects.current()
    now = timezone.now()
    total = ctx.questions
    doctor_counts: dict[int, list[int]] = {doctor.pk: [0, 0] for doctor in doctors}

    for start in range(0, total, BATCH):
        size = min(BATCH, total - start)
        questions, tags, answers, voters = [], [], [], []
        for index in range(start, start + size):
            picked = rng.sample(treatments, rng.choice([1, 1, 1, 2, 2, 3]))
            title, body, age, city = _question_text(rng, picked[0].name)
            if index % RARE_EVERY == 0:
                title, body = RARE_TITLE.format(t=picked[0].name), RARE_BODY.format(t=picked[0].name, age=age)
            created = now - timedelta(minutes=rng.randint(30, 60 * 24 * 540))
            question = Question(
                author=rng.choice(patients),
                title=title,
                slug=_slug(title),
                body=body,
                age_range=_age_range(age),
                city=city,
                created_at=created,
                last_activity_at=created,
            )
            if index == 0:
                count = SHOWCASE_ANSWERS
            elif index == 1 and ctx.large:
                count = BENCH_ANSWERS
            else:
                count = rng.choice([0, 1, 2, 3, 4, 5, 6]) if not ctx.large else rng.choice([2, 3, 4, 5, 6])
            question_answers = []
            for doctor in rng.sample(doctors, min(count, len(doctors))):
                answer_voters = [] if ctx.large else rng.sample(patients, rng.choice([0, 0, 1, 2, 3, 5]))
                answer = Answer(
                    question=question,
                    doctor=doctor,
                    disclaimer=disclaimer,
                    body=rng.choice(ANSWERS).format(t=picked[0].name.lower() if picked[0].name != "Botox" else "Botox"),
                    created_at=min(question.created_at + timedelta(hours=rng.randint(1, 240)), now),
                    # Large runs: votes as plain numbers; millions of vote rows would add nothing.
                    helpful_count=rng.randint(0, 12) if ctx.large else len(answer_voters),
                )
                question_answers.append(answer)
                voters.append(answer_voters)
                doctor_counts[doctor.pk][0] += 1
                doctor_counts[doctor.pk][1] += answer.helpful_count
            if question_answers:
                question.answer_count = len(question_answers)
                question.helpful_count = sum(a.helpful_count for a in question_answers)
                question.first_answer_doctor = min(question_answers, key=lambda a: a.created_at).doctor
                question.last_activity_at = max(a.created_at for a in question_answers)
            questions.append(question)
            tags.append(picked)
            answers.extend(question_answers)
        for row in (*questions, *answers):
            row.render_body_html()  # bulk_insert writes rows around save(), where this is done
        bulk_insert(questions)
        bulk_insert(
            [
                QuestionTreatment(content_object=q, tag=t)
                for q, picked in zip(questions, tags, strict=True)
                for t in picked
            ]
        )
        bulk_insert(answers)
        bulk_insert(
            [
                HelpfulVote(answer=answer, user=user)
                for answer, answer_voters in zip(answers, voters, strict=True)
                for user in answer_voters
            ]
        )
        ctx.progress("questions", start + size, total)

    for doctor in doctors:
        doctor.answer_count, doctor.helpful_vote_count = doctor_counts[doctor.pk]
    DoctorProfile.objects.bulk_update(doctors, ["answer_count", "helpful_vote_count"], batch_size=1000)


def _slug(title: str) -> str:
    return slugify(title)[:160] or "question"
