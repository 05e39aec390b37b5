import json
import re

import pytest
from django.db import connection
from django.urls import reverse

from moderation.services import content_hide
from questions.models import Answer, HelpfulVote, Question
from questions.services import answer_create, answer_helpful_toggle, answer_update, question_create
from tests.factories import DoctorProfileFactory, QuestionFactory, TreatmentFactory

from .conftest import ANSWER, BODY

pytestmark = pytest.mark.django_db

ASK = reverse("questions:ask")


def _ask_data(picked, **overrides) -> dict:
    data = {
        "title": "How long does swelling last after lip filler?",
        "body": BODY,
        "treatments": [t.pk for t in picked],
        "age_range": "25_34",
        "city": "Austin",
    }
    return {**data, **overrides}


# Ask -----------------------------------------------------------------------------------------


def test_ask_page_offers_treatments_grouped_by_category(client_as, patient, treatment):
    TreatmentFactory(name="Fraxel laser", slug="fraxel-laser", category="lasers")
    html = client_as(patient).get(ASK).text
    assert '<legend class="treatment-group-label">Injectables</legend>' in html
    assert '<legend class="treatment-group-label">Lasers &amp; energy devices</legend>' in html
    assert 'data-hx-get="/questions/similar/"' in html


def test_ask_page_preselects_the_treatment_it_came_from(client_as, patient, treatment):
    html = client_as(patient).get(f"{ASK}?treatment={treatment.slug}").text
    assert re.search(rf'value="{treatment.pk}" id="id_treatments_{treatment.pk}" checked', html)


def test_posting_a_question(client_as, patient, treatment, filler):
    response = client_as(patient).post(ASK, _ask_data([treatment, filler]))
    question = Question.objects.get()
    assert response.status_code == 302
    assert response["Location"] == question.get_absolute_url()
    assert question.author == patient
    assert question.age_range == "25_34"
    assert set(question.treatments.all()) == {treatment, filler}


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": "Botox?"}, "at least 10 characters"),
        ({"title": "x" * 151}, "at most 150 characters"),
        ({"title": "Swelling after lip filler"}, "end it with a question mark"),
        ({"title": "HOW LONG DOES SWELLING LAST?"}, "capital letters"),
        ({"body": "Too short."}, "at least 30 characters"),
        ({"body": "x" * 5001}, "at most 5000 characters"),
        ({"treatments": []}, "Pick at least one treatment"),
        ({"treatments": ["999999"]}, "Select a valid choice"),
        ({"treatments": ["abc"]}, "Select a valid choice"),
        ({"age_range": "ancient"}, "Select a valid choice"),
    ],
)
def test_bad_input_is_refused_and_everything_typed_is_kept(client_as, patient, treatment, overrides, message):
    data = _ask_data([treatment], **overrides)
    response = client_as(patient).post(ASK, data)
    assert response.status_code == 200
    assert message in response.text
    assert not Question.objects.exists()
    html = response.text
    if "title" not in overrides:
        assert 'value="How long does swelling last after lip filler?"' in html
    if "body" not in overrides:
        assert "I had lip filler two weeks ago" in html
    if "treatments" not in overrides:
        assert re.search(rf'value="{treatment.pk}" id="id_treatments_{treatment.pk}" checked', html)
    assert 'value="Austin"' in html


def test_more_than_five_treatments_is_refused(client_as, patient):
    treatments = TreatmentFactory.create_batch(6)
    response = client_as(patient).post(ASK, _ask_data(treatments))
    assert "Pick at most 5 treatments" in response.text
    assert not Question.objects.exists()


def test_check_for_similar_questions_without_javascript(client_as, patient, question, treatment):
    response = client_as(patient).post(
        ASK, {**_ask_data([treatment], title="Swelling after Botox, how long?"), "check": "1"}
    )
    assert response.status_code == 200
    assert "Similar questions already asked" in response.text
    assert question.get_absolute_url() in response.text
    assert 'value="Swelling after Botox, how long?"' in response.text
    assert "is-invalid" not in response.text
    assert Question.objects.count() == 1


