"""A question's or answer's HTML is made when its text is written, on every path that writes it, and
pages show the stored HTML rather than converting the text on each view."""

import json

import pytest
from django.core.management import call_command
from django.db.models import F

from questions.models import Answer, Question
from questions.services import answer_update
from questions.text import render_body
from tests.questions.conftest import ANSWER

LINKED = "Before and after photos from my clinic: https://example.com/cases and www.example.org, thank you."


def test_a_new_question_and_answer_store_their_html(question, answer):
    assert Question.objects.get(pk=question.pk).body_html == render_body(question.body)
    assert Answer.objects.get(pk=answer.pk).body_html == render_body(answer.body)
    assert "<p>" in answer.body_html


def test_an_edit_through_the_service_stores_the_new_html(answer, doctor):
    edited = f"{ANSWER}\n\nMore on this: https://example.com/swelling-guide"
    answer_update(answer=answer, body=edited, editor=doctor.user)
    stored = Answer.objects.get(pk=answer.pk)
    assert 'href="https://example.com/swelling-guide"' in stored.body_html
    # The caller's instance shows the new text too (the edit page renders it).
    assert answer.body_html == stored.body_html


def test_save_with_update_fields_naming_the_body_saves_the_html(question):
    question.body = LINKED
    question.save(update_fields=["body"])
    assert 'href="https://example.com/cases"' in Question.objects.get(pk=question.pk).body_html


def test_queryset_update_and_bulk_update_keep_the_html_in_step(question, answer):
    Question.objects.filter(pk=question.pk).update(body=LINKED)
    assert 'href="https://www.example.org"' in Question.objects.get(pk=question.pk).body_html

    answer.body = f"{ANSWER} See https://example.com/after-care."
    Answer.objects.bulk_update([answer], ["body"])
    assert 'href="https://example.com/after-care"' in Answer.objects.get(pk=answer.pk).body_html


def test_an_update_with_an_expression_is_refused_rather_than_leaving_stale_html(question):
    with pytest.raises(TypeError, match="save each row"):
        Question.objects.filter(pk=question.pk).update(body=F("title"))


def test_bulk_create_stores_the_html(question, doctor):
    from questions.models import DisclaimerVersion

    [created] = Answer.objects.bulk_create(
        [Answer(question=question, doctor=doctor, body=LINKED, disclaimer=DisclaimerVersion.objects.current())]
    )
    assert 'href="https://example.com/cases"' in Answer.objects.get(pk=created.pk).body_html


def test_fixtures_store_the_html(question, tmp_path):
    data = [
        {
            "model": "questions.question",
            "pk": question.pk,
            "fields": {
                "author": question.author_id,
                "title": question.title,
                "slug": question.slug,
                "body": LINKED,
                "created_at": question.created_at.isoformat(),
                "updated_at": question.updated_at.isoformat(),
                "last_activity_at": question.last_activity_at.isoformat(),
            },
        }
    ]
    fixture = tmp_path / "question.json"
    fixture.write_text(json.dumps(data))
    call_command("loaddata", str(fixture), verbosity=0)
    assert 'href="https://example.com/cases"' in Question.objects.get(pk=question.pk).body_html


def test_the_question_page_shows_the_stored_html_not_the_text_converted_again(client, question, answer):
    # Rows written around the model keep what was stored: proof that the page reads body_html.
    Answer.objects.filter(pk=answer.pk).update(body_html="<p>Stored rendering of the answer.</p>")
    Question.objects.filter(pk=question.pk).update(body_html="<p>Stored rendering of the question.</p>")
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Stored rendering of the answer." in page
    assert "Stored rendering of the question." in page


def test_a_row_without_stored_html_is_converted_when_shown(client, question):
    Question.objects.filter(pk=question.pk).update(body_html="")
    page = client.get(question.get_absolute_url()).content.decode()
    assert render_body(question.body) in page


def test_the_admin_edit_of_an_answer_stores_the_new_html(client_as, admin_user, answer):
    from django.urls import reverse

    data = {"body": f"{ANSWER} Admin note: https://example.com/moderated"}
    data.update({"revisions-TOTAL_FORMS": "1", "revisions-INITIAL_FORMS": "0"})
    response = client_as(admin_user).post(reverse("admin:questions_answer_change", args=[answer.pk]), data)
    assert response.status_code == 302, response.text[:2000]
    assert 'href="https://example.com/moderated"' in Answer.objects.get(pk=answer.pk).body_html
