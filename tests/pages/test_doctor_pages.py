import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from doctors.models import DoctorProfile
from doctors.services import doctor_verify
from questions.models import Question
from tests.doctors.conftest import _disclaimer_version_1, _fast_password_hashing, _no_page_cache, moderator  # noqa: F401
from tests.factories import AnswerFactory, DoctorProfileFactory, QuestionFactory, TreatmentFactory

pytestmark = pytest.mark.django_db

DIRECTORY = reverse("doctors:directory")


def count_queries(client, url: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.text


# -- directory ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["", "?sort=rating&verified=on", "?sort=reviews", "?specialty=dermatology&location=Austin%2C+TX", "?q=jamie"],
)
def test_the_directory_runs_the_same_queries_for_1_and_50_doctors(client, client_as, patient, query):
    treatment = TreatmentFactory(name="Botox", slug="botox")
    DoctorProfileFactory()
    few, _ = count_queries(client, DIRECTORY + query)
    AnswerFactory(doctor=DoctorProfileFactory(), question=QuestionFactory(treatments=[treatment]))
    DoctorProfileFactory.create_batch(48)
    many, text = count_queries(client, DIRECTORY + query)
    assert few == many <= 4
    if not query or "rating" in query:
        assert "50 doctors" in text
    # Logged in too (session and user add their own, still a fixed number).
    logged_in = client_as(patient)
    assert count_queries(logged_in, DIRECTORY + query)[0] == many + 2


def test_the_directory_with_a_treatment_filter_keeps_its_query_count(client):
    botox = TreatmentFactory(name="Botox", slug="botox")
    AnswerFactory(question=QuestionFactory(treatments=[botox]))
    few, _ = count_queries(client, DIRECTORY + "?treatment=botox")
    for doctor in DoctorProfileFactory.create_batch(49):
        AnswerFactory(doctor=doctor, question=QuestionFactory(treatments=[botox]))
    many, text = count_queries(client, DIRECTORY + "?treatment=botox")
    assert few == many
    assert "50 doctors who answer about Botox" in text


def test_the_directory_lists_public_doctors_only_and_verified_ones_by_default(
    client, doctor, pending_doctor, suspended_doctor
):
    hidden = DoctorProfileFactory(full_name="Hidden Person", hidden_at=timezone.now())
    rejected = DoctorProfileFactory(full_name="Rejected Person", status="rejected", verified_at=None)
    text = client.get(DIRECTORY).text
    assert doctor.display_name in text
    for absent in (pending_doctor, suspended_doctor, hidden, rejected):
        assert absent.display_name not in text

    # Unticking "verified only" (the submitted form has no "verified") adds suspended doctors, no badge.
    text = client.get(DIRECTORY + "?q=&sort=helpful").text
    assert suspended_doctor.display_name in text
    assert pending_doctor.display_name not in text
    assert hidden.display_name not in text


def test_the_verified_box_starts_ticked_and_keeps_its_state(client):
    assert re.search(r'name="verified" id="id_verified" checked', client.get(DIRECTORY).text)
    assert not re.search(r'name="verified" id="id_verified" checked', client.get(DIRECTORY + "?sort=helpful").text)


def test_filters_by_specialty_location_name_and_treatment(client):
    botox = TreatmentFactory(name="Botox", slug="botox")
    austin = DoctorProfileFactory(full_name="Ana Austin", city="Austin", region="TX")
    miami = DoctorProfileFactory(
        full_name="Marcus Miami", city="Miami", region="FL", specialty=DoctorProfile.Specialty.PLASTIC_SURGERY
    )
    AnswerFactory(doctor=miami, question=QuestionFactory(treatments=[botox]))

    def names(query):
        text = client.get(DIRECTORY + query).text
        return {d.full_name for d in (austin, miami) if d.display_name in text}

    assert names("?specialty=plastic_surgery&verified=on") == {"Marcus Miami"}
    assert names("?location=Austin%2C+TX&verified=on") == {"Ana Austin"}
    assert names("?location=fl&verified=on") == {"Marcus Miami"}
    assert names("?q=ana+austin&verified=on") == {"Ana Austin"}
    assert names("?treatment=botox&verified=on") == {"Marcus Miami"}
    assert names("?treatment=nonsense&specialty=wizardry&verified=on") == {"Ana Austin", "Marcus Miami"}


