"""An expected refusal logs one line without a traceback; a server error keeps its traceback."""

import logging

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client, override_settings
from django.urls import path

from qasite import urls as site_urls

pytestmark = pytest.mark.django_db


def _refuse(request):
    raise PermissionDenied("Only the asker can do that.")


def _fail(request):
    raise RuntimeError("broken on purpose")


urlpatterns = [path("refuse/", _refuse), path("fail/", _fail), *site_urls.urlpatterns]
handler403 = site_urls.handler403
handler500 = site_urls.handler500


@override_settings(ROOT_URLCONF=__name__)
def test_a_refusal_is_one_line_without_a_traceback(caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        assert Client().get("/refuse/").status_code == 403
    records = [r for r in caplog.records if r.name == "django.request"]
    assert len(records) == 1
    assert records[0].exc_info is None


@override_settings(ROOT_URLCONF=__name__)
def test_a_server_error_keeps_its_traceback(caplog):
    with caplog.at_level(logging.ERROR, logger="django.request"):
        assert Client(raise_request_exception=False).get("/fail/").status_code == 500
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.exc_info is not None
