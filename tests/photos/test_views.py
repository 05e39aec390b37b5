"""Gallery, case page, graphic gating and the upload form, as visitors, patients, doctors and moderators."""

import re

import pytest
from django.urls import reverse

from photos.models import BeforeAfterPhoto
from tests import images
from tests.factories import DoctorProfileFactory, TreatmentFactory

pytestmark = pytest.mark.django_db

GALLERY = reverse("photos:gallery")


def urls_of(case, *, blurred: bool) -> set[str]:
    prefix = "blurred_" if blurred else ""
    return {
        f"/media/{r[prefix + fmt]}" for image in case.images.all() for r in image.renditions for fmt in ("webp", "jpeg")
    }


def links_to(case) -> str:
    # The href, not the bare path: "/photos/12/" can also appear inside a derivative's storage path.
    return f'href="{case.get_absolute_url()}"'


def media_urls(html: str) -> set[str]:
    return set(re.findall(r"/media/[\w/.-]+", html))


def test_gallery_shows_only_published_cases(client, make_case, moderator, django_capture_on_commit_callbacks):
    from moderation.services import content_hide
    from photos import services

    public = make_case(caption="Public case of forehead lines.")
    make_case(approve=False, caption="Pending case waiting for moderation.")
    rejected = make_case(approve=False, caption="Rejected case with a visible face.")
    with django_capture_on_commit_callbacks(execute=True):
        services.photo_case_reject(moderator=moderator, case=rejected, reason="Face visible.")
    hidden = make_case(caption="Hidden case after flags.")
    content_hide(actor=moderator, target=hidden, reason="Flags.")

    response = client.get(GALLERY)
    assert response.status_code == 200
    assert "Public case" not in response.text  # captions are on the case page; cards link to it
    assert links_to(public) in response.text
    for other in BeforeAfterPhoto.objects.exclude(pk=public.pk):
        assert links_to(other) not in response.text
    assert urls_of(public, blurred=False) >= media_urls(response.text)


def test_gallery_filters_by_treatment_and_doctor(client, make_case, doctor):
    botox = TreatmentFactory(name="Botox", slug="botox")
    laser = TreatmentFactory(name="Laser resurfacing", slug="laser-resurfacing")
    other_doctor = DoctorProfileFactory(full_name="Grace Castillo", slug="grace-castillo")
    botox_case = make_case(treatments=[botox])
    laser_case = make_case(treatments=[laser], uploader=other_doctor.user)

    response = client.get(GALLERY, {"treatment": "laser-resurfacing"})
    assert links_to(laser_case) in response.text and links_to(botox_case) not in response.text
    assert 'value="laser-resurfacing" selected' in response.text

    response = client.get(GALLERY, {"doctor": doctor.slug})
    assert links_to(botox_case) in response.text and links_to(laser_case) not in response.text

    response = client.get(GALLERY, {"doctor": "nobody", "treatment": "nothing"})
    assert response.status_code == 200 and links_to(botox_case) in response.text


def test_gallery_images_have_srcset_sizes_dimensions_and_lazy_loading(client, make_case):
    make_case()
    html = client.get(GALLERY).text
    imgs = re.findall(r"<img [^>]+>", html)
    assert len(imgs) == 2
    for tag in imgs:
        for attribute in ("srcset=", "sizes=", 'loading="lazy"', "width=", "height=", "alt="):
            assert attribute in tag
    assert html.count('type="image/webp"') == 2


@pytest.mark.parametrize("count", [1, 8])
def test_gallery_runs_a_fixed_number_of_queries(client, make_case, django_assert_num_queries, count):
    for index in range(count):
        make_case(seed=index, graphic=index % 2 == 1)
    # treatments filter, doctors filter, count, cases, images, treatments
    with django_assert_num_queries(6):
        response = client.get(GALLERY)
    assert response.text.count('class="card h-100 ba-card"') == count


@pytest.mark.parametrize("count", [1, 8])
def test_gallery_for_a_logged_in_visitor_runs_a_fixed_number_of_queries(
    client_as, patient, make_case, django_assert_num_queries, count
):
    for index in range(count):
        make_case(seed=index)
    client = client_as(patient)
    client.get(GALLERY)
    # session, user, then the six above
    with django_assert_num_queries(8):
        client.get(GALLERY)


def test_case_page_shows_before_and_after_side_by_side_with_alt_text(client, make_case):
    case = make_case(caption="Forehead lines softened, no frozen look.")
    response = client.get(case.get_absolute_url())
    assert response.status_code == 200
    html = response.text
    assert "Before photo, Botox: Forehead lines softened" in html
    assert "After (3 to 6 weeks after) photo" in html
    assert "data-ba-compare" in html
    assert media_urls(html) == urls_of(case, blurred=False)


def test_case_page_runs_a_fixed_number_of_queries(client, make_case, django_assert_num_queries):
    case = make_case()
    # case (with doctor, uploader, consent), images, treatments
    with django_assert_num_queries(3):
        client.get(case.get_absolute_url())


