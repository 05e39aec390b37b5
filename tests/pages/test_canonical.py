"""Canonical links are absolute, and page 2 of a list is its own canonical page."""

import re

import pytest

from tests.factories import DoctorProfileFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def _canonical(response) -> str:
    [href] = re.findall(r'<link rel="canonical" href="([^"]+)"', response.content.decode())
    return href.replace("&amp;", "&")


def test_the_question_list_canonical_is_absolute_and_keeps_its_page(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    QuestionFactory.create_batch(25)
    assert _canonical(client.get("/questions/")) == "http://testserver/questions/"
    assert _canonical(client.get("/questions/", {"page": 2})) == "http://testserver/questions/?page=2"


def test_the_directorys_second_page_is_its_own_canonical(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    DoctorProfileFactory.create_batch(30)
    assert _canonical(client.get("/doctors/")) == "http://testserver/doctors/"
    assert _canonical(client.get("/doctors/", {"page": 2})) == "http://testserver/doctors/?page=2"
