import re
from collections.abc import Callable

from django.db import connections
from django.http import HttpRequest, HttpResponse


class QueryCountMiddleware:
    """On the benchmark's server (bench.settings): a request sent with `X-Count-Queries: 1` gets back `X-Query-Count`.

    It is first in the stack, so the count covers every query of the request (session, user, page).
    Only requests that ask pay for the counting. `X-Query-Tables` names each query's first table, in
    order, so a count that differs from the tests' pinned one can be explained from the results file.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.headers.get("X-Count-Queries") != "1":
            return self.get_response(request)
        tables: list[str] = []

        def counter(execute, sql, params, many, context):
            tables.append(main_table(sql))
            return execute(sql, params, many, context)

        with connections["default"].execute_wrapper(counter):
            response = self.get_response(request)
        response["X-Query-Count"] = str(len(tables))
        response["X-Query-Tables"] = " ".join(tables)
        return response


TABLE = re.compile(r'\b(?:FROM|INTO|UPDATE)\s+"?(\w+)', re.IGNORECASE)


def main_table(sql: str) -> str:
    """The table a statement reads or writes: the first one named outside any subquery's parentheses."""
    named = [(sql.count("(", 0, m.start()) - sql.count(")", 0, m.start()), m.group(1)) for m in TABLE.finditer(sql)]
    return min(named, key=lambda pair: pair[0])[1] if named else sql.split(None, 1)[0]
