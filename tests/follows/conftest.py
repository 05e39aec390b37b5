import pytest


@pytest.fixture(autouse=True)
def _site_url(settings):
    """E-mails link to the site by its public address (SITE_URL), as in production."""
    settings.SITE_URL = "https://candid.example"
