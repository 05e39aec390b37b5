from django.http import HttpRequest, HttpResponse


def ping(request: HttpRequest) -> HttpResponse:
    """A fixed string through the whole middleware stack: the ceiling every page is compared with.

    /bench/ is in the benchmark settings' PAGE_CACHE_EXCLUDE, so this pays no cache lookup either.
    """
    return HttpResponse("pong", content_type="text/plain")
