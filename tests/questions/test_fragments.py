"""Fragments (pagecache.fragments): rendered once per content, never stale, and independent of the page cache."""

import pytest
from django.core.cache import cache
from django.test.signals import template_rendered
from django.utils import timezone
from django.utils.safestring import mark_safe

from doctors.models import DoctorProfile
from pagecache.fragments import fragment_rendered, recent_fragments, render_each, row_state
from questions.fragments import CARD, CSRF_MARK, AnswerActions, answer_card, answer_cards
from questions.models import Answer

pytestmark = pytest.mark.django_db


def answer_contents(answers: list[Answer], user=None, actions: AnswerActions | None = None) -> list[str]:
    """The answers' cards as a visitor (or `user`) sees them on the question page."""
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    request = RequestFactory().get("/questions/1/q/")
    request.user = user or AnonymousUser()
    return answer_cards(answers, [actions or AnswerActions(login_url="/login/")] * len(answers), request)


class _Renders:
    """The templates rendered, and the fragments written in Python (answer cards), while it is open."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def _template(self, sender, template, context, **kwargs) -> None:
        self.names.append(template.name)

    def _fragment(self, sender, name, **kwargs) -> None:
        self.names.append(name)

    def __enter__(self):
        template_rendered.connect(self._template)
        fragment_rendered.connect(self._fragment)
        return self

    def __exit__(self, *exc) -> None:
        template_rendered.disconnect(self._template)
        fragment_rendered.disconnect(self._fragment)

    def count(self, name: str) -> int:
        return self.names.count(name)


def _answers(question_pk: int) -> list[Answer]:
    return list(Answer.objects.filter(question_id=question_pk).select_related("doctor", "disclaimer"))


def test_an_answer_is_rendered_once_then_reused_from_this_process_and_from_the_cache(answer):
    with _Renders() as renders:
        first = answer_contents(_answers(answer.question_id))
        again = answer_contents(_answers(answer.question_id))
    assert renders.count(CARD) == 1
    assert first == again
    assert answer.doctor.display_name in first[0]

    recent_fragments.clear()  # another process: the shared cache has it
    with _Renders() as renders:
        assert answer_contents(_answers(answer.question_id)) == first
    assert renders.count(CARD) == 0


def test_a_change_by_any_path_changes_what_is_shown(answer):
    answer_contents(_answers(answer.question_id))
    # Around the model: no signal, no save(); the fragment's key is made of what it shows.
    DoctorProfile.objects.filter(pk=answer.doctor_id).update(city="Reykjavik")
    Answer.objects.filter(pk=answer.pk).update(hidden_at=timezone.now(), hidden_reason="Advertising")
    [html] = answer_contents(_answers(answer.question_id))
    assert "Reykjavik" in html
    assert "Advertising" in html


def test_the_time_zone_is_part_of_what_a_fragment_shows(answer):
    Answer.objects.filter(pk=answer.pk).update(created_at="2026-03-01T23:30:00Z")
    with timezone.override("UTC"):
        [utc] = answer_contents(_answers(answer.question_id))
    with timezone.override("Asia/Tokyo"):
        [tokyo] = answer_contents(_answers(answer.question_id))
    assert "1 Mar 2026" in utc
    assert "2 Mar 2026" in tokyo


def test_turned_off_every_call_renders(answer, settings):
    settings.FRAGMENT_CACHE_SECONDS = 0
    with _Renders() as renders:
        answer_contents(_answers(answer.question_id))
        answer_contents(_answers(answer.question_id))
    assert renders.count(CARD) == 2


def test_a_cache_outage_still_renders(answer, settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:9/0"}
    }
    from django.core.cache import caches

    caches.close_all()
    [html] = answer_contents(_answers(answer.question_id))
    assert answer.doctor.display_name in html


def test_row_state_leaves_deferred_fields_out_without_a_query(answer, django_assert_num_queries):
    row = Answer.objects.defer("body").get(pk=answer.pk)
    with django_assert_num_queries(0):
        state = row_state(row, None)
    assert state[1] is None
    deferred = row.get_deferred_fields()
    assert "body" in deferred
    assert len(state[0][1]) == len(Answer._meta.concrete_fields) - len(deferred)


def test_equal_rows_share_a_fragment_and_different_ones_do_not(answer, make_answers):
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    visitor = RequestFactory().get("/questions/1/q/")
    visitor.user = AnonymousUser()
    others = make_answers(2)
    rows = _answers(answer.question_id)
    assert len(rows) == 3
    html = render_each(
        CARD,
        rows + rows,
        state=lambda a: row_state(a, a.doctor, a.disclaimer),
        render=lambda a: answer_card(a, AnswerActions(), byline=mark_safe(""), user=visitor.user, path=visitor.path),
    )
    assert html[:3] == html[3:]
    assert len(set(html[:3])) == 3
    assert {o.doctor.display_name for o in others} <= {h.split("Answer from ")[1].split("<")[0] for h in html}
    assert cache.get_many([]) == {}


def test_loaded_state_covers_values_set_on_a_row_and_the_rows_loaded_with_it(answer):
    from pagecache.fragments import loaded_state

    row = Answer.objects.select_related("doctor", "disclaimer").get(pk=answer.pk)
    plain = loaded_state(row)
    row.blurred = True  # e.g. a reader's choice set on the row by the view
    assert loaded_state(row) != plain
    del row.blurred
    row.doctor.city = "Lisbon"  # a row loaded with it
    assert loaded_state(row) != plain


def test_render_rows_shows_a_row_changed_around_the_model(client, answer):
    """The review cards of the review list follow a title changed by a plain UPDATE (pages whose rows are
    kept until their topics move, like the treatment hub, follow the services instead)."""
    from django.urls import reverse

    from reviews.models import Review
    from tests.factories import ReviewFactory

    review = ReviewFactory(treatment=answer.question.treatments.first(), title="Worth every penny")
    url = reverse("reviews:list")
    assert "Worth every penny" in client.get(url).content.decode()
    Review.objects.filter(pk=review.pk).update(title="Changed my mind about it")
    page = client.get(url).content.decode()
    assert "Changed my mind about it" in page
    assert "Worth every penny" not in page


def test_value_state_follows_dataclasses_lists_and_rows(answer):
    from dataclasses import dataclass

    from pagecache.fragments import value_state

    @dataclass
    class Summary:
        count: int
        rows: list

    rows = [Answer.objects.select_related("doctor").get(pk=answer.pk)]
    plain = value_state(Summary(count=1, rows=rows))
    assert value_state(Summary(count=2, rows=rows)) != plain
    rows[0].doctor.full_name = "Someone Else"
    assert value_state(Summary(count=1, rows=rows)) != plain


def test_a_card_follows_what_the_reader_may_do(answer):
    visitor, member = (
        answer_contents(_answers(answer.question_id), actions=actions)[0]
        for actions in (AnswerActions(login_url="/login/?next=/q/"), AnswerActions(can_vote=True, can_thank=True))
    )
    assert "log in to vote" in visitor
    assert "Thank" not in visitor
    assert CSRF_MARK not in visitor
    assert "log in to vote" not in member
    assert "Thank " in member
    assert member.count(CSRF_MARK) == 2  # the page fills in each form's token; cards never hold one


def test_a_members_token_never_reaches_the_shared_fragments(client_as, answer, patient):
    member = client_as(patient)
    page = member.get(answer.question.get_absolute_url()).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    assert len(token) == 64
    assert CSRF_MARK not in page
    stored = "".join(html for html in recent_fragments._entries.values())
    assert CSRF_MARK in stored
    assert token not in stored


def test_a_rows_age_step_moves_whenever_its_asked_ago_text_can():
    """`age_step` stands in for `timesince` in a question row's key: two moments with the same step must
    show the same text, at every age, across month ends and leap days."""
    import random
    from datetime import UTC, datetime, timedelta

    from django.utils.timesince import timesince

    from questions.fragments import age_step

    rng = random.Random(15)
    for _ in range(400):
        then = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(3 * 365 * 86_400))
        age = timedelta(seconds=rng.choice([60, 3_600, 86_400, 30 * 86_400, 400 * 86_400]) * rng.random() * 20)
        now = then + age
        later = now + timedelta(seconds=rng.randrange(1, 3_600))
        if age_step(then, now) == age_step(then, later):
            assert timesince(then, now) == timesince(then, later), (then, now, later)


def test_an_answers_content_reads_in_the_readers_language_and_time_zone(answer):
    """The content (questions.fragments.answer_content, written in Python for speed) says what the
    template said: the heading, the hidden note with its reason escaped, both dates in the reader's time
    zone and language, the words and the disclaimer naming the doctor."""
    from datetime import UTC, datetime

    from django.utils import timezone, translation

    from questions.fragments import answer_content

    Answer.objects.filter(pk=answer.pk).update(
        created_at=datetime(2026, 3, 1, 2, 30, tzinfo=UTC),
        edited_at=datetime(2026, 3, 2, 12, 0, tzinfo=UTC),
        hidden_at=timezone.now(),
        hidden_reason="<script>spam</script>",
    )
    [row] = _answers(answer.question_id)
    from django.utils.safestring import mark_safe

    with translation.override("es"), timezone.override("America/Bogota"):
        html = answer_content(row, mark_safe("<p>byline</p>"))
        disclaimer = row.disclaimer_text
    name = row.doctor.display_name
    assert f'<h3 id="answer-{row.pk}-heading" class="visually-hidden">Respuesta de {name}</h3>' in html
    assert "<strong>Oculta al público</strong>: &lt;script&gt;spam&lt;/script&gt;" in html
    assert 'Respondida el <time datetime="2026-02-28T21:30:00-0500">28 Feb 2026</time>' in html
    assert 'editada el <time datetime="2026-03-02T07:00:00-0500">2 Mar 2026</time>' in html
    assert "<p>byline</p>" in html and disclaimer.replace("'", "&#x27;") in html and "médico" in disclaimer
    assert f'data-disclaimer-version="{row.disclaimer.number}"' in html


def test_what_a_process_keeps_for_long_is_out_of_the_garbage_collectors_walk(client, answer, settings):
    """Kept fragments and remembered language tags are plain strings: a SafeString is tracked by the
    collector, and a worker keeps thousands of them (ops/preload.py on why full collections matter)."""
    import gc
    import re

    from core.templatetags import languages

    settings.PAGE_CACHE_SECONDS = 0
    page = client.get(answer.question.get_absolute_url())
    assert page.status_code == 200 and 'hreflang="es"' in page.text
    assert recent_fragments._entries and languages._remembered
    kept = [*recent_fragments._entries.values(), *(piece for tag in languages._remembered.values() for piece in tag)]
    assert not any(gc.is_tracked(html) for html in kept)
    # Read again, they are marked safe where they are used: the page is the same, not escaped.
    again = client.get(answer.question.get_absolute_url())
    nonce = re.compile(r'nonce="[^"]*"')
    assert nonce.sub("", again.text) == nonce.sub("", page.text)


def test_a_doctors_name_is_escaped_once_in_every_part_of_the_card(question):
    """A name with an apostrophe reads as written: the answer's heading escaped it twice ("O&amp;#x27;Brien"),
    which a screen reader spelt out."""
    from questions.services import answer_create
    from tests.factories import DoctorProfileFactory

    from .conftest import ANSWER

    doctor = DoctorProfileFactory(full_name="Siobhán O'Brien & Partners")
    answer = answer_create(doctor=doctor, question=question, body=ANSWER)
    answer = Answer.objects.select_related("doctor", "disclaimer").get(pk=answer.pk)
    [card] = answer_contents([answer])
    assert "&amp;#x27;" not in card and "&amp;amp;" not in card
    assert "Answer from Dr. Siobhán O&#x27;Brien &amp; Partners</h3>" in card
    disclaimer = card.split("data-disclaimer-version")[1].split("</div>")[0]
    assert "Siobhán O&#x27;Brien &amp; Partners" in disclaimer


def test_the_related_list_links_each_question_with_its_answers_counted_in_the_readers_language():
    from datetime import UTC, datetime

    from django.utils import translation

    from questions.fragments import related_list
    from questions.reads import RelatedQuestion

    asked = datetime(2026, 3, 1, tzinfo=UTC)
    related = [
        RelatedQuestion(7, "Botox & <b>bruising</b>?", "botox-bruising", 1, 4, asked, "en"),
        RelatedQuestion(1200, 'Filler "lumps" after a week', "filler-lumps", 1234, 2, asked, "en"),
    ]
    html = related_list(related)
    assert html == (
        '<ul class="list-unstyled related-questions">'
        '<li class="mb-2"><a href="/questions/7/botox-bruising/">Botox &amp; &lt;b&gt;bruising&lt;/b&gt;?</a>'
        ' <span class="small text-body-secondary">· 1 answer</span></li>'
        '<li class="mb-2"><a href="/questions/1200/filler-lumps/">Filler &quot;lumps&quot; after a week</a>'
        ' <span class="small text-body-secondary">· 1234 answers</span></li></ul>'
    )
    with translation.override("es"):
        spanish = related_list(related)
    assert 'href="/es/questions/7/botox-bruising/"' in spanish
    assert "· 1 respuesta</span>" in spanish and "· 1234 respuestas</span>" in spanish
