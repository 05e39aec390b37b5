import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else on a record came from `extra=` and is worth keeping.
_RECORD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
_JSON_SCALARS = (str, int, float, bool, type(None))


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for log shippers in production.

    Fields passed with `extra=` are kept when they are plain JSON values (gunicorn's access log puts
    the request there); Django's request logger gets the method and path instead of the request object.
    """

    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key in _RECORD_ATTRIBUTES or key.startswith("_") or key in payload:
                continue
            if isinstance(value, _JSON_SCALARS) or (isinstance(value, dict | list) and _is_json(value)):
                payload[key] = value
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "method"):
            payload["method"] = request.method
            payload["path"] = request.path
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload)


def _is_json(value: object) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


class ExpectedRefusalFilter(logging.Filter):
    """Django's request logger attaches the traceback of every refused request (a 403 from a permission
    check, a 404, a 400): refusals are the site working as meant, so they keep one line, without it.
    Server errors (5xx) keep their traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if record.exc_info and status is not None and status < 500:
            record.exc_info = None
            record.exc_text = None
        return True
