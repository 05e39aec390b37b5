"""The driver's accounting (bench/driver.py): CPU time from /proc, the rows of a phase, the table and the
targets of issue 15, and the gunicorn settings the benchmark serves with (bench/gunicorn.conf.py)."""

import os
import runpy
import time
from pathlib import Path

import pytest

from bench import driver

ROOT = Path(__file__).resolve().parent.parent.parent

# A worker's /proc/<pid>/stat line, its command name holding spaces and a parenthesis: utime 1234, stime 56.
STAT = (
    "4242 (gunicorn: (worker) x) S 4200 4200 4200 0 -1 4194560 9000 0 0 0 1234 56 0 0 20 0 5 0 "
    "12345 430000000 21000 18446744073709551615 1 1 0 0 0 0 0 16781312 16386 0 0 0 17 1 0 0 0 0 0"
)


def test_cpu_ticks_are_user_plus_system_time_counted_after_the_command_name():
    assert driver.cpu_ticks(STAT) == 1234 + 56


def test_cpu_ms_counts_a_process_started_meanwhile_whole_and_gives_up_when_one_ended():
    ticks = driver.CLOCK_TICKS
    assert driver.cpu_ms({1: 10, 2: 20}, {1: 10 + ticks, 2: 20}) == pytest.approx(1000)
    assert driver.cpu_ms({1: 10}, {1: 10, 3: ticks // 2}) == pytest.approx(500)
    assert driver.cpu_ms({1: 10, 2: 20}, {1: 30}) is None


def test_processes_cpu_reads_a_live_process_and_leaves_out_an_ended_one():
    before = driver.processes_cpu([os.getpid()])
    deadline = time.process_time() + 0.1
    while time.process_time() < deadline:
        pass
    after = driver.processes_cpu([os.getpid(), 2**22 + 1])  # above the kernel's largest pid
    assert list(after) == [os.getpid()]
    assert driver.cpu_ms(before, after) >= 50


def _gunicorn_settings(monkeypatch, **environ) -> tuple[dict, dict]:
    for name in ("WEB_CONCURRENCY", "GUNICORN_THREADS", "GUNICORN_MAX_REQUESTS", "BENCH_WORKERS", "BENCH_THREADS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("BENCH_BIND", "127.0.0.1:0")
    shipped = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    return shipped, runpy.run_path(str(ROOT / "bench" / "gunicorn.conf.py"))


def test_the_benchmark_serves_with_the_shipped_workers_and_threads(monkeypatch):
    shipped, bench = _gunicorn_settings(monkeypatch)
    for name in ("workers", "threads", "worker_class", "preload_app", "timeout", "keepalive"):
        assert bench[name] == shipped[name], name
    assert bench["accesslog"] is None


def test_the_benchmark_keeps_the_workers_it_measures_when_the_shipped_config_recycles_them(monkeypatch):
    shipped, bench = _gunicorn_settings(monkeypatch, GUNICORN_MAX_REQUESTS="2000")
    assert shipped["max_requests"] == 2000
    assert bench["max_requests"] == 0 and bench["shipped_max_requests"] == 2000
    assert "worker recycling off (shipped: after 2,000 requests" in driver.describe_server(bench)


def test_bench_workers_and_threads_try_another_configuration(monkeypatch):
    _, bench = _gunicorn_settings(monkeypatch, BENCH_WORKERS="3", BENCH_THREADS="1")
    assert (bench["workers"], bench["threads"], bench["worker_class"]) == (3, 1, "sync")
    _, bench = _gunicorn_settings(monkeypatch, BENCH_THREADS="2")
    assert (bench["threads"], bench["worker_class"]) == (2, "gthread")


PAGES = [
    {"name": "trivial view", "url": "/bench/ping"},
    {"name": "question page, 10 answers", "url": "/questions/2/x/"},
    {"name": "question pages, rotating", "url": "/questions/1/y/", "paths": "/tmp/paths.txt"},
    {"name": "doctor profile", "skip": "no doctors"},
]


def test_a_phase_reads_every_page_as_both_visitors_then_the_high_concurrency_rows():
    plan = [(row["name"], row["mode"], row["connections"]) for row in driver.row_plan(PAGES)]
    low, high = driver.CONNECTIONS, driver.HIGH_CONNECTIONS
    assert plan == [
        ("trivial view", "anonymous", low),
        ("trivial view", "logged in", low),
        ("question page, 10 answers", "anonymous", low),
        ("question page, 10 answers", "logged in", low),
        ("question pages, rotating", "anonymous", low),
        ("question pages, rotating", "logged in", low),
        ("doctor profile", "anonymous", low),
        ("doctor profile", "logged in", low),
        ("trivial view", "anonymous", high),
        ("question page, 10 answers", "anonymous", high),
        ("question page, 10 answers", "logged in", high),
    ]
    assert driver.row_name("trivial view", high) == f"trivial view, c={high}"


def _row(page, mode, phase, rps, cpu_ms, p99=10.0, connections=None, **extra):
    return {
        "page": page,
        "mode": mode,
        "phase": phase,
        "connections": connections or driver.CONNECTIONS,
        "note": "",
        "requests": int(rps * 15),
        "rps": rps,
        "p50": p99 / 2,
        "p95": p99 * 0.9,
        "p99": p99,
        "cpu_ms": cpu_ms,
        "db_cpu_ms": 0.5,
        "queries_rendered": 4,
        "queries_served": 0,
        "bad_status": 0,
        "socket_errors": 0,
        **extra,
    }


def _rows():
    high = driver.HIGH_CONNECTIONS
    return [
        _row("trivial view", "anonymous", "cached", 4000, 0.4),
        _row("trivial view", "anonymous", "uncached", 4000, 0.4),
        _row("question page, 10 answers", "anonymous", "cached", 2000, 0.9, ceiling_rps=4000),
        _row("question page, 10 answers", "anonymous", "uncached", 400, 4.5, p99=60, ceiling_rps=4000),
        _row("question list", "anonymous", "uncached", 300, 6.0, ceiling_rps=4000),
        _row("API question list", "anonymous", "uncached", 900, 1.0, ceiling_rps=4000),
        _row("treatment hub", "logged in", "uncached", 200, 9.5, ceiling_rps=4000),
        _row("question pages, rotating", "anonymous", "cached", 500, 2.0, hit_rate=0.25, ceiling_rps=4000),
        _row(f"question page, 10 answers, c={high}", "anonymous", "uncached", 380, 4.8, p99=250, connections=high),
        _row(f"trivial view, c={high}", "anonymous", "uncached", 3800, 0.4, p99=90, connections=high),
    ]


def test_the_table_puts_the_page_cache_on_and_off_side_by_side():
    lines = driver.table(_rows()).splitlines()
    page = next(line for line in lines if line.startswith("| question page, 10 answers | anonymous |"))
    cells = [cell.strip() for cell in page.strip("|").split("|")]
    # req/s on, off; vs trivial on, off; CPU ms on, off; database on / off; p50/p99 on, off; SQL; hit rate.
    assert cells[2:12] == [
        "2,000",
        "400",
        "50%",
        "10%",
        "0.90",
        "4.50",
        "0.50 / 0.50",
        "5.0 / 10.0",
        "30.0 / 60.0",
        "4 / 0",
    ]
    rotating = next(line for line in lines if line.startswith("| question pages, rotating |"))
    assert "| 25.0% |" in rotating and "| 500 | - |" in rotating
    high = next(
        line for line in lines if line.startswith(f"| question page, 10 answers, c={driver.HIGH_CONNECTIONS} |")
    )
    assert "| 10% |" in high  # to the trivial view at the same concurrency: 380 / 3,800


def test_the_api_rows_are_judged_against_the_pages_they_mirror():
    checks = {name: (met, value) for name, met, value in driver.targets(_rows(), {}, 100.0)}
    assert checks["API question list, anonymous, cache off: >= question list's req/s"] == (True, "900 vs 300 req/s")
    assert checks["API question list, logged in, cache off: >= question list's req/s"] == (None, "-")


def test_issue_15_targets_are_judged_with_the_page_cache_off():
    checks = {name: (met, value) for name, met, value in driver.targets(_rows(), {}, 100.0)}
    assert checks["question page, 10 answers, anonymous, cache off: <= 5 ms of CPU per render"] == (True, "4.50 ms")
    assert checks["question page, 10 answers, logged in, cache off: <= 5 ms of CPU per render"] == (None, "-")
    assert checks["question page, 10 answers, anonymous, cache off: >= 4x Spirit's 91 req/s (364 req/s)"] == (
        True,
        "400 req/s (4.4x)",
    )
    assert checks["question list, anonymous, cache off: >= 4x Spirit's 118 req/s (472 req/s)"][0] is False
    assert checks["treatment hub, logged in, cache off: <= 8 ms of CPU per render"] == (False, "9.50 ms")
    low = driver.CONNECTIONS
    assert checks[f"every page, anonymous, cache off, c={low}: p99 < 50 ms"] == (
        False,
        "slowest question page, 10 answers: 60.0 ms",
    )
    assert checks[f"every page, anonymous, cache on, c={low}: p99 < 50 ms"][0] is True
    high = driver.HIGH_CONNECTIONS
    assert checks[f"question page, 10 answers, c={high}, anonymous, cache off: p99 < 200 ms"] == (False, "250.0 ms")
    assert checks[f"trivial view, c={high}, anonymous, cache off: p99 < 200 ms"] == (True, "90.0 ms")
