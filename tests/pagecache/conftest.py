from tests.imaging.conftest import prepare  # noqa: F401 (the photo case test posts real images)
