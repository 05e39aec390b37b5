"""Which language a reader gets: the address decides, the switcher remembers, Accept-Language only offers."""

import re
from urllib.parse import quote_plus

import pytest
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.test import Client, RequestFactory
from django.utils import translation

from accounts.models import User
from pagecache.middleware import _request_is_cacheable
from policies.middleware import _is_always_open
from tests.factories import PASSWORD, QuestionFactory, UserFactory

COOKIE = settings.LANGUAGE_COOKIE_NAME


def test_the_address_decides_the_language_of_the_page(client, treatment):
    english = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    spanish = client.get("/es/")
    assert english.status_code == spanish.status_code == 200
    assert '<html lang="en">' in english.text  # the browser's Spanish does not move an English address
    assert '<html lang="es">' in spanish.text
    assert "Ir al contenido principal" in spanish.text and "Skip to main content" in english.text


def test_every_page_names_its_other_languages(client, treatment):
    page = client.get(f"/es/treatments/{treatment.slug}/").text
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', page))
    assert alternates == {
        "en": f"http://testserver/treatments/{treatment.slug}/",
        "es": f"http://testserver/es/treatments/{treatment.slug}/",
        "x-default": f"http://testserver/treatments/{treatment.slug}/",
    }


def test_each_host_and_search_gets_its_own_alternates_and_switcher(client, treatment, settings):
    """The language tags are remembered per page (core.templatetags.languages): never another host's
    addresses, another search's words or another language's links."""
    settings.ALLOWED_HOSTS = ["testserver", "candid.example"]
    settings.PAGE_CACHE_SECONDS = 0
    path = f"/treatments/{treatment.slug}/"
    for host in ("testserver", "candid.example", "testserver"):
        page = client.get(path, headers={"host": host}).text
        assert f'hreflang="es" href="http://{host}/es{path}"' in page
        assert "candid.example" not in page or host == "candid.example"
    for words in ("botox", "fillers", "botox"):
        page = client.get("/questions/", {"q": words}).text
        assert f"next=%2Fquestions%2F%3Fq%3D{words}" in page
        assert ("fillers" if words == "botox" else "botox") not in page.split('class="language-switcher"')[1]
    english = client.get("/questions/").text.split('class="language-switcher"')[1]
    spanish = client.get("/es/questions/").text.split('class="language-switcher"')[1]
    assert "English" not in english and ">Español</a>" in english
    assert ">English</a>" in spanish and "Español" not in spanish


def test_the_switcher_takes_the_reader_to_the_same_page_and_remembers(client, treatment):
    page = client.get("/questions/?q=botox&next=https://evil.example/").text
    assert 'href="/language/es/?next=%2Fquestions%2F%3Fq%3Dbotox" hreflang="es" lang="es">Español</a>' in page
    response = client.get("/language/es/", {"next": "/questions/?q=botox"})
    assert response.status_code == 302 and response["Location"] == "/es/questions/?q=botox"
    assert response.cookies[COOKIE].value == "es"
    # Remembered: an English address now leads to the Spanish page, queries kept.
    again = client.get("/questions/", {"q": "botox"})
    assert again.status_code == 302 and again["Location"] == "/es/questions/?q=botox"
    # Back to English: the cookie says so, and English addresses stay English.
    client.get("/language/en/", {"next": "/es/questions/"})
    assert client.get("/questions/").status_code == 200


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "", "/no-such-page/"],
)
def test_the_switcher_never_leaves_the_site(client, next_url, treatment):
    response = client.get("/language/es/", {"next": next_url})
    assert response.status_code == 302
    assert response["Location"] == "/es/"


def test_an_unknown_language_is_not_found(client):
    assert client.get("/language/xx/").status_code == 404
    assert client.get("/language/es%00/").status_code in (400, 404)


def test_a_remembered_language_never_redirects_writes_or_the_api(client, treatment):
    client.cookies[COOKIE] = "es"
    assert client.get("/api/v1/treatments").status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
    assert client.post("/accounts/login/", {}).status_code == 200  # the form, with its errors, not a redirect


def test_a_members_choice_is_kept_on_their_account_and_follows_them_to_a_new_device(patient, treatment):
    browser = Client()
    browser.force_login(patient)
    browser.get("/language/es/", {"next": "/"})
    patient.refresh_from_db()
    assert patient.language == "es"
    # Another device: logging in sets the cookie from the account, so English addresses lead to Spanish.
    other_device = Client()
    response = other_device.post("/accounts/login/", {"login": patient.handle, "password": PASSWORD})
    assert response.status_code == 302
    assert other_device.cookies[COOKIE].value == "es"
    assert other_device.get("/questions/")["Location"] == "/es/questions/"


def test_logging_in_without_a_chosen_language_sets_no_cookie(patient):
    request = RequestFactory().get("/")
    user_logged_in.send(sender=User, request=request, user=patient)
    assert not hasattr(request, "remember_language")


def test_english_pages_offer_spanish_in_spanish_without_redirecting(client, treatment):
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")
    assert page.status_code == 200
    offer = re.search(
        r'<section class="language-offer" data-language-offer="es" aria-label="[^"]+" hidden>(.*?)</section>',
        page.text,
        re.S,
    )
    assert offer and "Leer esta página en español" in offer.group(1) and "No, gracias" in offer.group(1)


@pytest.mark.parametrize("path", ["/es/accounts/", "/es/admin/", "/es/moderation/", "/es/consultations/"])
def test_rules_keyed_by_path_hold_in_every_language(settings, path):
    settings.PAGE_CACHE_SECONDS = 300
    request = RequestFactory().get(path)
    assert not _request_is_cacheable(request)
    assert _request_is_cacheable(RequestFactory().get("/es/questions/"))
    assert _is_always_open("/es/policies/terms/") and not _is_always_open("/es/questions/")


