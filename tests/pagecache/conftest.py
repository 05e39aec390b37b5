import pytest

from tests.imaging.conftest import prepare  # noqa: F401 (the photo case test posts real images)

# The question and answer the page tests publish (through the services) and look for on the pages.
BODY = "I had Botox three weeks ago and one eyebrow sits higher than the other. Will it even out?"
ANSWER = (
    "A raised outer brow after Botox is common and easy to correct: a tiny top-up dose relaxes the muscle "
    "that lifts it. Wait two weeks after the treatment before judging, then see your injector."
)


@pytest.fixture
def page_cache_on(settings):
    """Pages are cached for five minutes (the test settings leave the page cache off)."""
    settings.PAGE_CACHE_SECONDS = 300
