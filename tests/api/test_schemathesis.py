"""The live API against its own OpenAPI schema: schemathesis sends generated requests to every operation
(a bounded number each) and checks there is no server error, every response matches the schema (status,
content type, body), and no private field of any member appears in any response."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from accounts.models import User
from api.services import api_token_create
from tests.factories import AnswerFactory, QuestionFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.slow  # a live server and a few hundred requests

EXAMPLES_PER_OPERATION = 20
PRIVATE: list[str] = []  # the members' e-mail addresses and real names, filled in by `live_api`


@pytest.fixture
def live_api(django_db_serialized_rollback, live_server, settings, doctor, treatment, patient, make_case):
    """The live server with content in every list (a hidden question too), a token of the patient and one
    of the doctor, and limits high enough that generated requests are not refused for their number."""
    from moderation.services import content_hide
    from tests.questions.conftest import disclaimer_version_1

    # A transactional test earlier in the run may have flushed the migrations' rows.
    disclaimer_version_1()
    settings.RATE_LIMITS = {"api": "100000/m", "api-token": "100000/m", "answer": "100000/h"}
    for n in range(3):
        question = QuestionFactory(author=patient, treatments=[treatment])
        AnswerFactory(question=question, doctor=doctor)
        ReviewFactory(
            author=UserFactory(full_name=f"Real Name {n}"), treatment=treatment, doctor=doctor, cost_amount=300
        )
    content_hide(actor=User.objects.create_user("mod2", "mod2@example.com", is_staff=True), target=question, reason="x")
    make_case(treatments=[treatment])
    patient.full_name = "Patricia Private"
    patient.save()
    PRIVATE[:] = [value for user in User.objects.all() for value in (user.email, user.full_name) if value]
    tokens = {
        "patient": api_token_create(user=patient, name="schema checks")[1],
        "doctor": api_token_create(user=doctor.user, name="schema checks", can_post_answers=True)[1],
    }
    return live_server.url, tokens


def no_private_field(ctx, response, case) -> bool | None:
    """No member's e-mail address or real name, anywhere in any response."""
    text = response.text
    leaked = [value for value in PRIVATE if value in text]
    if leaked:
        raise AssertionError(f"Private values in the response to {case.method} {case.path}: {leaked}")
    return None


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def test_the_live_api_keeps_to_its_schema(live_api):
    """Every operation, EXAMPLES_PER_OPERATION generated requests each, as anyone and with a token (the
    doctor's for writes, the patient's for reads). (schemathesis' own pytest fixture loader does not run
    on this pytest, so the operations are walked here.)"""
    url, tokens = live_api
    schema = schemathesis.openapi.from_url(f"{url}/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 14

    seen: list[tuple[str, int]] = []
    for operation in operations:
        _check_operation(operation, tokens["doctor" if operation.method.upper() == "POST" else "patient"], seen)

    # The checks ran on real answers: every list answered at least once, and refusals were met too.
    answered = {path for path, status in seen if status == 200}
    assert {"/api/v1/questions", "/api/v1/doctors", "/api/v1/reviews", "/api/v1/photos", "/api/v1/me"} <= answered
    assert {status for _path, status in seen} >= {200, 401, 404}


def _check_operation(operation, token: str, seen: list) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def check(case):
        for headers in ({}, {"Authorization": f"Bearer {token}"}):
            response = case.call(headers=headers)
            seen.append((operation.path, response.status_code))
            case.validate_response(response, checks=CHECKS, additional_checks=[no_private_field])

    check()
