"""The benchmark: seed PostgreSQL, serve with gunicorn, drive with wrk, print and record a table.

Run through `make bench` (bench/run), which installs wrk when it is missing. Settings come from the
environment; bench/README.md lists them. Steps:

1. drop and create the database, migrate, `seed_demo --questions N` (timed), VACUUM ANALYZE;
2. collectstatic, start gunicorn with production settings on a free loopback port;
3. for each page, anonymous and logged in: count its SQL queries with one instrumented request,
   warm up, then run wrk and read throughput and latency percentiles;
4. the mixed row, anonymous and logged in: question pages drawn by popularity (bench/mixed.py,
   bench/wrk_mixed.lua) while a second process writes at 2% of the read rate;
5. print the tables (and the targets from issues 9 and 14), write them into bench/README.md and
   bench/results/<date>.json, and stop the server.
"""

import contextlib
import http.cookiejar
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
README = ROOT / "bench" / "README.md"
RESULTS_START = "<!-- bench-results:start -->"
RESULTS_END = "<!-- bench-results:end -->"
LOGIN = ("patient", "candid-demo-2026")


def env(name: str, default: str) -> str:
    return os.environ.get(name) or default


DATABASE_URL = env("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/candid_bench")
QUESTIONS = int(env("BENCH_QUESTIONS", "100000"))
DURATION = int(env("BENCH_DURATION", "15"))
WARMUP = int(env("BENCH_WARMUP", "2"))
CEILING_SECONDS = int(env("BENCH_CEILING_SECONDS", "5"))
CONNECTIONS = int(env("BENCH_CONNECTIONS", "8"))
WORKERS = int(env("BENCH_WORKERS", "2"))
THREADS = int(env("BENCH_THREADS", "1"))
REDIS_URL = env("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
REUSE_DB = env("BENCH_REUSE_DB", "0") == "1"
ONLY = env("BENCH_ONLY", "")
WRITE_README = env("BENCH_README", "1") == "1"
MIXED = env("BENCH_MIXED", "1") == "1"
MIXED_WARMUP = int(env("BENCH_MIXED_WARMUP", "30"))
WRITE_SHARE = float(env("BENCH_WRITE_SHARE", "0.02"))
MIXED_PATHS = 500_000  # half for each visitor kind: warm-up, reads only, reads and writes
WRK_THREADS = 2
CACHE_PREFIX = f"candid-bench-{os.getpid()}-{int(time.time())}"


def log(message: str) -> None:
    print(message, flush=True)


def server_env(port: int) -> dict[str, str]:
    """Production settings, except what a loopback benchmark without TLS needs."""
    return {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": DATABASE_URL,
        "DB_CONN_MAX_AGE": "600",
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": CACHE_PREFIX,
        "SECURE_SSL_REDIRECT": "0",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "STATIC_MANIFEST": "1",
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "BENCH_BIND": f"127.0.0.1:{port}",
        "BENCH_WORKERS": str(WORKERS),
        "BENCH_THREADS": str(THREADS),
        "LOG_LEVEL": "WARNING",
        "TASKS_BACKEND": "immediate",
        "PYTHONPATH": str(ROOT),
    }


def manage(*args: str, port: int = 0, capture: bool = False) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=server_env(port),
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout or ""


# 1. The database ------------------------------------------------------------------------------


def _database_name() -> str:
    return urllib.parse.urlparse(DATABASE_URL).path.lstrip("/")


def _maintenance_connection():
    import psycopg

    parts = urllib.parse.urlparse(DATABASE_URL)
    return psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True)


def _is_seeded() -> bool:
    import psycopg

    try:
        with psycopg.connect(DATABASE_URL) as conn:
            return conn.execute("SELECT count(*) FROM questions_question").fetchone()[0] >= QUESTIONS
    except psycopg.Error:
        return False