def test_filter_values_are_kept_in_the_form(client):
    TreatmentFactory(name="Botox", slug="botox")
    text = client.get(DIRECTORY + "?q=ruiz&specialty=dermatology&treatment=botox&location=Austin&sort=rating").text
    assert 'value="ruiz"' in text
    assert '<option value="dermatology" selected>' in text
    assert '<option value="botox" selected>' in text
    assert 'value="Austin"' in text
    assert '<option value="rating" selected>' in text


def test_sort_by_rating_rewards_evidence_over_a_single_review(client):
    one_review = DoctorProfileFactory(full_name="Single Review", review_count=1, rating_sum=5)
    many = DoctorProfileFactory(full_name="Many Reviews", review_count=200, rating_sum=970)
    none = DoctorProfileFactory(full_name="No Reviews")
    text = client.get(DIRECTORY + "?sort=rating&verified=on").text
    assert text.index(many.display_name) < text.index(one_review.display_name) < text.index(none.display_name)
    text = client.get(DIRECTORY + "?sort=reviews&verified=on").text
    assert text.index(many.display_name) < text.index(one_review.display_name)


def test_the_directory_paginates_and_keeps_the_filters(client):
    DoctorProfileFactory.create_batch(25, specialty=DoctorProfile.Specialty.DERMATOLOGY)
    text = client.get(DIRECTORY + "?specialty=dermatology&verified=on").text
    assert "Page 1 of 2" in text
    assert "specialty=dermatology" in text.split('rel="next"')[0].rsplit("href=", 1)[1]
    assert client.get(DIRECTORY + "?specialty=dermatology&verified=on&page=2").status_code == 200
    assert client.get(DIRECTORY + "?page=999").status_code == 200


def test_verifying_a_doctor_shows_them_to_anonymous_visitors_at_once(client, settings, moderator, pending_doctor):  # noqa: F811 (the doctors tests' moderator, with the verify permission)
    settings.PAGE_CACHE_SECONDS = 300
    assert pending_doctor.display_name not in client.get(DIRECTORY).text
    doctor_verify(doctor=pending_doctor, moderator=moderator, evidence="Checked the register.")
    assert pending_doctor.display_name in client.get(DIRECTORY).text


# -- profile --------------------------------------------------------------------------------------


def test_the_profile_runs_the_same_queries_for_1_and_50_answers(client, doctor):
    AnswerFactory(doctor=doctor)
    few, text = count_queries(client, doctor.get_absolute_url())
    assert text.count('class="disclaimer') == 1
    AnswerFactory.create_batch(49, doctor=doctor)
    many, text = count_queries(client, doctor.get_absolute_url())
    assert few == many <= 6
    assert text.count('class="disclaimer') == 10  # one per answer on the page
    # Another order and page of the same answers: their total is already counted (pagecache.paginator).
    assert count_queries(client, doctor.get_absolute_url() + "?answers=newest&page=3")[0] == many - 1


def test_the_profile_runs_the_same_queries_for_1_and_8_photo_cases(client, doctor, make_case, treatment):
    make_case(treatments=[treatment])
    few, text = count_queries(client, doctor.get_absolute_url())
    assert text.count('h-100 ba-card"') == 1
    for index in range(7):
        make_case(treatments=[treatment], graphic=index % 2 == 1, seed=index + 1)
    many, text = count_queries(client, doctor.get_absolute_url())
    assert few == many
    assert text.count('h-100 ba-card"') == 6  # the newest six, then a link to the rest
    assert f"/photos/?doctor={doctor.slug}" in text


