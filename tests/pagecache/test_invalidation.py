"""Invalidation by what changed: a write re-renders the pages that show it and leaves the others cached.

Every change here goes through the real services or the admin; nothing calls the cache by hand.
"""

import pytest
from django.db import DataError, connection, transaction
from django.test import Client
from django.urls import reverse

from moderation.services import content_hide, content_restore
from photos import services as photo_services
from questions.services import answer_create, answer_helpful_toggle, question_create
from reviews.services import review_create
from tests import images
from tests.factories import DoctorProfileFactory, QuestionFactory, TreatmentFactory
from tests.pagecache.conftest import ANSWER, BODY
from tests.photos.conftest import consent_texts_version_1

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture(autouse=True)
def _page_cache_reported(settings):
    settings.PAGE_CACHE_REPORT = True


def _outcome(url: str, client: Client | None = None) -> tuple[str, str]:
    response = (client or Client()).get(url)
    assert response.status_code == 200, url
    return response["X-Page-Cache"], response.text


@pytest.fixture
def two_questions(patient, treatment):
    other_treatment = TreatmentFactory(name="Fillers", slug="fillers")
    first = question_create(author=patient, title="Uneven eyebrows after Botox?", body=BODY, treatments=[treatment])
    second = question_create(
        author=patient,
        title="Lumps after lip filler?",
        body=BODY.replace("Botox", "filler"),
        treatments=[other_treatment],
    )
    return first, second


def test_a_vote_re_renders_its_question_and_leaves_other_questions_cached(two_questions, doctor, other_patient):
    first, second = two_questions
    answer = answer_create(doctor=doctor, question=first, body=ANSWER)
    other_answer = answer_create(doctor=DoctorProfileFactory(), question=second, body=ANSWER)
    for url in (first.get_absolute_url(), second.get_absolute_url(), reverse("questions:list")):
        _outcome(url)
        assert _outcome(url)[0] == "hit"

    answer_helpful_toggle(answer=answer, user=other_patient)

    outcome, text = _outcome(first.get_absolute_url())
    assert outcome == "miss" and "1 person finds this helpful" in text
    assert _outcome(second.get_absolute_url())[0] == "hit"
    # The list quotes each question's most helpful answer, which a vote may change.
    assert _outcome(reverse("questions:list"))[0] == "miss"
    assert other_answer.pk  # untouched


def test_a_vote_re_renders_the_most_helpful_list(two_questions, doctor, other_patient):
    first, _ = two_questions
    answer = answer_create(doctor=doctor, question=first, body=ANSWER)
    url = reverse("questions:list") + "?sort=helpful"
    _outcome(url)
    answer_helpful_toggle(answer=answer, user=other_patient)
    assert _outcome(url)[0] == "miss"


def test_a_new_answer_re_renders_its_question_and_the_lists(two_questions):
    first, second = two_questions
    lena = DoctorProfileFactory(full_name="Lena Ortiz")  # a new doctor's byline moves "site": before the pages
    for url in (first.get_absolute_url(), second.get_absolute_url(), reverse("questions:list"), "/"):
        _outcome(url)

    answer_create(doctor=lena, question=first, body=ANSWER)

    outcome, text = _outcome(first.get_absolute_url())
    assert outcome == "miss" and "Lena Ortiz" in text
    assert _outcome(reverse("questions:list"))[0] == "miss"
    assert _outcome("/")[0] == "miss"
    assert _outcome(second.get_absolute_url())[0] == "hit"


def test_a_moderator_hide_and_restore_re_render_the_pages_showing_the_answer(two_questions, moderator):
    first, second = two_questions
    answer = answer_create(doctor=DoctorProfileFactory(full_name="Lena Ortiz"), question=first, body=ANSWER)
    url = first.get_absolute_url()
    assert "Lena Ortiz" in _outcome(url)[1]
    _outcome(second.get_absolute_url())
    assert _outcome(second.get_absolute_url())[0] == "hit"

    content_hide(actor=moderator, target=answer, reason="Advertising.")
    outcome, text = _outcome(url)
    assert outcome == "miss" and "Lena Ortiz" not in text
    assert _outcome(second.get_absolute_url())[0] == "hit"

    content_restore(actor=moderator, target=answer, reason="Checked again.")
    outcome, text = _outcome(url)
    assert outcome == "miss" and "Lena Ortiz" in text


def test_hiding_a_question_re_renders_the_lists_and_its_page(two_questions, moderator):
    first, _ = two_questions
    _outcome(reverse("questions:list"))
    content_hide(actor=moderator, target=first, reason="Spam.")
    outcome, text = _outcome(reverse("questions:list"))
    assert outcome == "miss" and first.title not in text
    assert Client().get(first.get_absolute_url()).status_code == 404


