"""`dumpdata` then `loaddata` gives back timestamps to the microsecond (Django's own JSON keeps
milliseconds only, so a backup restored from it was not an exact copy)."""

import io
import json
from datetime import UTC, datetime

import pytest
from django.core import serializers
from django.core.management import call_command

from accounts.models import Notice


@pytest.mark.django_db
def test_dumpdata_and_loaddata_keep_every_microsecond(tmp_path, patient):
    # 123 µs: the case Django's encoder wrote as ".000Z" and its restore lost.
    moment = datetime(2026, 11, 25, 5, 54, 48, 123, tzinfo=UTC)
    notice = Notice.objects.create(user=patient, message="Approved.", url="/photos/1/")
    Notice.objects.filter(pk=notice.pk).update(created_at=moment)

    out = io.StringIO()
    call_command("dumpdata", "accounts.notice", stdout=out)
    [row] = json.loads(out.getvalue())
    assert row["fields"]["created_at"] == "2026-11-25T05:54:48.000123Z"

    fixture = tmp_path / "notices.json"
    fixture.write_text(out.getvalue())
    Notice.objects.filter(pk=notice.pk).update(created_at=datetime(2000, 1, 1, tzinfo=UTC))
    call_command("loaddata", str(fixture), verbosity=0)
    notice.refresh_from_db()
    assert notice.created_at == moment


def test_the_json_format_is_the_exact_one():
    assert serializers.get_serializer("json").__module__ == "ops.exact_json"
