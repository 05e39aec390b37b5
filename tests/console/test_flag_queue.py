"""The flag queue in the admin: ordering, links, bulk resolution and the one-item review page."""

import pytest

from moderation.models import Flag, ModerationLog
from moderation.services import flag_create
from tests.factories import AnswerFactory, QuestionFactory, UserFactory
from tests.moderation.helpers import log_entries, open_flags, run_action

pytestmark = pytest.mark.django_db


def flag(target, reason=Flag.Reason.SPAM, **kwargs):
    return flag_create(reporter=UserFactory(), target=target, reason=reason, **kwargs)


def test_the_queue_puts_open_flags_first_and_the_most_flagged_items_on_top(client_as, moderator):
    once, thrice = AnswerFactory.create_batch(2)
    flag(once)
    for _ in range(2):
        flag(thrice)
    resolved = QuestionFactory()
    flag(resolved)
    from moderation.services import flags_resolve

    flags_resolve(actor=moderator, target=resolved, outcome=Flag.Outcome.KEPT)
    queue = list(Flag.objects.for_queue())
    assert [f.object_id for f in queue[:2]] == [thrice.pk, thrice.pk]
    assert queue[0].target_open_flags == 2
    assert queue[2].object_id == once.pk
    assert queue[-1].status == Flag.Status.RESOLVED

    page = client_as(moderator).get("/admin/moderation/flag/")
    assert page.status_code == 200
    assert f'href="/admin/questions/answer/{thrice.pk}/change/"' in page.text
    assert "moderation-review-button" in page.text


def test_bulk_hide_resolves_each_item_once_with_one_entry_per_item(client_as, moderator):
    first, second = AnswerFactory.create_batch(2)
    flags = [flag(first), flag(first), flag(second)]
    client = client_as(moderator)
    page = run_action(client, Flag, "resolve_hide", flags)
    assert page.status_code == 200 and "Hide flagged items" in page.text
    response = run_action(client, Flag, "resolve_hide", flags, reason="Advertising")
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.is_hidden and second.is_hidden
    assert not open_flags().exists()
    assert log_entries(ModerationLog.Action.HIDE).count() == 2
    assert log_entries().count() == 2


def test_bulk_keep_needs_no_note_and_keeps_the_items(client_as, moderator):
    answer = AnswerFactory()
    flags = [flag(answer)]
    response = run_action(client_as(moderator), Flag, "resolve_keep", flags, reason="")
    assert response.status_code == 302
    answer.refresh_from_db()
    assert not answer.is_hidden
    assert Flag.objects.get().outcome == Flag.Outcome.KEPT


def test_the_review_page_shows_the_item_and_its_flags_and_moves_on_to_the_next(client_as, moderator):
    first, second = AnswerFactory.create_batch(2)
    flag(first, reason=Flag.Reason.OTHER, details="Sells filler by DM")
    flag(second)
    content_type_id = Flag.objects.filter(object_id=first.pk).values_list("content_type_id", flat=True).first()
    url = f"/admin/moderation/flag/review/{content_type_id}/{first.pk}/"
    client = client_as(moderator)
    page = client.get(url)
    assert page.status_code == 200
    assert "Sells filler by DM" in page.text
    assert first.body[:40] in page.text
    assert "Hide it" in page.text and "Keep it" in page.text

    refused = client.post(url, {"outcome": "hidden", "note": ""}, follow=True)
    assert "Say why you hide it" in refused.text
    assert open_flags().count() == 2

    response = client.post(url, {"outcome": "hidden", "note": "Selling"})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/moderation/flag/review/{content_type_id}/{second.pk}/"
    first.refresh_from_db()
    assert first.is_hidden
    assert log_entries(ModerationLog.Action.HIDE).count() == 1


def test_flags_cannot_be_added_edited_or_deleted_in_the_admin(client_as, admin_user):
    answer = AnswerFactory()
    item = flag(answer)
    client = client_as(admin_user)
    assert client.get("/admin/moderation/flag/add/").status_code == 403
    page = client.get(f"/admin/moderation/flag/{item.pk}/change/")
    assert page.status_code == 200
    assert 'name="_save"' not in page.text
    assert client.post(f"/admin/moderation/flag/{item.pk}/delete/").status_code == 403


def test_people_without_the_flag_permissions_cannot_resolve(client_as):
    from django.contrib.auth.models import Permission

    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_flag"))
    answer = AnswerFactory()
    item = flag(answer)
    client = client_as(viewer)
    page = client.get("/admin/moderation/flag/")
    assert page.status_code == 200
    assert "resolve_hide" not in page.text
    review = f"/admin/moderation/flag/review/{item.content_type_id}/{answer.pk}/"
    assert client.post(review, {"outcome": "hidden", "note": "x"}).status_code == 403
    assert open_flags().count() == 1


def test_the_queue_filters_by_item_type(client_as, moderator):
    answer, question = AnswerFactory(), QuestionFactory()
    flag(answer)
    flag(question)
    page = client_as(moderator).get("/admin/moderation/flag/?target=questions.question")
    assert page.status_code == 200
    assert question.title in page.text
    assert f"/admin/questions/answer/{answer.pk}/change/" not in page.text
