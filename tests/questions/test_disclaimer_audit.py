"""The disclaimer audit (system check and command): zero on good data, loud on anything else."""

import pytest
from django.core.checks import run_checks
from django.core.management import call_command
from django.core.management.base import CommandError

from doctors.models import DoctorProfile
from questions.checks import answers_without_disclaimer
from questions.models import Answer
from tests.factories import AnswerFactory

pytestmark = pytest.mark.django_db


def candid_errors():
    return [error for error in run_checks(tags=["candid"], databases=["default"]) if error.id == "candid.E001"]


def test_answers_with_their_disclaimer_pass(capsys):
    AnswerFactory.create_batch(3)
    assert answers_without_disclaimer() == []
    assert candid_errors() == []
    call_command("audit_disclaimers")
    assert "0 problems" in capsys.readouterr().out


def test_an_answer_whose_doctor_lost_their_name_is_reported():
    _good, bad = AnswerFactory.create_batch(2)
    DoctorProfile.objects.filter(pk=bad.doctor_id).update(full_name="")
    assert answers_without_disclaimer() == [(bad.pk, "has a doctor without a name")]
    errors = candid_errors()
    assert len(errors) == 1
    assert f"answer {bad.pk} has a doctor without a name" in errors[0].msg
    with pytest.raises(CommandError, match="1 answer"):
        call_command("audit_disclaimers")


def test_the_check_is_a_database_check_run_on_request():
    from django.core.checks.registry import registry

    from questions.checks import check_answer_disclaimers

    assert check_answer_disclaimers in registry.get_checks()
    assert set(check_answer_disclaimers.tags) >= {"candid", "database"}


def test_the_seeded_demo_data_reports_zero(capsys):
    call_command("seed_demo", questions=20, stdout=None)
    capsys.readouterr()
    assert Answer.objects.count() > 10
    assert answers_without_disclaimer() == []
    call_command("audit_disclaimers")
    assert "0 problems" in capsys.readouterr().out
