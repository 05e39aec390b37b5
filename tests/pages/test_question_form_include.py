"""The ask page and the asker's edit page render one question form (questions/question_edit_form.html):
the same fields and the same error summary, each problem linked to its field."""

import re

from questions.services import question_create

BODY = "I had lip filler two weeks ago and the left side is still more swollen than the right. Is that normal?"


def _summary(html: str) -> list[tuple[str, str]]:
    box = re.search(r'id="form-errors">(.*?)</div>', html, re.DOTALL)
    assert box, "no error summary"
    return re.findall(r'<a href="(#[^"]+)">([^<]+)</a>', box.group(1))


def _controls(html: str) -> list[str]:
    form = re.search(r'<form method="post"[^>]*class="ask-form">(.*?)</form>', html, re.DOTALL).group(1)
    return re.findall(r'<(?:input|textarea|select)[^>]*\bname="([^"]+)"', form)


def test_asking_and_editing_render_one_question_form_with_one_error_summary(client, patient, treatment):
    question = question_create(
        author=patient, title="Is one side more swollen after filler?", body=BODY, treatments=[treatment]
    )
    client.force_login(patient)
    # Blank fields (an empty POST would leave the edit form unbound).
    blank = {"title": "", "body": ""}
    asked = client.post("/questions/ask/", blank)
    edited = client.post(f"/accounts/mine/questions/{question.pk}/edit/", blank)

    for response in (asked, edited):
        assert response.status_code == 200
        assert "questions/question_edit_form.html" in [template.name for template in response.templates]
    html_asked, html_edited = asked.content.decode(), edited.content.decode()
    assert _summary(html_asked) == _summary(html_edited) != []
    assert _controls(html_asked) == _controls(html_edited)
    assert "before posting:" in html_asked and "before saving:" in html_edited
