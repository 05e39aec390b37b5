import pytest
from django.urls import reverse

from moderation.models import ModerationLog
from questions.models import Answer, AnswerRevision, DisclaimerVersion
from questions.services import answer_update

from .conftest import ANSWER

pytestmark = pytest.mark.django_db

NEW_TEXT = "What {doctor} writes here is general information, not a diagnosis; see a clinician in person."


def test_changing_the_current_disclaimer_publishes_a_new_version(client_as, admin_user, answer):
    v1 = DisclaimerVersion.objects.get(number=1)
    url = reverse("admin:questions_disclaimerversion_change", args=[v1.pk])
    response = client_as(admin_user).post(url, {"text": NEW_TEXT})
    assert response.status_code == 302
    v1.refresh_from_db()
    assert "{doctor}" in v1.text and v1.text != NEW_TEXT
    v2 = DisclaimerVersion.objects.current()
    assert (v2.number, v2.text, v2.created_by) == (2, NEW_TEXT, admin_user)
    answer.refresh_from_db()
    assert answer.disclaimer == v1
    assert ModerationLog.objects.filter(action=ModerationLog.Action.DISCLAIMER_CHANGE).count() == 1


def test_adding_a_disclaimer_version_numbers_it(client_as, admin_user):
    response = client_as(admin_user).post(reverse("admin:questions_disclaimerversion_add"), {"text": NEW_TEXT})
    assert response.status_code == 302
    assert DisclaimerVersion.objects.current().number == 2


def test_a_version_without_the_doctor_placeholder_gets_a_form_error(client_as, admin_user):
    response = client_as(admin_user).post(reverse("admin:questions_disclaimerversion_add"), {"text": "No name."})
    assert response.status_code == 200
    assert "must contain {doctor}" in response.text
    assert DisclaimerVersion.objects.count() == 1


