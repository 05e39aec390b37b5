"""Demo follows and notices (seed_demo): what the community loop looks like on a seeded site.

Askers follow their questions and reviewers the doctors they reviewed (what the services do for new
posts), verified doctors follow the treatments their specialty performs, and the demo patient and
Dr. Ruiz find a few unread notices, grouped as the services group them.
"""

from datetime import timedelta

from django.utils import timezone

from accounts.models import Notice, User
from core.demo import DemoContext, batched
from doctors.demo import does
from follows.models import EmailPreference, Follow
from follows.services import NEW_ANSWER, NEW_ANSWER_IN_TREATMENT, NEW_QUESTION
from questions.models import Answer, Question
from reviews.models import Review


def seed(ctx: DemoContext) -> None:
    treatments = ctx.data["treatments"]
    follows: list[Follow] = []
    for question_id, author_id in Question.objects.filter(author__isnull=False).values_list("pk", "author_id"):
        follows.append(Follow(user_id=author_id, topic=f"question:{question_id}"))
    for author_id, doctor_id in Review.objects.filter(doctor__isnull=False, author__isnull=False).values_list(
        "author_id", "doctor_id"
    ):
        follows.append(Follow(user_id=author_id, topic=f"doctor:{doctor_id}"))
    for doctor in ctx.data["doctors"]:
        follows.extend(
            Follow(user_id=doctor.user_id, topic=f"treatment:{treatment.pk}")
            for treatment in treatments
            if does(doctor.specialty, treatment.slug)
        )
    for rows in batched(follows):
        Follow.objects.bulk_create(rows, ignore_conflicts=True)

    patient = User.objects.filter(handle="patient").first()
    botox = next((treatment for treatment in treatments if treatment.slug == "botox"), None)
    if patient is None or botox is None:
        return
    Follow.objects.bulk_create([Follow(user=patient, topic=f"treatment:{botox.pk}")], ignore_conflicts=True)
    EmailPreference.objects.update_or_create(user=patient, defaults={"immediate": True, "digest": "daily"})
    now = timezone.now()
    notices = []
    answered = (
        Question.objects.public()
        .filter(treatments=botox, answer_count__gte=3)
        .exclude(author=patient)
        .order_by("-answer_count", "pk")
        .first()
    )
    if answered is not None:
        Follow.objects.bulk_create([Follow(user=patient, topic=f"question:{answered.pk}")], ignore_conflicts=True)
        notices.append(
            Notice(
                user=patient,
                kind=NEW_ANSWER,
                topic=f"question:{answered.pk}",
                count=3,
                message=f"3 new answers on “{answered.title}”.",
                url=answered.get_absolute_url(),
                created_at=now - timedelta(hours=3),
            )
        )
    latest = (
        Answer.objects.public()
        .filter(question__treatments=botox, question__hidden_at__isnull=True)
        .exclude(question=answered)
        .select_related("doctor", "question")
        .order_by("-created_at", "pk")
        .first()
    )
    if latest is not None:
        notices.append(
            Notice(
                user=patient,
                kind=NEW_ANSWER_IN_TREATMENT,
                topic=f"treatment:{botox.pk}",
                message=(f"{latest.doctor.display_name} answered a question about Botox: “{latest.question.title}”."),
                url=latest.get_absolute_url(),
                created_at=now - timedelta(hours=1),
            )
        )
    ruiz_id = User.objects.filter(handle="dr-ruiz").values_list("pk", flat=True).first()
    ruiz = next((doctor for doctor in ctx.data["doctors"] if doctor.user_id == ruiz_id), None)
    asked = Question.objects.public().filter(treatments=botox).exclude(answers__doctor=ruiz).order_by("-pk").first()
    if ruiz is not None and asked is not None:
        notices.append(
            Notice(
                user_id=ruiz.user_id,
                kind=NEW_QUESTION,
                topic=f"treatment:{botox.pk}",
                message=f"New question about Botox: “{asked.title}”.",
                url=asked.get_absolute_url(),
                created_at=now - timedelta(minutes=40),
            )
        )
    Notice.objects.bulk_create(notices)
