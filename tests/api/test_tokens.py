"""Personal tokens: made and revoked on the account page (the secret shown once, only its hash kept), and
doctors' answers through the API under the answer form's rules."""

import json

import pytest

from api.models import ApiToken
from api.services import token_hash
from questions.models import Answer, DisclaimerVersion
from tests.factories import QuestionFactory

from .conftest import bearer

ANSWER = "Swelling after filler usually settles within two weeks; cold compresses help in the first days."


@pytest.mark.django_db
def test_a_member_makes_a_token_sees_it_once_and_only_its_hash_is_kept(client_as, patient):
    client = client_as(patient)
    page = client.get("/accounts/api-tokens/")
    assert page.status_code == 200 and b"May post answers" not in page.content  # patients only read

    made = client.post("/accounts/api-tokens/", {"name": "My notices script"})

    assert made.status_code == 200
    token = ApiToken.objects.get(user=patient)
    secret = made.context["secret"]
    assert secret.startswith("cnd_") and secret.encode() in made.content
    assert token.key_hash == token_hash(secret) and secret not in token.key_hash
    assert token.prefix in secret and len(token.prefix) < 12
    again = client.get("/accounts/api-tokens/")
    assert secret.encode() not in again.content and b"My notices script" in again.content
    assert client.get("/api/v1/me", **bearer(secret)).status_code == 200


@pytest.mark.django_db
def test_a_token_without_a_name_is_refused_and_the_form_kept(client_as, patient):
    response = client_as(patient).post("/accounts/api-tokens/", {"name": "   "})
    assert response.status_code == 400 and not ApiToken.objects.exists()


@pytest.mark.django_db
def test_a_member_revokes_their_token_and_it_stops_working(client_as, patient, token_for):
    secret = token_for(patient)
    token = ApiToken.objects.get(user=patient)
    response = client_as(patient).post(f"/accounts/api-tokens/{token.pk}/revoke/")
    assert response.status_code == 302
    assert client_as(patient).get("/api/v1/me", **bearer(secret)).status_code == 401


@pytest.mark.django_db
def test_nobody_revokes_another_members_token(client_as, patient, other_patient, token_for):
    secret = token_for(patient)
    token = ApiToken.objects.get(user=patient)
    assert client_as(other_patient).post(f"/accounts/api-tokens/{token.pk}/revoke/").status_code == 404
    assert client_as(other_patient).post("/accounts/api-tokens/99999999999999/revoke/").status_code == 404
    assert client_as(other_patient).get(f"/accounts/api-tokens/{token.pk}/revoke/").status_code == 405
    assert client_as(patient).get("/api/v1/me", **bearer(secret)).status_code == 200


@pytest.mark.django_db
def test_the_token_page_needs_a_log_in(client):
    assert client.get("/accounts/api-tokens/").status_code == 302


@pytest.mark.django_db
def test_a_token_reads_its_members_notices(client, patient, other_patient, token_for):
    from accounts.services import notice_create

    notice_create(user=patient, message="Dr. Ruiz answered your question.", url="/questions/1/x/")
    notice_create(user=other_patient, message="Somebody else's notice.")
    data = json.loads(client.get("/api/v1/me/notices", **bearer(token_for(patient))).content)
    assert [n["message"] for n in data["results"]] == ["Dr. Ruiz answered your question."]


@pytest.mark.django_db
def test_closing_an_account_revokes_its_tokens(client, patient, token_for):
    from accounts.services import account_close

    secret = token_for(patient)
    account_close(member=patient, keep_posts=True, actor=patient)
    assert client.get("/api/v1/me", **bearer(secret)).status_code == 401
    assert ApiToken.objects.get().revoked_at is not None


def _post_answer(client, question, secret, body=ANSWER):
    return client.post(
        f"/api/v1/questions/{question.pk}/answers",
        data=json.dumps({"body": body}),
        content_type="application/json",
        **bearer(secret),
    )


@pytest.mark.django_db
def test_a_verified_doctor_posts_an_answer_with_the_disclaimer_naming_them(client, doctor, patient, token_for):
    from accounts.models import Notice

    question = QuestionFactory(author=patient)
    response = _post_answer(client, question, token_for(doctor.user, can_post_answers=True))

    assert response.status_code == 201, response.content
    assert response["Location"] == f"/api/v1/questions/{question.pk}"
    data = json.loads(response.content)
    answer = Answer.objects.get(pk=data["id"])
    version = DisclaimerVersion.objects.current()
    assert answer.doctor == doctor and answer.disclaimer == version and answer.body == ANSWER
    assert data["disclaimer"] == {"version_id": version.pk, "version": version.number, "text": answer.disclaimer_text}
    assert "Dr. Ana Ruiz" in data["disclaimer"]["text"]
    question.refresh_from_db()
    assert question.answer_count == 1  # the service's counters, not a copy of them
    assert Notice.objects.filter(user=patient, message__contains="Dr. Ana Ruiz answered").exists()
    # And the public read follows at once.
    answers = json.loads(client.get(f"/api/v1/questions/{question.pk}").content)["answers"]
    assert [a["id"] for a in answers] == [answer.pk]


