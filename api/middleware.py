"""Under /api/: CORS preflights answered, and every error the rest of the site would answer with a page
(a 404 for an unknown path, the 400 for a NUL byte, a 405, a 500) answered as problem details."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from api.http import PROBLEM_TYPE, cors, problem_response

API_PREFIX = "/api/"


class ApiMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS":
            # Reads only, without credentials: a page on any site may GET the API.
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
            response["Access-Control-Max-Age"] = "86400"
            response["Allow"] = "GET, HEAD, OPTIONS"
            return cors(request, response)
        head = request.method == "HEAD"
        if head:  # the operations are GETs: HEAD is the same answer without its body
            request.method = "GET"
        response = self.get_response(request)
        if head:
            request.method = "HEAD"
            response["Content-Length"] = str(len(response.content))
            response.content = b""
        content_type = response.get("Content-Type", "")
        if response.status_code >= 400 and not content_type.startswith((PROBLEM_TYPE, "application/json")):
            headers = {name: response[name] for name in ("Allow", "Retry-After") if name in response}
            return problem_response(request, response.status_code, headers=headers)
        return response
