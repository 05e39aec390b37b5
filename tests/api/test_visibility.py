"""The API shows what the pages show and nothing else: hidden content, unverified doctors and pending
photos are absent from every endpoint; no private field ever appears; no answer without its disclaimer."""

import json

import pytest

from accounts.models import User
from moderation.services import content_hide
from tests.factories import AnswerFactory, DoctorProfileFactory, QuestionFactory, ReviewFactory, UserFactory

from .conftest import bearer


def _public_urls(content, doctor, treatment, extra_ids=()) -> list[str]:
    """Every public read, with each filter, and the detail of every object we know of."""
    question, review = content["question"], content["review"]
    urls = [
        "/api/v1/questions",
        "/api/v1/questions?state=answered",
        "/api/v1/questions?state=unanswered",
        f"/api/v1/questions?treatment={treatment.slug}",
        "/api/v1/questions?q=swelling",
        f"/api/v1/questions/{question.pk}",
        "/api/v1/treatments",
        f"/api/v1/treatments/{treatment.slug}",
        "/api/v1/doctors",
        f"/api/v1/doctors/{doctor.pk}",
        f"/api/v1/doctors/{doctor.pk}/answers",
        "/api/v1/reviews",
        f"/api/v1/reviews?treatment={treatment.slug}",
        f"/api/v1/reviews?doctor={doctor.pk}",
        f"/api/v1/reviews/{review.pk}",
        "/api/v1/photos",
        f"/api/v1/photos?treatment={treatment.slug}",
        f"/api/v1/photos?doctor={doctor.pk}",
    ]
    return urls + list(extra_ids)


def _everything(client, urls) -> str:
    bodies = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.content)
        bodies.append(response.content.decode())
    return "\n".join(bodies)


def _answers_in(data):
    """Every answer object anywhere in a response (an object with a question_id and a body)."""
    if isinstance(data, dict):
        if "question_id" in data and "body" in data:
            yield data
        for value in data.values():
            yield from _answers_in(value)
    elif isinstance(data, list):
        for value in data:
            yield from _answers_in(value)


@pytest.mark.django_db
def test_hidden_question_unverified_doctor_and_pending_photo_are_absent_from_every_endpoint(
    client, content, doctor, treatment, moderator, make_case, pending_doctor
):
    hidden = QuestionFactory(title="A question the moderators hid for good reason", treatments=[treatment])
    hidden_answer = AnswerFactory(question=hidden, doctor=doctor, body="Hidden words " * 10)
    content_hide(actor=moderator, target=hidden, reason="Spam")
    pending_doctor.full_name = "Pending Person"
    pending_doctor.save()
    approved = make_case(caption="An approved case of forehead lines, shown to everyone.", treatments=[treatment])
    pending = make_case(
        approve=False, caption="A pending case nobody may see yet, waiting.", treatments=[treatment], seed=5
    )

    text = _everything(client, _public_urls(content, doctor, treatment, [f"/api/v1/photos/{approved.pk}"]))

    assert content["question"].title in text and approved.caption in text  # the lists do list things
    assert hidden.title not in text and "Hidden words" not in text
    assert f"/questions/{hidden.pk}/" not in text
    assert "Pending Person" not in text and pending_doctor.slug not in text
    assert pending.caption not in text
    for url in [
        f"/api/v1/questions/{hidden.pk}",
        f"/api/v1/doctors/{pending_doctor.pk}",
        f"/api/v1/doctors/{pending_doctor.pk}/answers",
        f"/api/v1/photos/{pending.pk}",
        f"/api/v1/reviews?doctor={pending_doctor.pk}",
        f"/api/v1/photos?doctor={pending_doctor.pk}",
    ]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert response["Content-Type"] == "application/problem+json"
    assert hidden_answer.pk not in [a["id"] for a in _answers_in(json.loads(client.get("/api/v1/questions").content))]


@pytest.mark.django_db
def test_a_hidden_review_and_a_hidden_doctor_response_are_absent(client, content, doctor, treatment, moderator):
    from reviews.services import response_upsert

    review = content["review"]
    response, _ = response_upsert(
        review=review, doctor=doctor, body="Thank you for coming back to tell us how it went."
    )
    assert "Thank you for coming back" in client.get(f"/api/v1/reviews/{review.pk}").content.decode()
    content_hide(actor=moderator, target=response, reason="Advert")
    assert json.loads(client.get(f"/api/v1/reviews/{review.pk}").content)["response"] is None
    content_hide(actor=moderator, target=review, reason="Fake")
    assert client.get(f"/api/v1/reviews/{review.pk}").status_code == 404
    assert review.title not in client.get("/api/v1/reviews").content.decode()


