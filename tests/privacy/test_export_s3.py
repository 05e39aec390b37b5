"""Data exports with MEDIA_STORAGE=s3 (the settings block run with S3 variables, against an in-process S3
from moto): the ZIP goes to the private bucket, holds the photo originals read from it, is streamed to
the member, and expiry deletes it from the bucket."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from privacy.models import DataExport
from privacy.services import data_export_request, data_exports_purge_expired
from tests.factories import ReviewFactory
from tests.privacy.conftest import open_zip
from tests.s3 import PRIVATE_BUCKET, PUBLIC_BUCKET, s3_storages

pytestmark = pytest.mark.django_db


@pytest.fixture
def s3(monkeypatch, settings):
    yield from s3_storages(monkeypatch, settings)


def keys(client, bucket: str) -> set[str]:
    return {item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])}


def test_an_export_lives_in_the_private_bucket_until_it_expires(
    s3, patient, treatment, make_case, client_as, django_capture_on_commit_callbacks
):
    case = make_case(uploader=patient, review=ReviewFactory(author=patient, treatment=treatment))
    with django_capture_on_commit_callbacks(execute=True):
        export = data_export_request(member=patient)
    export.refresh_from_db()
    assert export.status == "ready"
    assert export.file.name in keys(s3, PRIVATE_BUCKET) and export.file.name not in keys(s3, PUBLIC_BUCKET)
    stored = s3.get_object(Bucket=PRIVATE_BUCKET, Key=export.file.name)
    assert stored["ContentLength"] == export.size

    response = client_as(patient).get(reverse("privacy:download", args=[export.pk]))
    assert response.status_code == 200
    archive, docs = open_zip(b"".join(response.streaming_content))
    for image in case.images.all():
        original = s3.get_object(Bucket=PRIVATE_BUCKET, Key=image.original.name)["Body"].read()
        assert archive.read(f"photos/case-{case.pk}-{image.role}.jpg") == original
    assert docs["photo_cases.json"][0]["id"] == case.pk

    assert data_exports_purge_expired(now=timezone.now() + datetime.timedelta(days=8)) == 1
    assert export.file.name not in keys(s3, PRIVATE_BUCKET)
    assert DataExport.objects.get(pk=export.pk).status == "expired"
