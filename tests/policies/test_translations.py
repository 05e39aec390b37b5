"""A policy version in another language: shown to its readers with the English version named as the one
that applies; acceptance stays per version; kept as it was once the version is in effect."""

import pytest
from django.core.exceptions import ValidationError

from policies.models import PolicyKind, PolicyTranslation
from tests.policies.helpers import write_version

pytestmark = pytest.mark.django_db


def _terms_in_spanish(**version):
    english = write_version(
        PolicyKind.TERMS, summary="Accounts must now be 18+.", body="## Ages\n\nEighteen and over.", **version
    )
    spanish = PolicyTranslation.objects.create(
        version=english,
        language="es",
        summary="Las cuentas ahora son solo para mayores de 18 años.",
        body="## Edad\n\nDieciocho años o más.",
    )
    return english, spanish


def test_spanish_readers_get_the_translation_and_are_told_the_english_applies(client):
    english, _ = _terms_in_spanish(days_ago=1)
    page = client.get(f"/es/policies/terms/v{english.number}/").text
    assert "<h2>Edad</h2>" in page and "mayores de 18 años" in page and "Eighteen and over" not in page
    assert f'href="/policies/terms/v{english.number}/" hreflang="en" lang="en"' in page
    english_page = client.get(f"/policies/terms/v{english.number}/").text
    assert "Eighteen and over" in english_page and "Edad" not in english_page and "translation" not in english_page


def test_a_version_without_a_translation_shows_its_own_words(client):
    write_version(PolicyKind.PRIVACY, days_ago=1, body="## Data\n\nWe keep little.")
    page = client.get("/es/policies/privacy/").text
    assert "We keep little." in page and "This is a translation" not in page


def test_a_translation_is_rendered_safely_and_kept_once_its_version_is_in_effect():
    _, spanish = _terms_in_spanish(days_ago=1)
    assert spanish.body_html == "<h2>Edad</h2>\n<p>Dieciocho años o más.</p>"
    spanish.body = "## Edad\n\n<script>alert(1)</script>Cambiado."
    with pytest.raises(ValidationError):
        spanish.save()


def test_a_translation_of_a_version_not_yet_in_effect_can_still_be_corrected():
    _, spanish = _terms_in_spanish(days_ahead=3)
    spanish.body = "## Edad\n\n<script>alert(1)</script>Corregido."
    spanish.save()
    assert "<script>" not in spanish.body_html and "Corregido." in spanish.body_html
