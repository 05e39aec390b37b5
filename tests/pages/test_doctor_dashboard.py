"""A doctor's dashboard shows their real work: reviews waiting for a response, new and unanswered questions
in their treatments, their figures and the way to post a before/after case."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from questions.models import Answer, Question
from reviews.models import Review
from reviews.services import response_upsert
from tests.doctors.conftest import _disclaimer_version_1, _fast_password_hashing, _no_page_cache  # noqa: F401
from tests.factories import AnswerFactory, DoctorProfileFactory, QuestionFactory, ReviewFactory, TreatmentFactory

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("doctors:dashboard")
RESPONSE = "Thank you for taking the time to describe your recovery in such detail."


def section(text: str, heading_id: str) -> str:
    """The HTML of the dashboard section labelled by `heading_id`, up to the next section."""
    start = text.index(f'id="{heading_id}"')
    end = text.find("<section", start)
    return text[start : end if end != -1 else None]


def dashboard_queries(browser) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = browser.get(DASHBOARD)
    assert response.status_code == 200
    return len(queries), response.text


def start_a_new_visit(browser, *, hours_ago: float = 2) -> None:
    """As if the doctor's last dashboard view was `hours_ago` hours ago (a visit ended since)."""
    session = browser.session
    visits = session["doctor_dashboard_visits"]
    visits["current"] = (timezone.now() - timedelta(hours=hours_ago)).isoformat()
    session["doctor_dashboard_visits"] = visits
    session.save()


def text_of_open_list(browser) -> str:
    return section(browser.get(DASHBOARD).text, "open-heading")


def test_the_dashboard_lists_the_reviews_without_a_response_with_a_link_to_respond(client_as, doctor):
    botox = TreatmentFactory(name="Botox")
    older = ReviewFactory(doctor=doctor, treatment=botox, title="Subtle and natural result")
    newer = ReviewFactory(doctor=doctor, treatment=botox, title="Too strong at first, fine after", rating=3)
    answered = ReviewFactory(doctor=doctor, treatment=botox, title="Already answered review")
    response_upsert(review=answered, doctor=doctor, body=RESPONSE)
    hidden = ReviewFactory(doctor=doctor, treatment=botox, title="A review a moderator hid")
    Review.objects.filter(pk=hidden.pk).update(hidden_at=timezone.now())
    someone_else = ReviewFactory(doctor=DoctorProfileFactory(), title="About another doctor entirely")

    text = client_as(doctor.user).get(DASHBOARD).text
    waiting = section(text, "reviews-waiting-heading")
    assert "None yet" not in waiting
    assert '<span class="badge text-bg-secondary">2</span>' in waiting
    assert waiting.index(newer.title) < waiting.index(older.title)  # newest first
    assert reverse("reviews:respond", args=[older.pk]) in waiting
    assert reverse("reviews:respond", args=[newer.pk]) in waiting
    assert "3/5" in waiting and "Botox" in waiting and older.author.handle in waiting
    for left_out in (answered, hidden, someone_else):
        assert left_out.title not in waiting


def test_a_doctor_who_responded_to_every_review_is_told_so(client_as, doctor):
    review = ReviewFactory(doctor=doctor)
    response_upsert(review=review, doctor=doctor, body=RESPONSE)
    waiting = section(client_as(doctor.user).get(DASHBOARD).text, "reviews-waiting-heading")
    assert "You have responded to every review." in waiting


def test_the_dashboard_shows_thanks_rating_and_reviews_this_month(client_as, doctor):
    for index in range(3):
        AnswerFactory(doctor=doctor, thanked_at=timezone.now() if index < 2 else None)
    ReviewFactory(doctor=doctor, rating=5)
    old = ReviewFactory(doctor=doctor, rating=4)
    Review.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=62))

    figures = section(client_as(doctor.user).get(DASHBOARD).text, "figures-heading")
    assert "<dt>Thanks from patients</dt><dd>2</dd>" in figures
    assert "<dt>Reviews this month</dt><dd>1</dd>" in figures
    assert "<dt>Reviews</dt><dd>2</dd>" in figures
    assert "<dt>Average rating</dt><dd>4.5" in figures


def test_the_dashboard_counts_the_unanswered_questions_in_the_doctors_treatments(client_as, doctor):
    botox, laser = TreatmentFactory(name="Botox"), TreatmentFactory(name="Laser")
    AnswerFactory(doctor=doctor, question=QuestionFactory(treatments=[botox]))
    QuestionFactory.create_batch(3, treatments=[botox])
    QuestionFactory(treatments=[laser])
    heading = section(client_as(doctor.user).get(DASHBOARD).text, "open-heading").split("</h2>")[0]
    assert ">3<span" in heading and "unanswered" in heading


def test_new_questions_are_those_asked_since_the_last_visit(client_as, doctor):
    botox = TreatmentFactory(name="Botox")
    AnswerFactory(doctor=doctor, question=QuestionFactory(treatments=[botox]))
    this_week = QuestionFactory(treatments=[botox], title="Asked three days ago about Botox?")
    last_month = QuestionFactory(treatments=[botox], title="Asked a month ago about Botox?")
    Question.objects.filter(pk=this_week.pk).update(created_at=timezone.now() - timedelta(days=3))
    Question.objects.filter(pk=last_month.pk).update(created_at=timezone.now() - timedelta(days=30))
    browser = client_as(doctor.user)

    # A first visit counts the past week as new.
    first = section(browser.get(DASHBOARD).text, "new-heading")
    assert "New this week" in first
    assert this_week.title in first and last_month.title not in first

    # The next visit lists only what was asked since the first one.
    start_a_new_visit(browser)
    since_then = QuestionFactory(treatments=[botox], title="Asked after my last visit about Botox?")
    second = section(browser.get(DASHBOARD).text, "new-heading")
    assert "New since your last visit" in second
    assert since_then.title in second
    assert this_week.title not in second
    assert '<span class="badge text-bg-secondary">1</span>' in second
    assert text_of_open_list(browser).count(since_then.title) == 0  # listed once, as new
    assert this_week.title in text_of_open_list(browser)

    # Reloading, or coming back from an answer, is the same visit: the mark stays.
    assert since_then.title in section(browser.get(DASHBOARD).text, "new-heading")

    # Once answered, it is no longer waiting.
    AnswerFactory(doctor=doctor, question=since_then)
    assert since_then.title not in section(browser.get(DASHBOARD).text, "new-heading")