def test_originals_are_never_in_any_page(client, client_as, make_case, moderator):
    case = make_case()
    originals = [image.original.name for image in case.images.all()]
    for browser in (client, client_as(case.uploader), client_as(moderator)):
        for url in (GALLERY, case.get_absolute_url(), reverse("photos:mine")):
            html = browser.get(url).text
            for name in originals:
                assert name not in html and name.rsplit("/", 1)[-1] not in html


def test_graphic_case_is_blurred_for_logged_out_visitors_until_they_choose(client, make_case):
    case = make_case(graphic=True)
    for url in (GALLERY, case.get_absolute_url()):
        html = client.get(url).text
        assert media_urls(html) and media_urls(html) <= urls_of(case, blurred=True)
        assert not media_urls(html) & urls_of(case, blurred=False)
    html = client.get(case.get_absolute_url()).text
    assert "Show photos" in html and "data-ba-compare" not in html

    response = client.post(reverse("photos:show", args=[case.pk]))
    assert response.status_code == 302 and response.url == case.get_absolute_url()

    html = client.get(case.get_absolute_url()).text
    assert media_urls(html) == urls_of(case, blurred=False)
    assert "Show photos" not in html and "data-ba-compare" in html


def test_show_graphic_photos_for_the_whole_gallery(client, make_case):
    first, second = make_case(graphic=True), make_case(graphic=True, seed=5)
    response = client.post(reverse("photos:graphic_preference"), {"show": "1", "next": GALLERY})
    assert response.url == GALLERY
    html = client.get(GALLERY).text
    assert media_urls(html) <= urls_of(first, blurred=False) | urls_of(second, blurred=False)
    client.post(reverse("photos:graphic_preference"), {"show": "0", "next": "https://evil.example/"})
    html = client.get(GALLERY).text
    assert media_urls(html) <= urls_of(first, blurred=True) | urls_of(second, blurred=True)


def test_reveal_is_post_only_and_ignores_foreign_redirects(client, make_case):
    case = make_case(graphic=True)
    assert client.get(reverse("photos:show", args=[case.pk])).status_code == 405
    response = client.post(reverse("photos:show", args=[case.pk]), {"next": "https://evil.example/"})
    assert response.url == case.get_absolute_url()


def test_pending_case_is_visible_to_its_uploader_and_moderators_only(client, client_as, make_case, patient, moderator):
    case = make_case(approve=False)
    assert client.get(case.get_absolute_url()).status_code == 404
    assert client_as(patient).get(case.get_absolute_url()).status_code == 404
    owner_page = client_as(case.uploader).get(case.get_absolute_url())
    assert owner_page.status_code == 200 and "once a moderator approves it" in owner_page.text
    assert client_as(moderator).get(case.get_absolute_url()).status_code == 200
    assert client.post(reverse("photos:show", args=[case.pk])).status_code == 404


def test_case_page_says_processing_until_derivatives_exist(
    client_as, doctor, prepare, django_capture_on_commit_callbacks
):
    from photos import services

    treatment = TreatmentFactory()  # created first: a new treatment is announced to the page cache on commit
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        case = services.photo_case_create(
            uploader=doctor.user,
            before=prepare(images.jpeg_upload()),
            after=prepare(images.jpeg_upload(seed=2)),
            treatments=[treatment],
            caption="Processing test.",
            time_since_treatment="immediately",
            is_graphic=False,
            consent_given=True,
        )
    client = client_as(doctor.user)
    page = client.get(case.get_absolute_url())
    assert "Processing the photos" in page.text and 'hx-trigger="every 3s"' in page.text
    assert not media_urls(page.text)

    callbacks[0]()
    fragment = client.get(case.get_absolute_url(), {"part": "images"}, headers={"HX-Request": "true"})
    assert fragment.text.lstrip().startswith('<div id="case-images"') and "<html" not in fragment.text
    assert "hx-trigger" not in fragment.text and "<picture>" in fragment.text


def upload_data(treatment, **overrides):
    data = {
        "before": images.jpeg_upload(name="jane-roe-before.jpg"),
        "after": images.jpeg_upload(seed=4, name="jane-roe-after.jpg"),
        "treatments": [treatment.pk],
        "time_since_treatment": "2_3_months",
        "caption": "Two sessions of fractional laser for acne scarring.",
        "is_graphic": "",
        "consent_reference": "",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_verified_doctor_uploads_a_case(client_as, doctor, treatment, stored_files, django_capture_on_commit_callbacks):
    client = client_as(doctor.user)
    form = client.get(reverse("photos:new"))
    assert form.status_code == 200 and 'enctype="multipart/form-data"' in form.text
    assert "written consent" in form.text and 'accept="image/jpeg,image/png,image/webp' in form.text

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("photos:new"), upload_data(treatment))
    case = BeforeAfterPhoto.objects.get()
    assert response.status_code == 302 and response.url == case.get_absolute_url()
    assert case.uploader == doctor.user and case.consent.kind == "doctor_attestation"
    assert list(case.treatments.all()) == [treatment]
    public, private = stored_files()
    assert len(private) == 2 and public  # the immediate backend ran the task after the commit
    assert not any("jane" in name or "roe" in name for name in public + private)


