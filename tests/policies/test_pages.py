"""The public policy pages: the version in force, what changed, earlier versions, footer links everywhere."""

import pytest
from django.urls import reverse

from policies.models import PolicyKind
from tests.factories import QuestionFactory
from tests.policies.helpers import write_version

pytestmark = pytest.mark.django_db

FOOTER_LINKS = [
    '<a href="/policies/guidelines/">Community guidelines</a>',
    '<a href="/policies/privacy/">Privacy</a>',
    '<a href="/policies/terms/">Terms of use</a>',
    '<a href="/policies/medical-disclaimer/">Medical disclaimer</a>',
    '<a href="/contact/">Report a concern</a>',
]


def test_a_policy_page_shows_the_version_in_force_and_lists_the_earlier_ones(client):
    write_version(
        PolicyKind.TERMS, days_ago=1, summary="Accounts must now be 18+.", body="## Ages\n\nEighteen and over."
    )
    write_version(PolicyKind.TERMS, days_ahead=5, summary="Not yet public.", body="## Future\n\nSecret draft.")
    page = client.get("/policies/terms/").text
    assert "Version 2" in page and "Accounts must now be 18+." in page and "<h2>Ages</h2>" in page
    assert "Secret draft" not in page and "Not yet public" not in page
    assert 'href="/policies/terms/v1/"' in page
    assert 'href="/policies/terms/v3/"' not in page


def test_an_earlier_version_stays_readable_and_says_it_was_replaced(client):
    write_version(PolicyKind.PRIVACY, days_ago=1, body="## Second\n\nNewer words.")
    page = client.get("/policies/privacy/v1/").text
    assert "What we store, and why" in page  # version 1's own text
    assert "Newer words" not in page
    assert "This is an earlier version" in page and 'href="/policies/privacy/"' in page


@pytest.mark.parametrize(
    "url",
    ["/policies/terms/v3/", "/policies/terms/v0/", "/policies/nonsense/", "/policies/terms/v99999999999999999999999/"],
)
def test_unknown_documents_and_versions_are_404(client, url):
    assert client.get(url).status_code == 404


def test_a_scheduled_version_is_not_public_before_it_takes_effect(client):
    write_version(PolicyKind.GUIDELINES, days_ahead=1)
    assert client.get("/policies/guidelines/v2/").status_code == 404


def test_the_policy_pages_render_in_few_queries(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        assert client.get("/policies/guidelines/").status_code == 200
    with django_assert_max_num_queries(3):
        assert client.get("/policies/").status_code == 200


def test_nul_bytes_and_malformed_values_get_a_calm_page(client):
    assert client.get("/policies/terms%00/").status_code in (400, 404)
    assert client.get("/policies/terms/v1%00/").status_code in (400, 404)
    assert client.get("/policies/accept/?next=%00").status_code in (302, 400)


def test_the_old_disclaimer_address_moves_to_the_policy(client):
    response = client.get("/about/disclaimer/")
    assert response.status_code == 301 and response["Location"] == "/policies/medical-disclaimer/"


def test_every_kind_of_page_links_the_policies_in_its_footer(client, client_as, patient, treatment):
    question = QuestionFactory(treatments=[treatment])
    anonymous_pages = [
        "/",
        "/questions/",
        question.get_absolute_url(),
        "/policies/terms/",
        "/contact/",
        "/accounts/login/",
        "/accounts/signup/",
        "/this-page-does-not-exist/",
    ]
    for url in anonymous_pages:
        response = client.get(url)
        for link in FOOTER_LINKS:
            assert link in response.text, (url, link)
    member = client_as(patient)
    for url in ["/", reverse("accounts:settings"), "/accounts/mine/", question.get_absolute_url()]:
        response = member.get(url)
        assert response.status_code == 200, url
        for link in FOOTER_LINKS:
            assert link in response.text, (url, link)
