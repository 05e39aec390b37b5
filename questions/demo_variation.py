"""Generated variation on top of the curated demo questions (questions/demo_corpus.py).

A generated question takes one topic (cost, swelling, an event, ...) and one treatment, or two that go
together, and fills the topic's title and body with the patient's details and the treatment's facts
(treatments/demo.py). Its answers are a doctor's own opening and closing around a core written for that
topic, so an answer always addresses the question it is under, and never promises what the treatment
doesn't do. The default seed uses this for the questions after the curated ones; large seeds for the rest.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    titles: tuple[str, ...]
    bodies: tuple[str, ...]
    cores: tuple[str, ...]  # the middle of an answer; a doctor's voice goes around it
    paired: bool = False  # the n-th body goes with the n-th title (otherwise any body fits any title)


# Placeholders: {t} the treatment mid-sentence ("a tummy tuck"), {T} at the start of a sentence, {t0}
# without its article ("my tummy tuck"), {age}, {city_in} (" in Denver" or ""), {since} ("10 days"),
# {weeks}, {months}, {quote}, {timing}, {keloid_note}, and the treatment's facts: {downtime}, {lasts}, {sessions}, {onset}, {comfort}, {low}, {high}, {event_weeks}.
# Pairs use {a}/{A} and {b} with {a_...}/{b_...} facts.
TOPICS: dict[str, Topic] = {
    "first_time": Topic(
        titles=(
            "Is {t} worth it at {age}?",
            "First time considering {t} at {age}: what should I know?",
            "{T} at {age}: where do I even start?",
            "Thinking about {t}{city_in}: what should I ask at the consultation?",
        ),
        bodies=(
            "I'm {age} and I've been reading about {t} for months. I want it to look like me, just better, and "
            "I'm nervous about overdoing it. What should I expect, and how do I choose who to see?",
            "I've never had anything done. A friend had {t} and looks great, so I'm thinking of booking a "
            "consultation{city_in}. What questions should I ask, and what would make a doctor say it's not right "
            "for me? I'm {age}.",
            "I'm {age}. Is {t} something people my age do? I want honest answers before I spend the money, "
            "including what the recovery is really like.",
        ),
        cores=(
            "Start with a consultation where someone examines you in person and tells you what {t} can and "
            "can't do for you specifically. In general the result shows {onset} and lasts {lasts}. The recovery "
            "is {downtime}.",
            "Ask who will do the treatment, how often they do it, and to see photos of their own patients with "
            "features like yours. For {t}, expect {sessions}, and budget roughly ${low:,} to ${high:,} in total.",
            "Age matters less than what bothers you and why. At {age}, {t} is a common choice when the goal "
            "matches what it does. A careful clinician will also tell you when something else would serve you "
            "better, including waiting.",
            "Be wary of anyone who pushes a package at the first visit. With {t}, plan around the recovery "
            "({downtime}) before you book, and make sure you know who to call afterwards.",
        ),
    ),
    "cost": Topic(
        titles=(
            "What does {t} usually cost{city_in}?",
            "Quoted ${quote:,} for {t}: is that fair?",
            "Why do quotes for {t} vary so much{city_in}?",
        ),
        bodies=(
            "I've had three quotes for {t}{city_in} and they're all over the place, up to ${quote:,}. What "
            "actually explains the difference, and is a low price a red flag?",
            "I was quoted ${quote:,} for {t}. I'm {age} and this would be my first time. Does that sound "
            "normal, and what should be included in the price?",
            "Budget matters for me. Before I book {t}, what's a realistic total, and what are the extras people "
            "forget about? One clinic said ${quote:,}.",
        ),
        cores=(
            "Across the US, {t} usually comes to about ${low:,} to ${high:,} all in, with big cities towards "
            "the top. What moves the price is who performs it, how much product or time it takes, and what "
            "follow-up is included.",
            "A very low price is worth questioning: ask exactly what's included, who does the treatment, and "
            "what happens if you need a correction. With {t} you're paying for judgement as much as for the "
            "procedure itself.",
            "Ask for a written quote that lists everything: the consultation, the treatment, follow-up visits "
            "and, for {t}, how many sessions ({sessions}). Comparing totals rather than per-unit or "
            "per-session prices avoids surprises.",
        ),
    ),
    "event": Topic(
        titles=(
            "Wedding in {weeks} weeks: is there enough time for {t}?",
            "Can I have {t} {weeks} weeks before a big event?",
        ),
        paired=True,
        bodies=(
            "My sister's wedding is in {weeks} weeks and I'll be in every photo. I'd like to have {t} before "
            "then. Is that enough time to recover and see the result? I'm {age}.",
            "I have a milestone birthday party in {weeks} weeks. Is {t} realistic in that window, or am I "
            "pushing my luck? I've never had it before.",
        ),
        cores=(
            "{timing} Recovery from {t} is usually {downtime}, and the result shows {onset}.",
            "{timing} Leave room for a follow-up visit in case something needs adjusting, and don't try a new "
            "clinic for the first time right before an event.",
            "{timing} Tell the clinic the date when you book, so the treatment and any follow-up are planned "
            "around it, and mention every medicine you take; never stop a prescribed one without asking.",
        ),
    ),
    "swelling": Topic(
        titles=(
            "How long does swelling last after {t}?",
            "Still swelling {since} after {t}: is this normal?",
            "Swelling after {t} is worse in the mornings. When does it settle?",
        ),
        bodies=(
            "I had {t} {since} ago. There's still swelling, worse in the mornings, and I'm worried it won't go "
            "down. No fever, and it isn't red or hot. When should the swelling settle?",
            "It's been {since} since my {t0} and I'm still swollen. The clinic says that's normal. How long did "
            "the swelling last for others? I'm {age}.",
        ),
        cores=(
            "The usual course after {t} is {downtime}. Swelling is often worse in the mornings because fluid "
            "collects overnight; sleeping with your head raised helps.",
            "What you describe sounds within the normal range. Signs that need prompt review: pain that gets "
            "worse instead of better, spreading redness, heat, fever, or skin changing colour.",
            "Compare photos taken in the same light every few days rather than checking the mirror all the "
            "time. The real result of {t} shows {onset}, so judge it then.",
        ),
    ),
    "longevity": Topic(
        titles=(
            "My {t0} wore off faster than I expected",
            "Is it normal for {t} to fade after {months} months?",
            "How long does {t} really last?",
        ),
        bodies=(
            "I had {t} {months} months ago and it's already fading. The clinic said it would last longer. Is "
            "this normal, or was something done wrong? I'm {age}.",
            "This was my second time having {t}. The first time it lasted well, but this time it's fading at "
            "{months} months. Same clinic, same price. What could explain the difference?",
            "Before I commit to {t}, I'd like an honest answer on how long it lasts. Clinics' websites all say "
            "different things, and I'd rather know what real patients get.",
        ),
        cores=(
            "For most people {t} lasts {lasts}. It varies from person to person, and with how the treatment was done.",
            "If it fades much sooner than you were told, it's fair to ask the clinic what was used and how "
            "much. Sometimes a different product, dose or technique suits a person better.",
            "Keeping a photo record helps: people often forget what they looked like before, and the result "
            "usually fades more gradually than it feels.",
        ),
        paired=True,
    ),
    "permanence": Topic(
        titles=(
            "Will my {t0} result last?",
            "Is {t} permanent, or will I need it again?",
        ),
        bodies=(
            "I'm {age} and considering {t}. How long does the result really last? I don't want to redo it in a "
            "few years.",
            "I'm saving up for {t}. I've read it's a one-time thing, but I've also read about people needing "
            "more later. Which is true?",
        ),
        cores=(
            "{T} lasts {lasts}. Your body keeps changing with age, so the result changes with you over the years.",
            "It's a lasting change, but 'permanent' isn't 'unchangeable'. Ask your surgeon or clinician what "
            "would make a further procedure necessary and how often that happens in their practice.",
            "Ask what you can do to protect the result of {t}, and what the plan is if something changes "
            "later; a good practice has an answer to both.",
        ),
    ),
    "pain": Topic(
        titles=(
            "Does {t} hurt?",
            "How painful is {t}, honestly?",
        ),
        bodies=(
            "I have a low pain threshold and I'm anxious about {t}. What does it actually feel like, and what "
            "numbing options are there?",
            "I nearly fainted at my last blood test. Is {t} something I could get through? I'm {age}.",
        ),
        cores=(
            "Most people describe {t} as {comfort}. Tell the clinic you're anxious: they can plan extra "
            "numbing, breaks, and someone to talk you through it.",
            "If you tend to faint, say so beforehand so you can be treated lying down, and follow the clinic's "
            "instructions about eating beforehand. Afterwards, the recovery is {downtime}.",
        ),
    ),
    "sessions": Topic(
        titles=(
            "How many sessions of {t0} will I need?",
            "Is one session of {t0} enough?",
        ),
        paired=True,
        bodies=(
            "A clinic{city_in} quoted me a package of {t0} sessions. How many does it really take to see a "
            "result, and is buying a package a good idea?",
            "I had one session of {t0} and see a small change. Do I need more, or is this as good as it gets? "
            "I'm {age}.",
        ),
        cores=(
            "A typical plan is {sessions}. The result shows {onset}, so judge progress from photos rather than "
            "from one session to the next.",
            "Packages can save money, but only buy one once you know you tolerate {t} and like the clinic. Ask "
            "whether unused sessions can be refunded.",
        ),
    ),
    "complication": Topic(
        titles=(
            "One side looks different {since} after {t}",
            "Small firm area {since} after {t}: should I worry?",
        ),
        bodies=(
            "I had {t} {since} ago. One side still looks a little different from the other and there's a small "
            "firm area when I press. It doesn't hurt. My clinic said to wait, but I'd like a second opinion.",
            "It's been {since} since my {t0}. I'm noticing a slight unevenness in photos. Is this normal at this "
            "stage, and when should it be looked at?",
        ),
        cores=(
            "Some unevenness at this stage is common after {t}: swelling settles unevenly, so one side can look "
            "different for a while. If it isn't painful, red or hot, waiting is reasonable before judging.",
            "Please do show your clinic, even if they've said to wait: they should want to see it and take "
            "photos. Pain, spreading redness or skin colour changes are reasons to be seen the same day.",
            "If it's still there once the result has settled, a small correction is usually possible. Ask what "
            "the clinic's policy is on reviews and adjustments.",
        ),
    ),
    "blood_thinner": Topic(
        titles=("I take a blood thinner: can I have {t}?", "On blood thinners and considering {t}"),
        bodies=(
            "I'm {age} and I take a blood thinner prescribed by my cardiologist. I'd like {t}. Is it safe, and "
            "should I stop the medicine beforehand?",
            "I take a daily blood thinner after a clot two years ago. I've wanted {t} for a while. Does the "
            "medicine rule it out, or just make the recovery longer?",
        ),
        cores=(
            "Mention every medicine at the consultation. Never stop a prescribed blood thinner without asking the "
            "doctor who prescribed it; for {t}, your clinician may need to speak with them first.",
            "A blood thinner means more bruising and sometimes more swelling, so allow extra time: the usual "
            "recovery from {t} is {downtime}, and yours may run a little longer.",
            "It doesn't necessarily rule out {t}, but the decision is shared between whoever treats you and the "
            "doctor who manages your blood thinner, weighing the reason you take it.",
        ),
    ),
    "autoimmune": Topic(
        titles=("Is {t} safe with an autoimmune condition?", "{T} with lupus or rheumatoid arthritis?"),
        bodies=(
            "I have an autoimmune condition that's well controlled with medication. Can I still have {t}, or "
            "does that change things? I'm {age}.",
            "My rheumatologist has my condition under control, but I'm on medication that affects my immune "
            "system. Is {t} still an option for me?",
        ),
        cores=(
            "Many people with well-controlled autoimmune conditions have {t} safely, but the plan may change: "
            "timing away from flares, how you heal, or a more cautious first treatment.",
            "Tell whoever treats you about the condition and every medicine, and ask your rheumatologist's "
            "view before booking: some medicines affect healing and infection risk.",
        ),
    ),
    "keloid": Topic(
        titles=("I scar easily and get keloids: is {t} safe for me?",),
        bodies=(
            "I'm {age} and I form keloid scars from small cuts and piercings. I'd like {t}, but I'm worried it "
            "could leave a raised scar. Is that a real risk with this treatment, and what would a careful "
            "doctor do differently for someone like me?",
        ),
        cores=(
            "Keloid risk depends a lot on where the skin is wounded: earlobes, chest and shoulders are the "
            "classic sites. {keloid_note}",
            "Tell whoever treats you about your keloids at the start. {keloid_note} If anything treated turns "
            "itchy, firm or raised, have it seen early: a steroid injection works best when given early.",
        ),
    ),
    "versus": Topic(
        titles=(
            "{A} or {b}: which makes more sense for me?",
            "Choosing between {a} and {b} at {age}",
        ),
        bodies=(
            "I'm {age} and I've been offered both {a} and {b} for the same concern. I don't understand the "
            "difference beyond the price. Which would you choose, and why?",
            "One clinic{city_in} recommends {a}, another {b}. I'd like to do whichever lasts longer with the "
            "least downtime. What should decide it?",
        ),
        cores=(
            "They work in different ways, and which suits you depends on what bothers you most, which an exam "
            "answers better than a photo. The result of {a} shows {a_onset}; the result of {b} shows {b_onset}.",
            "Recovery differs. After {a}: {a_downtime}. After {b}: {b_downtime}. How long each lasts differs "
            "too: {a}, {a_lasts}; {b}, {b_lasts}.",
            "Cost is part of it: {a} typically comes to ${a_low:,} to ${a_high:,}, and {b} ${b_low:,} to "
            "${b_high:,}. The cheaper option isn't a saving if it doesn't treat your concern.",
        ),
    ),
    "combine": Topic(
        titles=(
            "Can I combine {a} and {b}?",
            "{A} and {b} at the same visit?",
        ),
        bodies=(
            "My clinic suggested doing {a} and {b} together. Is that safe, and is it better to do them at the "
            "same visit or a few weeks apart? I'm {age}.",
            "I'd like both {a} and {b}. Should one come first? I have limited time off.",
        ),
        cores=(
            "{A} and {b} are often planned together because they treat different parts of the same concern. "
            "Some clinicians do both at one visit; others space them out so you can see what each did.",
            "If you do both, plan around the longer recovery. After {a}: {a_downtime}. After {b}: {b_downtime}.",
            "Doing them separately costs more visits but makes it easier to tell what you like, and to avoid "
            "doing more than you need.",
        ),
    ),
}

KELOID_NOTES = {
    "injectables": "Needle punctures from injections very rarely cause keloids, so this is one of the "
    "lower-risk choices for you.",
    "lasers": "With lasers and devices, gentler settings, a test spot and more time between sessions lower the "
    "risk; fully ablative treatments are the ones to be most careful with.",
    "surgery": "Surgery means an incision, so the risk is real; a surgeon may plan silicone gel, early steroid "
    "injections and close follow-up, and for some areas advise against operating.",
    "skin_care": "Gentle skin treatments rarely cause keloids, but anything that wounds the skin deeper deserves a "
    "test spot first.",
    "dental": "Dental treatments don't wound the skin, and the gums don't form keloids, so this one is low-risk.",
}

# A doctor's own way of opening and closing an answer. The named demo doctors (doctors.demo.ROSTER) have
# theirs; doctors added by large seeds speak as their specialty.
VOICES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ruiz": (
        ("Thanks for asking before booking.", "A common question in my clinic, and a good one.", "Happy to help."),
        (
            "Whatever you decide, daily sunscreen protects the result.",
            "A photo can't replace an exam, so see a board-certified dermatologist in person.",
            "I hope that helps you decide.",
        ),
    ),
    "bennett": (
        ("Straight answer from a body surgeon.", "Let me be direct.", "Good question."),
        (
            "Choose the person first and the price second.",
            "See a board-certified plastic surgeon for an exam before deciding.",
            "Safety first, always.",
        ),
    ),
    "okafor": (
        ("Thank you for the careful question.", "This comes up often in my practice.", "A thoughtful question."),
        (
            "An in-person exam with measurements will give you a real answer.",
            "Take your time with this decision.",
            "Bring a list of questions to your consultation.",
        ),
    ),
    "castillo": (
        ("I'll be the conservative voice here.", "From someone who revises a lot of work:", "Fair question."),
        (
            "Doing less, and doing it once, is usually the better plan.",
            "Patience is part of a good result.",
            "A second opinion never hurts.",
        ),
    ),
    "lindqvist": (
        ("Great question.", "Here's how I explain it to my patients.", "Thanks for the detail."),
        (
            "Ask for a written recovery plan before you book.",
            "Plan the recovery as carefully as the procedure.",
            "Good luck, and keep your clinic in the loop.",
        ),
    ),
    "raman": (
        ("Thank you for asking.", "An important question, especially for deeper skin tones.", "Good question."),
        (
            "Sun protection every day makes every treatment work better.",
            "Ask the clinic how often they treat skin like yours.",
            "A test spot is a small price for peace of mind.",
        ),
    ),
    "haddad": (
        ("Great question!", "I hear this a lot in my chair.", "Thanks for sharing the details."),
        (
            "Less is more, and you can always add.",
            "Trust your instincts, and don't be rushed.",
            "Choose someone who is happy to tell you no.",
        ),
    ),
    "adeyemi": (
        ("Let me put some numbers on it.", "Good question.", "Here's the practical side."),
        (
            "Ask for the product, the dose and the price in writing.",
            "Compare totals, not per-unit prices.",
            "Hope that clarifies things.",
        ),
    ),
    "moreau": (
        (
            "Thank you for the question.",
            "A good question, and one I'd answer by looking at the whole face.",
            "Happy to weigh in.",
        ),
        (
            "Think about your face as a whole, not one feature at a time.",
            "An in-person consultation with photos will make this clearer.",
            "Best of luck with your decision.",
        ),
    ),
    "tanaka": (
        ("Short answer first.", "Plainly:", "Good question."),
        (
            "Realistic timelines make for happier patients.",
            "Photograph yourself the same way each time to judge progress.",
            "Good luck.",
        ),
    ),
    "osei": (
        ("Thanks for the question.", "This is something I see often.", "Good question."),
        (
            "A good routine at home does more than people expect.",
            "See a dermatologist for a plan that fits your skin.",
            "Be patient with your skin.",
        ),
    ),
    "silva": (
        ("Good question.", "From an ENT and facial plastic surgeon's point of view:", "Thanks for asking."),
        (
            "Make sure function is considered along with appearance.",
            "See someone who does this often.",
            "Best of luck.",
        ),
    ),
    "chen": (
        ("Thank you for asking.", "From an eyelid specialist's point of view:", "A good question."),
        (
            "Have your eyes examined before any treatment near them.",
            "An oculoplastic surgeon can examine you and explain the options.",
            "Take care of your eyes.",
        ),
    ),
    "kowalski": (
        ("Good question.", "From the dental chair:", "Thanks for asking."),
        (
            "Protecting the teeth you have comes first.",
            "Have a full dental exam before any cosmetic work.",
            "Hope that helps.",
        ),
    ),
    "romano": (
        ("Great question.", "Here's how I'd think about it.", "Thanks for the detail."),
        (
            "Plan the smile from the gums and bite outward.",
            "A healthy bite makes every other treatment last longer.",
            "Good luck with your smile.",
        ),
    ),
}
SPECIALTY_VOICES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "dermatology": (
        ("Thanks for the question.", "Good question.", "A common concern in dermatology."),
        (
            "See a board-certified dermatologist in person.",
            "Sunscreen every day protects any result.",
            "I hope that helps.",
        ),
    ),
    "plastic_surgery": (
        ("Good question.", "Thanks for asking.", "From a plastic surgeon's point of view:"),
        (
            "See a board-certified plastic surgeon for an exam.",
            "Choose your surgeon carefully.",
            "Best of luck.",
        ),
    ),
    "facial_plastic_surgery": (
        ("Good question.", "Thanks for asking.", "From a facial plastic surgeon's point of view:"),
        (
            "An in-person consultation will give you a clearer answer.",
            "Look at the face as a whole.",
            "Best of luck.",
        ),
    ),
    "oculoplastic_surgery": (
        ("Good question.", "Thanks for asking.", "From an eyelid surgeon's point of view:"),
        ("Have your eyes examined first.", "See an oculoplastic surgeon in person.", "Take care."),
    ),
    "otolaryngology": (
        ("Good question.", "Thanks for asking.", "From an ENT surgeon's point of view:"),
        ("Make sure breathing is considered too.", "See a surgeon who does this often.", "Best of luck."),
    ),
    "cosmetic_dentistry": (
        ("Good question.", "Thanks for asking.", "From a dentist's point of view:"),
        ("Have a full dental exam first.", "Have your bite checked too.", "Hope that helps."),
    ),
    "aesthetic_medicine": (
        ("Great question!", "Thanks for asking.", "From an injector's point of view:"),
        ("Less is more.", "Don't be rushed into anything.", "Hope that helps."),
    ),
}
DEFAULT_VOICE = (("Good question.", "Thanks for asking."), ("Hope that helps.", "See a specialist in person."))
