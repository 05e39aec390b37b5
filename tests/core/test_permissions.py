"""One rule per action: apps register their checks with core.permissions; pages ask them by name."""

import importlib
import inspect

import pytest
from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.template import Context, Template

from core import permissions
from moderation.services import content_hide
from tests.factories import ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db


def _rule_modules():
    for config in apps.get_app_configs():
        try:
            yield importlib.import_module(f"{config.name}.permissions")
        except ModuleNotFoundError:
            continue


def test_every_check_in_every_app_is_registered_under_one_name():
    registered = {permissions._checks[name] for name in permissions.actions()}
    checks = [
        function
        for module in _rule_modules()
        for name, function in inspect.getmembers(module, inspect.isfunction)
        if function.__module__ == module.__name__ and (name.startswith("check_can_") or name.startswith("check_is_"))
    ]
    assert checks, "no app registered any rule"
    assert [check.__qualname__ for check in checks if check not in registered] == []
    # and no rule under two names
    assert len(registered) == len(permissions.actions())


def test_a_second_rule_for_an_action_is_refused():
    def other(user):
        raise PermissionDenied("no")

    with pytest.raises(ValueError, match="already has a rule"):
        permissions.register("reviews.vote", other)


def test_an_unknown_action_is_an_error_not_a_silent_no(patient):
    with pytest.raises(LookupError):
        permissions.can(patient, "reviews.upvote")
    with pytest.raises(LookupError):
        Template('{% load permissions %}{% can "reviews.upvote" as x %}').render(Context({"user": patient}))


def test_can_and_refusal_give_the_rules_answer_and_reason(patient, other_patient):
    review = ReviewFactory(author=patient)
    assert permissions.can(other_patient, "reviews.vote", review)
    assert permissions.refusal(other_patient, "reviews.vote", review) == ""
    assert not permissions.can(patient, "reviews.vote", review)
    assert permissions.refusal(patient, "reviews.vote", review) == "You can't vote for your own review."
    with pytest.raises(PermissionDenied, match="your own review"):
        permissions.check(patient, "reviews.vote", review)


def test_the_template_tag_asks_the_same_rule_for_the_viewing_user(patient, other_patient):
    review = ReviewFactory(author=patient)
    template = Template(
        '{% load permissions %}{% can "reviews.edit" review as may %}{{ may }}|{% refusal "reviews.edit" review %}'
    )
    assert template.render(Context({"user": patient, "review": review})) == "True|"
    assert template.render(Context({"user": other_patient, "review": review})) == (
        "False|Only the patient who wrote this review can change it."
    )


# Through a page: the buttons follow the rules, including the reasons a rule gives.


def test_the_review_page_shows_the_author_why_a_hidden_review_cant_be_changed(client_as, patient, moderator):
    review = ReviewFactory(author=patient)
    page = client_as(patient).get(review.get_absolute_url()).text
    assert "Add an update" in page
    content_hide(actor=moderator, target=review, reason="Names a nurse")
    page = client_as(patient).get(review.get_absolute_url()).text
    assert "Add an update" not in page
    assert "A moderator hid this review, so it can&#x27;t be changed." in page
    assert ">Delete</a>" in page  # authors may delete even a hidden review


def test_only_the_named_doctor_is_offered_to_respond(client_as, doctor, treatment):
    from tests.factories import DoctorProfileFactory

    review = ReviewFactory(treatment=treatment, doctor=doctor)
    rival = DoctorProfileFactory()
    assert "Respond to this review" in client_as(doctor.user).get(review.get_absolute_url()).text
    assert "Respond to this review" not in client_as(rival.user).get(review.get_absolute_url()).text
    assert "Respond to this review" not in client_as(UserFactory()).get(review.get_absolute_url()).text
