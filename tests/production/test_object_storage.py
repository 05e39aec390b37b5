"""MEDIA_STORAGE=s3: the settings block (qasite/settings.py) run with S3 variables, against an
in-process S3 (moto): private files in their own private bucket behind short-lived signed URLs,
derivatives public, readiness and media backups through the same storages."""

import io
import tarfile
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.urls import reverse

from ops.backup import storage_archive, storage_extract
from tests.s3 import S3_ENV, s3_storages, settings_with


def test_s3_settings_keep_private_files_in_a_private_bucket(monkeypatch):
    ns = settings_with(monkeypatch, **S3_ENV)
    public, private = ns["STORAGES"]["default"], ns["STORAGES"]["private"]

    assert public["BACKEND"] == private["BACKEND"] == "storages.backends.s3.S3Storage"
    assert private["OPTIONS"]["bucket_name"] == "candid-private"
    assert private["OPTIONS"]["default_acl"] == "private"
    assert private["OPTIONS"]["querystring_auth"] is True
    assert private["OPTIONS"]["querystring_expire"] <= 900
    assert public["OPTIONS"]["bucket_name"] == "candid-media"
    assert public["OPTIONS"]["querystring_auth"] is False
    assert ns["SERVE_MEDIA"] is False
    assert "https://candid-media.s3.eu-west-1.amazonaws.com" in ns["SECURE_CSP"]["img-src"]


def test_s3_settings_refuse_to_start_without_a_separate_private_bucket(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="AWS_PRIVATE_BUCKET_NAME"):
        settings_with(monkeypatch, **{**S3_ENV, "AWS_PRIVATE_BUCKET_NAME": "candid-media"})


def test_unknown_media_storage_is_refused(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="MEDIA_STORAGE"):
        settings_with(monkeypatch, MEDIA_STORAGE="ftp")


@pytest.fixture
def s3(monkeypatch, settings):
    yield from s3_storages(monkeypatch, settings)


def test_private_files_get_short_lived_signed_urls_and_derivatives_plain_ones(s3):
    licence = storages["private"].save("licences/dr-ruiz.pdf", ContentFile(b"%PDF-1.4 licence"))
    derivative = storages["default"].save("photos/case-1/after-800.webp", ContentFile(b"RIFFwebp"))

    private_url = urlsplit(storages["private"].url(licence))
    query = parse_qs(private_url.query)
    assert "candid-private" in private_url.netloc + private_url.path
    assert "X-Amz-Signature" in query
    assert int(query["X-Amz-Expires"][0]) <= 900
    grants = s3.get_object_acl(Bucket="candid-private", Key=licence)["Grants"]
    assert not any("AllUsers" in grant["Grantee"].get("URI", "") for grant in grants)

    public_url = storages["default"].url(derivative)
    assert "candid-media" in public_url
    assert "X-Amz-Signature" not in public_url


def test_new_uploads_never_overwrite_an_existing_object(s3):
    first = storages["private"].save("licences/same.pdf", ContentFile(b"first"))
    second = storages["private"].save("licences/same.pdf", ContentFile(b"second"))
    assert first != second
    with storages["private"].open(first) as f:
        assert f.read() == b"first"


@pytest.mark.django_db
def test_readyz_checks_both_buckets(s3, client):
    assert client.get(reverse("core:readyz")).json()["storage"] == "ok"

    s3.delete_bucket(Bucket="candid-private")

    response = client.get(reverse("core:readyz"))
    assert response.status_code == 503
    assert response.json()["storage"] == "down"


def test_media_backup_round_trips_through_the_buckets(s3, tmp_path):
    private = storages["private"]
    names = [private.save(f"originals/case-{n}/before.jpg", ContentFile(bytes([n]) * 1000)) for n in range(3)]
    archive = tmp_path / "private_media.tar.gz"

    assert storage_archive(private, archive) == 3
    for name in names:
        private.delete(name)
    assert storage_extract(private, archive) == 3

    for n, name in enumerate(names):
        with private.open(name) as f:
            assert f.read() == bytes([n]) * 1000


def test_restore_refuses_archive_paths_outside_the_storage(s3, tmp_path):
    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("../escape.txt")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"hi"))
    with pytest.raises(Exception, match="outside the storage"):
        storage_extract(storages["default"], archive)
