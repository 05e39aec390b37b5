"""Demo questions and answers: the curated corpus first, then generated variation up to `--questions`.

The curated questions (questions/demo_corpus.py) come first, each with the answers written for it by
the demo doctors. The questions after them are generated from topics (questions/demo_variation.py)
about one treatment or two that go together, answered by doctors whose specialty does the treatment.
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

from core.demo import DemoContext, bulk_insert
from doctors.demo import ROSTER, does
from doctors.models import DoctorProfile
from questions.demo_corpus import CURATED, CuratedQuestion
from questions.demo_variation import DEFAULT_VOICE, KELOID_NOTES, SPECIALTY_VOICES, TOPICS, VOICES
from questions.models import Answer, DisclaimerVersion, FollowUp, HelpfulVote, Question, QuestionTreatment
from treatments.demo import FACTS, GO_TOGETHER, Facts, in_sentence, spoken

CITIES = ["Austin", "Miami", "New York", "Los Angeles", "Chicago", "Seattle", "Denver", "Atlanta", "Boston", ""]
AGES = ["23", "27", "31", "34", "38", "42", "45", "49", "53", "58", "62"]

# Facts for a treatment the demo catalogue doesn't know (tests seed their own).
GENERIC_FACTS = Facts(
    words=(),
    price=(300, 3000),
    downtime="a few days of redness or swelling",
    lasts="anywhere from months to years, depending on the treatment",
    sessions="one or more",
    onset="within a few weeks",
    comfort="uncomfortable rather than painful for most people",
    event_weeks=4,
)
TOXINS = {"botox", "dysport", "masseter-botox"}
FILLERS = {"lip-filler", "cheek-filler", "under-eye-filler", "jawline-filler", "chin-filler", "radiesse", "sculptra"}
# Results measured in weeks or in use, not months: "it faded after three months" would make no sense.
SHORT_LIVED = {"hydrafacial", "dermaplaning", "microdermabrasion", "led-light-therapy", "tretinoin"}
# Used daily rather than given in sessions.
NO_SESSIONS = {"tretinoin"}


def _age_range(age: str) -> str:
    if not age:
        return ""
    age_value = int(age)
    for upper, choice in [(25, "under_25"), (35, "25_34"), (45, "35_44"), (55, "45_54"), (65, "55_64")]:
        if age_value < upper:
            return choice
    return "65_plus"


# A few questions with a word found nowhere else, so the benchmark can search for a rare word. The first
# question (the curated showcase) is one of them.
RARE_TOPIC = "keloid"
RARE_EVERY = 20000
# The first question gets this many answers: the busiest question page, for the demo and the benchmark.
SHOWCASE_ANSWERS = 20
# A large seed's second question gets this many: the benchmark's ordinary question page (bench/targets.py).
BENCH_ANSWERS = 10
BATCH = 5000


class _Writer:
    """Writes the generated questions and answers, with everything worked out once per treatment."""

    def __init__(self, ctx: DemoContext, treatments: list, doctors: list[DoctorProfile]) -> None:
        self.rng = ctx.rng
        self.large = ctx.large
        self.treatments = treatments
        self.doctors = doctors
        self.by_slug = {treatment.slug: treatment for treatment in treatments}
        self.base = {treatment.pk: self._values(treatment) for treatment in treatments}
        self.topics = {treatment.pk: self._topics_for(treatment) for treatment in treatments}
        self.pairs = [
            (self.by_slug[a], self.by_slug[b]) for a, b in GO_TOGETHER if a in self.by_slug and b in self.by_slug
        ]
        self.pools = {
            treatment.pk: [doctor for doctor in doctors if does(doctor.specialty, treatment.slug)] or doctors
            for treatment in treatments
        }
        key_by_slug = {slugify(f"{named.first}-{named.last}"): named.key for named in ROSTER}
        self.voices = {
            doctor.pk: VOICES.get(key_by_slug.get(doctor.slug, ""))
            or SPECIALTY_VOICES.get(doctor.specialty, DEFAULT_VOICE)
            for doctor in doctors
        }
        self.doctor_by_key = {key_by_slug[d.slug]: d for d in doctors if d.slug in key_by_slug}
        # The default seed never repeats a title or an answer; large seeds only within a question.
        self.seen_titles: set[str] = set()
        self.seen_answers: set[str] = set()

    @staticmethod
    def _values(treatment) -> dict:
        facts = FACTS.get(treatment.slug, GENERIC_FACTS)
        name = spoken(treatment.slug, treatment.name)
        return {
            "t": name,
            "T": name[0].upper() + name[1:],
            "t0": in_sentence(treatment.name),
            "downtime": facts.downtime,
            "lasts": facts.lasts,
            "sessions": facts.sessions,
            "onset": facts.onset,
            "comfort": facts.comfort,
            "low": facts.price[0],
            "high": facts.price[1],
            "event_weeks": facts.event_weeks,
            "keloid_note": KELOID_NOTES.get(treatment.category, KELOID_NOTES["skin_care"]),
        }

    @staticmethod
    def _topics_for(treatment) -> list[str]:
        facts = FACTS.get(treatment.slug, GENERIC_FACTS)
        topics = ["first_time", "cost", "event", "pain"]
        if treatment.category in ("injectables", "surgery") or treatment.slug == "gum-contouring":
            topics.append("blood_thinner")
        if treatment.category != "dental":
            topics.append("autoimmune")
        if facts.swells:
            topics += ["swelling", "swelling"]  # the question patients ask most
        if facts.permanent:
            topics.append("permanence")
        elif treatment.slug not in SHORT_LIVED:
            topics.append("longevity")
        multiple = not facts.sessions.startswith("one") and treatment.slug not in NO_SESSIONS
        if multiple and treatment.category in ("injectables", "lasers", "skin_care"):
            topics.append("sessions")
        if treatment.slug in FILLERS or treatment.category == "surgery":
            topics.append("complication")
        return topics

    def question_values(self, treatment, topic: str, age: str, city: str) -> dict:
        rng = self.rng
        values = dict(self.base[treatment.pk], age=age or "35", city_in=f" in {city}" if city else "")
        surgery = treatment.category == "surgery"
        if topic == "swelling":
            values["since"] = f"{rng.randint(3, 10)} weeks" if surgery else f"{rng.randint(3, 7)} days"
        elif topic == "complication":
            values["since"] = f"{rng.randint(6, 20)} weeks" if surgery else f"{rng.randint(2, 5)} weeks"
        elif topic == "event":
            needed = values["event_weeks"]
            weeks = rng.randint(max(2, needed // 2), max(3, needed * 2))
            values["weeks"] = weeks
            values["timing"] = (
                f"{weeks} weeks is enough time for {values['t']} for most people."
                if weeks >= needed
                else f"{weeks} weeks is tight for {values['t']}; I'd leave at least {needed}, or book it for "
                "after the event."
            )
        elif topic == "longevity":
            # "Fading already" means sooner than it should: a lip flip lasts weeks, a toxin a few months.
            slug = treatment.slug
            values["months"] = 2 if slug == "lip-flip" else rng.randint(2, 3) if slug in TOXINS else rng.randint(2, 5)
        elif topic == "cost":
            low, high = values["low"], values["high"]
            step = 50 if high > 2000 else 10
            values["quote"] = rng.randint(low, high) // step * step
        return values

    @staticmethod
    def pair_values(a, b, values_a: dict, values_b: dict, age: str, city: str) -> dict:
        values = {"a": values_a["t"], "A": values_a["T"], "b": values_b["t"], "B": values_b["T"]}
        for prefix, source in (("a", values_a), ("b", values_b)):
            for key in ("downtime", "lasts", "onset", "low", "high"):
                values[f"{prefix}_{key}"] = source[key]
        return dict(values, age=age or "35", city_in=f" in {city}" if city else "")

    def generated(self, index: int) -> tuple[list, str, dict, str, str, str, str]:
        """A new question: (treatments, topic, values, title, body, age, city)."""
        rng = self.rng
        age, city = rng.choice(AGES), rng.choice(CITIES)
        for _attempt in range(8):
            if index % RARE_EVERY == 0:
                picked, topic = [rng.choice(self.treatments)], RARE_TOPIC
            elif self.pairs and rng.random() < 0.25:
                picked, topic = list(rng.choice(self.pairs)), rng.choice(["versus", "combine"])
            else:
                picked = [rng.choice(self.treatments)]
                topic = rng.choice(self.topics[picked[0].pk])
            if len(picked) == 2:
                first, second = picked
                values = self.pair_values(first, second, self.base[first.pk], self.base[second.pk], age, city)
            else:
                values = self.question_values(picked[0], topic, age, city)
            title = rng.choice(TOPICS[topic].titles)
            text = title.format(**values)
            if self.large or text not in self.seen_titles:
                break
            age, city = rng.choice(AGES), rng.choice(CITIES)
        if not self.large:
            self.seen_titles.add(text)
        body = self.body(topic, title, values)
        return picked, topic, values, text[0].upper() + text[1:], body, age, city

    def body(self, topic: str, title: str, values: dict) -> str:
        """A body for the title: its own when the topic pairs them, any of the topic's otherwise."""
        spec = TOPICS[topic]
        template = spec.bodies[spec.titles.index(title)] if spec.paired else self.rng.choice(spec.bodies)
        return template.format(**values)

    def curated_values(self, curated: CuratedQuestion, picked: list) -> tuple[str, dict]:
        """The topic and values that generated answers use when a curated question needs more of them."""
        topic = curated.topic
        if topic in ("versus", "combine") and len(picked) >= 2:
            a, b = picked[0], picked[1]
            return topic, self.pair_values(a, b, self.base[a.pk], self.base[b.pk], curated.age, curated.city)
        if topic not in TOPICS or topic in ("versus", "combine"):
            topic = "first_time"
        values = self.question_values(picked[0], topic, curated.age, curated.city)
        values.setdefault("since", "a few weeks")
        values.setdefault("months", 3)
        values.setdefault("weeks", values["event_weeks"])
        values.setdefault("timing", "")
        values.setdefault("quote", values["high"])
        return topic, values

    def answers(self, *, topic: str, values: dict, main, count: int, written: list) -> list:
        """`count` (doctor, text) pairs: the written ones first, then generated ones by other doctors."""
        rng = self.rng
        chosen: list[tuple[DoctorProfile, str]] = []
        used: set[int] = set()
        for doctor, text in written[:count]:
            chosen.append((doctor, text))
            used.add(doctor.pk)
        needed = count - len(chosen)
        if needed <= 0:
            return chosen
        pool = self.pools[main.pk]
        if used:
            pool = [doctor for doctor in pool if doctor.pk not in used]
        # Only the benchmark's busy pages (large seeds) borrow doctors from outside the treatment's field.
        if len(pool) < needed and self.large:
            in_pool = {doctor.pk for doctor in pool}
            pool = pool + [doctor for doctor in self.doctors if doctor.pk not in used and doctor.pk not in in_pool]
        cores = [core.format(**values) for core in TOPICS[topic].cores]
        rng.shuffle(cores)
        texts = {text for _, text in chosen}
        for position, doctor in enumerate(rng.sample(pool, min(needed, len(pool)))):
            openers, closers = self.voices[doctor.pk]
            for attempt in range(12):
                core = cores[(position + attempt) % len(cores)]
                text = f"{rng.choice(openers)} {core}\n\n{rng.choice(closers)}"
                if text not in texts and (self.large or text not in self.seen_answers):
                    break
            else:
                continue  # nothing new left to say: one answer fewer
            texts.add(text)
            chosen.append((doctor, text))
        if not self.large:
            self.seen_answers.update(texts)
        return chosen


