import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.template import Context, Template
from django.test import RequestFactory

from moderation.models import Flag, ModerationLog
from moderation.permissions import check_can_flag
from moderation.services import FlagAlreadyOpen, flag_create, flags_resolve
from tests.factories import AnswerFactory, QuestionFactory, UserFactory
from tests.moderation.helpers import log_entries, open_flags, trusted_member

pytestmark = pytest.mark.django_db


def flag_url(obj) -> str:
    return f"/moderation/flag/{obj._meta.label_lower}/{obj.pk}/"


def test_a_person_has_one_open_flag_per_item(patient):
    answer = AnswerFactory()
    flag_create(reporter=patient, target=answer, reason=Flag.Reason.SPAM)
    with pytest.raises(FlagAlreadyOpen):
        flag_create(reporter=patient, target=answer, reason=Flag.Reason.MISINFORMATION)
    assert open_flags().count() == 1


def test_the_database_refuses_a_second_open_flag_from_the_same_person(patient):
    answer = AnswerFactory()
    first = flag_create(reporter=patient, target=answer, reason=Flag.Reason.SPAM)
    with pytest.raises(IntegrityError), transaction.atomic():
        Flag.objects.create(
            content_type=first.content_type, object_id=answer.pk, target_repr="x", reporter=patient, reason="spam"
        )


def test_after_resolution_the_same_person_may_flag_again(patient, moderator):
    answer = AnswerFactory()
    flag_create(reporter=patient, target=answer, reason=Flag.Reason.SPAM)
    flags_resolve(actor=moderator, target=answer, outcome=Flag.Outcome.KEPT)
    flag_create(reporter=patient, target=answer, reason=Flag.Reason.SPAM)
    assert Flag.objects.count() == 2


def test_other_needs_details(patient):
    answer = AnswerFactory()
    with pytest.raises(ValidationError):
        flag_create(reporter=patient, target=answer, reason=Flag.Reason.OTHER, details="  ")
    flag_create(reporter=patient, target=answer, reason=Flag.Reason.OTHER, details="Copied from a clinic's website")


def test_enough_flags_hide_an_item_automatically_pending_review(settings):
    settings.FLAG_AUTO_HIDE_THRESHOLD = 3
    answer = AnswerFactory()
    for _ in range(2):
        flag_create(reporter=trusted_member(), target=answer, reason=Flag.Reason.MISINFORMATION)
    answer.refresh_from_db()
    assert not answer.is_hidden
    flag_create(reporter=trusted_member(), target=answer, reason=Flag.Reason.MISINFORMATION)
    answer.refresh_from_db()
    assert answer.is_hidden
    assert "3 flags" in answer.hidden_reason
    # Hidden pending review: the flags stay open for a moderator, and the log says it was automatic.
    assert open_flags().count() == 3
    entry = log_entries().get()
    assert entry.action == ModerationLog.Action.AUTO_HIDE
    assert entry.actor is None


def test_resolving_with_hide_closes_every_open_flag_and_writes_one_entry(moderator):
    answer = AnswerFactory()
    for _ in range(2):
        flag_create(reporter=UserFactory(), target=answer, reason=Flag.Reason.SPAM)
    closed = flags_resolve(actor=moderator, target=answer, outcome=Flag.Outcome.HIDDEN, note="Clinic advert")
    assert closed == 2
    answer.refresh_from_db()
    assert answer.is_hidden
    assert answer.hidden_reason == "Clinic advert"
    assert not open_flags().exists()
    assert set(Flag.objects.values_list("outcome", "resolved_by", "resolution_note")) == {
        ("hidden", moderator.pk, "Clinic advert")
    }
    entry = log_entries().get()
    assert entry.action == ModerationLog.Action.HIDE  # what the "Hid content" filter finds
    assert entry.actor == moderator
    assert entry.before["open_flags"] == 2
    assert entry.after["outcome"] == "hidden"
    assert entry.after["hidden_at"] is not None


def test_keeping_an_automatically_hidden_item_brings_it_back(settings, moderator):
    settings.FLAG_AUTO_HIDE_THRESHOLD = 2
    answer = AnswerFactory()
    for _ in range(2):
        flag_create(reporter=trusted_member(), target=answer, reason=Flag.Reason.SPAM)
    answer.refresh_from_db()
    assert answer.is_hidden
    flags_resolve(actor=moderator, target=answer, outcome=Flag.Outcome.KEPT, note="Accurate advice")
    answer.refresh_from_db()
    assert not answer.is_hidden
    assert log_entries(ModerationLog.Action.RESTORE).count() == 1


def test_a_moderator_hiding_an_item_settles_its_flags(moderator, patient):
    from moderation.services import content_hide

    answer = AnswerFactory()
    flag_create(reporter=patient, target=answer, reason=Flag.Reason.SPAM)
    content_hide(actor=moderator, target=answer, reason="Spam")
    flag = Flag.objects.get()
    assert (flag.status, flag.outcome, flag.resolved_by) == ("resolved", "hidden", moderator)
    assert log_entries().count() == 1


def test_nobody_flags_their_own_post(patient):
    question = QuestionFactory(author=patient)
    with pytest.raises(PermissionDenied):
        check_can_flag(patient, question)


# The public flag page ---------------------------------------------------------------------------


