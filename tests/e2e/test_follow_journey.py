"""Follow and be told: a patient follows Botox, a doctor answers a Botox question, the patient sees the
notice counted in the navigation, gets it in their digest e-mail and unsubscribes from that e-mail
without logging in."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from follows.models import EmailPreference, Follow
from questions.services import answer_create, question_create
from tests.factories import UserFactory
from tests.questions.conftest import disclaimer_version_1

pytestmark = pytest.mark.django_db(transaction=True)

ANSWER = (
    "An uneven brow three weeks after Botox usually means one side relaxed more than the other. A small "
    "top-up by your injector often evens it out; wait two weeks after the treatment before judging."
)


def test_patient_follows_botox_and_hears_of_an_answer_on_the_site_and_by_digest(
    page, browser, live_server, log_in, settings, patient, doctor, treatment
):
    disclaimer_version_1()
    settings.SITE_URL = live_server.url
    log_in(page, patient)

    # Follow Botox from its hub: htmx swaps the button in place.
    page.goto(f"{live_server.url}{treatment.get_absolute_url()}")
    page.evaluate("window.notReloaded = true")
    follow = page.get_by_role("button", name="Follow", exact=True)
    expect(follow).to_have_attribute("aria-pressed", "false")
    follow.click()
    expect(page.get_by_role("button", name="Following")).to_have_attribute("aria-pressed", "true")
    assert page.evaluate("window.notReloaded") is True
    assert Follow.objects.filter(user=patient, topic=f"treatment:{treatment.pk}").exists()

    # A daily digest, chosen on the preferences page.
    page.goto(f"{live_server.url}/accounts/email-preferences/")
    expect(page.get_by_role("link", name="Botox")).to_be_visible()
    page.get_by_label("A daily digest").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Your e-mail preferences are saved.")).to_be_visible()

    # Someone asks about Botox and a doctor answers.
    question = question_create(
        author=UserFactory(handle="asker"),
        title="Is an uneven eyebrow after Botox normal?",
        body="I had Botox three weeks ago and my left eyebrow still sits higher than the right. Will it settle?",
        treatments=[treatment],
    )
    answer_create(doctor=doctor, question=question, body=ANSWER)

    # The navigation counts the unread notices beside the member's handle; the menu leads to them.
    page.goto(f"{live_server.url}/")
    menu = page.get_by_role("link", name=re.compile(rf"^{patient.handle}"))
    expect(menu).to_contain_text("2")
    expect(menu.locator(".notice-count")).to_have_text("2 unread notices")
    menu.click()
    page.get_by_role("link", name=re.compile(r"^Notices 2")).click()
    expect(page.get_by_role("heading", name="Notices", level=1)).to_be_visible()
    expect(page.get_by_text("2 unread", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Dr. Ana Ruiz answered a question about Botox"))).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("New question about Botox"))).to_be_visible()

    # Tomorrow's digest run sends today's news, once.
    tomorrow = (timezone.now() + dt.timedelta(days=1)).date().isoformat()
    mail.outbox.clear()
    call_command("send_digests", "daily", today=tomorrow)
    call_command("send_digests", "daily", today=tomorrow)
    (digest,) = mail.outbox
    assert digest.to == [patient.email]
    assert "Dr. Ana Ruiz answered a question about Botox" in digest.body
    assert digest.alternatives[0].mimetype == "text/html"
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = re.search(r"https?://\S+/accounts/unsubscribe/\S+/", digest.body).group(0)
    assert digest.extra_headers["List-Unsubscribe"] == f"<{link}>"

    # The link works logged out: it asks first, then unsubscribes.
    visitor = browser.new_context().new_page()
    visitor.goto(link)
    expect(visitor.get_by_role("heading", name=re.compile("Stop e-mails"))).to_be_visible()
    visitor.get_by_role("button", name="Unsubscribe").click()
    expect(visitor.get_by_role("heading", name="You are unsubscribed")).to_be_visible()
    preference = EmailPreference.objects.get(user=patient)
    assert (preference.immediate, preference.digest) == (False, "none")
