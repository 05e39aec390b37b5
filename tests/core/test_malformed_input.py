"""Malformed input never answers 500: every URL of the site, every parameter a view reads, every role.

The walk resolves the project's URL map, fills each path converter with a row of a small seeded
dataset (and with malformed numbers where the converter takes them), and sends a table of malformed
values in every query parameter the site's views and forms read, then in every field of the forms on
the page as a POST. Run it on PostgreSQL too: that is where NUL bytes and overflowing integers fail.
"""

import re
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from doctors.forms import DirectoryFilterForm
from follows.mail import unsubscribe_token
from photos.models import BeforeAfterPhoto
from questions.models import Question
from reviews.forms import ReviewFilterForm
from tests import images
from tests.factories import AnswerFactory, DoctorProfileFactory, QuestionFactory, ReviewFactory, TreatmentFactory

# Raw, already percent-encoded values: what a hostile client can put on the wire.
MALFORMED = {
    "NUL": "%00",
    "NUL inside a word": "botox%00member-handle%00",
    "very long": "a" * 3000,
    "negative": "-1",
    "overflowing integer": "99999999999999999999",
    "negative overflowing integer": "-99999999999999999999",
    "huge exponent": "1e999",
    "invalid UTF-8": "%ff",
    "UTF-8-encoded surrogate": "%ed%a0%80",
    "overlong NUL": "%c0%80",
    "fullwidth digit one": quote("\uff11"),
    "superscript two (a digit to isdigit, not to int)": quote("²"),
    "botox with a cyrillic o": quote("b\u043etox"),
    "empty": "",
}

# Every query parameter a view, form or template reads (grep request.GET, the filter forms, the nav's
# search box on every page, allauth's and the sitemap's own).
QUERY_PARAMETERS = sorted(
    {
        "q",
        "page",
        "p",
        "next",
        "sort",
        "treatment",
        "doctor",
        "answers",
        "part",
        "title",
        "show",
        "language",  # the question list's filter
        *DirectoryFilterForm.base_fields,
        *ReviewFilterForm.base_fields,
    }
)

HTMX_VALUES = [
    "overflowing integer",
    "superscript two (a digit to isdigit, not to int)",
    "repeated parameters",
    "empty",
]

ROLES = ["anonymous", "patient", "doctor", "moderator"]

_FORM_FIELD_RE = re.compile(r"<(?:input|select|textarea)\b[^>]*\bname=\"([^\"]+)\"", re.IGNORECASE)


def _url_patterns(patterns=None, prefix: str = ""):
    """(route, pattern) for every view of the site but the admin (tests/moderation walks the admin)."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            if route.startswith("admin/"):
                continue
            yield from _url_patterns(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern


@pytest.fixture
def seeded(db, patient, doctor, moderator, make_photo_case):
    """One of each thing a URL can name: a treatment, a doctor, a question with an answer, a review, a case."""
    treatment = TreatmentFactory(name="Botox", slug="botox")
    question = QuestionFactory(author=patient, treatments=[treatment])
    answer = AnswerFactory(question=question, doctor=doctor)
    review = ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    case = make_photo_case(uploader=doctor.user, treatment=treatment, moderator=moderator)
    DoctorProfileFactory(slug="other-doctor", user__handle="dr-other")
    return {
        "pk": {
            "questions:detail": question.pk,
            "questions:detail_noslug": question.pk,
            "questions:answer_new": question.pk,
            "questions:answer_edit": answer.pk,
            "questions:answer_helpful": answer.pk,
            "questions:answer_thank": answer.pk,
            "photos:detail": case.pk,
            "photos:show": case.pk,
        },
        "default_pk": review.pk,
        "slug": {
            "treatments:detail": treatment.slug,
            "doctors:profile": doctor.slug,
            "doctors:licence": doctor.slug,
            "policies:detail": "terms",
            "policies:version": "terms",
        },
        "question_slug": question.slug,
        "review_id": review.pk,
        # The API's operations name what they read (api/v1.py).
        "question_id": question.pk,
        "doctor_id": doctor.pk,
        "case_id": case.pk,
        "content_type": "answer",
        "object_id": answer.pk,
        "answer": answer,
        "token": unsubscribe_token(patient.pk),  # the unsubscribe link in every e-mail
    }


@pytest.fixture
def make_photo_case(django_capture_on_commit_callbacks):
    """An approved before/after case, its images made with Pillow and run through the real pipeline."""
    from imaging.forms import ImageUploadField
    from photos import services
    from tests.photos.conftest import consent_texts_version_1

    def make(*, uploader, treatment, moderator) -> BeforeAfterPhoto:
        consent_texts_version_1()
        prepare = ImageUploadField().clean
        with django_capture_on_commit_callbacks(execute=True):
            case = services.photo_case_create(
                uploader=uploader,
                before=prepare(images.jpeg_upload(seed=1)),
                after=prepare(images.jpeg_upload(seed=2)),
                treatments=[treatment],
                caption="Forehead lines, 20 units, photographed at the same angle and light.",
                time_since_treatment="3_6_weeks",
                is_graphic=False,
                consent_given=True,
            )
        services.photo_case_approve(moderator=moderator, case=case)
        return case

    return make


def _fill(route: str, values: dict, override: dict | None = None) -> str:
    def convert(match: re.Match) -> str:
        converter, name = match.group(1) or "str", match.group(2)
        return (override or {}).get(converter, str(values[name]))

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", convert, route)


def _concrete_paths(seeded: dict) -> list[tuple[str, str]]:
    paths = []
    for route, pattern in _url_patterns():
        name = f"{_namespace(route)}:{pattern.name}" if _namespace(route) else (pattern.name or route)
        if "(?P<" in route:
            paths.extend(_regex_paths(route))
            continue
        values = {
            "pk": seeded["pk"].get(name, seeded["default_pk"]),
            "slug": seeded["slug"].get(name, seeded["question_slug"]),
            "review_id": seeded["review_id"],
            "question_id": seeded["question_id"],
            "doctor_id": seeded["doctor_id"],
            "case_id": seeded["case_id"],
            "content_type": seeded["content_type"],
            "object_id": seeded["object_id"],
            "number": 1,  # a policy's version
            "token": seeded["token"],
            "code": "es",  # the language switcher
        }
        paths.append((name, _fill(route, values)))
        if "<int:" in route:
            paths += [(name, _fill(route, values, {"int": number})) for number in ("0", "99999999999999999999")]
        if "<str:" in route or "<slug:" in route:
            paths.append((name, _fill(route, values, {"slug": "no-such-thing", "str": "no-such-thing"})))
    return paths


def _namespace(route: str) -> str:
    first = route.split("/", 1)[0]
    return {
        "": "core",
        "treatments": "treatments",
        "questions": "questions",
        "doctors": "doctors",
        "reviews": "reviews",
        "photos": "photos",
        "moderation": "moderation",
        "policies": "policies",
    }.get(first, "")


def _regex_paths(route: str) -> list[tuple[str, str]]:
    """allauth's regex routes (e-mail confirmation and password-reset keys), with made-up keys."""
    prefix, _, regex = route.partition("^")
    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: {"uidb36": "1", "key": "nokey-abc"}.get(m.group(1), "x"), regex)
    path = path.replace("$", "")
    return [(route, "/" + prefix + path), (route, "/" + prefix + path.replace("nokey-abc", "%00"))]