def test_the_profile_shows_approved_cases_only_and_blurs_graphic_ones(client, doctor, make_case, treatment):
    shown = make_case(treatments=[treatment], caption="Approved case of forehead lines.")
    graphic = make_case(treatments=[treatment], graphic=True, seed=2)
    pending = make_case(treatments=[treatment], approve=False, seed=4)
    text = client.get(doctor.get_absolute_url()).text
    assert 'id="photos"' in text and 'href="#photos"' in text
    assert shown.get_absolute_url() in text and graphic.get_absolute_url() in text
    assert "ba-card-graphic" in text
    assert pending.get_absolute_url() not in text
    assert ' style="' not in text


def test_a_profile_without_photo_cases_has_no_photos_section(client, doctor):
    assert 'id="photos"' not in client.get(doctor.get_absolute_url()).text


def test_the_profile_shows_every_answer_with_its_disclaimer_naming_the_doctor(client, doctor):
    answer = AnswerFactory(doctor=doctor)
    text = client.get(doctor.get_absolute_url()).text
    assert answer.question.title in text
    assert "Dr. Ana Ruiz" in answer.disclaimer_text
    assert answer.disclaimer_text.replace("'", "&#x27;") in text


def test_the_profile_leaves_out_hidden_answers_and_answers_on_hidden_questions(client, doctor):
    hidden_answer = AnswerFactory(doctor=doctor, hidden_at=timezone.now())
    on_hidden_question = AnswerFactory(doctor=doctor, question=QuestionFactory(hidden_at=timezone.now()))
    text = client.get(doctor.get_absolute_url()).text
    assert hidden_answer.question.title not in text
    assert on_hidden_question.question.title not in text


def test_the_profile_shows_the_badge_with_its_date_and_the_figures(client, doctor):
    DoctorProfile.objects.filter(pk=doctor.pk).update(
        answer_count=12, helpful_vote_count=40, review_count=4, rating_sum=18, worth_it_count=3
    )
    text = client.get(doctor.get_absolute_url()).text
    assert "badge-verified" in text
    assert f'datetime="{doctor.verified_at:%Y-%m-%d}"' in text
    assert "4.5" in text  # 18 / 4
    assert "75%" in text  # 3 of 4 say worth it
    assert 'id="reviews"' in text


def test_a_suspended_profile_has_no_badge_and_a_neutral_note(client, suspended_doctor):
    AnswerFactory(doctor=suspended_doctor)
    text = client.get(suspended_doctor.get_absolute_url()).text
    assert "badge-verified" not in text
    assert "verification is currently suspended" in text
    assert 'class="disclaimer' in text  # earlier answers stay, with the disclaimer


@pytest.mark.parametrize("status", ["pending", "rejected"])
def test_unverified_applications_are_not_public(client, status):
    profile = DoctorProfileFactory(status=status, verified_at=None)
    assert client.get(profile.get_absolute_url()).status_code == 404


def test_a_hidden_profile_is_not_public(client, doctor):
    DoctorProfile.objects.filter(pk=doctor.pk).update(hidden_at=timezone.now())
    assert client.get(doctor.get_absolute_url()).status_code == 404