def prepare_database() -> dict:
    timings: dict = {}
    if REUSE_DB and _is_seeded():
        log(f"Reusing the seeded database {_database_name()} (BENCH_REUSE_DB=1).")
        manage("migrate", "--no-input", "-v0")
        return {"reused": True}
    name = _database_name()
    with _maintenance_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    log(f"Created database {name}; migrating...")
    started = time.monotonic()
    manage("migrate", "--no-input", "-v0")
    timings["migrate"] = time.monotonic() - started
    log(f"Seeding {QUESTIONS:,} questions...")
    started = time.monotonic()
    manage("seed_demo", "--questions", str(QUESTIONS))
    timings["seed"] = time.monotonic() - started
    log(f"Seeded in {timings['seed']:.1f}s.")
    # Fresh bulk-loaded tables have no planner statistics yet; production databases always do.
    started = time.monotonic()
    import psycopg

    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
        timings["rows"] = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("accounts_user", "doctors_doctorprofile", "questions_question", "questions_answer")
        }
        with contextlib.suppress(psycopg.Error):
            timings["rows"]["reviews_review"] = conn.execute("SELECT count(*) FROM reviews_review").fetchone()[0]
    timings["vacuum_analyze"] = time.monotonic() - started
    return timings


# 2. The server --------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [GUNICORN, "-c", str(ROOT / "bench" / "gunicorn.conf.py")],
        cwd=ROOT,
        env=server_env(port),
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn exited while starting; see its output above.")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/ping", timeout=2) as response:
                if response.status == 200:
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    stop_server(server)
    raise SystemExit("gunicorn did not answer /bench/ping within 60 s.")


def worker_pids(server: subprocess.Popen) -> list[int]:
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def memory_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def clear_cache_keys() -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{CACHE_PREFIX}:*", count=1000))
    for start in range(0, len(keys), 1000):
        client.delete(*keys[start : start + 1000])


def bump_content_generation() -> None:
    """What a change every page shows does (pagecache.topics.bump("site")): the next request renders afresh."""
    import redis

    redis.Redis.from_url(REDIS_URL).incr(f"{CACHE_PREFIX}:1:topic:1:site")


