"""A Django process for the production tests, driven over stdin/stdout, one JSON object a line.

Each line is {"op": name, "args": {...}}; the answer is a JSON object ({"error": ...} on failure).
Being long-lived matters: a per-process cache (local memory) would keep stale values here, which is
exactly what the cross-process tests must rule out.
"""

import json
import os
import sys
import traceback

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qasite.settings")
django.setup()

from django.core.cache import cache  # noqa: E402
from django.tasks import TaskResultStatus, task_backends  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django_ratelimit.core import is_ratelimited  # noqa: E402

from tests.production.tasks import treatment_rename  # noqa: E402
from treatments.models import Treatment  # noqa: E402


def _name_key(slug: str) -> str:
    return f"treatment-name:{slug}"


def treatment_create(*, slug: str, name: str) -> dict:
    Treatment.objects.create(slug=slug, name=name, category=Treatment.Category.choices[0][0])
    return {"ok": True}


def treatment_name_cached(*, slug: str) -> dict:
    """Read-through cache, as a page or fragment cache would do."""
    name = cache.get(_name_key(slug))
    if name is not None:
        return {"name": name, "from_cache": True}
    name = Treatment.objects.get(slug=slug).name
    cache.set(_name_key(slug), name, 300)
    return {"name": name, "from_cache": False}


def treatment_name(*, slug: str) -> dict:
    return {"name": Treatment.objects.get(slug=slug).name}


def treatment_rename_and_invalidate(*, slug: str, name: str) -> dict:
    Treatment.objects.filter(slug=slug).update(name=name)
    cache.delete(_name_key(slug))
    return {"ok": True}


def ratelimit_hit(*, group: str, ip: str, rate: str) -> dict:
    request = RequestFactory().post("/", REMOTE_ADDR=ip)
    return {"limited": is_ratelimited(request, group=group, key="ip", rate=rate, increment=True)}


def task_enqueue(*, slug: str, name: str) -> dict:
    result = treatment_rename.enqueue(slug=slug, name=name)
    return {"id": result.id, "backend": type(task_backends["default"]).__name__}


def task_result(*, id: str) -> dict:
    result = task_backends["default"].get_result(id)
    successful = result.status == TaskResultStatus.SUCCESSFUL
    return {"status": result.status.value, "return_value": result.return_value if successful else None}


OPS = {
    function.__name__: function
    for function in (
        treatment_create,
        treatment_name_cached,
        treatment_name,
        treatment_rename_and_invalidate,
        ratelimit_hit,
        task_enqueue,
        task_result,
    )
}


def main() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        try:
            reply = OPS[request["op"]](**request.get("args", {}))
        except Exception:
            reply = {"error": traceback.format_exc()}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
