"""Django's JSON serializer without its loss of precision, registered as the "json" format.

Django's `DjangoJSONEncoder` writes datetimes and times to the millisecond (the ECMA-262 format
browsers read). A dump is a copy of the data, not a message to a browser: `dumpdata`, and with it
`manage.py backup` on SQLite, must give back every microsecond that `loaddata` reads in again.
Reading is Django's own JSON deserializer, which parses full ISO 8601.
"""

import datetime

from django.core.serializers import json as django_json
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.timezone import is_aware


class ExactJSONEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        if isinstance(o, datetime.time):
            if is_aware(o):
                raise ValueError("JSON can't represent timezone-aware times.")
            return o.isoformat()
        return super().default(o)


class Serializer(django_json.Serializer):
    def _init_options(self):
        self.options.setdefault("cls", ExactJSONEncoder)
        super()._init_options()


Deserializer = django_json.Deserializer
