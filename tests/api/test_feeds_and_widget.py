"""Atom feeds (a treatment's questions, a doctor's answers with their disclaimers) and the reviews widget."""

import html
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError

from api.models import WidgetOrigin, origin_validate
from api.services import widget_origin_add
from moderation.services import content_hide
from questions.models import DisclaimerVersion
from tests.factories import AnswerFactory, QuestionFactory, ReviewFactory, TreatmentFactory, UserFactory

ATOM = "{http://www.w3.org/2005/Atom}"


def _entries(response) -> list[ET.Element]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


@pytest.mark.django_db
def test_a_treatments_feed_lists_its_public_questions_newest_first(client, treatment, moderator):
    older = QuestionFactory(title="Does Botox hurt more the second time round?", treatments=[treatment])
    newer = QuestionFactory(title="How soon can I exercise after Botox injections?", treatments=[treatment])
    hidden = QuestionFactory(title="A hidden question about Botox and advertising", treatments=[treatment])
    content_hide(actor=moderator, target=hidden, reason="Spam")
    QuestionFactory(title="A question about another treatment entirely", treatments=[TreatmentFactory()])

    entries = _entries(client.get("/feeds/treatments/botox/questions/"))

    assert [e.find(f"{ATOM}title").text for e in entries] == [newer.title, older.title]
    assert entries[0].find(f"{ATOM}author/{ATOM}name").text == newer.author.handle


@pytest.mark.django_db
def test_every_answer_in_a_doctors_feed_carries_its_disclaimer(client, doctor, moderator):
    answers = [AnswerFactory(doctor=doctor) for _ in range(2)]
    hidden = AnswerFactory(doctor=doctor, body="Words a moderator hid from everyone. " * 3)
    content_hide(actor=moderator, target=hidden, reason="Advert")
    disclaimer = DisclaimerVersion.objects.current().render("Dr. Ana Ruiz")

    entries = _entries(client.get("/feeds/doctors/ana-ruiz/answers/"))

    assert len(entries) == len(answers)
    for entry in entries:
        summary = html.unescape(entry.find(f"{ATOM}summary").text)
        assert "Swelling after this kind of treatment" in summary
        assert " ".join(disclaimer.split()) in " ".join(summary.replace("<br>", " ").split())
    assert "moderator hid" not in client.get("/feeds/doctors/ana-ruiz/answers/").content.decode()


@pytest.mark.django_db
def test_unverified_doctors_and_unknown_treatments_have_no_feed(client, pending_doctor):
    assert client.get(f"/feeds/doctors/{pending_doctor.slug}/answers/").status_code == 404
    assert client.get("/feeds/treatments/no-such-thing/questions/").status_code == 404


