"""Hiding and restoring a case with MEDIA_STORAGE=s3 (the settings block run with S3 variables, against
an in-process S3 from moto): while hidden, no derivative is left in the public bucket."""

import runpy
from pathlib import Path

import boto3
import pytest
from botocore.exceptions import ClientError
from moto import mock_aws

from moderation.services import content_hide, content_restore
from photos.models import PhotoImage

pytestmark = pytest.mark.django_db

SETTINGS_FILE = Path(__file__).resolve().parents[2] / "qasite" / "settings.py"
S3_ENV = {
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "candid-media",
    "AWS_PRIVATE_BUCKET_NAME": "candid-private",
    "AWS_S3_REGION_NAME": "eu-west-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
}


@pytest.fixture
def s3(monkeypatch, settings):
    for name, value in S3_ENV.items():
        monkeypatch.setenv(name, value)
    ns = runpy.run_path(str(SETTINGS_FILE))
    with mock_aws():
        client = boto3.client("s3", region_name="eu-west-1")
        for bucket in ("candid-media", "candid-private"):
            client.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        settings.STORAGES = {
            **settings.STORAGES,
            "default": ns["STORAGES"]["default"],
            "private": ns["STORAGES"]["private"],
        }
        yield client


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