def test_an_admin_edit_re_renders_the_question_page(two_questions, client_as, admin_user):
    first, second = two_questions
    _outcome(first.get_absolute_url())
    _outcome(second.get_absolute_url())
    change = client_as(admin_user).get(reverse("admin:questions_question_change", args=[first.pk]))
    assert change.status_code == 200
    form = change.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update({"title": "Uneven eyebrows three weeks after Botox?"})
    data.update({"answers-TOTAL_FORMS": "0", "answers-INITIAL_FORMS": "0"})
    data = {k: v for k, v in data.items() if not isinstance(v, list)} | {
        k: v for k, v in data.items() if isinstance(v, list) and v
    }
    response = client_as(admin_user).post(reverse("admin:questions_question_change", args=[first.pk]), data)
    assert response.status_code == 302, [response.context["adminform"].form.errors, response.context.get("errors")]

    first.refresh_from_db()
    outcome, text = _outcome(first.get_absolute_url())
    assert outcome == "miss" and "three weeks after Botox" in text
    assert _outcome(second.get_absolute_url())[0] == "hit"


def test_a_new_review_re_renders_the_treatment_hub_and_the_review_list(patient, treatment):
    hub = reverse("treatments:detail", args=[treatment.slug])
    other_hub = reverse("treatments:detail", args=[TreatmentFactory(name="Peels", slug="peels").slug])
    for url in (hub, other_hub, reverse("reviews:list")):
        _outcome(url)
        assert _outcome(url)[0] == "hit"

    review_create(
        author=patient,
        incentive="nothing",
        relationship="none",
        treatment=treatment,
        verdict="worth_it",
        rating=5,
        treatment_date=__import__("datetime").date(2026, 1, 10),
        title="Brows sit evenly now",
        story="Three weeks in, my brows are even and the forehead lines are softer. Worth it for me. " * 2,
    )

    outcome, text = _outcome(hub)
    assert outcome == "miss" and "Brows sit evenly now" in text
    outcome, text = _outcome(reverse("reviews:list"))
    assert outcome == "miss" and "Brows sit evenly now" in text
    assert _outcome(other_hub)[0] == "hit"


def test_approving_a_photo_case_re_renders_the_treatment_hub(
    doctor,
    moderator,
    prepare,
    django_capture_on_commit_callbacks,
):
    consent_texts_version_1()
    botox = TreatmentFactory(name="Botox", slug="botox")
    hub = reverse("treatments:detail", args=[botox.slug])
    with django_capture_on_commit_callbacks(execute=True):
        case = photo_services.photo_case_create(
            uploader=doctor.user,
            before=prepare(images.jpeg_upload(seed=0)),
            after=prepare(images.jpeg_upload(seed=1)),
            treatments=[botox],
            caption="Forehead lines, 20 units, photographed at the same angle and light.",
            time_since_treatment="3_6_weeks",
            is_graphic=False,
            consent_given=True,
        )
    _outcome(hub)
    assert _outcome(hub)[0] == "hit"
    assert case.get_absolute_url() not in _outcome(hub)[1]

    photo_services.photo_case_approve(moderator=moderator, case=case)

    outcome, text = _outcome(hub)
    assert outcome == "miss" and case.get_absolute_url() in text


def test_a_page_is_never_served_stale_after_a_change_it_depends_on(two_questions, other_patient):
    """Each member page and anonymous page notices every kind of change to its own question."""
    first, _ = two_questions
    url = first.get_absolute_url()
    answer = answer_create(doctor=DoctorProfileFactory(), question=first, body=ANSWER)
    member = Client()
    member.force_login(other_patient)
    for step in range(3):
        _outcome(url)
        _outcome(url, member)
        answer_helpful_toggle(answer=answer, user=other_patient)
        expected = "1 person finds" if step % 2 == 0 else "0 people find"
        assert expected in _outcome(url)[1]
        assert expected in _outcome(url, member)[1]


def test_a_page_that_declares_nothing_follows_every_change(patient, treatment, settings):
    url = reverse("policies:contact")
    _outcome(url)
    assert _outcome(url)[0] == "hit"
    QuestionFactory(treatments=[treatment])
    assert _outcome(url)[0] == "miss"


def test_a_forged_mark_in_visitor_text_is_inert(patient, treatment, client_as, other_patient):
    """Text with a mark's shape (only reachable by writing to the database directly: requests holding NUL
    are refused) is never filled in, and the page holding it is rendered for each visitor, never stored."""
    forged = "\x00pagecache:member-handle::" + "0" * 24 + "\x00"
    if connection.vendor == "postgresql":
        # PostgreSQL's text can't hold NUL at all: the mark can't even be stored.
        with pytest.raises(DataError), transaction.atomic():
            QuestionFactory(title="A question about brows", body=BODY + forged, treatments=[treatment])
        return
    question = QuestionFactory(title="A question about brows", body=BODY + forged, treatments=[treatment])
    for client in (Client(), client_as(patient), client_as(other_patient)):
        response = client.get(question.get_absolute_url())
        assert response.status_code == 200
        assert patient.handle not in response.text.split("</nav>", 1)[-1]
        assert response.get("X-Page-Cache") in ("miss", None)
