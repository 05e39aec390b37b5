"""URLs of objects for pages that link to many of them."""

from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language


@lru_cache(maxsize=50_000)
def _reverse(viewname: str, args: tuple, urlconf, prefix: str, language: str | None) -> str:
    return reverse(viewname, args=args, urlconf=urlconf)


def reverse_often(viewname: str, *args) -> str:
    """`reverse(viewname, args=args)`, remembered in this process.

    For the links a page repeats per row (each answer's doctor, flag page, vote form): reverse() walks
    the URL patterns and checks the result with a regular expression, about 20 microseconds each,
    and a question page asked for a hundred of them. The result depends only on the arguments, the
    URLconf, the script prefix and the language, which are all part of the key. Arguments must be
    hashable (ids, slugs).
    """
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _reverse(viewname, args, urlconf, get_script_prefix(), get_language())