def test_flagging_needs_a_login(client):
    answer = AnswerFactory()
    response = client.get(flag_url(answer))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_reader_flags_an_answer_without_javascript(client_as, patient):
    answer = AnswerFactory()
    client = client_as(patient)
    page = client.get(flag_url(answer))
    assert page.status_code == 200
    assert "Flag this answer" in page.text
    response = client.post(
        flag_url(answer), {"reason": "misinformation", "details": "Dose is wrong", "next": "/questions/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/questions/"
    flag = Flag.objects.get()
    assert (flag.target, flag.reporter, flag.reason, flag.details) == (
        answer,
        patient,
        "misinformation",
        "Dose is wrong",
    )
    followed = client.get(response["Location"])
    assert "A moderator will review it" in followed.text


def test_flagging_twice_is_a_friendly_message_not_an_error(client_as, patient):
    answer = AnswerFactory()
    client = client_as(patient)
    client.post(flag_url(answer), {"reason": "spam"})
    response = client.post(flag_url(answer), {"reason": "spam"}, follow=True)
    assert response.status_code == 200
    assert "already flagged this" in response.text
    assert Flag.objects.count() == 1


def test_a_bad_form_keeps_what_was_typed(client_as, patient):
    answer = AnswerFactory()
    response = client_as(patient).post(flag_url(answer), {"reason": "other", "details": ""})
    assert response.status_code == 200
    assert "Tell us what is wrong" in response.text
    assert 'value="other" ' in response.text and "checked" in response.text
    assert not Flag.objects.exists()


def test_hidden_or_unknown_items_cannot_be_flagged(client_as, patient, moderator):
    from moderation.services import content_hide

    answer = AnswerFactory()
    content_hide(actor=moderator, target=answer, reason="Spam")
    client = client_as(patient)
    assert client.get(flag_url(answer)).status_code == 404
    assert client.get(f"/moderation/flag/accounts.user/{patient.pk}/").status_code == 404
    assert client.get("/moderation/flag/questions.answer/999999/").status_code == 404


def test_flagging_your_own_question_is_refused_with_a_reason(client_as, patient):
    question = QuestionFactory(author=patient)
    response = client_as(patient).get(flag_url(question))
    assert response.status_code == 403
    assert "can&#x27;t flag your own post" in response.text


def test_next_must_stay_on_the_site(client_as, patient):
    answer = AnswerFactory()
    response = client_as(patient).post(flag_url(answer), {"reason": "spam", "next": "https://evil.example/"})
    assert response["Location"] == answer.get_absolute_url()


def test_flagging_is_rate_limited_with_a_friendly_page(client_as, settings):
    settings.RATE_LIMITS = {"flag": "2/h"}
    reporter = UserFactory()
    client = client_as(reporter)
    answers = AnswerFactory.create_batch(3)
    for answer in answers[:2]:
        assert client.post(flag_url(answer), {"reason": "spam"}).status_code == 302
    response = client.post(flag_url(answers[2]), {"reason": "spam"})
    assert response.status_code == 429
    assert "going a little fast" in response.text
    assert Flag.objects.count() == 2
    # Reading the form is not counted.
    assert client.get(flag_url(answers[2])).status_code == 200


def test_flag_button_builds_its_link_without_queries(django_assert_num_queries, patient):
    answer = AnswerFactory()
    request = RequestFactory().get("/questions/1/x/")
    request.user = patient
    patient.has_confirmed_email_row = True  # as the auth backend loads every logged-in user
    template = Template("{% load moderation_tags %}{% flag_button answer %}")
    with django_assert_num_queries(0):
        html = template.render(Context({"answer": answer, "user": patient, "request": request}))
    assert f'href="/moderation/flag/questions.answer/{answer.pk}/?next=/questions/1/x/"' in html
    assert "Flag" in html


def test_flag_button_is_not_offered_on_your_own_post(patient):
    question = QuestionFactory(author=patient)
    request = RequestFactory().get("/")
    html = Template("{% load moderation_tags %}{% flag_button question %}").render(
        Context({"question": question, "user": patient, "request": request})
    )
    assert html.strip() == ""


def test_the_flag_page_runs_a_fixed_number_of_queries(client_as, patient, django_assert_max_num_queries):
    answer = AnswerFactory()
    client = client_as(patient)
    client.get(flag_url(answer))
    with django_assert_max_num_queries(6):
        assert client.get(flag_url(answer)).status_code == 200


def test_the_flag_form_offers_each_reason_and_no_empty_choice(client_as, patient):
    page = client_as(patient).get(flag_url(AnswerFactory())).content.decode()
    assert "---------" not in page
    assert page.count('name="reason"') == len(Flag.Reason.choices)


def test_a_flag_on_an_answer_names_the_question_it_answers(patient):
    answer = AnswerFactory(question=QuestionFactory(title="Is it normal to bruise after lip filler?"))
    flag = flag_create(reporter=patient, target=answer, reason=Flag.Reason.SPAM)
    assert "answer to “Is it normal to bruise after lip filler?”" in flag.target_repr
    assert answer.doctor.display_name in flag.target_repr


def test_keeping_a_visible_item_is_logged_as_a_resolved_flag(moderator):
    answer = AnswerFactory()
    flag_create(reporter=UserFactory(), target=answer, reason=Flag.Reason.SPAM)
    flags_resolve(actor=moderator, target=answer, outcome=Flag.Outcome.KEPT, note="Accurate advice")
    assert log_entries().get().action == ModerationLog.Action.FLAG_RESOLVE
