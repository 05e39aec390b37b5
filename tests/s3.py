"""MEDIA_STORAGE=s3 in a test: qasite/settings.py evaluated with S3 variables, against an in-process S3
(moto), with the project's public and private storages pointed at its two buckets."""

import runpy
from collections.abc import Iterator
from pathlib import Path

import boto3
from moto import mock_aws

SETTINGS_FILE = Path(__file__).resolve().parents[1] / "qasite" / "settings.py"
PUBLIC_BUCKET, PRIVATE_BUCKET = "candid-media", "candid-private"
S3_ENV = {
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": PUBLIC_BUCKET,
    "AWS_PRIVATE_BUCKET_NAME": PRIVATE_BUCKET,
    "AWS_S3_REGION_NAME": "eu-west-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
}


def settings_with(monkeypatch, **env: str) -> dict:
    """qasite/settings.py evaluated with these environment variables, as a fresh process would."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS_FILE))


def s3_storages(monkeypatch, settings) -> Iterator:
    """For an `s3` fixture to yield from: the S3 client of a fresh in-process S3 with both buckets, while
    the "default" and "private" storages are the ones the S3 settings configure."""
    ns = settings_with(monkeypatch, **S3_ENV)
    with mock_aws():
        client = boto3.client("s3", region_name=S3_ENV["AWS_S3_REGION_NAME"])
        for bucket in (PUBLIC_BUCKET, PRIVATE_BUCKET):
            client.create_bucket(
                Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": S3_ENV["AWS_S3_REGION_NAME"]}
            )
        settings.STORAGES = {
            **settings.STORAGES,
            "default": ns["STORAGES"]["default"],
            "private": ns["STORAGES"]["private"],
        }
        yield client