@pytest.mark.django_db
def test_a_read_only_token_cannot_post_answers(client, doctor, token_for):
    response = _post_answer(client, QuestionFactory(), token_for(doctor.user))
    assert response.status_code == 403 and "only read" in json.loads(response.content)["detail"]
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_only_verified_doctors_get_tokens_that_post_answers(patient, pending_doctor):
    from django.core.exceptions import PermissionDenied

    from api.services import api_token_create

    for user in (patient, pending_doctor.user):
        with pytest.raises(PermissionDenied):
            api_token_create(user=user, name="x", can_post_answers=True)


@pytest.mark.django_db
def test_the_answer_rules_hold_through_the_api(client, doctor, token_for, moderator):
    from doctors.models import DoctorProfile
    from moderation.services import content_hide

    secret = token_for(doctor.user, can_post_answers=True)
    question = QuestionFactory()
    assert _post_answer(client, question, secret).status_code == 201
    twice = _post_answer(client, question, secret)
    assert twice.status_code == 403 and "already answered" in json.loads(twice.content)["detail"]
    hidden = QuestionFactory()
    content_hide(actor=moderator, target=hidden, reason="Spam")
    assert _post_answer(client, hidden, secret).status_code == 404
    short = _post_answer(client, QuestionFactory(), secret, body="Too short.")
    assert short.status_code == 422 and json.loads(short.content)["errors"]
    DoctorProfile.objects.filter(pk=doctor.pk).update(status=DoctorProfile.Status.SUSPENDED)
    suspended = _post_answer(client, QuestionFactory(), secret)
    assert suspended.status_code == 403 and "suspended" in json.loads(suspended.content)["detail"]
    assert Answer.objects.count() == 1


@pytest.mark.django_db
def test_answers_through_the_api_share_the_forms_rate_limit(client, settings, doctor, token_for):
    settings.RATE_LIMITS = {"answer": "1/h"}
    secret = token_for(doctor.user, can_post_answers=True)
    assert _post_answer(client, QuestionFactory(), secret).status_code == 201
    limited = _post_answer(client, QuestionFactory(), secret)
    assert limited.status_code == 429 and limited["Content-Type"] == "application/problem+json"
    assert Answer.objects.count() == 1


@pytest.mark.django_db
def test_a_doctor_without_two_factor_cannot_post_where_the_site_requires_it(client, settings, doctor, token_for):
    secret = token_for(doctor.user, can_post_answers=True)
    settings.TWO_FACTOR_REQUIRED = True
    response = _post_answer(client, QuestionFactory(), secret)
    assert response.status_code == 403 and "two-factor" in json.loads(response.content)["detail"]
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_posting_needs_a_token(client):
    question = QuestionFactory()
    response = client.post(
        f"/api/v1/questions/{question.pk}/answers", data=json.dumps({"body": ANSWER}), content_type="application/json"
    )
    assert response.status_code == 401 and response["Content-Type"] == "application/problem+json"


@pytest.mark.django_db
def test_a_malformed_body_is_a_problem(client, doctor, token_for):
    secret = token_for(doctor.user, can_post_answers=True)
    question = QuestionFactory()
    response = client.post(
        f"/api/v1/questions/{question.pk}/answers", data="{not json", content_type="application/json", **bearer(secret)
    )
    assert response.status_code in (400, 422) and response["Content-Type"] == "application/problem+json"


@pytest.mark.django_db
def test_a_moderator_revokes_a_members_token_from_the_admin(client, admin_user, patient, token_for):
    secret = token_for(patient)
    token = ApiToken.objects.get()
    client.force_login(admin_user)
    page = client.get("/admin/api/apitoken/")
    assert page.status_code == 200 and token.prefix.encode() in page.content
    assert token.key_hash.encode() not in client.get(f"/admin/api/apitoken/{token.pk}/change/").content
    client.post("/admin/api/apitoken/", {"action": "revoke", "_selected_action": [token.pk]})
    client.logout()
    assert client.get("/api/v1/me", **bearer(secret)).status_code == 401
