"""Form fields for choosing treatments from the catalogue."""

from django import forms
from django.core.exceptions import ValidationError

from treatments.models import Treatment

_LARGEST_ID = 2**63 - 1  # a bigint: PostgreSQL's and SQLite's widest integer


class TreatmentChoiceField(forms.ModelMultipleChoiceField):
    """Treatments chosen by id from the catalogue (by name unless `queryset` is given).

    A value that is not an id the database can hold is refused like an unknown one, before it is looked
    up: SQLite raised OverflowError for an id past 64 bits, which answered 500."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("queryset", Treatment.objects.order_by("name"))
        super().__init__(**kwargs)

    def clean(self, value):
        for pk in value if isinstance(value, list | tuple) else ():
            digits = str(pk).removeprefix("-")
            if not (digits.isascii() and digits.isdigit()) or int(digits) > _LARGEST_ID:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                )
        return super().clean(value)
