"""Gunicorn's logs as JSON lines, one object per request, for the same log shipper as Django's logs.

Used by gunicorn.conf.py (`logger_class`) when LOG_JSON is on; the plain Apache-style format
otherwise.
"""

from datetime import timedelta
from typing import Any

from gunicorn import glogging

from ops.logging import JsonFormatter


class JsonLogger(glogging.Logger):
    """Error log and access log both as JSON; each access line carries the request as fields."""

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        formatter = JsonFormatter()
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(formatter)

    def access(self, resp: Any, req: Any, environ: dict, request_time: timedelta) -> None:
        if not self.access_log_enabled:
            return
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        method = environ.get("REQUEST_METHOD", "-")
        path = environ.get("PATH_INFO", "")
        fields = {
            "method": method,
            "path": path,
            "query": environ.get("QUERY_STRING", ""),
            "status": int(status),
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 3),
            "remote_addr": environ.get("REMOTE_ADDR", ""),
            # Behind the proxy the client is in X-Forwarded-For; X-Request-ID ties proxy and app lines.
            "forwarded_for": environ.get("HTTP_X_FORWARDED_FOR", ""),
            "request_id": environ.get("HTTP_X_REQUEST_ID", ""),
            "user_agent": environ.get("HTTP_USER_AGENT", ""),
            "referer": environ.get("HTTP_REFERER", ""),
            "protocol": environ.get("SERVER_PROTOCOL", ""),
        }
        try:
            self.access_log.info("%s %s %s", method, path, status, extra=fields)
        except Exception:
            self.error_log.exception("Could not write the access log line.")
