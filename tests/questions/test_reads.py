"""The question page's rows are kept until they change (questions.reads): a page rendered without the page
cache reads none of them again, and shows every change the moment it is made, whichever service made it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moderation.services import content_hide, content_restore
from questions.services import answer_create, answer_helpful_toggle, answer_thank, disclaimer_version_create
from tests.factories import DoctorProfileFactory

from .conftest import ANSWER

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request renders: what is kept is the rows, not the page


def _page(client, question) -> str:
    response = client.get(question.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_render_reads_no_rows(client, answer):
    _page(client, answer.question)
    with CaptureQueriesContext(connection) as queries:
        page = _page(client, answer.question)
    assert answer.doctor.display_name in page
    assert [q["sql"] for q in queries] == []


def test_a_new_answer_a_vote_and_thanks_show_at_once(client, answer, patient, other_patient):
    question = answer.question
    _page(client, question)
    second = answer_create(doctor=DoctorProfileFactory(full_name="Lena Okafor"), question=question, body=ANSWER)
    assert "Lena Okafor" in _page(client, question)
    answer_helpful_toggle(answer=second, user=other_patient)
    assert "1 person finds this helpful" in _page(client, question)
    answer_thank(answer=second, user=patient)
    assert "The patient thanked" in _page(client, question)


def test_hidden_content_leaves_the_public_page_and_moderators_still_see_it(client, client_as, answer, moderator):
    question = answer.question
    _page(client, question)
    content_hide(actor=moderator, target=answer, reason="Advertising")
    assert answer.doctor.display_name not in _page(client, question)
    as_moderator = client_as(moderator)
    assert "Hidden from the public" in _page(as_moderator, question)
    content_restore(actor=moderator, target=answer, reason="Appeal upheld")
    assert answer.doctor.display_name in _page(client, question)
    content_hide(actor=moderator, target=question, reason="Off topic")
    assert client.get(question.get_absolute_url()).status_code == 404
    assert "Hidden from the public" in _page(as_moderator, question)


def test_a_doctors_new_name_and_a_new_disclaimer_show_at_once(client, answer, moderator):
    question = answer.question
    _page(client, question)
    doctor = answer.doctor
    doctor.full_name = "Ana Ruiz-Moreno"
    doctor.save()
    assert "Ana Ruiz-Moreno" in _page(client, question)
    disclaimer_version_create(
        text="What {doctor} writes here is general education about treatments, never medical advice for you.",
        created_by=moderator,
    )
    assert "never medical advice for you" not in _page(client, question)
    # The answer keeps the version it was published with; a new answer gets the new one.
    second = answer_create(doctor=DoctorProfileFactory(), question=question, body=ANSWER)
    assert second.disclaimer.number == 2
    assert "never medical advice for you" in _page(client, question)


def test_related_questions_share_the_treatment_and_the_closest_in_words_come_first(client, patient, treatment):
    """Among questions about the same treatment, one that asks the same thing leads even when others are
    more helpful; a question about another treatment is never offered, however close its words."""
    from questions.models import Question
    from questions.services import question_create
    from tests.factories import QuestionFactory, TreatmentFactory

    asked = question_create(
        author=patient,
        title="Does Botox hurt for the forehead?",
        body="I am scared of needles and want to know how painful forehead injections are.",
        treatments=[treatment],
    )
    helpful = [QuestionFactory(title=f"Botox for a gummy smile, option {n}", treatments=[treatment]) for n in range(6)]
    Question.objects.filter(pk__in=[q.pk for q in helpful]).update(helpful_count=50)
    close = QuestionFactory(title="How much do forehead Botox injections hurt?", treatments=[treatment])
    elsewhere = QuestionFactory(
        title="Does eyelid surgery hurt for the forehead?", treatments=[TreatmentFactory(name="Eyelid surgery")]
    )
    page = _page(client, asked)
    related = page.split('class="list-unstyled related-questions"')[1].split("</ul>")[0]
    assert related.index(close.title) < min(related.index(q.title) for q in helpful if q.title in related)
    assert elsewhere.title not in related
    assert related.count("<li") == 5


def test_related_questions_are_the_most_helpful_of_all_its_treatments_and_follow_new_questions(
    client, patient, treatment
):
    """Each treatment's most helpful questions are kept once for every question about it
    (questions.reads): a question about two treatments is offered the best of both lists, never itself,
    and a question asked afterwards is offered at once."""
    from questions.models import Question
    from questions.search import RELATED_CANDIDATES
    from questions.services import question_create
    from tests.factories import QuestionFactory, TreatmentFactory

    other_treatment = TreatmentFactory(name="Lip fillers")
    # Each treatment's list is full of weaker questions, so only a merge of both finds the best of each.
    for n in range(RELATED_CANDIDATES + 2):
        QuestionFactory(title=f"Zzz unrelated wording {n}", treatments=[treatment])
        QuestionFactory(title=f"Qqq unrelated wording {n}", treatments=[other_treatment])
    best_of_first = QuestionFactory(title="Yyy first best", treatments=[treatment])
    best_of_second = QuestionFactory(title="Xxx second best", treatments=[other_treatment])
    Question.objects.filter(pk__in=[best_of_first.pk, best_of_second.pk]).update(helpful_count=90)
    asked = question_create(
        author=patient,
        title="Fillers and Botox together in one visit?",
        body="Can I have both on the same day, or should I wait between them? Asking about safety.",
        treatments=[treatment, other_treatment],
    )
    Question.objects.filter(pk=asked.pk).update(helpful_count=99)  # the most helpful of both: never its own
    spanish = QuestionFactory(title="Fillers y Botox juntos en una visita", treatments=[treatment], language="es")
    Question.objects.filter(pk=spanish.pk).update(helpful_count=95)  # offered only when English ones run out

    def related() -> str:
        return _page(client, asked).split('class="list-unstyled related-questions"')[1].split("</ul>")[0]

    shown = related()
    assert best_of_first.title in shown and best_of_second.title in shown
    assert asked.title not in shown and spanish.title not in shown
    newest = question_create(
        author=patient,
        title="Fillers and Botox together in one visit, how long apart?",
        body="My injector offered both at once and I would like a second opinion on the timing please.",
        treatments=[other_treatment],
    )
    assert newest.title in related()  # the closest in words, though no one found it helpful yet


def _related(client, question) -> str:
    return _page(client, question).split('id="related-heading"')[1].split('class="ask-cta')[0]


def test_an_answer_rebuilds_only_the_related_questions_about_its_own_treatments(client, question, doctor, treatment):
    """Each treatment's most helpful questions, and a question's related questions, follow the questions
    about its own treatments: an answer to a question about another treatment reads none of them again
    (every answer used to rebuild every treatment's list), an answer to a related question shows its count."""
    from tests.factories import QuestionFactory, TreatmentFactory

    related = QuestionFactory(title="Does Botox hurt less with ice?", treatments=[treatment])
    elsewhere = QuestionFactory(title="How long do lip fillers last?", treatments=[TreatmentFactory(name="Fillers")])
    assert "0 answers" in _related(client, question)
    _related(client, elsewhere)  # its own treatment's list kept too
    answer_create(doctor=doctor, question=elsewhere, body=ANSWER)
    with CaptureQueriesContext(connection) as queries:
        shown = _related(client, question)
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert related.title in shown
    assert "taggit" not in read and "questiontreatment" not in read, read
    answer_create(doctor=doctor, question=related, body=ANSWER)
    assert "1 answer" in _related(client, question)


def test_a_question_that_leaves_a_treatment_or_is_deleted_leaves_its_related_questions(client, question, treatment):
    """What a question published before its treatments changed or it was deleted moves on too: its old
    treatment's lists no longer offer it (its relations are gone by the time the change announces itself)."""
    from tests.factories import QuestionFactory, TreatmentFactory

    fillers = TreatmentFactory(name="Fillers")
    moved = QuestionFactory(title="Does Botox hurt less with ice?", treatments=[treatment])
    deleted = QuestionFactory(title="Is Botox safe before a flight?", treatments=[treatment])
    shown = _related(client, question)
    assert moved.title in shown and deleted.title in shown
    moved.treatments.set([fillers])
    assert moved.title not in _related(client, question)
    deleted.delete()
    assert deleted.title not in _related(client, question)


def test_the_kept_rows_carry_what_the_page_shows_and_one_copy_of_each_disclaimer(client, answer):
    """What the cache keeps of a question page: of the asker and of each doctor only what the page shows (no
    e-mail address, real name or password hash, no licence number, address or biography in a shared cache), and
    each disclaimer version once however many answers carry it."""
    import pickle

    from django.contrib.auth.models import AnonymousUser
    from django.core.cache import cache

    from questions.reads import question_and_answers

    question = answer.question
    author = question.author
    author.full_name, author.email = "Margaret Private-Name", "margaret.private@example.com"
    author.save()
    doctor = answer.doctor
    doctor.licence_number, doctor.address, doctor.bio = "LIC-PRIVATE-77", "12 Private Lane", "A private biography"
    doctor.save()
    second = answer_create(doctor=DoctorProfileFactory(), question=question, body=ANSWER)
    assert second.disclaimer_id == answer.disclaimer_id
    page = _page(client, question)
    assert author.handle in page
    _generations, (found, answers) = cache.get(f"value:2:question-and-answers:{question.pk}")  # as kept
    stored = pickle.dumps((found, answers))
    assert b"Margaret" not in stored and b"margaret.private" not in stored and author.password.encode() not in stored
    assert b"LIC-PRIVATE" not in stored and b"Private Lane" not in stored and b"private biography" not in stored
    assert doctor.display_name in page
    assert (found, answers) == question_and_answers(question.pk, AnonymousUser())
    assert found.author.public_name == author.handle
    assert len(answers) == 2 and answers[0].disclaimer is answers[1].disclaimer
