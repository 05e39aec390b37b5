"""A member's e-mails and notices are written in their language (User.language; blank: the site's
default), with links to that language's pages."""

import datetime as dt
import io
import zipfile

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.storage import storages

from accounts.models import Notice
from follows.digests import digests_send
from follows.services import NEW_ANSWER, NEW_QUESTION, follow_create, followers_notify, notify, preferences_update
from privacy.services import data_export_request

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 12, 2)
YESTERDAY = dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.UTC)
SITE = "https://candid.example"


def _speaks(user, language: str):
    user.language = language
    user.save(update_fields=["language"])
    return user


def _news(user):
    preferences_update(user=user, immediate=True, digest="daily")
    Notice.objects.create(
        user=user,
        kind=NEW_ANSWER,
        topic="question:1",
        message="2 new answers on “Uneven eyebrows after Botox?”.",
        url="/questions/1/x/",
        created_at=YESTERDAY,
    )


def test_a_digest_is_in_the_members_language_with_links_to_that_languages_pages(patient, other_patient):
    _news(_speaks(patient, "es"))
    _news(_speaks(other_patient, ""))
    assert digests_send(digest="daily", day=TODAY) == 2
    spanish, english = sorted(mail.outbox, key=lambda message: message.to != [patient.email])

    assert spanish.subject == f"{settings.SITE_NAME}: sus novedades (1 de diciembre de 2026)"
    assert spanish.body.startswith("Hola, patient1:")
    assert f"{SITE}/es/questions/1/x/" in spanish.body
    assert f"{SITE}/es/accounts/email-preferences/" in spanish.body
    assert spanish.extra_headers["List-Unsubscribe"].startswith(f"<{SITE}/es/accounts/unsubscribe/")
    html = spanish.alternatives[0].content
    assert '<html lang="es">' in html and "Darse de baja" in html and f'href="{SITE}/es/questions/1/x/"' in html

    assert english.subject == f"{settings.SITE_NAME}: what's new for you, 1 December 2026"
    assert english.body.startswith("Hello patient2,")
    assert f"{SITE}/questions/1/x/" in english.body and "/es/" not in english.body
    assert english.extra_headers["List-Unsubscribe"].startswith(f"<{SITE}/accounts/unsubscribe/")
    assert '<html lang="en">' in english.alternatives[0].content


def test_a_direct_notice_e_mail_is_in_the_members_language(patient, other_patient, django_capture_on_commit_callbacks):
    _speaks(patient, "es")
    with django_capture_on_commit_callbacks(execute=True):
        for member in (patient, other_patient):
            notify(user=member, kind="reply-to-my-follow-up", message="Dr. Ruiz replied.", url="/q/1/", direct=True)
    spanish, english = sorted(mail.outbox, key=lambda message: message.to != [patient.email])
    assert "Hola, patient1:" in spanish.body and f"{SITE}/es/q/1/" in spanish.body
    assert f"Verlo en {settings.SITE_NAME}" in spanish.alternatives[0].content
    assert "Hello patient2," in english.body and f"{SITE}/q/1/" in english.body and "/es/" not in english.body


def test_a_grouped_notice_reads_in_each_followers_language(patient, other_patient, treatment):
    _speaks(patient, "es")
    topic = f"treatment:{treatment.pk}"
    for member in (patient, other_patient):
        follow_create(user=member, topic=topic)
    for _ in range(2):
        followers_notify(topic=topic, kind=NEW_QUESTION, title="Botox", message="New question", url="/q/")
    assert Notice.objects.get(user=patient).message == "2 preguntas nuevas sobre Botox."
    assert Notice.objects.get(user=other_patient).message == "2 new questions about Botox."


def test_the_data_export_e_mail_and_readme_are_in_the_members_language(patient, django_capture_on_commit_callbacks):
    _speaks(patient, "es")
    with django_capture_on_commit_callbacks(execute=True):
        export = data_export_request(member=patient)
    export.refresh_from_db()
    (message,) = mail.outbox
    assert message.subject == f"{settings.SITE_NAME}: su exportación de datos está lista"
    assert "Hola, patient1:" in message.body and "/es/accounts/data/" in message.body
    assert Notice.objects.get(user=patient).url == "/accounts/data/"
    with storages["private"].open(export.file.name, "rb") as handle:
        readme = zipfile.ZipFile(io.BytesIO(handle.read())).read("README.txt").decode()
    assert readme.startswith(f"Sus datos de {settings.SITE_NAME}") and "/es/accounts/data/" in readme
