"""Atom feeds: a treatment's new questions, a doctor's new answers (each with its disclaimer).

Served through the page cache like pages: each feed declares the topics it shows (`depends_on`).
"""

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks
from django.utils.translation import gettext

from doctors.models import DoctorProfile
from pagecache.topics import depends_on
from questions.models import Answer, Question
from questions.text import excerpt
from treatments.models import Treatment

FEED_ITEMS = 20


class TreatmentQuestionsFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, slug: str) -> Treatment:
        treatment = get_object_or_404(Treatment.objects.without_overview(), slug=slug)
        depends_on(request, f"treatment:{treatment.pk}", "list:questions")
        return treatment

    def title(self, treatment: Treatment) -> str:
        return gettext("New questions about %(treatment)s") % {"treatment": treatment.name}

    def subtitle(self, treatment: Treatment) -> str:
        return gettext("Patients' questions about %(treatment)s, newest first.") % {"treatment": treatment.name}

    def link(self, treatment: Treatment) -> str:
        return treatment.get_absolute_url()

    def items(self, treatment: Treatment) -> list[Question]:
        """The newest public questions tagged with the treatment (the question list's filter)."""
        return list(
            Question.objects.public()
            .for_treatment(treatment)
            .select_related("author")
            .order_by("-created_at", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, question: Question) -> str:
        return question.title

    def item_description(self, question: Question) -> str:
        return excerpt(question.body, 400)

    def item_author_name(self, question: Question) -> str:
        return question.author.public_name

    def item_pubdate(self, question: Question):
        return question.created_at

    def item_updateddate(self, question: Question):
        return question.created_at


class DoctorAnswersFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, slug: str) -> DoctorProfile:
        # The profile's rule: verified or suspended, not hidden; pending and rejected doctors have no feed.
        doctor = get_object_or_404(DoctorProfile.objects.public(), slug=slug)
        depends_on(request, f"doctor:{doctor.pk}")
        return doctor

    def title(self, doctor: DoctorProfile) -> str:
        return gettext("New answers by %(doctor)s") % {"doctor": doctor.display_name}

    def subtitle(self, doctor: DoctorProfile) -> str:
        return gettext("%(doctor)s's answers to patients' questions, newest first, each with its disclaimer.") % {
            "doctor": doctor.display_name
        }

    def link(self, doctor: DoctorProfile) -> str:
        return doctor.get_absolute_url()

    def items(self, doctor: DoctorProfile) -> list[Answer]:
        """The answers the profile counts (public, on public questions), newest first."""
        return list(
            Answer.objects.counted()
            .filter(doctor=doctor)
            .select_related("question", "doctor", "disclaimer")
            .order_by("-created_at", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, answer: Answer) -> str:
        return gettext("%(doctor)s on “%(question)s”") % {
            "doctor": answer.doctor.display_name,
            "question": answer.question.title,
        }

    def item_description(self, answer: Answer) -> str:
        # The words and the disclaimer naming the doctor, always together (`Answer.public_text`).
        return linebreaks(answer.public_text().text, autoescape=True)

    def item_link(self, answer: Answer) -> str:
        return answer.get_absolute_url()

    def item_author_name(self, answer: Answer) -> str:
        return answer.doctor.display_name

    def item_pubdate(self, answer: Answer):
        return answer.created_at

    def item_updateddate(self, answer: Answer):
        return answer.edited_at or answer.created_at
