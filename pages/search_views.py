"""The site search page (`core:search`): treatments, doctors, reviews and questions in one place."""

from hashlib import md5
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from pagecache.members import shared_with_members
from pagecache.paginator import CachedCountPaginator
from pagecache.topics import cached_until_changed, depends_on
from pages.search import questions_capped, site_search
from questions import search as question_text

PAGE_SIZE = 20


@shared_with_members()
def search(request: HttpRequest) -> HttpResponse:
    """Search everything; empty or junk queries get a calm page, not an error. The questions are
    paginated; treatments, doctors and reviews are shown on the first page."""
    query = " ".join(request.GET.get("q", "").split())[:200]
    depends_on(request, "list:questions", "list:treatments", "list:doctors", "list:reviews")
    found = site_search(query)
    page = None
    capped = False
    if found.searched:
        results = found.questions.select_related("first_answer_doctor").with_treatment_list()
        # The total and whether matches were left out are the same for everyone until questions change.
        topics = ["list:questions", "list:treatments"]
        page = CachedCountPaginator(results, PAGE_SIZE, topics=topics).get_page(request.GET.get("page"))
        page.object_list = list(page.object_list)
        question_text.snippets_fill(page.object_list, query)
        capped = bool(page.paginator.count) and cached_until_changed(
            f"site-search-capped:{md5(query.encode(), usedforsecurity=False).hexdigest()}",
            lambda: questions_capped(found),
            topics=topics,
        )
    first_page = page is None or page.number == 1
    context = {
        "query": query,
        "found": found,
        "searched": found.searched,
        "first_page": first_page,
        "page": page,
        "capped": capped,
        "search_limit": question_text.SEARCH_LIMIT,
        "results": page.object_list if page else [],
        "question_count": page.paginator.count if page else 0,
        "query_string": urlencode({"q": query}),
    }
    return render(request, "pages/search.html", context)
