"""Error pages in the site's own layout: an expired form (CSRF) and a server error."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_an_expired_form_gets_the_sites_page_with_a_way_back(patient):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(patient)
    response = browser.post(
        "/questions/ask/", {"title": "Is this kept?"}, headers={"Referer": "http://testserver/questions/ask/"}
    )
    assert response.status_code == 403
    page = response.content.decode()
    assert "This form has expired" in page
    assert 'href="http://testserver/questions/ask/"' in page
    assert '<meta name="viewport"' in page
    assert "navbar" in page


def test_the_way_back_never_leaves_the_site(patient):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post("/questions/ask/", {}, headers={"Referer": "https://evil.example/phish"})
    assert response.status_code == 403
    assert "evil.example" not in response.content.decode()


def test_the_server_error_page_has_the_sites_look(client, settings):
    from django.urls import path

    from qasite import urls as site_urls

    def boom(request):
        raise RuntimeError("broken on purpose")

    settings.ROOT_URLCONF = type(
        "Conf", (), {"urlpatterns": [path("boom/", boom), *site_urls.urlpatterns], "handler500": site_urls.handler500}
    )
    browser = Client(raise_request_exception=False)
    response = browser.get("/boom/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong on our side" in page
    assert "bootstrap" in page and '<meta name="viewport"' in page
