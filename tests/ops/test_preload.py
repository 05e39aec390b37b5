"""What the gunicorn master loads before forking (ops/preload.py): every view, the reverse lookups in
each language and every template of the project's own, then frozen out of the collector's reach."""

import gc

import pytest
from django.template import engines
from django.template.backends.django import DjangoTemplates

from ops.preload import load_for_workers, project_template_names


@pytest.fixture
def unfrozen():
    yield
    gc.unfreeze()  # the test process goes on allocating and freeing as before


def test_the_project_templates_are_its_own_directories_and_apps():
    names = project_template_names()
    assert {"base.html", "questions/detail.html", "includes/doctor_card.html"} <= set(names)
    # A virtualenv inside the checkout holds third-party apps: theirs load on first use.
    assert not any(name.startswith("socialaccount/") for name in names)


def test_every_project_template_compiles_and_is_kept_by_the_loader(unfrozen):
    loaded = load_for_workers()
    # One that did not compile would be logged and counted out: a broken template fails here.
    assert loaded["templates"] == len(project_template_names())
    assert loaded["frozen"] > 0 and gc.get_freeze_count() > 0
    engine = engines["django"]
    assert isinstance(engine, DjangoTemplates)
    # The cached loader (DEBUG off) hands out the compiled template it already holds.
    assert (
        engine.get_template("questions/detail.html").template is engine.get_template("questions/detail.html").template
    )
