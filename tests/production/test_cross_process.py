"""Several Django processes over one PostgreSQL database and one Redis behave as one site: the cache,
rate limits and the task queue are shared, not per process."""

from tests.production.conftest import run_manage, unique_name


def test_cache_invalidation_in_one_process_reaches_another(probes):
    reader, writer = probes(2)
    slug = unique_name("treatment").replace("_", "-")
    writer("treatment_create", slug=slug, name="Microneedling")

    assert reader("treatment_name_cached", slug=slug) == {"name": "Microneedling", "from_cache": False}
    assert reader("treatment_name_cached", slug=slug) == {"name": "Microneedling", "from_cache": True}
    # The writer's cached copy comes from the same Redis entry the reader filled.
    assert writer("treatment_name_cached", slug=slug)["from_cache"] is True

    writer("treatment_rename_and_invalidate", slug=slug, name="Collagen induction")

    assert reader("treatment_name_cached", slug=slug) == {"name": "Collagen induction", "from_cache": False}


def test_rate_limit_is_shared_by_two_processes(probes):
    first, second = probes(2)
    group = unique_name("ratelimit")
    # Hourly window: a test run never straddles its boundary the way it could a one-minute one.
    hits = [first("ratelimit_hit", group=group, ip="203.0.113.7", rate="5/h")["limited"] for _ in range(3)]
    hits += [second("ratelimit_hit", group=group, ip="203.0.113.7", rate="5/h")["limited"] for _ in range(3)]

    assert hits == [False, False, False, False, False, True]
    # Both processes now refuse that address, and only that address.
    assert first("ratelimit_hit", group=group, ip="203.0.113.7", rate="5/h")["limited"] is True
    assert first("ratelimit_hit", group=group, ip="198.51.100.4", rate="5/h")["limited"] is False


def test_task_queued_in_one_process_runs_in_the_worker_process(probes, service_env):
    (web,) = probes(1, TASKS_BACKEND="database")
    slug = unique_name("treatment").replace("_", "-")
    web("treatment_create", slug=slug, name="Chemical peel")

    queued = web("task_enqueue", slug=slug, name="TCA peel")
    assert queued["backend"] == "DatabaseBackend"
    # Durable, not run in-process: it waits in the database for a worker.
    assert web("task_result", id=queued["id"])["status"] == "READY"
    assert web("treatment_name", slug=slug)["name"] == "Chemical peel"

    worker = run_manage(
        "db_worker",
        "--batch",
        "--no-startup-delay",
        "--queue-name",
        "default",
        env={**service_env, "TASKS_BACKEND": "database"},
    )

    assert worker.returncode == 0
    assert web("task_result", id=queued["id"]) == {"status": "SUCCESSFUL", "return_value": 1}
    assert web("treatment_name", slug=slug)["name"] == "TCA peel"


def test_task_queue_migrations_are_applied(service_env):
    result = run_manage("showmigrations", "django_tasks_database", env={**service_env, "TASKS_BACKEND": "database"})
    assert "[ ]" not in result.stdout and "[X]" in result.stdout
