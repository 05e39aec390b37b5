"""Demo moderation for `seed_demo`: a few posts hidden, appealed and decided, as on a real month.

Everything goes through the moderation services (so counters, notices and the log agree), after the
content apps have seeded. What a newcomer can try:

- log in as `patient`: My Candid shows one of their reviews hidden by an administrator, with the
  reason and an "Appeal" button;
- log in as `moderator`: the dashboard's Appeals queue holds one appeal they may decide (an
  administrator hid that review), and the transparency page counts this month's decisions.
"""

from core.demo import DemoContext
from moderation.models import Appeal
from moderation.services import appeal_create, appeal_decide, content_hide
from questions.models import Question
from reviews.models import Review

# (why the post was hidden, what its author answered, how the appeal ended, the note to the author)
HIDDEN_REVIEWS = [
    (
        "Gives the full name and mobile number of the clinic's nurse. Please leave out staff's private details.",
        None,
        None,
        "",
    ),
    (
        "Reads like an advert: it repeats the clinic's discount code three times.",
        "I was not paid and got no discount. I mentioned the code because other patients asked me for it; "
        "I am happy to remove it.",
        None,
        "",
    ),
    (
        "Describes another patient in the waiting room in a way that could identify her.",
        "I only said someone else was there; I did not name anybody.",
        "uphold",
        "Her age, job and street are enough to identify her. Rewrite the review without them and post it again.",
    ),
]
HIDDEN_QUESTION = (
    "Asks readers to message a private number for cheap filler, which we don't allow.",
    "The number is my own clinic's front desk; I wanted doctors to reply, not to advertise.",
    "restore",
    "Fair point: the number is gone after your edit, and the question itself is a good one. It is public again.",
)


def seed(ctx: DemoContext) -> None:
    admin, moderator = ctx.data["admin"], ctx.data["moderator"]
    patients = ctx.data["patients"]
    demo_patient = patients[0]  # handle "patient", the demo login
    reviews = list(
        Review.objects.filter(author__in=patients[1:], hidden_at__isnull=True).order_by("pk")[: len(HIDDEN_REVIEWS)]
    )
    own = Review.objects.filter(author=demo_patient, hidden_at__isnull=True).order_by("-pk").first()
    if own is not None:
        reviews[0] = own  # the demo patient sees a hidden review they may appeal
    for review, (reason, appeal_reason, outcome, note) in zip(reviews, HIDDEN_REVIEWS, strict=False):
        # The administrator hides: the demo moderator is then "another moderator" who may decide.
        appeal = _hide_and_appeal(review, hider=admin, reason=reason, appeal_reason=appeal_reason)
        if appeal is not None and outcome:
            appeal_decide(actor=moderator, appeal=appeal, restore=outcome == "restore", note=note)
    question = Question.objects.filter(author__in=patients[1:], hidden_at__isnull=True).order_by("pk").first()
    if question is not None:
        reason, appeal_reason, outcome, note = HIDDEN_QUESTION
        appeal = _hide_and_appeal(question, hider=admin, reason=reason, appeal_reason=appeal_reason)
        appeal_decide(actor=moderator, appeal=appeal, restore=outcome == "restore", note=note)


def _hide_and_appeal(post, *, hider, reason: str, appeal_reason: str | None) -> Appeal | None:
    content_hide(actor=hider, target=post, reason=reason)
    post.refresh_from_db()
    if not appeal_reason:
        return None
    return appeal_create(appellant=post.author, target=post, reason=appeal_reason)