def test_a_damaged_visit_record_counts_as_a_first_visit(client_as, doctor):
    browser = client_as(doctor.user)
    session = browser.session
    session["doctor_dashboard_visits"] = {"previous": "yesterday", "current": 7}
    session.save()
    assert "New this week" in browser.get(DASHBOARD).text


def test_the_dashboard_links_to_posting_a_before_after_case(client_as, doctor):
    text = client_as(doctor.user).get(DASHBOARD).text
    assert f'href="{reverse("photos:new")}"' in text
    assert "Post a before/after case" in text


def test_a_suspended_doctor_sees_their_reviews_but_no_way_to_respond_or_post(client_as, suspended_doctor):
    review = ReviewFactory(doctor=suspended_doctor, title="Waiting while the doctor is suspended")
    text = client_as(suspended_doctor.user).get(DASHBOARD).text
    waiting = section(text, "reviews-waiting-heading")
    assert review.title in waiting
    assert reverse("reviews:respond", args=[review.pk]) not in waiting
    assert "suspended, so you can&#x27;t respond to reviews" in waiting
    assert f'href="{reverse("photos:new")}"' not in text


def test_the_dashboard_is_personal_and_never_cached(client_as, doctor):
    response = client_as(doctor.user).get(DASHBOARD)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_dashboard_runs_the_same_queries_for_few_and_many_reviews_and_questions(client_as, doctor):
    botox = TreatmentFactory(name="Botox")
    AnswerFactory(doctor=doctor, question=QuestionFactory(treatments=[botox]))
    QuestionFactory(treatments=[botox])
    ReviewFactory(doctor=doctor, treatment=botox)
    browser = client_as(doctor.user)
    few, _ = dashboard_queries(browser)
    start_a_new_visit(browser)
    for _ in range(15):
        review = ReviewFactory(doctor=doctor, treatment=botox)
        QuestionFactory(treatments=[botox])
        AnswerFactory(doctor=doctor, question=QuestionFactory(treatments=[botox]), thanked_at=timezone.now())
    response_upsert(review=review, doctor=doctor, body=RESPONSE)
    many, text = dashboard_queries(browser)
    assert few == many <= 15  # one more for the consultation figures
    assert section(text, "reviews-waiting-heading").count(">Respond<") == 10  # the newest ten, then a link
    assert "The newest 10 of 15." in text


# -- the public profile and the edit page --------------------------------------------------------


def test_the_profile_leads_with_reviews_and_photos_before_the_answers(client, doctor, make_case, treatment):
    AnswerFactory.create_batch(11, doctor=doctor)
    ReviewFactory(doctor=doctor, title="What patients say first")
    make_case(treatments=[treatment])
    text = client.get(doctor.get_absolute_url()).text
    order = [text.index(f'id="{name}"') for name in ("about-heading", "reviews-heading", "photos-heading")]
    assert order == sorted(order)
    assert order[-1] < text.index('id="answers-heading"')
    assert text.index("What patients say first") < text.index('class="disclaimer')
    assert '?page=2#answers" rel="next"' in text  # a page of answers opens at the answers


def png_headshot() -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (300, 300), (180, 140, 120)).save(out, format="PNG")
    return SimpleUploadedFile("me.png", out.getvalue(), content_type="image/png")


PROFILE_DATA = {"practice_name": "Ruiz Dermatology", "city": "Austin", "region": "TX", "country": "United States"}


def test_the_edit_page_shows_the_current_headshot_and_names_about_you_once(client_as, doctor):
    browser = client_as(doctor.user)
    url = reverse("doctors:profile_edit")
    before = browser.get(url).text
    assert "No photo yet" in before
    assert (
        browser.post(url, {**PROFILE_DATA, "bio": "I treat acne scars.", "headshot": png_headshot()}).status_code == 302
    )
    doctor.refresh_from_db()

    text = browser.get(url).text
    assert f'src="{doctor.headshot.url}" alt="Your current headshot"' in text
    assert text.count("About you") == 1  # the bio's label, not also a heading over it


def test_a_failed_edit_still_shows_the_stored_headshot(client_as, doctor):
    browser = client_as(doctor.user)
    url = reverse("doctors:profile_edit")
    browser.post(url, {**PROFILE_DATA, "headshot": png_headshot()})
    doctor.refresh_from_db()
    stored = doctor.headshot.url
    text = browser.post(url, {**PROFILE_DATA, "city": "", "headshot": png_headshot()}).text
    assert "Please fix" in text
    assert f'src="{stored}" alt="Your current headshot"' in text


def test_thanks_count_only_answers_the_public_sees(client_as, doctor):
    shown = AnswerFactory(doctor=doctor, thanked_at=timezone.now())
    hidden = AnswerFactory(doctor=doctor, thanked_at=timezone.now())
    Answer.objects.filter(pk=hidden.pk).update(hidden_at=timezone.now())
    assert shown.pk != hidden.pk
    figures = section(client_as(doctor.user).get(DASHBOARD).text, "figures-heading")
    assert "<dt>Thanks from patients</dt><dd>1</dd>" in figures
