"""The audit trail: immutable entries, a read-only admin with filters, search and readable snapshots."""

import pytest
from django.contrib.admin import helpers

from moderation.models import ModerationLog
from moderation.services import content_hide, log_action
from tests.factories import AnswerFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def test_an_entry_cannot_be_saved_again_or_deleted(moderator):
    question = QuestionFactory()
    entry = log_action(actor=moderator, action=ModerationLog.Action.HIDE, target=question, reason="Spam")
    entry.reason = "Something nicer"
    with pytest.raises(ValueError, match="immutable"):
        entry.save()
    with pytest.raises(ValueError, match="immutable"):
        entry.delete()
    assert ModerationLog.objects.get().reason == "Spam"
    with pytest.raises(ValueError, match="immutable"):
        ModerationLog.objects.update(reason="Rewritten")
    with pytest.raises(ValueError, match="immutable"):
        ModerationLog.objects.all().delete()
    assert ModerationLog.objects.get().reason == "Spam"


@pytest.mark.parametrize("who", ["moderator", "admin_user"])
def test_nobody_changes_or_deletes_entries_through_the_admin(who, request, client_as):
    user = request.getfixturevalue(who)
    question = QuestionFactory()
    content_hide(actor=user, target=question, reason="Spam")
    entry = ModerationLog.objects.get()
    client = client_as(user)
    page = client.get(f"/admin/moderation/moderationlog/{entry.pk}/change/")
    assert page.status_code == 200
    assert 'name="_save"' not in page.text
    assert client.post(f"/admin/moderation/moderationlog/{entry.pk}/change/", {"reason": "x"}).status_code == 403
    assert client.get("/admin/moderation/moderationlog/add/").status_code == 403
    assert client.post(f"/admin/moderation/moderationlog/{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    listing = client.get("/admin/moderation/moderationlog/")
    assert 'value="delete_selected"' not in listing.text
    response = client.post(
        "/admin/moderation/moderationlog/",
        {"action": "delete_selected", helpers.ACTION_CHECKBOX_NAME: [entry.pk], "post": "yes"},
    )
    assert response.status_code in (200, 302)
    assert ModerationLog.objects.filter(pk=entry.pk, reason="Spam").exists()


def test_the_log_filters_by_actor_action_and_target_type_and_searches(client_as, moderator, admin_user):
    question, answer = QuestionFactory(), AnswerFactory()
    content_hide(actor=moderator, target=question, reason="Off-topic advert")
    content_hide(actor=admin_user, target=answer, reason="Wrong dose")
    client = client_as(moderator)
    base = "/admin/moderation/moderationlog/"
    by_actor = client.get(f"{base}?actor__id__exact={admin_user.pk}")
    assert "Wrong dose" in by_actor.text and "Off-topic advert" not in by_actor.text
    by_action = client.get(f"{base}?action__exact=hide")
    assert "Wrong dose" in by_action.text and "Off-topic advert" in by_action.text
    question_type = ModerationLog.objects.get(reason="Off-topic advert").target_type_id
    by_type = client.get(f"{base}?target_type__id__exact={question_type}")
    assert "Off-topic advert" in by_type.text and "Wrong dose" not in by_type.text
    searched = client.get(f"{base}?q=advert")
    assert "Off-topic advert" in searched.text and "Wrong dose" not in searched.text
    for_item = client.get(f"{base}?target_type__id__exact={question_type}&target_id={question.pk}")
    assert for_item.status_code == 200 and "Off-topic advert" in for_item.text


def test_an_entry_shows_its_before_and_after_and_links_to_the_target(client_as, moderator):
    question = QuestionFactory()
    content_hide(actor=moderator, target=question, reason="Spam")
    entry = ModerationLog.objects.get()
    page = client_as(moderator).get(f"/admin/moderation/moderationlog/{entry.pk}/change/")
    assert "moderation-snapshot" in page.text
    assert "hidden reason" in page.text
    assert f'href="/admin/questions/question/{question.pk}/change/"' in page.text
