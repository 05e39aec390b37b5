"""The site search: treatments (names, synonyms, close spellings), doctors, reviews and questions."""

import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from moderation.services import content_hide
from pages.search import site_search
from questions.models import Question
from questions.search import question_similar
from questions.services import answer_create
from tests.factories import DoctorProfileFactory, QuestionFactory, ReviewFactory, TreatmentFactory
from treatments.models import Treatment, treatments_named_in

pytestmark = pytest.mark.django_db

ANSWER = "In my practice most patients see this settle within two weeks; ice and time help the most."


@pytest.fixture
def botox(db):
    return TreatmentFactory(name="Botox", slug="botox", synonyms="tox, neurotoxin, dysport, wrinkle relaxer")


@pytest.fixture
def eyelids(db):
    return TreatmentFactory(name="Blepharoplasty", slug="blepharoplasty", synonyms="eyelid surgery", category="surgery")


def _search(client, q: str, **params) -> str:
    response = client.get(reverse("core:search"), {"q": q, **params})
    assert response.status_code == 200
    return response.text


def _section(html: str, kind: str) -> str:
    match = re.search(rf'<section id="results-{kind}".*?</section>', html, re.S)
    assert match, f"no {kind} section"
    return match.group()


def test_a_treatment_name_leads_with_its_hub_and_finds_questions_tagged_with_it(client, botox, eyelids):
    tagged = QuestionFactory(treatments=[botox], title="Will my frown lines come back after three months?")
    other = QuestionFactory(treatments=[eyelids], title="How long is the recovery from eyelid surgery?")
    html = _search(client, "botox")
    lead = re.search(r'class="card mb-2 search-lead".*?</div>\s*</div>', html, re.S).group()
    assert 'href="/treatments/botox/"' in lead
    assert html.index("search-lead") < html.index('id="results-questions"')
    questions = _section(html, "questions")
    assert tagged.get_absolute_url() in questions
    assert other.get_absolute_url() not in questions
    assert "Questions (1)" in html


@pytest.mark.parametrize("q", ["tox", "Dysport", "wrinkle relaxer", "botx", "BOTOX"])
def test_synonyms_and_close_spellings_lead_to_the_treatment(client, botox, eyelids, q):
    html = _search(client, q)
    assert re.search(r'search-lead.*?href="/treatments/botox/"', html, re.S)
    assert "/treatments/blepharoplasty/" not in html


def test_the_rest_of_the_query_narrows_the_tagged_questions(client, botox):
    cost = QuestionFactory(treatments=[botox], title="What does a full forehead usually cost?")
    bruise = QuestionFactory(treatments=[botox], title="Is bruising at the injection site normal?")
    questions = _section(_search(client, "botox cost"), "questions")
    assert cost.get_absolute_url() in questions
    assert bruise.get_absolute_url() not in questions


def test_questions_tagged_with_the_treatment_come_before_those_that_only_mention_it(client, botox, eyelids):
    mention = QuestionFactory(treatments=[eyelids], title="Can I have Botox and eyelid surgery the same month?")
    mention.helpful_count = 99
    mention.save(update_fields=["helpful_count"])
    tagged = QuestionFactory(treatments=[botox], title="Will my frown lines come back after three months?")
    questions = _section(_search(client, "botox"), "questions")
    assert questions.index(tagged.get_absolute_url()) < questions.index(mention.get_absolute_url())


def test_doctors_are_found_by_name_specialty_and_city(client, doctor):
    other = DoctorProfileFactory(
        full_name="Lee Park", slug="lee-park", city="Denver", region="CO", specialty="plastic_surgery"
    )
    by_name = _section(_search(client, "ruiz"), "doctors")
    assert doctor.get_absolute_url() in by_name and other.get_absolute_url() not in by_name
    by_specialty = _section(_search(client, "plastic surgeon"), "doctors")
    assert other.get_absolute_url() in by_specialty and doctor.get_absolute_url() not in by_specialty
    by_city = _section(_search(client, "dermatologist austin"), "doctors")
    assert doctor.get_absolute_url() in by_city and other.get_absolute_url() not in by_city
    assert "Doctors (1)" in by_city


def test_a_treatment_search_lists_the_doctors_who_treat_it(client, botox, doctor):
    answer_create(doctor=doctor, question=QuestionFactory(treatments=[botox]), body=ANSWER)
    bystander = DoctorProfileFactory()
    doctors = _section(_search(client, "botox"), "doctors")
    assert doctor.get_absolute_url() in doctors
    assert bystander.get_absolute_url() not in doctors
    assert "?treatment=botox" in doctors


def test_reviews_are_found_by_treatment_and_by_their_words(client, botox, eyelids):
    about = ReviewFactory(treatment=botox, title="Softer lines, natural look")
    words = ReviewFactory(treatment=eyelids, title="Worth every penny", story="I also had Botox later. " * 5)
    unrelated = ReviewFactory(treatment=eyelids, title="Lids lifted nicely")
    reviews = _section(_search(client, "botox"), "reviews")
    assert about.get_absolute_url() in reviews
    assert words.get_absolute_url() in reviews
    assert unrelated.get_absolute_url() not in reviews
    assert "Reviews (2)" in reviews


def test_hidden_reviews_and_doctors_are_not_found(client, botox, doctor, moderator):
    review = ReviewFactory(treatment=botox, title="Softer lines, natural look")
    content_hide(actor=moderator, target=review, reason="Spam")
    content_hide(actor=moderator, target=doctor, reason="Spam")
    html = _search(client, "botox ruiz")
    assert review.get_absolute_url() not in html
    assert doctor.get_absolute_url() not in html