def test_bad_file_is_refused_on_the_form_and_the_rest_is_kept(client_as, doctor, treatment, stored_files):
    client = client_as(doctor.user)
    response = client.post(
        reverse("photos:new"),
        upload_data(treatment, before=images.upload(images.SVG, "x.svg", "image/svg+xml"), caption="Kept caption."),
    )
    assert response.status_code == 200
    assert "SVG drawings aren&#x27;t accepted" in response.text
    assert "Kept caption." in response.text and "choose the photos again" in response.text
    assert stored_files() == ([], []) and not BeforeAfterPhoto.objects.exists()


def test_upload_without_consent_is_refused(client_as, doctor, treatment, stored_files):
    response = client_as(doctor.user).post(reverse("photos:new"), upload_data(treatment, consent=None))
    assert response.status_code == 200 and "only be posted with consent" in response.text
    assert stored_files() == ([], [])


@pytest.mark.parametrize("who", ["patient", "pending_doctor", "suspended_doctor"])
def test_others_cannot_open_the_upload_form(who, request, client_as, treatment):
    user = request.getfixturevalue(who)
    client = client_as(getattr(user, "user", user))
    assert client.get(reverse("photos:new")).status_code == 403
    assert client.post(reverse("photos:new"), upload_data(treatment)).status_code == 403
    assert not BeforeAfterPhoto.objects.exists()


def test_logged_out_visitors_are_sent_to_log_in(client):
    response = client.get(reverse("photos:new"))
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_my_photos_lists_own_cases_in_every_state(client_as, make_case, doctor):
    approved, pending = make_case(), make_case(approve=False)
    html = client_as(doctor.user).get(reverse("photos:mine")).text
    assert links_to(approved) in html and links_to(pending) in html
    assert "Waiting for a moderator" in html and "Post a case" in html


def test_patient_adds_photos_to_their_own_review(
    client_as, patient, doctor, stored_files, django_capture_on_commit_callbacks
):
    from tests.factories import ReviewFactory

    review = ReviewFactory(author=patient, doctor=doctor)
    client = client_as(patient)
    url = reverse("photos:review_new", args=[review.pk])
    form = client.get(url)
    assert form.status_code == 200 and "these are photos of me" in form.text
    assert "Consent form reference" not in form.text
    assert f'value="{review.treatment_id}" selected' in form.text

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, upload_data(review.treatment, consent_reference=None))
    case = BeforeAfterPhoto.objects.get()
    assert response.url == case.get_absolute_url()
    assert case.review == review and case.consent.kind == "patient_self" and case.doctor == doctor
    page = client.get(case.get_absolute_url()).text
    assert links_to(review) in page and patient.handle in page


def test_patients_cannot_add_photos_to_other_reviews(client_as, patient, other_patient, moderator):
    from moderation.services import content_hide
    from tests.factories import ReviewFactory

    others = ReviewFactory(author=other_patient)
    assert client_as(patient).get(reverse("photos:review_new", args=[others.pk])).status_code == 404
    own = ReviewFactory(author=patient)
    content_hide(actor=moderator, target=own, reason="Spam.")
    assert client_as(patient).get(reverse("photos:review_new", args=[own.pk])).status_code == 403


def test_cached_gallery_for_anonymous_visitors_follows_moderation(client, make_case, moderator, settings):
    from photos import services

    settings.PAGE_CACHE_SECONDS = 300
    first = make_case()
    assert links_to(first) in client.get(GALLERY).text
    second = make_case(approve=False, seed=9)
    assert links_to(second) not in client.get(GALLERY).text  # served from the cache
    services.photo_case_approve(moderator=moderator, case=second)
    assert links_to(second) in client.get(GALLERY).text


def test_a_reviews_photos_for_the_review_page(rf, patient, make_case, django_assert_num_queries):
    from django.contrib.sessions.backends.db import SessionStore
    from django.template.loader import render_to_string

    from photos.graphic import cases_for_review
    from tests.factories import ReviewFactory

    review = ReviewFactory(author=patient)
    case = make_case(uploader=patient, review=review, graphic=True)
    request = rf.get("/")
    request.session = SessionStore()
    with django_assert_num_queries(3):
        cases = cases_for_review(request, review)
    assert cases == [case] and cases[0].blurred
    html = render_to_string("photos/includes/review_photos.html", {"photo_cases": cases})
    assert media_urls(html) and media_urls(html) <= urls_of(cases[0], blurred=True)
