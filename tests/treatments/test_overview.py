"""A treatment's overview: what makes it showable, the review's rules, and how editors manage it in the admin."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from tests.treatments.conftest import OVERVIEW, admin_post_data
from treatments.models import Treatment, catalogue

pytestmark = pytest.mark.django_db


def _with_overview(treatment: Treatment, **changes) -> Treatment:
    for name, value in (OVERVIEW | changes).items():
        setattr(treatment, name, value)
    treatment.save()
    return treatment


def test_an_overview_shows_only_once_its_five_sections_are_written(treatment):
    assert not treatment.has_overview
    _with_overview(treatment, who_it_suits="")
    assert treatment.has_overview  # who it suits is optional
    for section in Treatment.REQUIRED_SECTIONS:
        assert not _with_overview(treatment, **{section: "  "}).has_overview, section


def test_sections_and_facts_come_in_the_hubs_order_leaving_out_blanks(treatment):
    _with_overview(treatment, who_it_suits="", sessions_at_a_glance="")
    assert [heading for heading, _ in treatment.overview_sections] == [
        "What it is",
        "How it works",
        "Downtime and recovery",
        "How long results last",
        "Risks and side effects",
    ]
    assert treatment.at_a_glance == [("Downtime", "None"), ("Results last", "3 to 4 months")]


def test_a_last_reviewed_date_in_the_future_is_refused(treatment):
    _with_overview(treatment, reviewer_name="Dr. Ana Ruiz", last_reviewed=timezone.localdate())
    treatment.last_reviewed = timezone.localdate() + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        treatment.full_clean()
    assert refused.value.message_dict["last_reviewed"] == ["The last review cannot be in the future."]
    treatment.last_reviewed = timezone.localdate()
    treatment.full_clean()


def test_a_review_needs_both_a_reviewer_and_a_date(treatment):
    treatment.last_reviewed = timezone.localdate()
    with pytest.raises(ValidationError, match="needs both the reviewer's name and the date"):
        treatment.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        treatment.save()
    treatment.refresh_from_db()
    treatment.reviewer_name = "Dr. Ana Ruiz"
    with pytest.raises(IntegrityError), transaction.atomic():
        treatment.save()


def test_lists_keep_the_catalogue_without_the_overviews_text(treatment, django_assert_num_queries):
    _with_overview(treatment)
    with django_assert_num_queries(1):
        cached = catalogue()[treatment.pk]
    assert {"what_it_is", "risks", "last_reviewed"} <= cached.get_deferred_fields()


def test_the_admin_page_groups_the_overview_with_help_for_editors(client_as, admin_user, treatment):
    page = client_as(admin_user).get(reverse("admin:treatments_treatment_change", args=[treatment.pk])).text
    for heading in ("Overview", "At a glance", "Medical review"):
        assert f">{heading}</h2>" in page
    assert "leave a blank line between paragraphs" in page
    assert "Mark as medically reviewed today" in page


def test_an_editor_writes_the_overview_and_marks_it_reviewed_today(client_as, admin_user, treatment):
    data = admin_post_data(treatment) | OVERVIEW | {"reviewer_name": "Dr. Ana Ruiz", "mark_reviewed": "on"}
    data["reviewer_credential"] = "board-certified dermatologist"
    response = client_as(admin_user).post(reverse("admin:treatments_treatment_change", args=[treatment.pk]), data)
    assert response.status_code == 302
    treatment.refresh_from_db()
    assert treatment.has_overview and treatment.risks == OVERVIEW["risks"]
    assert treatment.last_reviewed == timezone.localdate()
    assert treatment.reviewer_name == "Dr. Ana Ruiz"


def test_a_change_left_unmarked_keeps_the_earlier_review_date(client_as, admin_user, treatment):
    earlier = timezone.localdate() - timedelta(days=90)
    _with_overview(treatment, reviewer_name="Dr. Ana Ruiz", last_reviewed=earlier)
    data = admin_post_data(treatment, description="Relaxes the muscles behind frown lines.")
    response = client_as(admin_user).post(reverse("admin:treatments_treatment_change", args=[treatment.pk]), data)
    assert response.status_code == 302
    treatment.refresh_from_db()
    assert treatment.last_reviewed == earlier


def test_the_admin_refuses_a_review_in_the_future_or_without_a_reviewer(client_as, admin_user, treatment):
    _with_overview(treatment)
    url = reverse("admin:treatments_treatment_change", args=[treatment.pk])
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    future = admin_post_data(treatment, reviewer_name="Dr. Ana Ruiz", last_reviewed=tomorrow)
    response = client_as(admin_user).post(url, future)
    assert response.status_code == 200
    assert "The last review cannot be in the future." in response.text
    unnamed = client_as(admin_user).post(url, admin_post_data(treatment, mark_reviewed="on"))
    assert unnamed.status_code == 200
    assert "needs both the reviewer&#x27;s name and the date" in unnamed.text
    treatment.refresh_from_db()
    assert treatment.last_reviewed is None
