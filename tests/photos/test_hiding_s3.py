"""Hiding and restoring a case with MEDIA_STORAGE=s3 (the settings block run with S3 variables, against
an in-process S3 from moto): while hidden, no derivative is left in the public bucket."""

import pytest
from botocore.exceptions import ClientError

from moderation.services import content_hide, content_restore
from photos.models import PhotoImage
from tests.s3 import s3_storages

pytestmark = pytest.mark.django_db


@pytest.fixture
def s3(monkeypatch, settings):
    yield from s3_storages(monkeypatch, settings)


def keys(client, bucket: str) -> set[str]:
    return {item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])}


def public_answer(client, key: str) -> int:
    try:
        client.head_object(Bucket="candid-media", Key=key)
    except ClientError as error:
        return int(error.response["Error"]["Code"])
    return 200


def test_hiding_empties_the_public_bucket_of_the_case_and_restoring_refills_it(
    s3, make_case, moderator, django_capture_on_commit_callbacks
):
    case = make_case()
    names = [n for image in PhotoImage.objects.filter(case=case) for n in image.public_file_names()]
    assert len(names) == 16 and keys(s3, "candid-media") == set(names)
    assert all(public_answer(s3, name) == 200 for name in names)

    with django_capture_on_commit_callbacks(execute=True):
        content_hide(actor=moderator, target=case, reason="Flagged.")
    assert keys(s3, "candid-media") == set()
    assert [public_answer(s3, name) for name in names] == [404] * 16
    withheld = {n for image in PhotoImage.objects.filter(case=case) for n in image.public_file_names()}
    assert withheld <= keys(s3, "candid-private")

    with django_capture_on_commit_callbacks(execute=True):
        content_restore(actor=moderator, target=case, reason="Fine.")
    restored = {n for image in PhotoImage.objects.filter(case=case) for n in image.public_file_names()}
    assert keys(s3, "candid-media") == restored and not restored & set(names)
    assert len(keys(s3, "candid-private")) == 2  # the originals only


def test_withdrawing_consent_empties_both_buckets_of_the_case(
    s3, make_case, doctor, django_capture_on_commit_callbacks
):
    from photos.services import photo_case_withdraw

    case = make_case()
    assert len(keys(s3, "candid-media")) == 16 and len(keys(s3, "candid-private")) == 2
    with django_capture_on_commit_callbacks(execute=True):
        photo_case_withdraw(case=case, user=doctor.user)
    assert keys(s3, "candid-media") == set() and keys(s3, "candid-private") == set()


def test_closing_an_account_empties_both_buckets_of_their_cases(
    s3, make_case, patient, django_capture_on_commit_callbacks
):
    from accounts.services import account_close
    from tests.factories import ReviewFactory

    make_case(uploader=patient, review=ReviewFactory(author=patient), seed=3)
    hidden = make_case(uploader=patient, review=ReviewFactory(author=patient), seed=5)
    with django_capture_on_commit_callbacks(execute=True):
        content_hide(actor=patient, target=hidden, reason="Flagged.")  # withheld: derivatives in the private bucket
    assert len(keys(s3, "candid-media")) == 16 and len(keys(s3, "candid-private")) == 4 + 16
    with django_capture_on_commit_callbacks(execute=True):
        account_close(member=patient, keep_posts=True, actor=patient)
    assert keys(s3, "candid-media") == set() and keys(s3, "candid-private") == set()
