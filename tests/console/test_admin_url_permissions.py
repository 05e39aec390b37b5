"""Every admin view is behind the permissions the roles were given.

The walk reverses every URL of the admin site and of each ModelAdmin (custom ones included) and asks
for it, GET and POST, as a moderator and as a staff account with no permission at all. Where the role
lacks the permission the view needs, the answer is a refusal (403, or a redirect/404 from Django's
own checks), never a page (200) and never an error (500).
"""

import pytest
from django.contrib import admin
from django.contrib.admin.sites import AdminSite
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse
from taggit.models import Tag, TaggedItem

from moderation.models import Flag
from tests.factories import AnswerFactory, ReviewFactory, UserFactory

REFUSED = {302, 403, 404}


@pytest.fixture
def rows(db, doctor, patient, treatment):
    """A row of most registered models, so change, delete and history views find an object."""
    answer = AnswerFactory(doctor=doctor, question__author=patient, question__treatments=[treatment])
    ReviewFactory(author=patient, treatment=treatment, doctor=doctor)
    Flag.objects.create(
        content_type=ContentType.objects.get_for_model(answer), object_id=answer.pk, reporter=patient, reason="spam"
    )
    tag = Tag.objects.create(name="old-tag")
    TaggedItem.objects.create(tag=tag, content_object=answer.question)
    return answer


@pytest.fixture
def bare_staff(db):
    return UserFactory(handle="staff-nothing", is_staff=True)


def _model_admin_urls(site: AdminSite):
    """(model, suffix, path) for every URL each ModelAdmin serves."""
    for model, model_admin in site._registry.items():
        row = model._default_manager.order_by("pk").first()
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        for pattern in model_admin.get_urls():
            if not pattern.name:
                continue  # the catch-all that redirects old change URLs
            kwargs = dict.fromkeys(pattern.pattern.regex.groupindex, row.pk if row else 1)
            if "content_type_id" in kwargs and row is not None:  # the flag queue's review page
                kwargs = {"content_type_id": row.content_type_id, "object_id": row.object_id}
            suffix = pattern.name.removeprefix(prefix)
            yield model, suffix, reverse(f"admin:{pattern.name}", kwargs=kwargs)


def _needed(model, suffix: str) -> list[str]:
    """Permissions any one of which lets a role open the view named `suffix` of `model`'s admin."""
    perm = f"{model._meta.app_label}.%s_{model._meta.model_name}"
    standard = {
        "add": ["add"],
        "delete": ["delete"],
        "changelist": ["view", "change"],
        "change": ["view", "change"],
        "history": ["view", "change"],
    }
    return [perm % action for action in standard.get(suffix, ["view", "add", "change", "delete"])]


@pytest.mark.parametrize("role", ["moderator", "bare_staff"])
def test_no_admin_view_opens_without_its_permission_or_answers_500(role, request, rows):
    user = request.getfixturevalue(role)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    failures = []
    for model, suffix, path in _model_admin_urls(admin.site):
        allowed = any(user.has_perm(name) for name in _needed(model, suffix))
        for method in ("get", "post"):
            status = getattr(client, method)(path).status_code
            if status >= 500:
                failures.append(f"{status} {method.upper()} {path}")
            elif not allowed and status not in REFUSED:
                failures.append(f"{status} {method.upper()} {path} without {' or '.join(_needed(model, suffix))}")
    for name in ("index", "password_change", "jsi18n", "autocomplete"):
        for method in ("get", "post"):
            status = getattr(client, method)(reverse(f"admin:{name}")).status_code
            if status >= 500:
                failures.append(f"{status} {method.upper()} admin:{name}")
    assert not failures, "\n".join(failures)


def test_a_moderator_cannot_merge_tags(client_as, moderator, rows):
    client = client_as(moderator)
    tags_before = set(Tag.objects.values_list("name", flat=True))
    merge = reverse("admin:taggit_tag_merge_tags")

    assert client.get(merge).status_code == 403
    assert client.post(merge, {"new_tag_name": "merged"}).status_code == 403
    assert set(Tag.objects.values_list("name", flat=True)) == tags_before


def test_an_administrator_merges_tags_and_their_items_move(client_as, admin_user, rows):
    old = Tag.objects.get(name="old-tag")
    other = Tag.objects.create(name="other-tag")
    TaggedItem.objects.create(tag=other, content_object=rows.question)  # the same object: kept once
    client = client_as(admin_user)

    chosen = client.post(
        reverse("admin:taggit_tag_changelist"), {"action": "render_tag_form", "_selected_action": [old.pk, other.pk]}
    )
    merged = client.post(chosen.url, {"new_tag_name": "merged"})

    assert merged.status_code == 302
    target = Tag.objects.get(name="merged")
    assert list(TaggedItem.objects.values_list("tag", "object_id")) == [(target.pk, rows.question.pk)]


def test_the_merge_page_without_chosen_tags_goes_back_to_the_list(client_as, admin_user, db):
    response = client_as(admin_user).post(reverse("admin:taggit_tag_merge_tags"), {"new_tag_name": "x"})

    assert response.status_code == 302
    assert not Tag.objects.filter(name="x").exists()
