from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from core.links import reverse_often


def test_reverse_often_gives_what_reverse_gives():
    assert reverse_often("questions:detail", 12, "a-slug") == reverse("questions:detail", args=[12, "a-slug"])
    assert reverse_often("moderation:flag", "questions.answer", 7) == reverse(
        "moderation:flag", args=["questions.answer", 7]
    )


def test_reverse_often_follows_the_script_prefix():
    from django.urls import get_script_prefix, set_script_prefix

    before = reverse_often("questions:detail", 12, "a-slug")
    previous = get_script_prefix()
    set_script_prefix("/community/")
    try:
        assert reverse_often("questions:detail", 12, "a-slug") == f"/community{before}"
    finally:
        set_script_prefix(previous)


@override_settings(ROOT_URLCONF="tests.core.urls_elsewhere")
def test_reverse_often_follows_the_urlconf():
    assert reverse_often("questions:detail", 12, "a-slug") == "/elsewhere/12/a-slug/"


def test_reverse_often_keys_by_language():
    with translation.override("en"):
        english = reverse_often("questions:detail", 3, "x")
    with translation.override("es"):
        assert reverse_often("questions:detail", 3, "x") == "/es" + english
    with translation.override("en"):
        assert reverse_often("questions:detail", 3, "x") == english
