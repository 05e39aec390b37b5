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


def test_a_members_navigation_is_their_own(client_as, patient, other_patient, client, settings):
    """Members' navigation is kept once per process too, with marks where each member's handle, unread
    count and log-out token go: every member gets their own, never the previous reader's."""
    import re

    from follows.services import notify

    settings.PAGE_CACHE_SECONDS = 0
    _renders(client, "/questions/")  # a visitor's navigation kept first
    notify(user=other_patient, kind="", message="A doctor answered your question.", mail=False)
    seen = []
    for member in (patient, other_patient, patient):
        names, html = _renders(client_as(member), "/questions/")
        nav = html.split("<header>")[1].split("</header>")[0]
        seen.append(names.count(NAV))
        assert member.handle in nav and "Log out" in nav and 'href="/accounts/login/"' not in nav
        assert (other_patient if member == patient else patient).handle not in nav
        assert "\x00" not in html
        assert bool(re.search(r'notice-count">1<', nav)) is (member == other_patient)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]*)"', nav).group(1)
        assert re.fullmatch(r"[A-Za-z0-9]{64}", token)
    assert seen == [1, 0, 0]  # rendered for the first member only


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
