"""The admin index as the moderators' dashboard: one count per queue, links into each queue."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from doctors.models import DoctorProfile
from moderation.models import Flag
from moderation.services import content_hide, flag_create
from tests.factories import AnswerFactory, DoctorProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def queues(response) -> dict:
    return {queue.key: queue for queue in response.context["moderation_queues"]}


def test_the_dashboard_counts_each_queue_and_links_to_it(client_as, moderator, pending_doctor):
    answer = AnswerFactory()  # by a doctor verified just now
    flag_create(reporter=UserFactory(), target=answer, reason=Flag.Reason.SPAM)
    content_hide(actor=moderator, target=AnswerFactory(), reason="Spam")
    response = client_as(moderator).get("/admin/")
    assert response.status_code == 200
    found = queues(response)
    assert found["doctors"].count == 1
    assert found["doctors"].url == "/admin/doctors/doctorprofile/?status=pending"
    assert found["flags"].count == 1
    assert found["flags"].url == "/admin/moderation/flag/?status__exact=open"
    assert found["new_doctor_answers"].count == 2
    assert "Recent moderation" in response.text
    assert "Hid content" in response.text
    # The standard app list stays below the queues.
    assert 'class="app-list"' in response.text or "app-moderation" in response.text


def test_the_dashboard_links_all_open(client_as, moderator, pending_doctor):
    AnswerFactory()
    client = client_as(moderator)
    for queue in queues(client.get("/admin/")).values():
        assert client.get(queue.url).status_code == 200, queue.key


def test_the_dashboard_runs_a_fixed_number_of_queries(client_as, moderator):
    client = client_as(moderator)
    client.get("/admin/")

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/").status_code == 200
        return len(queries)

    small = count()
    for _ in range(5):
        answer = AnswerFactory()
        flag_create(reporter=UserFactory(), target=answer, reason=Flag.Reason.SPAM)
        content_hide(actor=moderator, target=AnswerFactory(), reason="Spam")
    DoctorProfileFactory.create_batch(3, status=DoctorProfile.Status.PENDING, verified_at=None)
    assert count() == small


def test_a_patient_gets_no_dashboard(client_as, patient):
    response = client_as(patient).get("/admin/")
    assert response.status_code == 302


def test_log_times_are_valid_datetimes_without_microseconds(client_as, moderator, patient):
    import re

    from moderation.models import ModerationLog
    from moderation.services import log_action

    log_action(actor=moderator, action=ModerationLog.Action.EDIT, target=patient, reason="Tidied the profile.")
    page = client_as(moderator).get("/admin/").content.decode()
    stamps = re.findall(r'<time datetime="([^"]+)"', page)
    assert stamps
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", stamp) for stamp in stamps), stamps
