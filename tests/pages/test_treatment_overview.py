"""The editors' overview on the treatment hub: readable sections, facts at a glance, who reviewed it and when."""

from datetime import date

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.treatments.conftest import OVERVIEW, admin_post_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewed(treatment):
    for name, value in OVERVIEW.items():
        setattr(treatment, name, value)
    treatment.reviewer_name, treatment.reviewer_credential = "Dr. Ana Ruiz", "board-certified dermatologist"
    treatment.last_reviewed = date(2026, 9, 3)
    treatment.save()
    return treatment


def _overview(page: str) -> str:
    return page[page.index('id="overview"') : page.index('id="figures"')]


def test_the_hub_shows_the_overview_above_what_patients_say(client, reviewed):
    text = _overview(client.get(reviewed.get_absolute_url()).text)
    for heading in ("What it is", "How it works", "Downtime and recovery", "How long results last"):
        assert f">{heading}</h3>" in text
    assert ">Risks and side effects</h3>" in text and ">Who it suits</h3>" in text
    assert "<dt" in text and ">3 to 4 months</dd>" in text and ">Every 3 to 4 months</dd>" in text
    assert "Medically reviewed by Dr. Ana Ruiz, board-certified dermatologist, on " in text
    assert '<time datetime="2026-09-03">Sep 3, 2026</time>' in text


def test_paragraphs_are_kept_and_html_from_the_admin_is_shown_as_text(client, reviewed):
    reviewed.risks = 'Bruising <script>alert("x")</script> is common.'
    reviewed.save()
    text = _overview(client.get(reviewed.get_absolute_url()).text)
    assert "<p>It relaxes the muscle that creases the skin.</p>\n\n<p>An appointment takes ten minutes.</p>" in text
    assert "<script>" not in text and "&lt;script&gt;" in text


def test_an_unfinished_overview_is_not_shown(client, reviewed):
    reviewed.risks = ""
    reviewed.save()
    assert 'id="overview"' not in client.get(reviewed.get_absolute_url()).text


def test_an_overview_without_a_review_shows_no_review_line(client, reviewed):
    reviewed.reviewer_name, reviewed.reviewer_credential, reviewed.last_reviewed = "", "", None
    reviewed.save()
    text = _overview(client.get(reviewed.get_absolute_url()).text)
    assert ">What it is</h3>" in text and "Medically reviewed" not in text


def test_the_overview_costs_the_hub_no_query(client, treatment):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(treatment.get_absolute_url()).status_code == 200
        return len(captured)

    without = queries()
    for name, value in OVERVIEW.items():
        setattr(treatment, name, value)
    treatment.save()
    assert queries() == without  # read with the treatment's own row


def test_an_overview_edited_in_the_admin_shows_on_the_cached_hub_at_once(settings, client_as, admin_user, reviewed):
    settings.PAGE_CACHE_SECONDS, settings.PAGE_CACHE_REPORT = 300, True
    hub = reviewed.get_absolute_url()
    Client().get(hub)
    assert Client().get(hub)["X-Page-Cache"] == "hit"

    edited = "Common: redness and a small bruise. Uncommon: a heavy brow for a few weeks."
    data = admin_post_data(reviewed, risks=edited, mark_reviewed="on")
    response = client_as(admin_user).post(reverse("admin:treatments_treatment_change", args=[reviewed.pk]), data)
    assert response.status_code == 302

    served = Client().get(hub)
    assert served["X-Page-Cache"] == "miss"
    assert edited in served.text and "Bruising is common" not in served.text
    reviewed.refresh_from_db()
    assert f'<time datetime="{reviewed.last_reviewed:%Y-%m-%d}">' in served.text
