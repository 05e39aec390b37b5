"""Treatments chosen by id (the photo case form, the question admin) refuse what is not an id with a form
error, on SQLite too, where an id past 64 bits raised OverflowError (a 500)."""

import pytest
from django.core.exceptions import ValidationError

from photos.forms import TreatmentsField
from tests.factories import TreatmentFactory
from treatments.forms import TreatmentChoiceField

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "value",
    ["99999999999999999999", "-99999999999999999999", "9223372036854775808", "botox", "1.5", "١٢", "", "-1", "0"],
)
@pytest.mark.parametrize("field", [TreatmentChoiceField, TreatmentsField])
def test_what_is_not_a_treatments_id_is_a_form_error(field, value):
    TreatmentFactory(name="Botox")
    with pytest.raises(ValidationError):
        field().clean([value])


def test_the_catalogues_ids_are_chosen_in_name_order():
    lips, botox = TreatmentFactory(name="Lip fillers"), TreatmentFactory(name="Botox")
    assert list(TreatmentChoiceField().clean([str(lips.pk), str(botox.pk)])) == [botox, lips]
    assert list(TreatmentsField().clean([str(botox.pk)])) == [botox]