def test_old_versions_are_read_only(client_as, admin_user):
    v1 = DisclaimerVersion.objects.get(number=1)
    client = client_as(admin_user)
    client.post(reverse("admin:questions_disclaimerversion_add"), {"text": NEW_TEXT})
    url = reverse("admin:questions_disclaimerversion_change", args=[v1.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="text"' not in page.text
    assert client.post(url, {"text": "Changed {doctor}"}).status_code == 403
    assert DisclaimerVersion.objects.count() == 2


def test_deleting_a_referenced_version_shows_a_clean_message(client_as, admin_user, answer):
    url = reverse("admin:questions_disclaimerversion_delete", args=[answer.disclaimer_id])
    response = client_as(admin_user).post(url, {"post": "yes"})
    assert response.status_code == 200
    assert "would require deleting the following protected related objects" in response.text
    assert DisclaimerVersion.objects.filter(pk=answer.disclaimer_id).exists()


def test_admin_refuses_an_answer_without_disclaimer_with_a_form_error(client_as, admin_user, question, doctor):
    data = {"question": question.pk, "doctor": doctor.pk, "body": ANSWER, "disclaimer": ""}
    data.update({"revisions-TOTAL_FORMS": "0", "revisions-INITIAL_FORMS": "0"})
    response = client_as(admin_user).post(reverse("admin:questions_answer_add"), data)
    assert response.status_code == 200
    assert "This field is required." in response.text
    assert not Answer.objects.exists()


def test_admin_refuses_an_old_disclaimer_version_on_a_new_answer(client_as, admin_user, question, doctor):
    client = client_as(admin_user)
    client.post(reverse("admin:questions_disclaimerversion_add"), {"text": NEW_TEXT})
    old = DisclaimerVersion.objects.get(number=1)
    data = {"question": question.pk, "doctor": doctor.pk, "body": ANSWER, "disclaimer": old.pk}
    data.update({"revisions-TOTAL_FORMS": "0", "revisions-INITIAL_FORMS": "0"})
    response = client.post(reverse("admin:questions_answer_add"), data)
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert not Answer.objects.exists()


def test_admin_adds_an_answer_through_the_service(client_as, admin_user, question, doctor):
    data = {
        "question": question.pk,
        "doctor": doctor.pk,
        "body": ANSWER,
        "disclaimer": DisclaimerVersion.objects.current().pk,
    }
    data.update({"revisions-TOTAL_FORMS": "0", "revisions-INITIAL_FORMS": "0"})
    response = client_as(admin_user).post(reverse("admin:questions_answer_add"), data)
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.answer_count == 1


def test_answer_admin_shows_the_disclaimer_and_earlier_texts(client_as, admin_user, answer, doctor):
    answer_update(answer=answer, body=ANSWER + " A later addition.", editor=doctor.user)
    html = client_as(admin_user).get(reverse("admin:questions_answer_change", args=[answer.pk])).text
    assert answer.disclaimer_text.replace("'", "&#x27;") in html
    assert "(version 1)" in html
    assert "Earlier texts" in html
    assert ANSWER.replace("'", "&#x27;") in html


def test_a_moderator_edit_in_the_admin_keeps_a_revision(client_as, admin_user, answer):
    data = {"body": ANSWER + " Phone number removed by a moderator."}
    data.update({"revisions-TOTAL_FORMS": "1", "revisions-INITIAL_FORMS": "0"})
    response = client_as(admin_user).post(reverse("admin:questions_answer_change", args=[answer.pk]), data)
    assert response.status_code == 302, response.text[:2000]
    assert AnswerRevision.objects.get(answer=answer).body == ANSWER
    assert ModerationLog.objects.filter(action=ModerationLog.Action.EDIT).count() == 1


@pytest.mark.parametrize("name", ["question", "answer", "disclaimerversion"])
def test_changelists_render(client_as, admin_user, answer, name):
    response = client_as(admin_user).get(reverse(f"admin:questions_{name}_changelist"), {"q": "swelling"})
    assert response.status_code == 200


def test_question_admin_change_page(client_as, admin_user, answer):
    response = client_as(admin_user).get(reverse("admin:questions_question_change", args=[answer.question_id]))
    assert response.status_code == 200
    assert "Dr. Ana Ruiz" in response.text


@pytest.mark.parametrize(
    "text",
    [
        "{doctor}",
        "   {doctor}   ",
        "{doctor}: {doctor}, {doctor}!",
        "{doctor}" + " " * 60 + ".",
        "Ask {doctor}.\n\n\t\n",
    ],
)
def test_a_version_that_is_only_the_doctors_name_gets_a_form_error(client_as, admin_user, text):
    response = client_as(admin_user).post(reverse("admin:questions_disclaimerversion_add"), {"text": text})
    assert response.status_code == 200
    assert "A disclaimer needs at least 40 characters of text besides {doctor}" in response.text
    assert DisclaimerVersion.objects.count() == 1


def test_changing_the_current_version_to_only_the_name_gets_a_form_error(client_as, admin_user):
    v1 = DisclaimerVersion.objects.get(number=1)
    url = reverse("admin:questions_disclaimerversion_change", args=[v1.pk])
    response = client_as(admin_user).post(url, {"text": "{doctor}"})
    assert response.status_code == 200
    assert "A disclaimer needs at least 40 characters" in response.text
    assert DisclaimerVersion.objects.count() == 1


def _answer_add_data(question, doctor) -> dict:
    return {
        "question": question.pk,
        "doctor": doctor.pk,
        "body": ANSWER,
        "disclaimer": DisclaimerVersion.objects.current().pk,
        "revisions-TOTAL_FORMS": "0",
        "revisions-INITIAL_FORMS": "0",
    }


def test_the_admin_cannot_add_an_answer_for_a_hidden_doctor(client_as, admin_user, moderator, question, doctor):
    from moderation.services import content_hide

    content_hide(actor=moderator, target=doctor, reason="Under review")
    response = client_as(admin_user).post(reverse("admin:questions_answer_add"), _answer_add_data(question, doctor))
    assert response.status_code == 200
    assert "Your profile is hidden by a moderator, so you can&#x27;t answer questions" in response.text
    assert not Answer.objects.exists()


def test_the_admin_cannot_add_an_answer_for_a_suspended_doctor(client_as, admin_user, question, suspended_doctor):
    data = _answer_add_data(question, suspended_doctor)
    response = client_as(admin_user).post(reverse("admin:questions_answer_add"), data)
    assert response.status_code == 200
    assert "Your verification is suspended" in response.text
    assert not Answer.objects.exists()


def test_a_doctor_on_staff_cannot_edit_their_answer_in_the_admin_once_hidden(client_as, moderator, answer, doctor):
    from django.contrib.auth.models import Group

    from moderation.services import content_hide

    user = doctor.user
    user.is_staff = True
    user.save()
    user.groups.add(*Group.objects.filter(name="Moderators"))
    content_hide(actor=moderator, target=doctor, reason="Under review")
    url = reverse("admin:questions_answer_change", args=[answer.pk])
    data = {"body": ANSWER + " Call my clinic.", "revisions-TOTAL_FORMS": "0", "revisions-INITIAL_FORMS": "0"}
    response = client_as(user).post(url, data)
    assert response.status_code == 200
    assert "Your profile is hidden by a moderator, so you can&#x27;t edit your answers" in response.text
    assert Answer.objects.get().body == ANSWER


def test_the_question_admin_chooses_treatments_from_the_catalogue(client_as, moderator, question, treatment):
    """A mistyped name made a new treatment (with a public hub) through taggit's text field; the admin offers the
    catalogue's treatments, refuses anything else, and a change reaches the question's pages."""
    from tests.factories import TreatmentFactory
    from treatments.models import Treatment

    fillers = TreatmentFactory(name="Lip fillers", slug="lip-fillers")
    url = reverse("admin:questions_question_change", args=[question.pk])
    page = client_as(moderator).get(url)
    assert page.status_code == 200
    assert f'<option value="{treatment.pk}" selected>Botox</option>' in page.text
    data = {"title": question.title, "body": question.body, "age_range": question.age_range, "city": question.city}
    data.update({"answers-TOTAL_FORMS": "0", "answers-INITIAL_FORMS": "0"})
    treatments_before = Treatment.objects.count()
    for value in ["Botoxx", "99999999999999999999", "-99999999999999999999", "-1"]:
        refused = client_as(moderator).post(url, {**data, "treatments": [value]})
        assert refused.status_code == 200 and "errornote" in refused.text, value
    refused = client_as(moderator).post(url, {**data, "treatments": ["\x00"]})  # "" once core.middleware removed NUL
    assert refused.status_code == 200 and "errornote" in refused.text
    assert Treatment.objects.count() == treatments_before
    saved = client_as(moderator).post(url, {**data, "treatments": [str(fillers.pk)]})
    assert saved.status_code == 302, saved.text[:2000]
    assert list(question.treatments.all()) == [fillers]
    assert "Lip fillers" in client_as(moderator).get(question.get_absolute_url()).text
