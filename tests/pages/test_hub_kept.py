"""The treatment hub keeps its lists as HTML until they can have changed: a hub read again renders no row,
and its photos still follow each reader's choice about graphic pictures."""

import pytest
from django.test.signals import template_rendered
from django.urls import reverse

from questions.services import question_create
from tests.factories import QuestionFactory, ReviewFactory
from tests.photos.test_views import media_urls, urls_of

pytestmark = pytest.mark.django_db

ROWS = ("includes/question_row.html", "reviews/_review_card.html", "photos/includes/case_column.html")


def rendered_rows(client, url: str) -> dict[str, int]:
    names: list[str] = []

    def record(sender, template, context, **kwargs):
        names.append(template.name)

    template_rendered.connect(record)
    try:
        assert client.get(url).status_code == 200
    finally:
        template_rendered.disconnect(record)
    return {name: names.count(name) for name in ROWS}


def row_work(monkeypatch) -> list[str]:
    """Calls to the functions that key a row's fragment by what it holds: the per-row work a kept list
    does without."""
    import pagecache.fragments
    import pagecache.templatetags.fragments
    import questions.fragments

    calls: list[str] = []
    for module in (pagecache.fragments, pagecache.templatetags.fragments, questions.fragments):
        for name in ("row_state", "loaded_state"):
            if hasattr(module, name):
                original = getattr(pagecache.fragments, name)
                monkeypatch.setattr(module, name, lambda *a, _f=original, _n=name, **k: calls.append(_n) or _f(*a, **k))
    return calls


def test_a_hub_read_again_renders_no_row_and_keys_none(client, settings, treatment, make_case, patient, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 0
    ReviewFactory(treatment=treatment)
    QuestionFactory(treatments=[treatment])
    make_case(treatments=[treatment])
    url = treatment.get_absolute_url()
    calls = row_work(monkeypatch)
    assert rendered_rows(client, url) == dict.fromkeys(ROWS, 1)
    assert calls
    calls.clear()
    assert rendered_rows(client, url) == dict.fromkeys(ROWS, 0)
    fixed = list(calls)  # what the page keys besides its lists (the figures' fragment)
    assert len(fixed) <= 1

    ReviewFactory.create_batch(3, treatment=treatment)
    QuestionFactory.create_batch(3, treatments=[treatment])
    rendered_rows(client, url)
    calls.clear()
    assert rendered_rows(client, url) == dict.fromkeys(ROWS, 0)
    assert calls == fixed

    question_create(
        author=patient, title="Does Botox hurt more on the forehead?", body="x" * 40, treatments=[treatment]
    )
    assert "Does Botox hurt more on the forehead?" in client.get(url).text


def test_the_hubs_photos_follow_each_readers_choice(client, settings, treatment, make_case, django_user_model):
    from django.test import Client

    settings.PAGE_CACHE_SECONDS = 0
    case = make_case(treatments=[treatment], graphic=True)
    url = treatment.get_absolute_url()

    def shown(reader) -> set[str]:
        return media_urls(reader.get(url).text) & (urls_of(case, blurred=False) | urls_of(case, blurred=True))

    assert shown(client) and shown(client) <= urls_of(case, blurred=True)
    client.post(reverse("photos:show", args=[case.pk]))  # this reader reveals this one case
    assert shown(client) and shown(client) <= urls_of(case, blurred=False)
    other = Client()
    assert shown(other) and shown(other) <= urls_of(case, blurred=True)  # never the first reader's choice
    other.post(reverse("photos:graphic_preference"), {"show": "1", "next": url})
    assert shown(other) and shown(other) <= urls_of(case, blurred=False)
    assert shown(Client()) and shown(Client()) <= urls_of(case, blurred=True)


PROFILE_ROWS = ("pages/_profile_answer.html", "reviews/_review_card.html", "photos/includes/case_column.html")


def test_a_profile_read_again_renders_no_row_and_keys_none(client, settings, doctor, make_case, monkeypatch):
    from tests.factories import AnswerFactory

    settings.PAGE_CACHE_SECONDS = 0
    AnswerFactory(doctor=doctor)
    ReviewFactory(doctor=doctor)
    make_case()  # posted by `doctor`
    url = doctor.get_absolute_url()
    calls = row_work(monkeypatch)

    def rendered() -> dict[str, int]:
        names: list[str] = []
        record = lambda sender, template, context, **kwargs: names.append(template.name)  # noqa: E731
        template_rendered.connect(record)
        try:
            assert client.get(url).status_code == 200
        finally:
            template_rendered.disconnect(record)
        return {name: names.count(name) for name in PROFILE_ROWS}

    assert rendered() == dict.fromkeys(PROFILE_ROWS, 1)
    calls.clear()
    assert rendered() == dict.fromkeys(PROFILE_ROWS, 0)
    fixed = list(calls)  # the review figures' fragment
    AnswerFactory.create_batch(3, doctor=doctor)
    rendered()
    calls.clear()
    assert rendered() == dict.fromkeys(PROFILE_ROWS, 0)
    assert calls == fixed
