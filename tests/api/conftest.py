import pytest

from api.services import api_token_create
from tests.factories import AnswerFactory, QuestionFactory, ReviewFactory, UserFactory
from tests.photos.conftest import _consent_texts_version_1, make_case, prepare  # noqa: F401


@pytest.fixture
def api_client(client):
    """The test client, saying it is from a fixed address (rate limits count per address)."""
    return client


@pytest.fixture
def token_for():
    """`token_for(user, can_post_answers=False)` -> the secret of a new token of `user`."""

    def make(user, **kwargs) -> str:
        return api_token_create(user=user, name="my script", **kwargs)[1]

    return make


def bearer(secret: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


@pytest.fixture
def content(db, doctor, treatment, patient):
    """A public question answered by `doctor`, a review of `doctor` for `treatment` by `patient`."""
    question = QuestionFactory(author=patient, treatments=[treatment])
    answer = AnswerFactory(question=question, doctor=doctor)
    review = ReviewFactory(
        author=UserFactory(handle="reviewer1"), treatment=treatment, doctor=doctor, rating=4, cost_amount=400
    )
    return {"question": question, "answer": answer, "review": review}
