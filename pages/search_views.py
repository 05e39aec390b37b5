"""The site search page (`core:search`): treatments, doctors, reviews and questions in one place."""

from dataclasses import dataclass, field
from hashlib import md5
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from pagecache.members import shared_with_members
from pagecache.paginator import CachedCountPaginator
from pagecache.topics import cached_until_changed, depends_on
from pages.search import SiteSearch, questions_capped, site_search
from questions import search as question_text
from questions.models import Question

PAGE_SIZE = 20
# What a search shows: every kind it finds, and their figures.
TOPICS = ["list:questions", "list:treatments", "list:doctors", "list:reviews"]


@dataclass
class SearchPage:
    """What one page of a search shows: what `site_search` found besides questions, the page's question
    rows (with their snippets), their total and whether matches were left out."""

    found: SiteSearch
    questions: list[Question] = field(default_factory=list)
    question_count: int = 0
    number: int = 1
    capped: bool = False


def _search_page(query: str, page_number: str) -> SearchPage:
    found = site_search(query)
    if not found.searched:
        return SearchPage(found=found)
    results = found.questions.select_related("first_answer_doctor").with_treatment_list()
    digest = md5(query.encode(), usedforsecurity=False).hexdigest()
    page = CachedCountPaginator(results, PAGE_SIZE, topics=TOPICS, key=f"site-search:{digest}").get_page(page_number)
    rows = list(page.object_list)
    question_text.snippets_fill(rows, query)
    capped = bool(page.paginator.count) and questions_capped(found)
    found.questions = Question.objects.none()  # what it matched is in the rows: nothing left to query
    return SearchPage(found, rows, page.paginator.count, page.number, capped)


@shared_with_members()
def search(request: HttpRequest) -> HttpResponse:
    """Search everything; empty or junk queries get a calm page, not an error. The questions are
    paginated; treatments, doctors and reviews are shown on the first page."""
    query = " ".join(request.GET.get("q", "").split())[:200]
    depends_on(request, *TOPICS)
    page_number = request.GET.get("page", "")
    page_number = page_number if page_number.isdigit() and len(page_number) <= 6 else ""
    # A search costs a dozen queries over the whole site, and what it finds is the same for everyone
    # until one of the lists it searches changes: kept per query and page until then.
    digest = md5(f"{query}\x00{page_number}".encode(), usedforsecurity=False).hexdigest()
    shown = cached_until_changed(f"site-search-page:{digest}", lambda: _search_page(query, page_number), topics=TOPICS)
    page: Page | None = None
    if shown.found.searched:
        page = Paginator(range(shown.question_count), PAGE_SIZE).get_page(shown.number)
        page.object_list = shown.questions
    context = {
        "query": query,
        "found": shown.found,
        "searched": shown.found.searched,
        "first_page": page is None or page.number == 1,
        "page": page,
        "capped": shown.capped,
        "search_limit": question_text.SEARCH_LIMIT,
        "results": shown.questions,
        "question_count": shown.question_count,
        "query_string": urlencode({"q": query}),
    }
    return render(request, "pages/search.html", context)
