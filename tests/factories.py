"""factory_boy factories for the models every app's tests build on."""

import factory
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import User
from doctors.models import DoctorProfile
from questions.models import Answer, DisclaimerVersion, Question
from treatments.models import Treatment

PASSWORD = "a-Strong-test-passw0rd"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    handle = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.handle}@example.com")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()

    @factory.post_generation
    def email_confirmed(obj, create, extracted, **kwargs):
        """Accounts confirm their address unless a test says otherwise: `UserFactory(email_confirmed=False)`."""
        if create and extracted is not False:
            from allauth.account.models import EmailAddress

            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)


class TreatmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Treatment
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Treatment {n}")
    slug = factory.LazyAttribute(lambda t: slugify(t.name))
    category = Treatment.Category.INJECTABLES
    description = "A treatment used in tests."


class DoctorProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DoctorProfile

    user = factory.SubFactory(UserFactory)
    full_name = factory.Sequence(lambda n: f"Jamie Doctor{n}")
    slug = factory.LazyAttribute(lambda d: slugify(d.full_name))
    credential = "MD"
    specialty = DoctorProfile.Specialty.DERMATOLOGY
    licence_number = factory.Sequence(lambda n: f"TX-{100000 + n}")
    licence_region = "Texas, United States"
    city = "Austin"
    region = "TX"
    status = DoctorProfile.Status.VERIFIED
    verified_at = factory.LazyFunction(timezone.now)


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question
        skip_postgeneration_save = True

    author = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"How long does swelling last after treatment number {n}?")
    body = "I had the treatment two weeks ago and one side is still more swollen than the other. Is this normal?"

    @factory.post_generation
    def treatments(obj, create, extracted, **kwargs):
        if create:
            obj.treatments.set(extracted or [TreatmentFactory()])


class AnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Answer

    question = factory.SubFactory(QuestionFactory)
    doctor = factory.SubFactory(DoctorProfileFactory)
    body = (
        "Swelling after this kind of treatment often settles unevenly for two to four weeks. If it is not "
        "painful, hot or red, waiting is reasonable; see your clinician if that changes."
    )
    disclaimer = factory.LazyFunction(lambda: DisclaimerVersion.objects.current())


def _two_months_ago():
    from datetime import timedelta

    return timezone.localdate() - timedelta(days=60)


class ReviewFactory(factory.django.DjangoModelFactory):
    """A published review, created through `reviews.services.review_create` so that the doctor's
    figures stay exact. Sub-ratings go in as plain keyword arguments (`bedside_manner=5`)."""

    class Meta:
        model = "reviews.Review"

    author = factory.SubFactory(UserFactory)
    treatment = factory.SubFactory(TreatmentFactory)
    doctor = None
    verdict = "worth_it"
    rating = 5
    cost_amount = None
    cost_currency = "USD"
    treatment_date = factory.LazyFunction(_two_months_ago)
    incentive = "nothing"
    relationship = "none"
    title = factory.Sequence(lambda n: f"My experience, part {n}")
    story = (
        "I went in nervous and came out pleasantly surprised. The consultation was thorough, the procedure "
        "itself took less time than I expected, and the result looks natural to everyone who knows me."
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        from reviews.models import SUB_RATING_FIELDS
        from reviews.services import review_create

        sub_ratings = {name: kwargs.pop(name) for name in SUB_RATING_FIELDS if name in kwargs}
        return review_create(**kwargs, sub_ratings=sub_ratings)


class VerificationDecisionFactory(factory.django.DjangoModelFactory):
    """A moderator's verification of a doctor, with the evidence the database requires."""

    class Meta:
        model = "doctors.VerificationDecision"

    doctor = factory.SubFactory(DoctorProfileFactory)
    decision = "verify"
    decided_by = factory.SubFactory(UserFactory, is_staff=True)
    evidence = factory.LazyAttribute(
        lambda d: f"Licence {d.doctor.licence_number} checked on the state board's public lookup."
    )
    licence_number = factory.SelfAttribute("doctor.licence_number")
    licence_region = factory.SelfAttribute("doctor.licence_region")


def accept_policies_in_force(user):
    """Record that `user` accepted the terms and privacy versions in force (as sign-up does), for
    members made older than those versions, whom the acceptance gate would otherwise ask first."""
    from policies.current import current_versions
    from policies.models import KINDS_TO_ACCEPT
    from policies.services import policies_accept

    in_force = current_versions()
    policies_accept(
        user=user, version_ids=[in_force[kind.value].id for kind in KINDS_TO_ACCEPT if kind.value in in_force]
    )
    return user