def test_similar_questions_fragment_for_htmx(client, question):
    response = client.get(reverse("questions:similar"), {"title": "botox swelling"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.text
    assert question.title in response.text


def test_similar_questions_fragment_is_calm_with_junk(client, question):
    for title in ["", "?!", "a" * 500, "<script>alert(1)</script> botox"]:
        response = client.get(reverse("questions:similar"), {"title": title})
        assert response.status_code == 200
        assert "<script>alert" not in response.text


def test_asking_is_rate_limited_with_a_clear_message(client_as, patient, treatment):
    client = client_as(patient)
    for i in range(5):
        response = client.post(ASK, _ask_data([treatment], title=f"Question number {i} about Botox swelling?"))
        assert response.status_code == 302
    # A form with errors does not use up the allowance, but once it is used up the sixth is refused.
    response = client.post(ASK, _ask_data([treatment], title="One more question about Botox swelling?"))
    assert response.status_code == 429
    assert "the most we allow" in response.text
    assert 'value="One more question about Botox swelling?"' in response.text
    assert Question.objects.count() == 5


def test_form_errors_do_not_count_against_the_rate_limit(client_as, patient, treatment):
    client = client_as(patient)
    for _ in range(6):
        client.post(ASK, _ask_data([treatment], body="short"))
    response = client.post(ASK, _ask_data([treatment]))
    assert response.status_code == 302


def test_the_ask_limit_follows_settings_and_says_its_number(client_as, patient, treatment, settings):
    settings.RATE_LIMITS = {"ask": "1/h"}
    client = client_as(patient)
    assert client.post(ASK, _ask_data([treatment])).status_code == 302
    response = client.post(ASK, _ask_data([treatment], title="A second question about Botox today?"))
    assert response.status_code == 429
    assert "You have asked 1 question in the last hour" in response.text
    assert Question.objects.count() == 1


def test_answering_is_rate_limited_and_keeps_the_text(client_as, doctor, patient, treatment, settings):
    settings.RATE_LIMITS = {"answer": "1/h"}
    client = client_as(doctor.user)
    first, second = (
        question_create(author=patient, title=f"Botox question number {n}?", body=BODY, treatments=[treatment])
        for n in (1, 2)
    )
    assert (
        client.post(reverse("questions:answer_new", args=[first.pk, first.slug]), {"body": ANSWER}).status_code == 302
    )
    response = client.post(reverse("questions:answer_new", args=[second.pk, second.slug]), {"body": ANSWER})
    assert response.status_code == 429
    assert "many answers in the last hour" in response.text
    assert ANSWER[:40] in response.text
    assert Answer.objects.filter(question=second).count() == 0


# Browse ---------------------------------------------------------------------------------------


def test_list_tabs_and_treatment_filter(client, patient, treatment, filler, doctor):
    unanswered = question_create(author=patient, title="Is lip filler painful at all?", body=BODY, treatments=[filler])
    answered = question_create(author=patient, title="Does Botox hurt very much?", body=BODY, treatments=[treatment])
    answer = answer_create(doctor=doctor, question=answered, body=ANSWER)
    answer_helpful_toggle(answer=answer, user=patient)

    newest = client.get(reverse("questions:list")).text
    assert newest.index(answered.title) < newest.index(unanswered.title)
    # The row quotes the answer under its doctor's name (the name no longer repeats in the row's byline).
    assert f'href="{doctor.get_absolute_url()}">Dr. Ana Ruiz</a>' in newest

    only_unanswered = client.get(reverse("questions:list"), {"sort": "unanswered"}).text
    assert unanswered.title in only_unanswered and answered.title not in only_unanswered

    helpful = client.get(reverse("questions:list"), {"sort": "helpful"}).text
    assert helpful.index(answered.title) < helpful.index(unanswered.title)

    filtered = client.get(reverse("questions:list"), {"treatment": filler.slug}).text
    assert unanswered.title in filtered and answered.title not in filtered
    assert "Questions about Lip filler" in filtered


def test_list_survives_bad_parameters(client, question):
    assert client.get(reverse("questions:list"), {"sort": "<x>", "page": "abc"}).status_code == 200
    assert client.get(reverse("questions:list"), {"page": "9999"}).status_code == 200
    assert client.get(reverse("questions:list"), {"treatment": "no-such-thing"}).status_code == 404


def test_list_paginates(client, treatment):
    QuestionFactory.create_batch(25, treatments=[treatment])
    first = client.get(reverse("questions:list")).text
    assert "Page 1 of 2" in first
    assert client.get(reverse("questions:list"), {"page": 2}).text.count('class="list-group-item question-row') == 5


def test_hidden_questions_leave_the_list(client, question, moderator):
    content_hide(actor=moderator, target=question, reason="Spam")
    assert question.title not in client.get(reverse("questions:list")).text


# Read -----------------------------------------------------------------------------------------


def test_detail_redirects_to_the_canonical_url(client, question):
    for url in [f"/questions/{question.pk}/", f"/questions/{question.pk}/wrong-slug/"]:
        response = client.get(url)
        assert response.status_code == 301
        assert response["Location"] == question.get_absolute_url()


def test_detail_shows_answers_best_first_with_doctor_cards(client, question, make_answers, patient, other_patient):
    older, newer = make_answers(2)
    answer_helpful_toggle(answer=newer, user=patient)
    html = client.get(question.get_absolute_url()).text
    assert html.index(f'id="answer-{newer.pk}"') < html.index(f'id="answer-{older.pk}"')
    assert newer.doctor.get_absolute_url() in html
    assert "Verified" in html and "licence checked" in html
    assert "Dermatology" in html and "Austin" in html
    assert "1 person finds this helpful" in html
    assert patient.handle in html
    assert patient.email not in html


def test_detail_of_a_suspended_doctor_shows_no_badge(client, answer, doctor):
    doctor.status = doctor.Status.SUSPENDED
    doctor.save()
    html = client.get(answer.question.get_absolute_url()).text
    assert doctor.display_name in html
    assert "licence checked" not in html


def test_detail_has_canonical_open_graph_and_qapage_json_ld(client, answer):
    question = answer.question
    response = client.get(question.get_absolute_url())
    html = response.text
    canonical = f"http://testserver{question.get_absolute_url()}"
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert f'<meta property="og:url" content="{canonical}">' in html
    assert '<meta property="og:title" content="How long does swelling last after Botox?">' in html
    match = re.search(r'<script type="application/ld\+json" nonce="([^"]+)">(.*?)</script>', html, re.S)
    assert match, "JSON-LD script with a nonce"
    assert match.group(1) in response.headers["Content-Security-Policy"]
    data = json.loads(match.group(2))
    assert data["@type"] == "QAPage"
    assert data["mainEntity"]["name"] == question.title
    assert data["mainEntity"]["answerCount"] == 1
    assert data["mainEntity"]["suggestedAnswer"][0]["author"]["name"] == "Dr. Ana Ruiz"
    assert data["mainEntity"]["author"]["name"] == question.author.handle


def test_json_ld_cannot_break_out_of_its_script(client, patient, treatment):
    question = question_create(
        author=patient,
        title="Is </script><script>alert(1)</script> safe?",
        body=BODY + " </script><b>bold</b>",
        treatments=[treatment],
    )
    html = client.get(question.get_absolute_url()).text
    assert "<script>alert(1)" not in html
    assert "<b>bold</b>" not in html


def test_links_in_bodies_are_clickable_but_nofollow_and_markup_is_escaped(client, patient, treatment):
    question = question_create(
        author=patient,
        title="Is this clinic's advice right for me?",
        body="They sent me https://example.com/advice and said <img src=x onerror=alert(1)> was fine.\n\nWhat now?",
        treatments=[treatment],
    )
    html = client.get(question.get_absolute_url()).text
    assert '<a href="https://example.com/advice" rel="nofollow ugc noopener noreferrer">' in html
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<p>What now?</p>" in html


def test_hidden_question_is_404_for_the_public_and_bannered_for_moderators(
    client, client_as, question, moderator, patient
):
    content_hide(actor=moderator, target=question, reason="Personal details")
    assert client.get(question.get_absolute_url()).status_code == 404
    assert client_as(patient).get(question.get_absolute_url()).status_code == 404
    response = client_as(moderator).get(question.get_absolute_url())
    assert response.status_code == 200
    assert "Hidden from the public" in response.text
    assert "Personal details" in response.text


def test_hidden_answers_are_not_shown_to_the_public(client, answer, moderator):
    content_hide(actor=moderator, target=answer, reason="Advertising")
    html = client.get(answer.question.get_absolute_url()).text
    assert f'id="answer-{answer.pk}"' not in html
    assert "No answers yet" in html


def test_related_questions_share_a_treatment(client, question, patient, treatment, filler):
    related = question_create(
        author=patient, title="Does Botox wear off faster with exercise?", body=BODY, treatments=[treatment]
    )
    unrelated = question_create(
        author=patient, title="Is lip filler worth it at fifty?", body=BODY, treatments=[filler]
    )
    html = client.get(question.get_absolute_url()).text
    aside = html[html.index('id="related-heading"') :]
    assert related.title in aside and unrelated.title not in aside


def test_answer_form_shown_only_to_verified_doctors(client_as, client, question, doctor, pending_doctor, patient):
    assert 'name="body"' in client_as(doctor.user).get(question.get_absolute_url()).text
    assert (
        "Your doctor application is still being reviewed"
        in client_as(pending_doctor.user).get(question.get_absolute_url()).text
    )
    for visitor in (client, client_as(patient)):
        html = visitor.get(question.get_absolute_url()).text
        assert 'name="body"' not in html
        assert "Only doctors whose licence our moderators have verified" in html


def test_answer_with_too_short_text_keeps_what_was_typed(client_as, question, doctor):
    response = client_as(doctor.user).post(
        reverse("questions:answer_new", args=[question.pk, question.slug]), {"body": "Too short to help."}
    )
    assert response.status_code == 200
    assert "Answers need at least 50 characters" in response.text
    assert "Too short to help." in response.text
    assert not Answer.objects.exists()


def test_edit_keeps_the_previous_text_for_moderators(client_as, answer, doctor):
    client = client_as(doctor.user)
    response = client.post(reverse("questions:answer_edit", args=[answer.pk]), {"body": ANSWER + " Updated advice."})
    assert response.status_code == 302
    assert answer.revisions.get().body == ANSWER
    assert "edited" in client.get(answer.question.get_absolute_url()).text


# Helpful votes and thanks ---------------------------------------------------------------------


def test_helpful_vote_with_htmx_returns_the_fragment(client_as, answer, patient, doctor):
    client = client_as(patient)
    url = reverse("questions:answer_helpful", args=[answer.pk])
    response = client.post(url, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.text
    assert 'aria-pressed="true"' in response.text
    assert "1 person finds this helpful" in response.text
    assert HelpfulVote.objects.filter(answer=answer, user=patient).exists()
    doctor.refresh_from_db()
    assert doctor.helpful_vote_count == 1

    undone = client.post(url, headers={"HX-Request": "true"})
    assert 'aria-pressed="false"' in undone.text
    assert "0 people find this helpful" in undone.text


def test_helpful_vote_without_javascript_redirects_back_to_the_answer(client_as, answer, patient):
    response = client_as(patient).post(reverse("questions:answer_helpful", args=[answer.pk]))
    assert response.status_code == 302
    assert response["Location"] == answer.get_absolute_url()
    html = client_as(patient).get(answer.question.get_absolute_url()).text
    assert 'aria-pressed="true"' in html


def test_the_asker_thanks_with_htmx(client_as, answer, patient):
    response = client_as(patient).post(
        reverse("questions:answer_thank", args=[answer.pk]), headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert "You thanked Dr. Ana Ruiz" in response.text


def test_unknown_answers_are_404(client_as, patient):
    assert client_as(patient).post(reverse("questions:answer_helpful", args=[999999])).status_code == 404


# Search ---------------------------------------------------------------------------------------


def test_search_finds_words_in_titles_details_and_answers(client, question, answer, patient, filler):
    other = question_create(author=patient, title="Is lip filler worth it at fifty?", body=BODY, treatments=[filler])
    by_title = client.get(reverse("core:search"), {"q": "botox"}).text
    assert question.title.replace("Botox", "<mark>Botox</mark>") in by_title
    assert other.title not in by_title
    by_answer = client.get(reverse("core:search"), {"q": "injector"}).text
    assert question.get_absolute_url() in by_answer
    assert "1 question match" in by_answer


# A NUL byte in the address never reaches the search: the site answers 400 first (tests/core/test_malformed_input.py).
@pytest.mark.parametrize("query", ["", "   ", "!!!", "the and of", "%", "_", "'\"", "a" * 1000])
def test_empty_and_junk_searches_answer_calmly(client, question, query):
    response = client.get(reverse("core:search"), {"q": query})
    assert response.status_code == 200
    assert 'id="search-q"' in response.text


def test_search_snippets_escape_everything_but_the_highlight(client, patient, treatment):
    question_create(
        author=patient,
        title="Is <b>bold</b> Botox safe for me?",
        body="My clinic wrote <script>alert('x')</script> next to the word botox on my aftercare sheet today.",
        treatments=[treatment],
    )
    html = client.get(reverse("core:search"), {"q": "botox"}).text
    assert "<script>alert" not in html
    assert "<b>bold</b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "<mark>Botox</mark>" in html or "<mark>botox</mark>" in html


def test_search_paginates(client, treatment):
    QuestionFactory.create_batch(23, treatments=[treatment], title="Does swelling last long after treatment?")
    html = client.get(reverse("core:search"), {"q": "swelling"}).text
    assert "23 questions match" in html
    assert "Page 1 of 2" in html
    assert "q=swelling&amp;page=2" in html


def test_a_capped_search_shows_the_best_results_and_says_so(client, treatment, monkeypatch):
    monkeypatch.setattr("questions.search.SEARCH_LIMIT", 3)
    QuestionFactory.create_batch(5, treatments=[treatment], title="Does swelling last long after treatment?")
    best = QuestionFactory(treatments=[treatment], title="Swelling, swelling: is this zygomatic swelling normal?")
    best.helpful_count = 50
    best.save(update_fields=["helpful_count"])
    html = client.get(reverse("core:search"), {"q": "swelling"}).text
    assert "3+ questions match" in html
    assert best.get_absolute_url() in html
    rare = client.get(reverse("core:search"), {"q": "zygomatic"}).text
    assert "1 question match" in rare


def test_hidden_questions_and_answers_are_not_searched(client, answer, moderator):
    content_hide(actor=moderator, target=answer, reason="Spam")
    assert "No question matches" in client.get(reverse("core:search"), {"q": "injector"}).text


# Sitemap and home -----------------------------------------------------------------------------


def test_sitemap_lists_published_questions_only(client, question, patient, treatment, moderator):
    hidden = question_create(
        author=patient, title="Is this question going to be hidden?", body=BODY, treatments=[treatment]
    )
    content_hide(actor=moderator, target=hidden, reason="Spam")
    xml = client.get("/sitemap.xml").text
    assert question.get_absolute_url() in xml
    assert hidden.get_absolute_url() not in xml


def test_home_lists_recent_questions(client, question):
    assert question.title in client.get("/").text


def test_another_doctor_sees_the_form_after_one_answered(client_as, answer):
    other = DoctorProfileFactory()
    assert 'name="body"' in client_as(other.user).get(answer.question.get_absolute_url()).text


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stored search vectors are PostgreSQL's")
def test_stored_search_vectors_follow_the_text(patient, treatment, answer, doctor):
    from django.db.models import F, TextField
    from django.db.models.functions import Cast

    from questions.search import answer_vector, question_search, question_vector

    def as_text(expression):
        return Cast(expression, TextField())

    question = answer.question
    question_create(author=patient, title="Is this other question about lasers?", body=BODY, treatments=[treatment])
    same = Question.objects.annotate(stored=as_text("search_vector"), expected=as_text(question_vector()))
    assert same.filter(stored=F("expected")).count() == Question.objects.count() == 2
    answers = Answer.objects.annotate(stored=as_text("search_vector"), expected=as_text(answer_vector()))
    assert answers.filter(stored=F("expected")).count() == 1

    answer_update(answer=answer, body=ANSWER + " Arnica may help a little.", editor=doctor.user)
    assert list(question_search(Question.objects.public(), "arnica")) == [question]
    Question.objects.filter(pk=question.pk).update(title="Is tattoo removal painful for most people?")
    assert list(question_search(Question.objects.public(), "tattoo")) == [question]