def _client_for(role: str, seeded_users: dict) -> Client:
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        client.force_login(seeded_users[role])
    return client


@pytest.fixture
def role_users(patient, doctor, moderator) -> dict:
    return {"patient": patient, "doctor": doctor.user, "moderator": moderator}


@pytest.fixture(autouse=True)
def _no_throttles(settings):
    # Hundreds of requests in a second from one address: the throttles would answer 429 before the
    # views ever read the malformed values this test is about.
    settings.RATELIMIT_ENABLE = False
    settings.ACCOUNT_RATE_LIMITS = False


def _query(value: str, names=QUERY_PARAMETERS) -> str:
    return "&".join(f"{name}={value}" for name in names)


def _arrays(names=QUERY_PARAMETERS) -> str:
    return "&".join(f"{name}=1&{name}=2" for name in names)


@pytest.mark.parametrize("role", ROLES)
def test_no_url_answers_500_to_malformed_query_parameters(role, seeded, role_users):
    client = _client_for(role, role_users)
    failures = []
    for name, path in _concrete_paths(seeded):
        queries = {label: _query(value) for label, value in MALFORMED.items()}
        queries["repeated parameters"] = _arrays()
        queries["bare names"] = "&".join(QUERY_PARAMETERS)
        requests = [(label, query, {}) for label, query in queries.items()]
        # htmx requests take other branches (fragments); the values that reach them past the middleware:
        requests += [(f"{label} (htmx)", queries[label], {"HX-Request": "true"}) for label in HTMX_VALUES]
        for label, query, headers in requests:
            response = client.get(path, QUERY_STRING=query, headers=headers)
            if response.status_code >= 500:
                failures.append(f"{response.status_code} GET {path} ({name}) {label}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("role", ROLES)
def test_no_form_answers_500_to_malformed_fields(role, seeded, role_users):
    """Every URL gets a POST with a malformed value in every field its page shows (and in `next`)."""
    client = _client_for(role, role_users)
    failures = []
    for name, path in _concrete_paths(seeded):
        page = client.get(path)
        fields = (
            set(_FORM_FIELD_RE.findall(page.content.decode(errors="replace"))) if page.status_code == 200 else set()
        )
        fields = sorted((fields - {"csrfmiddlewaretoken"}) | {"next", "q"})
        for label, value in MALFORMED.items():
            body = _query(value, fields)
            response = client.post(path, body, content_type="application/x-www-form-urlencoded")
            if response.status_code >= 500:
                failures.append(f"{response.status_code} POST {path} ({name}) {label}: {fields}")
        response = client.post(path, _arrays(fields), content_type="application/x-www-form-urlencoded")
        if response.status_code >= 500:
            failures.append(f"{response.status_code} POST {path} ({name}) repeated fields: {fields}")
    assert not failures, "\n".join(failures)


# -- the middleware: one place that refuses what no page can use --------------------------------------


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/search/", "q=botox%00"),
        ("/questions/", "treatment=%00"),
        ("/reviews/new/", "doctor=%00"),
        ("/questions/ask/", "treatment=%00"),
        ("/", "q=%00member-handle%00"),
        ("/search/", "q=caf%e9"),  # Latin-1, not UTF-8: Django would quietly make it "caf\ufffd"
        ("/search/", "q=%ed%a0%80"),  # a surrogate, UTF-8-encoded
        ("/search/", "q%00=botox"),  # in a parameter's name
        ("/questions/%00/", ""),
        ("/doctors/%00/", ""),
    ],
)
def test_malformed_address_gets_the_friendly_400_page(path, query, patient, treatment):
    client = Client(raise_request_exception=False)
    client.force_login(patient)

    response = client.get(path, QUERY_STRING=query)

    assert response.status_code == 400
    assert b"We couldn't read that request" in response.content
    assert response.headers["Content-Security-Policy"]  # the site's headers, like any other page


