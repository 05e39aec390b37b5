"""HideableAdminMixin and AuditedEditAdminMixin, on a minimal admin (tests/moderation/admin_urls.py)."""

import pytest
from django.contrib.admin import helpers

from moderation.models import ModerationLog
from questions.models import Question
from tests.factories import QuestionFactory, UserFactory
from tests.moderation.helpers import log_entries, run_action

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.moderation.admin_urls")]


def test_hiding_asks_for_a_reason_first_then_hides_each_item_with_one_entry(client_as, moderator):
    questions = QuestionFactory.create_batch(3)
    client = client_as(moderator)
    page = run_action(client, Question, "hide_selected", questions[:2])
    assert page.status_code == 200
    assert "Hide questions" in page.text
    assert "Kept in the moderation log" in page.text
    assert not Question.objects.hidden().exists()

    response = run_action(client, Question, "hide_selected", questions[:2], reason="Duplicate spam posts")
    assert response.status_code == 302
    assert set(Question.objects.hidden()) == set(questions[:2])
    entries = log_entries(ModerationLog.Action.HIDE)
    assert entries.count() == 2
    assert {e.target for e in entries} == set(questions[:2])
    assert {e.reason for e in entries} == {"Duplicate spam posts"}
    assert {e.actor for e in entries} == {moderator}


def test_hiding_without_a_reason_shows_the_form_again(client_as, moderator):
    question = QuestionFactory()
    page = run_action(client_as(moderator), Question, "hide_selected", [question], reason="")
    assert page.status_code == 200
    assert "This field is required" in page.text
    question.refresh_from_db()
    assert not question.is_hidden
    assert not log_entries().exists()


def test_restoring_brings_items_back_with_one_entry_each(client_as, moderator):
    from moderation.services import content_hide

    questions = QuestionFactory.create_batch(2)
    for question in questions:
        content_hide(actor=moderator, target=question, reason="Spam")
    client = client_as(moderator)
    response = run_action(client, Question, "restore_selected", questions, reason="Appeal accepted")
    assert response.status_code == 302
    assert not Question.objects.hidden().exists()
    assert log_entries(ModerationLog.Action.RESTORE).count() == 2


def test_hiding_an_already_hidden_item_writes_nothing(client_as, moderator):
    from moderation.services import content_hide

    question = QuestionFactory()
    content_hide(actor=moderator, target=question, reason="Spam")
    run_action(client_as(moderator), Question, "hide_selected", [question], reason="Again")
    assert log_entries().count() == 1


def test_hide_and_restore_also_work_from_the_change_form(client_as, moderator):
    question = QuestionFactory()
    client = client_as(moderator)
    url = f"/admin/questions/question/{question.pk}/change/"
    page = client.get(url)
    assert 'value="hide_selected"' in page.text
    assert "Moderation log" in page.text
    data = {"CHANGE_FORM-action": "hide_selected", helpers.ACTION_CHECKBOX_NAME: [question.pk]}
    confirm = client.post(url, data)
    assert confirm.status_code == 200
    assert 'name="CHANGE_FORM-action" value="hide_selected"' in confirm.text
    response = client.post(url, {**data, "confirm": "yes", "reason": "Off topic"})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.is_hidden
    page = client.get(url)
    assert "Hidden from the public since" in page.text


def test_the_list_shows_hidden_items_with_a_filter_and_a_column(client_as, moderator):
    from moderation.services import content_hide

    visible, hidden = QuestionFactory.create_batch(2)
    content_hide(actor=moderator, target=hidden, reason="Spam")
    client = client_as(moderator)
    page = client.get("/admin/questions/question/")
    assert hidden.title in page.text and visible.title in page.text
    assert "moderation-hidden" in page.text
    only_hidden = client.get("/admin/questions/question/?visibility=hidden")
    assert hidden.title in only_hidden.text and visible.title not in only_hidden.text


def test_staff_without_the_hide_permission_get_no_hide_action(client_as):
    from django.contrib.auth.models import Permission

    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_question"))
    QuestionFactory()
    page = client_as(viewer).get("/admin/questions/question/")
    assert page.status_code == 200
    assert "hide_selected" not in page.text


def test_editing_someone_elses_content_is_logged_with_before_and_after(client_as, moderator):
    question = QuestionFactory(city="Austin")
    client = client_as(moderator)
    response = client.post(
        f"/admin/questions/question/{question.pk}/change/",
        {"title": question.title, "body": question.body, "city": "Dallas"},
    )
    assert response.status_code == 302
    entry = log_entries(ModerationLog.Action.EDIT).get()
    assert entry.actor == moderator
    assert entry.target == question
    assert entry.before == {"city": "Austin"}
    assert entry.after == {"city": "Dallas"}


def test_saving_without_changes_logs_nothing(client_as, moderator):
    question = QuestionFactory(city="Austin")
    client_as(moderator).post(
        f"/admin/questions/question/{question.pk}/change/",
        {"title": question.title, "body": question.body, "city": "Austin"},
    )
    assert not log_entries().exists()


def test_an_administrator_deleting_leaves_a_delete_entry(client_as, admin_user):
    question = QuestionFactory()
    title = question.title
    response = client_as(admin_user).post(
        "/admin/questions/question/",
        {"action": "delete_selected", helpers.ACTION_CHECKBOX_NAME: [question.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not Question.objects.exists()
    entry = log_entries(ModerationLog.Action.DELETE).get()
    assert entry.target_repr == title
    assert entry.actor == admin_user
