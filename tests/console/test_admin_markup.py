"""The admin's markup names what screen readers and keyboards need: the headshot file input, the search box,
and read-only inlines (a focusable region named by its heading, every column header with a name). The
browser journeys (tests/e2e/test_admin_journey.py) check the same pages with axe and the Tab key."""

import re

import pytest

from tests.factories import VerificationDecisionFactory

pytestmark = pytest.mark.django_db


def test_the_headshot_file_input_is_named(client_as, moderator, doctor):
    html = client_as(moderator).get(f"/admin/doctors/doctorprofile/{doctor.pk}/change/").text
    (file_input,) = re.findall(r'<input type="file" name="headshot"[^>]*>', html)
    assert 'aria-label="Change headshot"' in file_input


def test_a_read_only_inline_is_a_focusable_region_with_named_columns(client_as, moderator, doctor):
    VerificationDecisionFactory(doctor=doctor, decided_by=moderator)
    html = client_as(moderator).get(f"/admin/doctors/doctorprofile/{doctor.pk}/change/").text
    group = html[html.index('id="decisions-group"') :]
    assert '<div class="wrapper" tabindex="0" role="region" aria-labelledby="decisions-heading">' in group
    header = re.search(r"<thead>(.*?)</thead>", group, re.DOTALL).group(1)
    empty = [th for th in re.findall(r"<th[^>]*>(.*?)</th>", header, re.DOTALL) if not th.strip()]
    assert empty == []
    assert '<th class="original"><span class="visually-hidden">Verification decision</span></th>' in header


def test_the_changelist_search_box_has_a_text_label(client_as, moderator, doctor):
    html = client_as(moderator).get("/admin/doctors/doctorprofile/").text
    label = re.search(r'<label for="searchbar">(.*?)</label>', html, re.DOTALL).group(1)
    assert '<span class="visually-hidden">Search doctor profiles</span>' in label