@pytest.mark.django_db
def test_the_hub_and_the_profile_link_their_feeds(client, doctor, treatment):
    hub = client.get("/treatments/botox/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in hub and "/feeds/treatments/botox/questions/" in hub
    assert "/feeds/doctors/ana-ruiz/answers/" in client.get("/doctors/ana-ruiz/").content.decode()


@pytest.mark.django_db
def test_a_feed_kept_by_the_page_cache_follows_a_new_answer(client, settings, doctor):
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_REPORT = True
    AnswerFactory(doctor=doctor)
    assert client.get("/feeds/doctors/ana-ruiz/answers/")["X-Page-Cache"] == "miss"
    kept = client.get("/feeds/doctors/ana-ruiz/answers/")
    assert kept["X-Page-Cache"] == "hit" and kept["Content-Type"].startswith("application/atom+xml")
    AnswerFactory(doctor=doctor)
    assert len(_entries(client.get("/feeds/doctors/ana-ruiz/answers/"))) == 2


# The widget.
@pytest.mark.django_db
def test_the_widget_shows_the_rating_and_latest_reviews_and_sets_no_cookie(client, doctor, treatment):
    for n, rating in enumerate([5, 4, 3, 5]):
        ReviewFactory(
            author=UserFactory(), doctor=doctor, treatment=treatment, rating=rating, title=f"Visit {n} went well"
        )
    response = client.get(f"/widget/doctors/{doctor.pk}/reviews/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Dr. Ana Ruiz" in page and "4.2" in page and "4 reviews" in page
    assert page.count("widget-meta") == 3 and "Visit 3 went well" in page and "Visit 0 went well" not in page
    assert 'href="http://testserver/doctors/ana-ruiz/"' in page
    assert not response.cookies
    assert "X-Frame-Options" not in response
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert "<script" not in page and "csrfmiddlewaretoken" not in page


@pytest.mark.django_db
def test_only_the_origins_the_doctor_listed_may_frame_the_widget(client, doctor):
    widget_origin_add(doctor=doctor, origin="https://www.ruiz-clinic.example")
    policy = client.get(f"/widget/doctors/{doctor.pk}/reviews/")["Content-Security-Policy"]
    assert "frame-ancestors 'self' https://www.ruiz-clinic.example;" in policy + ";"
    widget_origin_add(doctor=doctor, origin="https://second.example:8443/")
    policy = client.get(f"/widget/doctors/{doctor.pk}/reviews/")["Content-Security-Policy"]
    assert "https://second.example:8443" in policy  # the list is kept until it changes


@pytest.mark.django_db
def test_unverified_doctors_have_no_widget(client, pending_doctor):
    assert client.get(f"/widget/doctors/{pending_doctor.pk}/reviews/").status_code == 404
    assert client.get("/widget/doctors/99999999999999999/reviews/").status_code == 404


@pytest.mark.parametrize(
    ("value", "origin"),
    [
        ("https://www.example.com", "https://www.example.com"),
        ("HTTPS://Example.com/", "https://example.com"),
        ("https://example.com:8443", "https://example.com:8443"),
        ("http://localhost:8000", "http://localhost:8000"),
    ],
)
def test_origins_are_read_as_origins(value, origin):
    assert origin_validate(value) == origin


@pytest.mark.parametrize(
    "value",
    [
        "",
        "example.com",
        "http://example.com",
        "https://example.com/page",
        "https://example.com?x=1",
        "https://*.example.com",
        "https://example.com 'unsafe-inline'",
        "https://example.com; script-src *",
        "javascript:alert(1)",
        "https://user:pw@example.com",
        "https://localhost-not",
        "https://exa\x00mple.com",
        "https://example.com:99999",
        "'self'",
    ],
)
def test_anything_but_an_origin_is_refused(value):
    with pytest.raises(ValidationError):
        origin_validate(value)


@pytest.mark.django_db
def test_a_doctor_lists_and_removes_websites_on_the_widget_page(client_as, doctor, other_patient):
    from tests.factories import DoctorProfileFactory

    client = client_as(doctor.user)
    page = client.get("/doctors/dashboard/widget/")
    assert page.status_code == 200 and f"/widget/doctors/{doctor.pk}/reviews/" in page.content.decode()

    refused = client.post("/doctors/dashboard/widget/", {"origin": "https://example.com/path"})
    assert refused.status_code == 400 and b"https://example.com/path" in refused.content  # kept as typed
    assert client.post("/doctors/dashboard/widget/", {"origin": "https://clinic.example"}).status_code == 302
    origin = WidgetOrigin.objects.get(doctor=doctor)
    assert origin.origin == "https://clinic.example"

    someone_else = DoctorProfileFactory(user=UserFactory())
    client_as(someone_else.user).post("/doctors/dashboard/widget/", {"remove": str(origin.pk)})
    assert WidgetOrigin.objects.filter(pk=origin.pk).exists()  # not theirs to remove
    client.post("/doctors/dashboard/widget/", {"remove": "not-a-number"})
    client.post("/doctors/dashboard/widget/", {"remove": str(origin.pk)})
    assert not WidgetOrigin.objects.exists()
    assert client_as(other_patient).get("/doctors/dashboard/widget/").status_code == 403


@pytest.mark.django_db
def test_the_dashboard_offers_the_snippet(client_as, doctor):
    page = client_as(doctor.user).get("/doctors/dashboard/").content.decode()
    assert f"/widget/doctors/{doctor.pk}/reviews/" in page and "&lt;iframe" in page


@pytest.mark.django_db
def test_the_widget_reads_within_its_query_budget(client, doctor, treatment, django_assert_num_queries):
    for _ in range(5):
        ReviewFactory(author=UserFactory(), doctor=doctor, treatment=treatment)
    with django_assert_num_queries(4):  # the doctor, their figures, latest reviews, their origins
        client.get(f"/widget/doctors/{doctor.pk}/reviews/")
    with django_assert_num_queries(0):
        client.get(f"/widget/doctors/{doctor.pk}/reviews/")


@pytest.mark.django_db
def test_feeds_read_within_their_query_budget(client, doctor, treatment, django_assert_num_queries):
    for _ in range(5):
        AnswerFactory(doctor=doctor, question=QuestionFactory(treatments=[treatment]))
    with django_assert_num_queries(2):  # the treatment, its questions with their askers
        assert len(_entries(client.get("/feeds/treatments/botox/questions/"))) == 5
    with django_assert_num_queries(2):  # the doctor, their answers with questions and disclaimers
        assert len(_entries(client.get("/feeds/doctors/ana-ruiz/answers/"))) == 5