def forget_cached_users() -> None:
    """Drop the logged-in users' rows the auth backend keeps in the cache (accounts/backends.py)."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{CACHE_PREFIX}:1:auth-user:*", count=1000))
    if keys:
        client.delete(*keys)


# 3. Requests ----------------------------------------------------------------------------------


def log_in(base: str) -> str:
    """Log in through the form like a browser; return the Cookie header for wrk."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(f"{base}/accounts/login/") as response:
        page = response.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({"login": LOGIN[0], "password": LOGIN[1], "csrfmiddlewaretoken": token})
    request = urllib.request.Request(f"{base}/accounts/login/", data=data.encode(), headers={"Referer": base + "/"})
    with opener.open(request) as response:
        response.read()
    cookies = {cookie.name: cookie.value for cookie in jar}
    if "sessionid" not in cookies:
        raise SystemExit(f"Logging in as {LOGIN[0]} failed: no session cookie.")
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def instrumented_get(url: str, cookie: str) -> tuple[int, int | None]:
    headers = {"X-Count-Queries": "1"}
    if cookie:
        headers["Cookie"] = cookie
    request = urllib.request.Request(url, headers=headers)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            response.read()
            status, count = response.status, response.headers.get("X-Query-Count")
    except urllib.error.HTTPError as error:
        status, count = error.code, error.headers.get("X-Query-Count")
    return status, int(count) if count is not None else None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def wrk(url: str, cookie: str, seconds: int) -> dict:
    command = [
        "wrk",
        f"-t{WRK_THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{seconds}s",
        "--latency",
        # Slow pages must show up in the percentiles, not vanish as timeouts (wrk's default is 2 s).
        "--timeout",
        "30s",
        "-s",
        str(ROOT / "bench" / "wrk_report.lua"),
    ]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run([*command, url], check=True, text=True, capture_output=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH_RESULT "))
    return json.loads(line.removeprefix("BENCH_RESULT "))


def measure(base: str, pages: list[dict], cookie: str) -> list[dict]:
    rows = []
    for page in pages:
        for mode in ("anonymous", "logged in"):
            row = {"page": page["name"], "mode": mode, "url": page.get("url"), "note": page.get("note", "")}
            rows.append(row)
            if "skip" in page:
                row["skip"] = page["skip"]
                continue
            url, mode_cookie = base + page["url"], cookie if mode == "logged in" else ""
            if mode == "logged in":
                instrumented_get(url, mode_cookie)  # once: the session is read from the database, then cached
                forget_cached_users()  # "rendered" is the worst case: the user's row is read as well
            bump_content_generation()  # the first request renders, the second is a repeat visit
            status, rendered = instrumented_get(url, mode_cookie)
            if status != 200:
                row["skip"] = f"HTTP {status}"
                log(f"  {page['name']:<22} {mode:<10} skipped: HTTP {status} for {page['url']}")
                continue
            _, served = instrumented_get(url, mode_cookie)
            row.update(queries_rendered=rendered, queries_served=served)
            if WARMUP:
                wrk(url, mode_cookie, WARMUP)
            if CEILING_SECONDS and page["name"] != "trivial view":
                # The trivial view again, just before: on a shared machine the load drifts within a
                # run, and a ratio to a ceiling measured minutes earlier would measure the drift.
                row["ceiling_rps"] = wrk(base + "/bench/ping", "", CEILING_SECONDS)["rps"]
            row.update(wrk(url, mode_cookie, DURATION))
            log(
                f"  {page['name']:<22} {mode:<10} {row['rps']:>8.0f} req/s  p50 {row['p50']:6.1f} ms  "
                f"p99 {row['p99']:6.1f} ms  queries {rendered}/{served}"
                + (f"  (trivial view just before: {row['ceiling_rps']:.0f} req/s)" if "ceiling_rps" in row else "")
            )
    return rows


# 4. The mixed row -----------------------------------------------------------------------------


def mixed_paths(directory: Path) -> tuple[Path, dict]:
    """Question paths drawn by popularity from the seeded database (bench/mixed.py paths)."""
    out = directory / "mixed-paths.txt"
    summary = subprocess.run(
        [PYTHON, str(ROOT / "bench" / "mixed.py"), "paths", "--out", str(out), "--count", str(MIXED_PATHS)],
        cwd=ROOT,
        env=server_env(0),
        check=True,
        text=True,
        capture_output=True,
    ).stdout
    return out, json.loads(summary)


def wrk_mixed(base: str, cookie: str, seconds: int, paths: Path, start: int) -> dict:
    command = ["wrk", f"-t{WRK_THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "30s"]
    command += ["-s", str(ROOT / "bench" / "wrk_mixed.lua")]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    command += [base + "/", "--", str(paths), str(start), str(WRK_THREADS)]
    output = subprocess.run(command, check=True, text=True, capture_output=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH_RESULT "))
    return json.loads(line.removeprefix("BENCH_RESULT "))


def start_writer(port: int, seed: int) -> subprocess.Popen:
    """The second client (bench/mixed.py write): loads who writes what and waits for `go`."""
    writer = subprocess.Popen(
        [PYTHON, str(ROOT / "bench" / "mixed.py"), "write", "--seed", str(seed)],
        cwd=ROOT,
        env=server_env(port),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    if writer.stdout.readline().strip() != "READY":
        writer.kill()
        raise SystemExit("The mixed row's writer did not start; see its output above.")
    return writer


def measure_mixed(base: str, port: int, cookie: str, paths: Path) -> list[dict]:
    """Reads by popularity, alone and with writes at WRITE_SHARE of their rate, anonymous and logged in.

    Per visitor kind: a warm-up (reads only) fills the cache as a live site's traffic would have; then
    DURATION seconds of reads only (the writes are paced to their rate), then DURATION seconds of reads
    while the writer writes. Each phase reads the paths that follow the previous phase's, so every
    request of a phase is a fresh draw from the same popularity.
    """
    rows = []
    paths_list = paths.read_text().split()
    for index, mode in enumerate(("anonymous", "logged in")):
        mode_cookie = cookie if mode == "logged in" else ""
        origin = position = index * len(paths_list) // 2
        writer = start_writer(port, seed=int(time.time()) + index)  # a reused database keeps earlier writes
        try:
            if MIXED_WARMUP:
                position += wrk_mixed(base, mode_cookie, MIXED_WARMUP, paths, position)["requests"]
            reads = {"page": "mixed", "kind": "reads only", "mode": mode, "start": position}
            reads.update(wrk_mixed(base, mode_cookie, DURATION, paths, position))
            position += reads["requests"]
            writer.stdin.write(f"go {reads['rps'] * WRITE_SHARE:.3f} {DURATION}\n")
            writer.stdin.flush()
            mixed = {"page": "mixed", "kind": "reads + writes", "mode": mode, "start": position}
            mixed.update(wrk_mixed(base, mode_cookie, DURATION, paths, position))
            line = next(line for line in writer.stdout if line.startswith("BENCH_WRITES "))
            mixed["writes"] = json.loads(line.removeprefix("BENCH_WRITES "))
        finally:
            writer.stdin.close()
            writer.wait(timeout=60)
        for row in (reads, mixed):
            row.update(
                hit_rate=_hit_rate(row), first_visits=first_visits(paths_list, origin, row["start"], row["requests"])
            )
            rows.append(row)
            writes = row.get("writes")
            log(
                f"  {'mixed, ' + row['kind']:<22} {mode:<10} {row['rps']:>8.0f} req/s  p50 {row['p50']:6.1f} ms  "
                f"p99 {row['p99']:6.1f} ms  hit rate {row['hit_rate']:.1%}, misses {row['misses']} of which "
                f"first visits {row['first_visits']}"
                + (f"  writes {writes['writes']} ({writes['rate']:.1f}/s: {writes['done']})" if writes else "")
            )
    return rows


def first_visits(paths: list[str], origin: int, start: int, requests: int) -> int:
    """How many of the requests from line `start` on asked for a page not asked for since line `origin`
    (the visitor kind's first request): misses no cache avoids. Other misses are re-rendered pages."""
    seen = {paths[i % len(paths)] for i in range(origin, start)}
    count = 0
    for i in range(start, start + requests):
        path = paths[i % len(paths)]
        if path not in seen:
            seen.add(path)
            count += 1
    return count


def _hit_rate(result: dict) -> float:
    counted = result["hits"] + result["misses"]
    return result["hits"] / counted if counted else 0.0


def mixed_table(mixed: list[dict], rows: list[dict]) -> str:
    lines = [
        "| visitor | reads | req/s | vs question page | p50 ms | p95 ms | p99 ms | hit rate | misses: first visits "
        "/ re-rendered | writes/s (share of reads) | votes / answers / reviews |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in mixed:
        share = mixed_share(rows, row)
        writes = row.get("writes")
        if writes:
            done, refused = writes["done"], writes["refused"]
            kinds = " / ".join(str(done.get(kind, 0)) for kind in ("vote", "answer", "review"))
            kinds += f" ({sum(refused.values())} refused)" if refused else ""
            rate = f"{writes['rate']:.1f} ({writes['rate'] / row['rps']:.1%})"
        else:
            kinds, rate = "-", "-"
        lines.append(
            f"| {row['mode']} | {row['kind']} | {row['rps']:,.0f} | {'-' if share is None else f'{share:.0%}'} | "
            f"{row['p50']:.1f} | {row['p95']:.1f} | {row['p99']:.1f} | {row['hit_rate']:.1%} | "
            f"{row['first_visits']:,} / {max(row['misses'] - row['first_visits'], 0):,} | {rate} | {kinds} |"
        )
    return "\n".join(lines)


def mixed_share(rows: list[dict], row: dict) -> float | None:
    """The mixed row's throughput over the read-only question page row's, same visitor kind, same run."""
    read_only = next(
        (r for r in rows if r["page"] == "question page" and r["mode"] == row["mode"] and "rps" in r), None
    )
    return row["rps"] / read_only["rps"] if read_only else None


# 5. Report ------------------------------------------------------------------------------------


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    memory = next(line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    postgres = subprocess.run(["psql", "--version"], capture_output=True, text=True).stdout.strip()
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gb": round(int(memory.split()[1]) / 1024 / 1024, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "postgres": postgres,
    }


def ratio(rows: list[dict], row: dict) -> float | None:
    """A row's throughput over the trivial view's: the one measured just before it, if any."""
    ceiling = row.get("ceiling_rps") or ratio_base(rows, "anonymous")
    return row["rps"] / ceiling if ceiling and "rps" in row else None


def ratio_base(rows: list[dict], mode: str) -> float | None:
    for row in rows:
        if row["page"] == "trivial view" and row["mode"] == mode and "rps" in row:
            return row["rps"]
    return None


def table(rows: list[dict]) -> str:
    lines = [
        "| page | visitor | req/s | vs trivial | p50 ms | p95 ms | p99 ms | SQL rendered / served | note |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        if "skip" in row:
            lines.append(f"| {row['page']} | {row['mode']} | - | - | - | - | - | - | skipped: {row['skip']} |")
            continue
        share = ratio(rows, row)
        share_text = f"{share:.0%}" if share is not None else "-"
        bad = f"; {row['bad_status']} non-2xx" if row["bad_status"] else ""
        errors = f"; {row['socket_errors']} socket errors" if row["socket_errors"] else ""
        lines.append(
            f"| {row['page']} | {row['mode']} | {row['rps']:,.0f} | {share_text} | {row['p50']:.1f} | "
            f"{row['p95']:.1f} | {row['p99']:.1f} | {row['queries_rendered']} / {row['queries_served']} | "
            f"{row['note']}{bad}{errors} |"
        )
    return "\n".join(lines)


def targets(
    rows: list[dict], timings: dict, peak_rss_mb: float, mixed: list[dict] = ()
) -> list[tuple[str, bool | None, str]]:
    """Issues 9's and 14's targets, each with met (None: not measurable in this run) and the measured value."""
    measured = [row for row in rows if "rps" in row and row["page"] != "trivial view"]

    def find(page: str, mode: str) -> dict | None:
        row = next((r for r in rows if r["page"] == page and r["mode"] == mode and "rps" in r), None)
        if row and not row["requests"]:  # nothing completed: as slow as it gets
            return {**row, "p50": float("inf"), "p95": float("inf"), "p99": float("inf")}
        return row

    checks: list[tuple[str, bool | None, str]] = []
    worst = max((r["queries_rendered"] or 0 for r in measured), default=None)
    checks.append(("every page at most 10 SQL queries", None if worst is None else worst <= 10, f"max {worst}"))
    for mode, floor in (("anonymous", 0.5), ("logged in", 0.25)):
        row = find("question page", mode)
        value = ratio(rows, row) if row else None
        checks.append(
            (
                f"question page {mode} >= {floor:.0%} of the trivial view",
                None if value is None else value >= floor,
                "-" if value is None else f"{value:.0%}",
            )
        )
    for page in ("question page", "question list", "treatment page"):
        for mode in ("anonymous", "logged in"):
            row = find(page, mode)
            checks.append(
                (
                    f"{page} {mode} p99 < 50 ms",
                    None if row is None else row["p99"] < 50,
                    "-" if row is None else f"{row['p99']:.1f} ms",
                )
            )
    for page in ("search, common word", "search, rare word"):
        for mode in ("anonymous", "logged in"):
            row = find(page, mode)
            checks.append(
                (
                    f"{page} {mode} p95 < 100 ms",
                    None if row is None else row["p95"] < 100,
                    "-" if row is None else f"{row['p95']:.1f} ms",
                )
            )
    for row in (r for r in mixed if "writes" in r):
        # Issue 14's target: writes at 2% of the reads keep at least 60% of the same reads' throughput
        # without them (the "reads only" phase of this row, same visitor kind, same run).
        reads_only = next((r for r in mixed if "writes" not in r and r["mode"] == row["mode"]), None)
        share = row["rps"] / reads_only["rps"] if reads_only else None
        checks.append(
            (
                f"mixed {row['mode']}: with writes >= 60% of the same reads without them",
                None if share is None else share >= 0.6,
                "-" if share is None else f"{share:.0%}",
            )
        )
        checks.append((f"mixed {row['mode']} p99 < 50 ms", row["p99"] < 50, f"{row['p99']:.1f} ms"))
    seed = timings.get("seed")
    checks.append(
        (f"seed_demo --questions {QUESTIONS:,} < 5 min", None if seed is None else seed < 300, _seconds(seed))
    )
    checks.append(("a worker's peak RSS < 200 MB", peak_rss_mb < 200, f"{peak_rss_mb:.0f} MB"))
    return checks


def _seconds(value: float | None) -> str:
    return "reused database" if value is None else f"{value:.0f} s"


def report(
    rows: list[dict], timings: dict, rss: dict, info: dict, started: float, mixed: list[dict], paths: dict
) -> str:
    checks = targets(rows, timings, rss["peak_mb"], mixed)
    marks = {True: "met", False: "**not met**", None: "not measured"}
    lines = [
        f"Run of {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {info['cpus']} CPUs ({info['cpu_model']}), "
        f"{info['memory_gb']} GB RAM, Linux {info['kernel']}, Python {info['python']}, {info['postgres']}.",
        "",
        f"Data: {QUESTIONS:,} questions"
        + (f" ({', '.join(f'{k} {v:,}' for k, v in timings['rows'].items())})" if "rows" in timings else "")
        + f"; seeding {_seconds(timings.get('seed'))}"
        + (f", VACUUM ANALYZE {timings['vacuum_analyze']:.0f} s" if "vacuum_analyze" in timings else "")
        + ".",
        f"Load: wrk, {CONNECTIONS} connections, {DURATION} s per row after a {WARMUP} s warm-up and "
        f"{CEILING_SECONDS} s of the trivial view (the row's ratio is to that); gunicorn "
        f"{WORKERS} workers x {THREADS} thread(s), PostgreSQL and Redis on the same machine; "
        f"whole run {(time.monotonic() - started) / 60:.1f} min.",
        "",
        table(rows),
        "",
        *(
            [
                f"Mixed row: question pages drawn by popularity (Zipf, s = 1.1) over {paths['questions']:,} "
                f"questions, where the {paths['questions_for_half']:,} most read get half the reads and "
                f"{paths['questions_for_90pc']:,} get 90%. Per visitor: {MIXED_WARMUP} s of reads to warm the cache, "
                f"{DURATION} s of reads only, then {DURATION} s of reads while a second process votes, answers "
                f"and reviews through the services at {WRITE_SHARE:.0%} of the reads-only rate. Throughput is "
                f"compared with the question page row above, same visitor. A first visit is a page not asked for "
                f"earlier in the run (no cache has it); a re-rendered page was cached and had changed.",
                "",
                mixed_table(mixed, rows),
                "",
            ]
            if mixed
            else []
        ),
        f"Peak RSS of a gunicorn worker after the run: {rss['peak_mb']:.0f} MB "
        f"(workers: {', '.join(f'{mb:.0f} MB' for mb in rss['workers_mb'])}).",
        "",
        "| target | result | measured |",
        "| --- | --- | --- |",
        *[f"| {name} | {marks[met]} | {value} |" for name, met, value in checks],
    ]
    return "\n".join(lines)


def write_readme(text: str) -> None:
    current = README.read_text() if README.exists() else ""
    block = f"{RESULTS_START}\n{text}\n{RESULTS_END}"
    if RESULTS_START in current and RESULTS_END in current:
        before, rest = current.split(RESULTS_START, 1)
        after = rest.split(RESULTS_END, 1)[1]
        README.write_text(before + block + after)
    else:
        README.write_text(current.rstrip() + "\n\n## Latest results\n\n" + block + "\n")


def main() -> None:
    started = time.monotonic()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (bench/run installs it with apt-get).")
    info = machine()
    timings = prepare_database()
    manage("collectstatic", "--no-input", "-v0")
    targets_json = subprocess.run(
        [PYTHON, str(ROOT / "bench" / "targets.py")],
        cwd=ROOT,
        env=server_env(0),
        check=True,
        text=True,
        capture_output=True,
    ).stdout
    pages = json.loads(targets_json)
    if ONLY:
        pages = [p for p in pages if p["name"] == "trivial view" or ONLY in p["name"]]
    scratch = Path(tempfile.mkdtemp(prefix="candid-bench-"))
    mixed, paths_summary = [], {}
    if MIXED:
        paths_file, paths_summary = mixed_paths(scratch)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log(f"Starting gunicorn ({WORKERS} workers x {THREADS} thread(s)) on {base}...")
    server = start_server(port)
    try:
        cookie = log_in(base)
        rows = measure(base, pages, cookie)
        if MIXED:
            mixed = measure_mixed(base, port, cookie, paths_file)
        workers = worker_pids(server)
        rss_kb = [memory_kb(pid, "VmHWM") for pid in workers]
        rss = {"peak_mb": max(rss_kb, default=0) / 1024, "workers_mb": [kb / 1024 for kb in rss_kb]}
    finally:
        stop_server(server)
        clear_cache_keys()
        shutil.rmtree(scratch, ignore_errors=True)
    text = report(rows, timings, rss, info, started, mixed, paths_summary)
    print("\n" + text + "\n")
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    (results / f"{stamp}.json").write_text(
        json.dumps(
            {"machine": info, "timings": timings, "rss": rss, "rows": rows, "mixed": mixed, "paths": paths_summary},
            indent=2,
        )
    )
    if WRITE_README:
        write_readme(text)
        log(f"Results written to {README.relative_to(ROOT)} and bench/results/{stamp}.json.")


if __name__ == "__main__":
    sys.exit(main())
