"""A reader flags an answer; a moderator hides it from the dashboard's queue; the public no longer
sees it; the moderation log records who did it and why."""

import pytest
from playwright.sync_api import expect

from moderation.models import Flag, ModerationLog
from questions.models import DisclaimerVersion
from tests.factories import AnswerFactory, QuestionFactory

pytestmark = pytest.mark.django_db(transaction=True)

BAD_ADVICE = "Skip the consultation entirely: buy the filler online and inject it yourself at home, it is easy."


@pytest.fixture
def flagged_page(patient, doctor):
    # Transactional tests flush the data migration's disclaimer; answers need one.
    if not DisclaimerVersion.objects.exists():
        DisclaimerVersion.objects.create(number=1, text="The information in {doctor}'s answer is general education.")
    question = QuestionFactory(title="Can I do lip filler at home to save money?")
    answer = AnswerFactory(question=question, doctor=doctor, body=BAD_ADVICE + " " + "More detail. " * 3)
    return question, answer


def test_a_flagged_answer_is_hidden_from_the_dashboard_queue(
    page, live_server, log_in, flagged_page, patient, moderator
):
    question, answer = flagged_page

    # A reader flags the answer, from the question page, without leaving the site.
    log_in(page, patient)
    page.goto(f"{live_server.url}{question.get_absolute_url()}")
    page.locator(f"#answer-{answer.pk}").get_by_role("link", name="Flag").click()
    expect(page.get_by_role("heading", name="Flag this answer")).to_be_visible()
    page.get_by_label("Medical misinformation").check()
    page.get_by_label("Details").fill("Tells patients to inject themselves.")
    page.get_by_role("button", name="Send to moderators").click()
    expect(page.get_by_text("A moderator will review it")).to_be_visible()
    assert Flag.objects.filter(status="open", object_id=answer.pk).count() == 1
    page.get_by_role("button", name="Log out").click()

    # The moderator starts from the dashboard: the open-flags queue shows one.
    log_in(page, moderator)
    page.goto(f"{live_server.url}/admin/")
    queue = page.locator('[data-queue="flags"]')
    expect(queue.locator(".moderation-queue-count")).to_have_text("1")
    queue.get_by_role("link").click()
    expect(page.get_by_text("Tells patients to inject themselves.")).to_be_visible()
    page.get_by_role("link", name="Review", exact=True).click()
    expect(page.get_by_text("Tells patients to inject themselves.")).to_be_visible()
    page.get_by_label("Note").fill("Dangerous advice: self-injection.")
    page.get_by_role("button", name="Hide it").click()
    expect(page.get_by_text("Resolved the flags on")).to_be_visible()

    # The public page no longer shows the answer.
    context = page.context.browser.new_context()
    public = context.new_page()
    public.goto(f"{live_server.url}{question.get_absolute_url()}")
    expect(public.get_by_role("heading", name=question.title)).to_be_visible()
    expect(public.get_by_text(BAD_ADVICE)).to_have_count(0)
    context.close()

    # The log shows who hid it and why.
    page.goto(f"{live_server.url}/admin/moderation/moderationlog/")
    row = page.locator("#result_list tbody tr").first
    expect(row).to_contain_text("Hid content")  # what the log's "Hid content" filter finds
    expect(row).to_contain_text(moderator.handle)
    expect(row).to_contain_text("Dangerous advice: self-injection.")
    entry = ModerationLog.objects.get(action=ModerationLog.Action.HIDE)
    assert entry.after["outcome"] == "hidden"
