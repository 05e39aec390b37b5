"""Which language a page is in, and the same page's address in another language.

English pages keep the addresses they always had; every other language's pages live under its code
(`/es/preguntas` would be nicer, but one set of paths for all languages keeps shared links and tests
simple). The page's language is its address's: never the browser's Accept-Language, which only makes
the site *offer* another language (static/js/site.js), and never a cookie, which only redirects an
unprefixed address to the reader's chosen language (core.middleware.LanguagePreferenceMiddleware).
"""

from functools import cache

from django.conf import settings
from django.urls import is_valid_path
from django.utils import translation

# Addresses outside `i18n_patterns` (qasite/urls.py): the same in every language.
_UNTRANSLATED_PREFIXES = ("/api/v1/", "/sitemap.xml", "/media/", "/static/", "/language/")


@cache
def _prefixed_languages() -> tuple[str, ...]:
    return tuple(code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE)


def language_of_path(path: str) -> str:
    """The language a path's page is in: its prefix's, or the default language's."""
    for code in _prefixed_languages():
        if path == f"/{code}" or path.startswith(f"/{code}/"):
            return code
    return settings.LANGUAGE_CODE


def path_without_language(path: str) -> str:
    """`/es/questions/1/` -> `/questions/1/`; an English path as it is. For rules keyed by path
    (what the page cache leaves out, which pages stay open before terms are accepted)."""
    code = language_of_path(path)
    if code == settings.LANGUAGE_CODE:
        return path
    return path[len(code) + 1 :] or "/"


def path_in_language(path: str, code: str) -> str:
    """The same page's path in language `code` (any path: checked by the caller if it must exist)."""
    bare = path_without_language(path)
    return bare if code == settings.LANGUAGE_CODE else f"/{code}{bare}"


def is_translated_path(path: str) -> bool:
    """Whether `path` (without a language prefix) is a page that exists in every language."""
    return not path.startswith(_UNTRANSLATED_PREFIXES)


def page_exists_in(path: str, code: str) -> bool:
    with translation.override(code):
        return is_valid_path(path_in_language(path, code))


# What `makemessages` reads: the project's code and templates, not its tools, tests or installed
# packages (Makefile `messages`, tests/i18n/test_messages.py).
MAKEMESSAGES_IGNORE = [
    ".venv*",
    "node_modules",
    "quality/*",
    "staticfiles",
    "bench/*",
    "tests/*",
    "docs/*",
    "media",
    "private",
    "test-results",
]


def written_in():
    """The field a member's post keeps its language in (`lang` on the page; lists filter by it)."""
    from django.db import models

    return models.CharField(
        "language",
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        db_index=True,
        help_text="The language it was written in: the page it was written on.",
    )


def current_language() -> str:
    """The active language as one of settings.LANGUAGES (the default when none is active)."""
    return translation.get_supported_language_variant(translation.get_language() or settings.LANGUAGE_CODE)