def test_results_are_grouped_by_kind_with_counts(client, botox, doctor):
    QuestionFactory.create_batch(3, treatments=[botox])
    ReviewFactory(treatment=botox)
    html = _search(client, "botox")
    kinds = re.search(r'<nav aria-label="Results by kind".*?</nav>', html, re.S).group()
    counts = dict(re.findall(r'href="#results-(\w+)">\w+ <span class="badge[^"]*">(\d+\+?)</span>', kinds))
    assert counts == {"treatments": "1", "doctors": "0", "reviews": "1", "questions": "3"}


def test_the_navigation_box_searches_everything(client, botox):
    home = client.get(reverse("core:home")).text
    form = re.search(r'<form[^>]*role="search"[^>]*>.*?</form>', home, re.S).group()
    assert f'action="{reverse("core:search")}"' in form
    assert 'placeholder="Search treatments, doctors, questions"' in form
    assert re.search(r'<label[^>]*for="nav-search">Search treatments, doctors, questions</label>', form)


def test_junk_queries_search_nothing_and_cost_no_query(client, botox):
    with CaptureQueriesContext(connection) as queries:
        found = site_search("!!!")
    assert not found.searched and len(queries) == 0


def test_search_page_same_queries_for_few_and_many_results(client, botox, eyelids, doctor, settings):
    settings.PAGE_CACHE_SECONDS = 0

    def count(q: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            _search(client, q)
        return len(queries)

    QuestionFactory(treatments=[botox], title="Does swelling after Botox go down?")
    ReviewFactory(treatment=botox, story="Some swelling for a day. " * 5)
    queries = ["botox swelling", "swelling austin", "botox"]
    [count(q) for q in queries]  # the catalogue and the hub's doctors, cached from then on
    few = [count(q) for q in queries]
    for i in range(25):
        question = QuestionFactory(treatments=[botox, eyelids], title=f"Is swelling number {i} normal?")
        answer_create(doctor=doctor, question=question, body=ANSWER)
        ReviewFactory(treatment=botox, story=f"Swelling for {i} days, then fine. " * 4)
        DoctorProfileFactory(city="Austin")
    [count(q) for q in queries]
    many = [count(q) for q in queries]
    assert few == many
    assert max(many) <= 10


# Treatments named in a query -------------------------------------------------------------------


def test_treatments_named_in_a_query_and_what_is_left(botox, eyelids):
    masseter = TreatmentFactory(name="Masseter Botox", slug="masseter-botox")
    assert treatments_named_in("masseter botox price") == ([masseter, botox], "price")
    assert treatments_named_in("Eyelid surgery recovery?") == ([eyelids], "recovery")
    assert treatments_named_in("swelling") == ([], "swelling")
    assert treatments_named_in("blefaroplasty")[0] == [eyelids]


def test_the_demo_catalogue_gets_its_synonyms(db):
    from core.demo import DemoContext
    from treatments import synonyms

    TreatmentFactory(name="Botox", slug="botox")
    synonyms.seed(DemoContext(questions=0, out=io.StringIO()))
    assert "tox" in Treatment.objects.get(slug="botox").synonym_list


# Similar questions on the ask form -------------------------------------------------------------


def test_similar_questions_offer_the_same_treatment_first(botox, eyelids):
    eyelid = QuestionFactory(treatments=[eyelids], title="Is eyelid surgery safe while breastfeeding?")
    eyelid.answer_count = 9
    eyelid.save(update_fields=["answer_count"])
    same = QuestionFactory(treatments=[botox], title="Are injections safe before a wedding?")
    similar = list(question_similar(Question.objects.public(), "Is Botox safe while breastfeeding?"))
    assert similar[0] == same
    assert eyelid in similar


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm is PostgreSQL's")
def test_a_doctors_name_spelt_a_little_differently_is_found_on_postgresql(client, doctor):
    other = DoctorProfileFactory(full_name="Lee Park", slug="lee-park")
    doctors = _section(_search(client, "dr ruis"), "doctors")
    assert doctor.get_absolute_url() in doctors
    assert other.get_absolute_url() not in doctors


def test_a_treatment_with_other_words_lists_who_the_words_fit_then_who_treats_it(client, botox, doctor):
    answer_create(doctor=doctor, question=QuestionFactory(treatments=[botox]), body=ANSWER)
    denver = DoctorProfileFactory(full_name="Lee Park", slug="lee-park", city="Denver", region="CO")
    bystander = DoctorProfileFactory(full_name="Kim Stone", slug="kim-stone", city="Boston", region="MA")
    by_city = _section(_search(client, "botox denver"), "doctors")
    assert by_city.index(denver.get_absolute_url()) < by_city.index(doctor.get_absolute_url())
    assert bystander.get_absolute_url() not in by_city
    by_cost = _section(_search(client, "botox cost"), "doctors")
    assert doctor.get_absolute_url() in by_cost
    assert "Doctors (1)" in by_cost


def test_a_search_is_kept_until_what_it_searches_changes(client, botox, patient, moderator, settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request renders: what is kept is the search's result
    question = QuestionFactory(title="Does swelling after Botox go down on its own?", treatments=[botox])
    assert question.get_absolute_url() in _search(client, "swelling")
    with CaptureQueriesContext(connection) as queries:
        assert question.get_absolute_url() in _search(client, "swelling")
    assert [q["sql"] for q in queries] == []
    newer = QuestionFactory(title="Swelling under the eyes after filler", treatments=[botox])
    page = _search(client, "swelling")
    assert newer.get_absolute_url() in page
    assert question.get_absolute_url() in page
    content_hide(actor=moderator, target=question, reason="Duplicate")
    assert question.get_absolute_url() not in _search(client, "swelling")
    # Another page of the same search is its own: a junk page number falls back to the first.
    assert newer.get_absolute_url() in _search(client, "swelling", page="x")
