"""Static files as production serves them: hashed, compressed, and their URLs remembered."""

from django.conf import settings
from whitenoise.storage import CompressedManifestStaticFilesStorage


class RememberedUrlsStaticStorage(CompressedManifestStaticFilesStorage):
    """Whitenoise's hashed and compressed static files, with each file's URL remembered in this process.

    Every page asks for the same half-dozen stylesheets, scripts and icons (`{% static %}`), and each
    `url()` looked the name up in the manifest, split, joined and unquoted it again: about 0.1 ms a page.
    The manifest is read once when the process starts and never changes under it, so neither does a URL.
    """

    _REMEMBERED_AT_MOST = 4096  # the site's own files are a few dozen; a bound in case names come from data

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._urls: dict[tuple[str, bool], str] = {}

    def url(self, name: str, force: bool = False) -> str:
        # DEBUG (which tests may turn on) decides between the hashed and the plain name: part of the key.
        key = (name, force or not settings.DEBUG)
        try:
            return self._urls[key]
        except KeyError:
            pass
        url = super().url(name, force)
        if len(self._urls) >= self._REMEMBERED_AT_MOST:
            self._urls.clear()
        self._urls[key] = url
        return url