@pytest.mark.django_db
def test_no_private_field_in_any_response(client, content, doctor, treatment, make_case):
    doctor.licence_number = "LIC-99-SECRET"
    doctor.save()
    case = make_case(treatments=[treatment])
    text = _everything(client, _public_urls(content, doctor, treatment, [f"/api/v1/photos/{case.pk}"]))
    for user in User.objects.all():
        assert user.email not in text
        if user.full_name:
            assert user.full_name not in text
    assert "LIC-99-SECRET" not in text and "licence" not in text
    for image in case.images.all():
        assert image.original.name not in text
    assert "original" not in text and "consent" not in text and "receipt" not in text


@pytest.mark.django_db
def test_every_answer_carries_its_disclaimer_naming_the_doctor(client, content, doctor):
    from questions.models import DisclaimerVersion

    version = DisclaimerVersion.objects.current()
    urls = [f"/api/v1/questions/{content['question'].pk}", f"/api/v1/doctors/{doctor.pk}/answers"]
    seen = 0
    for url in urls:
        for answer in _answers_in(json.loads(client.get(url).content)):
            seen += 1
            assert answer["disclaimer"]["version_id"] == version.pk
            assert answer["disclaimer"]["version"] == version.number
            assert answer["disclaimer"]["text"] == version.render("Dr. Ana Ruiz")
            assert "Dr. Ana Ruiz" in answer["disclaimer"]["text"]
    assert seen == 2


@pytest.mark.django_db
def test_a_suspended_doctors_profile_stays_readable_but_not_listed(client, suspended_doctor):
    assert client.get(f"/api/v1/doctors/{suspended_doctor.pk}").status_code == 200
    assert suspended_doctor.slug not in client.get("/api/v1/doctors").content.decode()


@pytest.mark.django_db
def test_a_members_own_reads_show_only_their_own(client, token_for, patient, other_patient, treatment, moderator):
    mine = QuestionFactory(author=patient, title="My own question about swelling after fillers", treatments=[treatment])
    content_hide(actor=moderator, target=mine, reason="Personal details")
    theirs = QuestionFactory(
        author=other_patient, title="Somebody else's question about fillers", treatments=[treatment]
    )
    ReviewFactory(author=other_patient, treatment=treatment, title="Somebody else's review")
    secret = token_for(patient)
    questions = json.loads(client.get("/api/v1/me/questions", **bearer(secret)).content)["results"]
    assert [(q["id"], q["hidden"]) for q in questions] == [(mine.pk, True)]
    assert theirs.title not in client.get("/api/v1/me/reviews", **bearer(secret)).content.decode()
    assert json.loads(client.get("/api/v1/me", **bearer(secret)).content)["handle"] == "patient1"


@pytest.mark.django_db
def test_pages_of_a_list_follow_each_other_by_cursor(client, treatment):
    made = [QuestionFactory(treatments=[treatment]) for _ in range(5)]
    seen, url = [], "/api/v1/questions?limit=2"
    while url:
        data = json.loads(client.get(url).content)
        seen += [row["id"] for row in data["results"]]
        url = f"/api/v1/questions?limit=2&cursor={data['next_cursor']}" if data["next_cursor"] else None
    assert seen == sorted((q.pk for q in made), reverse=True)


@pytest.mark.django_db
def test_questions_filter_by_treatment_and_state(client, treatment, doctor):
    other = DoctorProfileFactory(user=UserFactory())
    answered = QuestionFactory(treatments=[treatment])
    from questions.services import answer_create

    answer_create(doctor=other, question=answered, body="A long enough answer about this treatment. " * 3)
    unanswered = QuestionFactory(treatments=[treatment])
    elsewhere = QuestionFactory()

    def ids(query):
        return [row["id"] for row in json.loads(client.get(f"/api/v1/questions?{query}").content)["results"]]

    assert ids("state=answered") == [answered.pk]
    assert set(ids("state=unanswered")) == {unanswered.pk, elsewhere.pk}
    assert ids(f"treatment={treatment.slug}&state=unanswered") == [unanswered.pk]