def seed(ctx: DemoContext) -> None:
    """Questions with their treatments, answers and (small runs) helpful votes, in large batches.

    Every denormalised counter (question answer/helpful counts, first answering doctor, last
    activity; doctor answer/helpful counts) is computed here from the rows being created, as the
    services would have kept it, so no pass over the tables is needed afterwards.
    """
    rng = ctx.rng
    treatments, patients, doctors = ctx.data["treatments"], ctx.data["patients"], ctx.data["doctors"]
    writer = _Writer(ctx, treatments, doctors)
    disclaimer = DisclaimerVersion.objects.current()
    now = timezone.now()
    total = ctx.questions
    doctor_counts: dict[int, list[int]] = {doctor.pk: [0, 0] for doctor in doctors}

    for start in range(0, total, BATCH):
        size = min(BATCH, total - start)
        questions, tags, answers, voters = [], [], [], []
        for index in range(start, start + size):
            if index == 0:
                count = SHOWCASE_ANSWERS
            elif index == 1 and ctx.large:
                count = BENCH_ANSWERS
            elif ctx.large:
                count = rng.choice([2, 3, 4, 5, 6])
            else:
                count = None  # the curated answers, or a few generated ones
            if index < len(CURATED):
                curated = CURATED[index]
                picked = [writer.by_slug[slug] for slug in curated.treatments if slug in writer.by_slug]
                picked = picked or [treatments[index % len(treatments)]]
                title, body, age, city = curated.title, curated.body, curated.age, curated.city
                topic, values = writer.curated_values(curated, picked)
                written = _written_answers(writer, curated)
                count = len(written) if count is None else count
            else:
                picked, topic, values, title, body, age, city = writer.generated(index)
                written = []
                count = rng.choice([0, 0, 1, 1, 2, 3]) if count is None else count
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
            question_answers = []
            chosen = writer.answers(
                topic=topic,
                values=values,
                main=picked[0],
                count=min(count, len(doctors)),
                written=written,
            )
            for doctor, text in chosen:
                answer_voters = [] if ctx.large else rng.sample(patients, rng.choice([0, 0, 1, 2, 3, 5]))
                answer = Answer(
                    question=question,
                    doctor=doctor,
                    disclaimer=disclaimer,
                    body=text,
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
    _seed_follow_ups_and_choices(ctx, disclaimer, now)


# What askers ask back and how doctors reply: questions any treatment raises, answered as doctors do.
FOLLOW_UPS = [
    (
        "Thank you, this is really helpful. Is there anything I should stop doing in the week before, like "
        "supplements or retinol?",
        "Good question. Tell the clinic about everything you take. For most treatments we ask people to pause "
        "retinoids and exfoliating acids for a few days, and to skip aspirin, fish oil and alcohol for a couple "
        "of days if their own doctor agrees, because they make bruising and irritation more likely. Never stop "
        "a prescribed medicine without asking whoever prescribed it.",
    ),
    (
        "How do I tell normal healing apart from something I should call about?",
        "Expect some redness, swelling or tenderness that peaks in the first two days and then settles. Call "
        "the clinic the same day for pain that gets worse instead of better, spreading redness or heat, a "
        "fever, blistering, or any change in skin colour or in your vision.",
    ),
    (
        "Does it make a difference to see someone who does this often? How would I check?",
        "It does. Ask how many of these they do in a month, whether they handle complications themselves, and "
        "to see before/after photos of their own patients who started where you are. You can look up a "
        "doctor's licence on your state medical board's website.",
    ),
    (
        "Thanks! If I only have budget for one session this year, would you still do it?",
        "Often yes: one session still helps, it just does less than a full course. Say so at the consultation, "
        "so the plan is built around one visit rather than started and left half-way.",
    ),
]
FOLLOW_UP_QUESTIONS = 12  # the first questions with answers get a follow-up under their best answer
CHOSEN_EVERY = 2  # and every other answered question among the first ones has the asker's pick


def _seed_follow_ups_and_choices(ctx: DemoContext, disclaimer: DisclaimerVersion, now) -> None:
    """A few askers asked the answering doctor a follow-up and got a reply (with the disclaimer naming the
    doctor), and some marked the answer that helped them most; the doctors' figures count those picks."""
    rng = ctx.rng
    answered = list(
        Question.objects.filter(answer_count__gt=0)
        .order_by("pk")
        .values_list("pk", "author_id")[: FOLLOW_UP_QUESTIONS * 2]
    )
    if not answered:
        return
    answers_by_question: dict[int, list[Answer]] = {}
    for answer in (
        Answer.objects.filter(question_id__in=[pk for pk, _author in answered])
        .select_related("doctor")
        .order_by("question_id", "-helpful_count", "created_at")
    ):
        answers_by_question.setdefault(answer.question_id, []).append(answer)
    follow_ups, chosen = [], []
    for index, (question_id, author_id) in enumerate(answered):
        answers = answers_by_question.get(question_id) or []
        if not answers:
            continue
        pick = None
        if index % CHOSEN_EVERY == 0 and len(answers) > 1:
            # The asker's pick is not always the most voted one.
            pick = answers[rng.randrange(len(answers))]
            pick.chosen_at = min(pick.created_at + timedelta(days=rng.randint(1, 10)), now)
            chosen.append(pick)
        if index < FOLLOW_UP_QUESTIONS:
            # Askers ask back under the answer that helped them (their pick, or the most helpful).
            answer = pick or answers[0]
            asked, replied = FOLLOW_UPS[index % len(FOLLOW_UPS)]
            asked_at = min(answer.created_at + timedelta(hours=rng.randint(2, 48)), now)
            follow_ups.append(FollowUp(answer=answer, author_id=author_id, body=asked, created_at=asked_at))
            if index % 4 != 3:  # a few still wait for the doctor
                follow_ups.append(
                    FollowUp(
                        answer=answer,
                        author_id=answer.doctor.user_id,
                        doctor=answer.doctor,
                        disclaimer=disclaimer,
                        body=replied,
                        created_at=min(asked_at + timedelta(hours=rng.randint(1, 30)), now),
                    )
                )
    for row in follow_ups:
        row.render_body_html()
    bulk_insert(follow_ups)
    Answer.objects.bulk_update(chosen, ["chosen_at"])
    from questions.services import doctor_counters_refresh

    doctor_counters_refresh(doctor_ids={answer.doctor_id for answer in chosen})


def _written_answers(writer: _Writer, curated: CuratedQuestion) -> list[tuple[DoctorProfile, str]]:
    """The curated answers with their doctors; a doctor missing from this seed is replaced by another."""
    written, used = [], set()
    for key, text in curated.answers:
        doctor = writer.doctor_by_key.get(key)
        if doctor is None or doctor.pk in used:
            doctor = next((d for d in writer.doctors if d.pk not in used), None)
            if doctor is None:
                break
        used.add(doctor.pk)
        written.append((doctor, text))
    return written


def _slug(title: str) -> str:
    return slugify(title)[:160] or "question"
