"""The static files storage remembers each file's URL: the same URL as whitenoise's, the manifest read once."""

import json

import pytest
from django.test import override_settings

from core.storage import RememberedUrlsStaticStorage


@pytest.fixture
def storage(tmp_path):
    (tmp_path / "staticfiles.json").write_text(
        json.dumps({"version": "1.1", "paths": {"css/site.css": "css/site.0123456789ab.css"}})
    )
    return RememberedUrlsStaticStorage(location=str(tmp_path), base_url="/static/")


@override_settings(DEBUG=False)
def test_a_url_is_the_hashed_one_and_is_looked_up_in_the_manifest_once(storage):
    assert storage.url("css/site.css") == "/static/css/site.0123456789ab.css"
    # The manifest as loaded changes under it: the remembered URL is served without a second look.
    storage.hashed_files["css/site.css"] = "css/site.ffffffffffff.css"
    assert storage.url("css/site.css") == "/static/css/site.0123456789ab.css"


@override_settings(DEBUG=False)
def test_a_file_missing_from_the_manifest_is_refused_every_time(storage):
    for _ in range(2):
        with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
            storage.url("css/missing.css")


def test_debug_serves_the_plain_name_and_force_the_hashed_one(storage):
    with override_settings(DEBUG=False):
        assert storage.url("css/site.css") == "/static/css/site.0123456789ab.css"
    with override_settings(DEBUG=True):
        assert storage.url("css/site.css") == "/static/css/site.css"
        assert storage.url("css/site.css", force=True) == "/static/css/site.0123456789ab.css"
