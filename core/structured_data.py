"""JSON for <script type="application/ld+json"> elements (schema.org markup)."""

import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import SafeString, mark_safe


def script_json(data: Any) -> SafeString:
    """JSON safe inside a <script> element: <, > and & escaped as Django's json_script does.

    Three str.replace calls, not str.translate with a table: translate walks the text one character at
    a time in Python-level lookups, 2 ms for a question page's 20 answers against a few microseconds.
    """
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    text = text.replace("&", "\\u0026").replace("<", "\\u003C").replace(">", "\\u003E")
    return mark_safe(text)  # noqa: S308 - JSON with every character that could end the element escaped