def test_the_sitemap_lists_each_page_in_each_language(client, treatment):
    question = QuestionFactory(treatments=[treatment])
    sitemap = client.get("/sitemap.xml").text
    for language in ("en", "es", "x-default"):
        assert f'hreflang="{language}"' in sitemap
    assert f"http://testserver/es{question.get_absolute_url()}" in sitemap
    assert f"http://testserver{question.get_absolute_url()}" in sitemap


def test_posts_keep_their_language_and_lists_filter_by_it(client, patient, treatment):
    from questions.services import question_create

    with translation.override("es"):
        spanish = question_create(
            author=patient,
            title="¿Cuánto dura el bótox en la frente?",
            body="Me puse bótox hace dos meses y ya siento que se mueve otra vez la frente. ¿Es normal?",
            treatments=[treatment],
        )
    english = question_create(
        author=patient,
        title="How long does Botox last on the forehead?",
        body="I had Botox two months ago and my forehead is already moving again. Is that normal?",
        treatments=[treatment],
    )
    assert (spanish.language, english.language) == ("es", "en")
    page = client.get(spanish.get_absolute_url()).text
    assert '<h1 id="question-title" class="h3" lang="es">' in page  # an English page, a Spanish question
    only_spanish = client.get("/es/questions/", {"language": "es"}).text
    assert spanish.title in only_spanish and english.title not in only_spanish
    everything = client.get("/questions/", {"language": "xx\x01"})
    assert everything.status_code in (200, 400)
    assert english.title in client.get("/questions/", {"language": "nope"}).text


def test_refusals_read_in_one_language(patient, pending_doctor):
    from django.contrib.auth.models import AnonymousUser
    from django.core.exceptions import PermissionDenied

    from accounts.permissions import check_can_participate
    from doctors.permissions import check_is_verified_doctor
    from moderation.templatetags.moderation_tags import participation_refusal

    with translation.override("es"), pytest.raises(PermissionDenied) as refused:
        check_can_participate(AnonymousUser(), action="write a review")  # as a template passes it
    assert str(refused.value) == "Inicie sesión para escribir una reseña."
    with translation.override("es"), pytest.raises(PermissionDenied) as refused:
        check_is_verified_doctor(pending_doctor.user, action="answer questions")
    assert str(refused.value).startswith("Su solicitud como médico todavía está en revisión: podrá responder preguntas")
    patient.emailaddress_set.update(verified=False)
    patient.refresh_from_db()
    with translation.override("es"):
        refusal = participation_refusal(User.objects.get(pk=patient.pk), "flag content")
    assert refusal.startswith("Confirme") and "reportar contenido" in refusal, refusal


def test_followers_hear_of_a_new_question_each_in_their_own_language(patient, other_patient, treatment):
    from accounts.models import Notice
    from follows.services import follow_create
    from questions.services import question_create
    from treatments.models import TreatmentTranslation

    TreatmentTranslation.objects.create(treatment=treatment, language="es", name="Bótox")
    treatment.refresh_from_db()  # as the ask form reads it
    other_patient.language = "es"
    other_patient.save(update_fields=["language"])
    english_follower = UserFactory()
    for follower in (other_patient, english_follower):
        follow_create(user=follower, topic=f"treatment:{treatment.pk}")
    question_create(
        author=patient,
        title="How long does Botox last on the forehead?",
        body="I had Botox two months ago and my forehead is already moving again. Is that normal?",
        treatments=[treatment],
    )
    spanish = Notice.objects.get(user=other_patient).message
    english = Notice.objects.get(user=english_follower).message
    assert spanish == "Nueva pregunta sobre Bótox: “How long does Botox last on the forehead?”."
    assert english == "New question about Botox: “How long does Botox last on the forehead?”."


def test_charts_keep_svg_numbers_in_every_language(client, treatment, doctor):
    from decimal import Decimal

    from tests.factories import ReviewFactory

    for rating, cost in ((5, "450"), (4, "725"), (2, "380")):
        ReviewFactory(treatment=treatment, doctor=doctor, rating=rating, cost_amount=Decimal(cost))
    page = client.get(f"/es/treatments/{treatment.slug}/").text
    svgs = re.findall(r"<svg.*?</svg>", page, re.S)
    assert svgs
    # A decimal comma is Spanish for readers, and an error in an SVG attribute.
    assert not [a for svg in svgs for a in re.findall(r'\b(?:x|y|x1|x2|cx|width|height)="[^"]*,[^"]*"', svg)]


def test_the_language_tags_write_each_pages_own_path_escaped(client, settings):
    """The tags are rendered once per language with marks where the path goes (core.templatetags.languages):
    each page's path is written in escaped and quoted, and a path that spells a mark stays as it is."""
    from core.templatetags import languages

    settings.PAGE_CACHE_SECONDS = 0
    remembered = []
    for path in ("/no-such-page/a/", "/no-such-page/qqcandidpathqq&<x>qqcandidnextqq/"):
        page = client.get(path, {"q": "a&b<c>"}).text
        remembered.append(len(languages._remembered))
        escaped = path.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', page)
        assert alternates == [
            ("en", f"http://testserver{escaped}"),
            ("es", f"http://testserver/es{escaped}"),
            ("x-default", f"http://testserver{escaped}"),
        ]
        back = quote_plus(f"{path}?q=a%26b%3Cc%3E")
        assert f'href="/language/es/?next={back}" hreflang="es" lang="es">Español</a>' in page
    assert remembered[0] == remembered[1] == 3  # one per tag: not one per page
