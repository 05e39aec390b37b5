"""My Candid: a member's own questions, reviews, photos, votes and flags, editing and withdrawing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from moderation.models import Flag
from moderation.services import content_hide, flag_create
from photos.models import BeforeAfterPhoto
from questions.models import Question
from questions.services import answer_create, answer_helpful_toggle, question_create
from tests.factories import DoctorProfileFactory, ReviewFactory, TreatmentFactory, UserFactory

pytestmark = pytest.mark.django_db

BODY = "I had lip filler two weeks ago and the left side is still more swollen than the right. Is that normal?"
ANSWER = (
    "Uneven swelling in the first two to four weeks after filler is common and usually settles by itself. "
    "If the area becomes painful, hot, red or changes colour, see your injector the same day."
)
MINE = reverse("core:mine")


def _ask(author, treatment, title="Is it normal that one side is more swollen?") -> Question:
    return question_create(author=author, title=title, body=BODY, treatments=[treatment])


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    return len(queries)


def test_my_candid_needs_a_login(client):
    response = client.get(MINE)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_my_questions_show_answer_counts_and_new_answers_until_looked_at(client_as, patient, treatment, doctor):
    question = _ask(patient, treatment)
    answer_create(doctor=doctor, question=question, body=ANSWER)
    client = client_as(patient)

    page = client.get(MINE).content.decode()
    assert question.title in page
    assert "1 answer" in page
    assert "1 new answer" in page
    # Looked at once: no longer new.
    assert "new answer" not in client.get(MINE).content.decode()


def test_my_candid_lists_reviews_photos_votes_and_flags_with_their_state(
    client_as, patient, treatment, doctor, moderator, make_case
):
    review = ReviewFactory(author=patient, treatment=treatment, title="Softer lines, no frozen look")
    waiting = make_case(uploader=patient, review=review, approve=False, caption="Waiting case caption")
    hidden = make_case(uploader=patient, review=review, caption="Hidden case caption", seed=4)
    content_hide(actor=moderator, target=hidden, reason="Shows a tattoo that identifies you.")
    other_question = _ask(UserFactory(), treatment, title="Does Botox hurt more on the forehead?")
    answer = answer_create(doctor=doctor, question=other_question, body=ANSWER)
    answer_helpful_toggle(answer=answer, user=patient)
    flagged = _ask(UserFactory(), treatment, title="Where can I buy cheap filler online?")
    flag = flag_create(reporter=patient, target=flagged, reason=Flag.Reason.SPAM)

    page = client_as(patient).get(MINE).content.decode()
    assert "Softer lines, no frozen look" in page
    assert reverse("reviews:add_update", args=[review.pk]) in page
    assert "Waiting case caption" in page and "Waiting for a moderator" in page
    assert "Hidden case caption" in page and "Shows a tattoo that identifies you." in page
    assert reverse("core:mine_photo_withdraw", args=[waiting.pk]) in page
    assert "Does Botox hurt more on the forehead?" in page
    assert "Where can I buy cheap filler online?" in page and "decided yet" in page

    content_hide(actor=moderator, target=flagged, reason="Advertising.")
    flag.refresh_from_db()
    assert flag.outcome == Flag.Outcome.HIDDEN
    page = client_as(patient).get(MINE).content.decode()
    assert "Content hidden: Advertising." in page


def test_my_candid_shows_only_the_members_own_rows(client_as, patient, other_patient, treatment):
    _ask(other_patient, treatment, title="Someone else's question about swelling?")
    page = client_as(patient).get(MINE).content.decode()
    assert "Someone else" not in page


def test_my_candid_reads_the_same_queries_for_few_and_many_rows(
    client_as, patient, treatment, doctor, moderator, make_case, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    client = client_as(patient)
    review = ReviewFactory(author=patient, treatment=treatment)
    make_case(uploader=patient, review=review)
    question = _ask(patient, treatment)
    answer_create(doctor=doctor, question=question, body=ANSWER)
    few = _count(client, MINE)

    treatments = TreatmentFactory.create_batch(4)
    for i in range(12):
        question = _ask(patient, treatments[i % 4], title=f"Is swelling normal on day {i} after filler?")
        answer_create(doctor=DoctorProfileFactory(), question=question, body=ANSWER)
        ReviewFactory(author=patient, treatment=treatments[i % 4], doctor=DoctorProfileFactory())
        other = _ask(UserFactory(), treatments[i % 4], title=f"Does the bruising fade by week {i} usually?")
        answer_helpful_toggle(answer=answer_create(doctor=doctor, question=other, body=ANSWER), user=patient)
        flag_create(reporter=patient, target=other, reason=Flag.Reason.SPAM)
    many = _count(client, MINE)
    assert few == many
    assert many <= 12


def test_the_asker_edits_an_unanswered_question(client_as, patient, treatment):
    question = _ask(patient, treatment)
    other = TreatmentFactory(name="Lip filler", slug="lip-filler")
    url = reverse("core:mine_question_edit", args=[question.pk])
    client = client_as(patient)
    assert client.get(url).status_code == 200

    response = client.post(
        url,
        {
            "title": "Is uneven swelling normal after lip filler?",
            "body": BODY + " It is week three.",
            "treatments": [other.pk],
        },
    )
    question.refresh_from_db()
    assert response.status_code == 302
    assert question.title == "Is uneven swelling normal after lip filler?"
    assert "week three" in question.body_html
    assert list(question.treatments.all()) == [other]


def test_an_answered_question_cannot_be_edited(client_as, patient, treatment, doctor):
    question = _ask(patient, treatment)
    answer_create(doctor=doctor, question=question, body=ANSWER)
    client = client_as(patient)
    url = reverse("core:mine_question_edit", args=[question.pk])
    response = client.get(url)
    assert response.status_code == 403
    assert "has answered this question" in response.content.decode()
    assert client.post(url, {"title": "Changed after the answer came in?", "body": BODY}).status_code == 403
    assert reverse("core:mine_question_edit", args=[question.pk]) not in client.get(MINE).content.decode()


def test_another_members_ids_are_not_found(client_as, patient, other_patient, treatment, make_case):
    question = _ask(other_patient, treatment)
    review = ReviewFactory(author=other_patient, treatment=treatment)
    case = make_case(uploader=other_patient, review=review)
    client = client_as(patient)
    for url in (
        reverse("core:mine_question_edit", args=[question.pk]),
        reverse("core:mine_question_withdraw", args=[question.pk]),
        reverse("core:mine_photo_withdraw", args=[case.pk]),
    ):
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404
    question.refresh_from_db()
    case.refresh_from_db()
    assert not question.is_hidden and not case.is_hidden


def test_a_withdrawn_question_disappears_for_the_public(client, client_as, patient, treatment, doctor):
    question = _ask(patient, treatment)
    answer_create(doctor=doctor, question=question, body=ANSWER)
    doctor.refresh_from_db()
    assert doctor.answer_count == 1
    owner = client_as(patient)
    assert owner.get(reverse("core:mine_question_withdraw", args=[question.pk])).status_code == 200

    response = owner.post(reverse("core:mine_question_withdraw", args=[question.pk]))
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.is_hidden and Question.objects.filter(pk=question.pk).exists()
    assert client.get(question.get_absolute_url()).status_code == 404
    assert question.title not in client.get(reverse("questions:list")).content.decode()
    assert question.title not in client.get(reverse("treatments:detail", args=[treatment.slug])).content.decode()
    doctor.refresh_from_db()
    assert doctor.answer_count == 0
    page = owner.get(MINE).content.decode()
    assert question.title in page and "Withdrawn" in page


def test_a_withdrawn_photo_case_leaves_every_public_page(client, client_as, patient, treatment, make_case):
    review = ReviewFactory(author=patient, treatment=treatment)
    case = make_case(uploader=patient, review=review)
    link = f'href="{case.get_absolute_url()}"'
    public_pages = (
        reverse("photos:gallery"),
        review.get_absolute_url(),
        reverse("treatments:detail", args=[treatment.slug]),
    )
    assert client.get(case.get_absolute_url()).status_code == 200
    for url in public_pages:
        assert link in client.get(url).content.decode(), url

    response = client_as(patient).post(reverse("core:mine_photo_withdraw", args=[case.pk]))
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.is_hidden and BeforeAfterPhoto.objects.filter(pk=case.pk).exists()
    assert client.get(case.get_absolute_url()).status_code == 404
    for url in public_pages:
        assert link not in client.get(url).content.decode(), url
    assert all(image.withheld for image in case.images.all())
    page = client_as(patient).get(MINE).content.decode()
    assert "Withdrawn" in page
    assert reverse("core:mine_photo_withdraw", args=[case.pk]) not in page


def test_the_account_menu_links_to_my_candid(client_as, patient):
    assert MINE in client_as(patient).get(reverse("accounts:account")).content.decode()
