"""The site's chrome kept per process (`{% include_kept %}`): rendered once, never another reader's."""

import pytest
from django.test.signals import template_rendered

pytestmark = pytest.mark.django_db

NAV = "includes/nav.html"
FOOTER = "includes/footer.html"


def _renders(visitor, url: str) -> tuple[list[str], str]:
    names: list[str] = []

    def record(sender, template, context, **kwargs):
        names.append(template.name)

    template_rendered.connect(record)
    try:
        response = visitor.get(url)
    finally:
        template_rendered.disconnect(record)
    assert response.status_code == 200
    return names, response.content.decode()


def test_visitors_navigation_and_the_footer_are_rendered_once(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    _renders(client, "/questions/")
    names, html = _renders(client, "/doctors/")
    assert names.count(NAV) == 0 and names.count(FOOTER) == 0
    assert 'href="/accounts/login/"' in html and "Community guidelines" in html


def test_a_members_navigation_is_their_own(client_as, patient, client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    _renders(client, "/questions/")  # a visitor's navigation kept first
    names, html = _renders(client_as(patient), "/questions/")
    assert names.count(NAV) == 1 and names.count(FOOTER) == 0
    assert patient.handle in html and "Log out" in html and 'href="/accounts/login/"' not in html


def test_the_search_box_keeps_what_was_searched(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    _renders(client, "/questions/")
    names, html = _renders(client, "/search/?q=keloid")
    assert names.count(NAV) == 1
    assert 'value="keloid"' in html
    names, html = _renders(client, "/questions/")
    assert 'value="keloid"' not in html


def test_changed_settings_render_it_again(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    _renders(client, "/questions/")
    settings.SITE_NAME = "Clinica Abierta"
    names, html = _renders(client, "/questions/")
    assert names.count(FOOTER) == 1
    assert "<strong>Clinica Abierta</strong>" in html