@pytest.mark.parametrize("body", ["title=caf%e9", "title%00=x", "body=x&title%ed%a0%80=y"])
def test_malformed_form_fields_get_the_friendly_400_page(body, patient):
    """A form that is not UTF-8, or names a field with NUL: no page of ours sends either."""
    client = Client(raise_request_exception=False)
    client.force_login(patient)

    response = client.post("/questions/ask/", body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 400
    assert b"We couldn't read that request" in response.content


def test_a_nul_pasted_into_a_form_is_removed_and_what_was_typed_is_kept(patient, treatment):
    """Text pasted into a field can hold a NUL, and the browser sends it: the form gets the rest, and
    answers as it would without it (here: the title is too short), keeping everything."""
    client = Client(raise_request_exception=False)
    client.force_login(patient)
    details = "I had filler in my upper lip three weeks ago and one side still looks bigger."
    body = f"title=Lips%3F%00&body={quote(details)}&treatments={treatment.pk}&treatments=%00"

    response = client.post("/questions/ask/", body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 200
    form = response.context["form"]
    assert form.data["title"] == "Lips?"
    assert form.data.getlist("treatments") == [str(treatment.pk), ""]
    assert "title" in form.errors
    page = response.content.decode()
    assert details in page and 'value="Lips?"' in page


def test_a_question_with_a_pasted_nul_is_posted_without_it(patient, treatment):
    """The same through a multipart form (the test client's default), which an upload form sends."""
    client = Client(raise_request_exception=False)
    client.force_login(patient)

    response = client.post(
        "/questions/ask/",
        {
            "title": "Is swelling\x00 after lip filler normal on day three?",
            "body": "My lips are still swollen\x00 three days after filler, more on the left side. Is that normal?",
            "treatments": [treatment.pk],
        },
    )

    assert response.status_code == 302
    question = Question.objects.get(author=patient)
    assert question.title == "Is swelling after lip filler normal on day three?"
    assert "\x00" not in question.body and "swollen three days" in question.body


def test_text_shaped_like_a_page_cache_mark_loses_its_frame(patient, treatment):
    """The page cache's marks are framed by NUL bytes (pagecache/placeholders.py): text that copies one
    arrives without them, as plain text."""
    client = Client(raise_request_exception=False)
    client.force_login(patient)
    mark = "\x00pagecache:member-handle::forged\x00"

    response = client.post(
        "/questions/ask/",
        {
            "title": "Does lip filler swelling go down evenly?",
            "body": f"Asking for {mark} after my appointment last week; the left side is bigger.",
            "treatments": [treatment.pk],
        },
    )

    assert response.status_code == 302
    question = Question.objects.get(author=patient)
    assert "pagecache:member-handle::forged" in question.body and "\x00" not in question.body
    assert "pagecache:member-handle::forged" in client.get(question.get_absolute_url()).text


def test_a_nul_in_an_upload_forms_caption_is_removed_and_the_upload_form_answers(doctor):
    client = Client(raise_request_exception=False)
    client.force_login(doctor.user)

    response = client.post("/photos/new/", {"before": images.jpeg_upload(), "caption": "Before\x00after"})

    assert response.status_code == 200  # the form again: no after photo, no consent
    form = response.context["form"]
    assert form.data["caption"] == "Beforeafter"
    assert "after" in form.errors


def test_a_cookie_holding_nul_is_dropped_not_an_error(patient, client):
    # Quoted cookie values may carry octal escapes; this one is a session key with NUL in it.
    client.cookies.load('sessionid="\\000abcdefghijklmnop"')
    client.raise_request_exception = False

    response = client.get("/accounts/")

    assert response.status_code == 302  # to the log-in page: no session, no error


def test_well_formed_input_passes_untouched(patient, treatment):
    client = Client(raise_request_exception=False)
    client.force_login(patient)

    query = "botox café \uff12 ½ 日本語"

    response = client.get("/search/", {"q": query})

    assert response.status_code == 200
    assert query in response.content.decode()
