import pytest

pytestmark = pytest.mark.django_db


def test_home_page_renders_with_local_bootstrap(client, treatment):
    response = client.get("/")
    assert response.status_code == 200
    assert "/static/vendor/bootstrap/css/bootstrap.min.css" in response.text
    assert "cdn" not in response.text.lower()
    assert 'href="#main"' in response.text
    assert treatment.name in response.text


def test_unknown_url_gives_styled_404(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "We couldn't find that page" in response.text
    assert "navbar" in response.text


def test_sitemap_lists_treatments(client, treatment):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert f"/treatments/{treatment.slug}/" in response.text