def test_the_profile_has_physician_json_ld_canonical_and_open_graph(client, doctor):
    DoctorProfile.objects.filter(pk=doctor.pk).update(
        review_count=2, rating_sum=9, practice_name="Ruiz </script><b>Aesthetics"
    )
    text = client.get(doctor.get_absolute_url()).text
    match = re.search(r'<script type="application/ld\+json" nonce="[^"]+">(.*?)</script>', text, re.S)
    assert match, "JSON-LD script with a CSP nonce"
    data = json.loads(match.group(1))
    assert data["@type"] == "Physician"
    assert data["name"] == "Dr. Ana Ruiz"
    assert data["medicalSpecialty"] == "https://schema.org/Dermatologic"
    assert data["address"]["addressLocality"] == "Austin"
    assert data["aggregateRating"] == {
        "@type": "AggregateRating",
        "ratingValue": 4.5,
        "reviewCount": 2,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert data["memberOf"]["name"] == "Ruiz </script><b>Aesthetics"
    assert "</script><b>" not in match.group(1)
    assert f'<link rel="canonical" href="http://testserver{doctor.get_absolute_url()}">' in text
    assert '<meta property="og:type" content="profile">' in text


def test_the_profile_never_shows_private_details(client, doctor):
    text = client.get(doctor.get_absolute_url()).text
    assert doctor.user.email not in text
    assert doctor.licence_number not in text


# -- dashboard ------------------------------------------------------------------------------------


def test_the_dashboard_lists_open_questions_in_the_doctors_treatments_unanswered_first(client_as, doctor):
    botox, filler, laser = (TreatmentFactory(name=n) for n in ("Botox", "Lip filler", "Laser"))
    answered = QuestionFactory(treatments=[botox], title="Already answered by me about Botox?")
    AnswerFactory(doctor=doctor, question=answered)
    with_answers = QuestionFactory(treatments=[botox], title="Botox question others answered already?")
    AnswerFactory(question=with_answers)
    with_answers.answer_count = 1
    with_answers.save()
    unanswered = QuestionFactory(treatments=[botox, filler], title="Unanswered Botox question for a doctor?")
    elsewhere = QuestionFactory(treatments=[laser], title="A laser question outside my treatments?")
    # Asked before the past week: questions asked since are listed as new, above (test_doctor_dashboard).
    Question.objects.update(created_at=timezone.now() - timedelta(days=14))

    text = client_as(doctor.user).get(reverse("doctors:dashboard")).text
    open_section = text.split('id="open-heading"')[1].split('id="recent-heading"')[0]
    assert unanswered.title in open_section
    assert with_answers.title in open_section
    assert open_section.index(unanswered.title) < open_section.index(with_answers.title)
    assert answered.title not in open_section
    assert elsewhere.title not in open_section
    assert answered.title in text.split('id="recent-heading"')[1]  # their recent answers


def test_a_new_doctor_sees_the_newest_questions(client_as, doctor):
    question = QuestionFactory()
    assert question.title in client_as(doctor.user).get(reverse("doctors:dashboard")).text


def test_the_dashboard_runs_the_same_queries_for_few_and_many_questions(client_as, doctor):
    botox = TreatmentFactory(name="Botox")
    AnswerFactory(doctor=doctor, question=QuestionFactory(treatments=[botox]))
    QuestionFactory(treatments=[botox])
    browser = client_as(doctor.user)
    few, _ = count_queries(browser, reverse("doctors:dashboard"))
    for _ in range(12):
        AnswerFactory(doctor=doctor, question=QuestionFactory(treatments=[botox, TreatmentFactory()]))
        QuestionFactory(treatments=[botox])
    many, _ = count_queries(browser, reverse("doctors:dashboard"))
    assert few == many


@pytest.mark.parametrize(
    ("status", "reason", "expected"),
    [
        ("pending", "", "being reviewed"),
        ("rejected", "The number is not on the register.", "The number is not on the register."),
        ("suspended", "Promotional answers.", "Promotional answers."),
        ("verified", "", "you can answer patients"),
    ],
)
def test_the_dashboard_says_where_the_verification_stands(client_as, status, reason, expected):
    profile = DoctorProfileFactory(
        status=status, status_reason=reason, verified_at=timezone.now() if status == "verified" else None
    )
    text = client_as(profile.user).get(reverse("doctors:dashboard")).text
    assert expected in text


def test_the_dashboard_says_when_the_licence_document_is_missing(client_as, pending_doctor):
    text = client_as(pending_doctor.user).get(reverse("doctors:dashboard")).text
    assert "Licence document missing" in text


def test_the_sitemap_lists_verified_public_profiles_only(client, doctor, pending_doctor, suspended_doctor):
    text = client.get("/sitemap.xml").text
    assert doctor.get_absolute_url() in text
    assert pending_doctor.get_absolute_url() not in text
    assert suspended_doctor.get_absolute_url() not in text
