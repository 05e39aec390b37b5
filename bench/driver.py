"""The benchmark: seed PostgreSQL, serve with gunicorn, drive with wrk, print and record a table.

Run through `make bench` (bench/run), which installs wrk when it is missing. Settings come from the
environment; bench/README.md lists them. Steps:

1. drop and create the database, migrate, `seed_demo --questions N` (timed), VACUUM ANALYZE;
2. collectstatic, pick the pages (bench/targets.py) and the rotating row's question paths;
3. per phase, page cache on ("cached") then off ("uncached", PAGE_CACHE_SECONDS=0): start gunicorn with
   the shipped settings (bench/gunicorn.conf.py) on a free loopback port, and for each page, anonymous
   and logged in, count its SQL queries with one instrumented request, warm up, then run wrk and read
   throughput, latency percentiles and the CPU time the workers (and PostgreSQL's backends) spent per
   request; then the rotating row and the rows at BENCH_HIGH_CONNECTIONS;
4. with the page cache on, the mixed row, anonymous and logged in: question pages drawn by popularity
   (bench/mixed.py, bench/wrk_mixed.lua) while a second process writes at 2% of the read rate;
5. print the tables (and the targets from issues 9, 14 and 15), write them into bench/README.md and
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
from collections.abc import Callable
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
HIGH_CONNECTIONS = int(env("BENCH_HIGH_CONNECTIONS", "64"))
ROTATION = int(env("BENCH_ROTATION", "1000"))
PHASES = [phase.strip() for phase in env("BENCH_PHASES", "cached,uncached").split(",") if phase.strip()]
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
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# The peers' best figures on this machine (bench/README.md, "Peers"), page cache off: issue 15 asks for
# four times Spirit's throughput. Search is Spirit's logged-in figure (it has no anonymous search).
SPIRIT_RPS = {"question page, 10 answers": 91, "question list": 118, "search, common word": 30}
# Issue 19: the API's rows serve at least as many requests a second as the pages they mirror.
API_MIRRORS = {"API question list": "question list", "API question, 20 answers": "question page, 20 answers"}
PEER_FACTOR = 4
# Issue 15's CPU budgets per render, page cache off (milliseconds of the workers' CPU per request).
CPU_BUDGET_MS = {"question page, 10 answers": 5, "treatment hub": 8, "doctor profile": 8}
# The pages measured at HIGH_CONNECTIONS as well, and by which visitors.
HIGH_ROWS = (("trivial view", ("anonymous",)), ("question page, 10 answers", ("anonymous", "logged in")))
MODES = ("anonymous", "logged in")


def log(message: str) -> None:
    print(message, flush=True)


def server_env(port: int, phase: str = "cached") -> dict[str, str]:
    """Production settings, except what a loopback benchmark without TLS needs; the page cache off in
    the "uncached" phase. Gunicorn's workers and threads are the shipped ones unless BENCH_WORKERS and
    BENCH_THREADS are set (bench/gunicorn.conf.py reads them from this environment)."""
    return {
        **os.environ,
        **({"PAGE_CACHE_SECONDS": "0"} if phase == "uncached" else {}),
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": DATABASE_URL,
        # Persistent for a whole phase: PostgreSQL's CPU per request is read from the same backends
        # before and after each row.
        "DB_CONN_MAX_AGE": "3600",
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": CACHE_PREFIX,
        "SECURE_SSL_REDIRECT": "0",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "STATIC_MANIFEST": "1",
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "BENCH_BIND": f"127.0.0.1:{port}",
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


def server_config() -> dict:
    """What gunicorn runs with: bench/gunicorn.conf.py (the shipped config and the bench's overrides)
    read with the server's environment."""
    names = ("workers", "threads", "worker_class", "max_requests", "shipped_max_requests")
    code = (
        "import json, runpy; config = runpy.run_path('bench/gunicorn.conf.py'); "
        f"print(json.dumps({{name: config.get(name) for name in {names!r}}}))"
    )
    output = subprocess.run(
        [PYTHON, "-c", code], cwd=ROOT, env=server_env(0), check=True, text=True, capture_output=True
    ).stdout
    config = json.loads(output)
    config["threads"] = config["threads"] or 1
    config["worker_class"] = config["worker_class"] or "sync"
    return config


def start_server(port: int, phase: str) -> subprocess.Popen:
    server = subprocess.Popen(
        [GUNICORN, "-c", str(ROOT / "bench" / "gunicorn.conf.py")],
        cwd=ROOT,
        env=server_env(port, phase),
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


def cpu_ticks(stat: str) -> int:
    """User + system CPU time (clock ticks) from a /proc/<pid>/stat line: fields 14 and 15, counted
    after the command name, which is in parentheses and may hold spaces and parentheses itself.
    A process's line covers all its threads."""
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def processes_cpu(pids: list[int]) -> dict[int, int]:
    """Each live process's CPU ticks so far; a process that has ended is left out."""
    ticks = {}
    for pid in pids:
        with contextlib.suppress(FileNotFoundError, ProcessLookupError):
            ticks[pid] = cpu_ticks(Path(f"/proc/{pid}/stat").read_text())
    return ticks


def cpu_ms(before: dict[int, int], after: dict[int, int]) -> float | None:
    """CPU milliseconds the processes spent between two snapshots. A process that started in between
    counts whole; one that ended in between took its time with it, so the total is unknown (None)."""
    if set(before) - set(after):
        return None
    return sum(ticks - before.get(pid, 0) for pid, ticks in after.items()) * 1000 / CLOCK_TICKS


class Meter:
    """The CPU time the server spends on a load run: its workers' (user + system, all threads) and the
    PostgreSQL backends' that serve them (same machine: their /proc entries are readable)."""

    def __init__(self, server: subprocess.Popen) -> None:
        import psycopg

        self.workers = worker_pids(server)
        self.database = psycopg.connect(DATABASE_URL, autocommit=True)

    def backends_cpu(self) -> dict[int, int] | None:
        """The CPU ticks of this database's client backends; None when PostgreSQL runs elsewhere."""
        rows = self.database.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND backend_type = 'client backend'"
        ).fetchall()
        ticks = processes_cpu([pid for (pid,) in rows])
        return ticks if len(ticks) == len(rows) else None

    def run(self, load: Callable[..., dict], *args) -> dict:
        """Run `load(*args)` (a wrk run, which returns its result) and add the CPU ms per request it cost."""
        workers, backends = processes_cpu(self.workers), self.backends_cpu()
        result = load(*args)
        worker_ms = cpu_ms(workers, processes_cpu(self.workers))
        backends_after = self.backends_cpu()
        database_ms = cpu_ms(backends, backends_after) if backends is not None and backends_after is not None else None
        requests = result["requests"]
        result["cpu_ms"] = worker_ms / requests if worker_ms is not None and requests else None
        result["db_cpu_ms"] = database_ms / requests if database_ms is not None and requests else None
        return result

    def close(self) -> None:
        self.database.close()


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


def instrumented_get(url: str, cookie: str) -> tuple[int, int | None, str]:
    headers = {"X-Count-Queries": "1"}
    if cookie:
        headers["Cookie"] = cookie
    request = urllib.request.Request(url, headers=headers)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            response.read()
            status, headers = response.status, response.headers
    except urllib.error.HTTPError as error:
        status, headers = error.code, error.headers
    count = headers.get("X-Query-Count")
    return status, int(count) if count is not None else None, headers.get("X-Query-Tables", "")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def wrk(url: str, cookie: str, seconds: int, connections: int = 0) -> dict:
    command = [
        "wrk",
        f"-t{WRK_THREADS}",
        f"-c{connections or CONNECTIONS}",
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


def row_plan(pages: list[dict]) -> list[dict]:
    """A phase's rows in order: every page anonymous and logged in at CONNECTIONS, then the HIGH_ROWS
    pages at HIGH_CONNECTIONS (when set). Each row names its page and carries the page's URL (or paths)."""
    plan = [{**page, "mode": mode, "connections": CONNECTIONS} for page in pages for mode in MODES]
    if HIGH_CONNECTIONS:
        by_name = {page["name"]: page for page in pages}
        for name, modes in HIGH_ROWS:
            if name in by_name:
                plan += [{**by_name[name], "mode": mode, "connections": HIGH_CONNECTIONS} for mode in modes]
    return plan


def row_name(page: str, connections: int) -> str:
    return page if connections == CONNECTIONS else f"{page}, c={connections}"


def measure(base: str, pages: list[dict], cookie: str, phase: str, meter: Meter) -> list[dict]:
    rows = []
    for plan in row_plan(pages):
        mode, connections = plan["mode"], plan["connections"]
        row = {
            "page": row_name(plan["name"], connections),
            "mode": mode,
            "phase": phase,
            "connections": connections,
            "url": plan.get("url"),
            "note": plan.get("note", ""),
        }
        rows.append(row)
        if "skip" in plan:
            row["skip"] = plan["skip"]
            continue
        url, mode_cookie = base + plan["url"], cookie if mode == "logged in" else ""
        if mode == "logged in":
            instrumented_get(url, mode_cookie)  # once: the session is read from the database, then cached
            forget_cached_users()  # "rendered" is the worst case: the user's row is read as well
        bump_content_generation()  # the first request renders, the second is a repeat visit
        status, rendered, rendered_tables = instrumented_get(url, mode_cookie)
        if status != 200:
            row["skip"] = f"HTTP {status}"
            log(f"  {row['page']:<34} {mode:<10} skipped: HTTP {status} for {plan['url']}")
            continue
        _, served, _ = instrumented_get(url, mode_cookie)
        row.update(queries_rendered=rendered, queries_served=served, tables_rendered=rendered_tables)
        rotating = "paths" in plan
        # A rotating row warms nothing up: its first pass over the questions is what it measures
        # (the pages' code is warm from the rows before it).
        if WARMUP and not rotating:
            wrk(url, mode_cookie, WARMUP, connections)
        if CEILING_SECONDS and plan["name"] != "trivial view" and connections == CONNECTIONS:
            # The trivial view again, just before: on a shared machine the load drifts within a
            # run, and a ratio to a ceiling measured minutes earlier would measure the drift.
            row["ceiling_rps"] = wrk(base + "/bench/ping", "", CEILING_SECONDS)["rps"]
        if rotating:
            bump_content_generation()  # the rotation starts with none of its pages cached
            row.update(meter.run(wrk_mixed, base, mode_cookie, DURATION, Path(plan["paths"]), 0))
            row["hit_rate"] = _hit_rate(row) if row["hits"] + row["misses"] else None
        else:
            row.update(meter.run(wrk, url, mode_cookie, DURATION, connections))
        log(
            f"  {row['page']:<34} {mode:<10} {row['rps']:>8.0f} req/s  p50 {row['p50']:6.1f} ms  "
            f"p99 {row['p99']:6.1f} ms  CPU {_ms(row['cpu_ms'])} ms/req (database {_ms(row['db_cpu_ms'])})  "
            f"queries {rendered}/{served}"
            + (f"  hit rate {row['hit_rate']:.1%}" if row.get("hit_rate") is not None else "")
            + (f"  (trivial view just before: {row['ceiling_rps']:.0f} req/s)" if "ceiling_rps" in row else "")
        )
    return rows


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


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


def measure_mixed(base: str, port: int, cookie: str, paths: Path, meter: Meter) -> list[dict]:
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
            reads.update(meter.run(wrk_mixed, base, mode_cookie, DURATION, paths, position))
            position += reads["requests"]
            writer.stdin.write(f"go {reads['rps'] * WRITE_SHARE:.3f} {DURATION}\n")
            writer.stdin.flush()
            mixed = {"page": "mixed", "kind": "reads + writes", "mode": mode, "start": position}
            mixed.update(meter.run(wrk_mixed, base, mode_cookie, DURATION, paths, position))
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
                f"p99 {row['p99']:6.1f} ms  CPU {_ms(row['cpu_ms'])} ms/req  hit rate {row['hit_rate']:.1%}, "
                f"misses {row['misses']} of which "
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
        "| visitor | reads | req/s | vs 20-answer page | CPU ms/req | p50 ms | p95 ms | p99 ms | hit rate | misses: "
        "first visits / re-rendered | writes/s (share of reads) | votes / answers / reviews |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
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
            f"{_ms(row.get('cpu_ms'))} | {row['p50']:.1f} | {row['p95']:.1f} | {row['p99']:.1f} | {row['hit_rate']:.1%} | "
            f"{row['first_visits']:,} / {max(row['misses'] - row['first_visits'], 0):,} | {rate} | {kinds} |"
        )
    return "\n".join(lines)


def mixed_share(rows: list[dict], row: dict) -> float | None:
    """The mixed row's throughput over the 20-answer question page's with the page cache on, same visitor
    kind, same run."""
    read_only = find_row(rows, "question page, 20 answers", row["mode"], "cached")
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


def find_row(rows: list[dict], page: str, mode: str, phase: str) -> dict | None:
    """The measured row of a page, visitor and phase; one that completed no request is as slow as it gets."""
    row = next(
        (r for r in rows if r["page"] == page and r["mode"] == mode and r.get("phase") == phase and "rps" in r), None
    )
    if row and not row["requests"]:
        return {**row, "p50": float("inf"), "p95": float("inf"), "p99": float("inf")}
    return row


def ratio(rows: list[dict], row: dict) -> float | None:
    """A row's throughput over the trivial view's: the one measured just before it, or else the phase's
    trivial view row at the same concurrency."""
    ceiling = row.get("ceiling_rps") or ratio_base(rows, row)
    return row["rps"] / ceiling if ceiling and "rps" in row else None


def ratio_base(rows: list[dict], row: dict) -> float | None:
    connections = row.get("connections", CONNECTIONS)
    base = find_row(rows, row_name("trivial view", connections), "anonymous", row.get("phase", "cached"))
    return base["rps"] if base else None


def table(rows: list[dict]) -> str:
    """One line per page, visitor and concurrency: the page cache on and off side by side."""
    lines = [
        "| page | visitor | req/s, cache on | req/s, off | vs trivial, on | vs trivial, off | CPU ms/req, on | "
        "CPU ms/req, off | database CPU ms/req, on / off | p50 / p99 ms, on | p50 / p99 ms, off | "
        "SQL rendered / served | hit rate, on | note |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    keys = list(dict.fromkeys((row["page"], row["mode"]) for row in rows))
    for page, mode in keys:
        by_phase = {r.get("phase", "cached"): r for r in rows if r["page"] == page and r["mode"] == mode}
        on, off = by_phase.get("cached"), by_phase.get("uncached")
        measured = [r for r in (on, off) if r and "rps" in r]
        if not measured:
            reason = next(r["skip"] for r in (on, off) if r)
            lines.append(f"| {page} | {mode} | - | - | - | - | - | - | - | - | - | - | - | skipped: {reason} |")
            continue

        def cell(row, text) -> str:
            return text(row) if row and "rps" in row else "-"

        def share(row) -> str:
            value = ratio(rows, row)
            return "-" if value is None else f"{value:.0%}"

        first = measured[0]
        notes = [first["note"]] if first["note"] else []
        for row in measured:
            label = "on" if row is on else "off"
            if row["bad_status"]:
                notes.append(f"{row['bad_status']} non-2xx ({label})")
            if row["socket_errors"]:
                notes.append(f"{row['socket_errors']} socket errors ({label})")
        hit_rate = on.get("hit_rate") if on else None
        lines.append(
            f"| {page} | {mode} | {cell(on, lambda r: f'{r["rps"]:,.0f}')} | {cell(off, lambda r: f'{r["rps"]:,.0f}')} | "
            f"{cell(on, share)} | {cell(off, share)} | {cell(on, lambda r: _ms(r['cpu_ms']))} | "
            f"{cell(off, lambda r: _ms(r['cpu_ms']))} | "
            f"{cell(on, lambda r: _ms(r['db_cpu_ms']))} / {cell(off, lambda r: _ms(r['db_cpu_ms']))} | "
            f"{cell(on, lambda r: f'{r["p50"]:.1f} / {r["p99"]:.1f}')} | "
            f"{cell(off, lambda r: f'{r["p50"]:.1f} / {r["p99"]:.1f}')} | "
            f"{first['queries_rendered']} / {first['queries_served']} | "
            f"{'-' if hit_rate is None else f'{hit_rate:.1%}'} | {'; '.join(notes)} |"
        )
    return "\n".join(lines)


def targets(
    rows: list[dict], timings: dict, peak_rss_mb: float, mixed: list[dict] = ()
) -> list[tuple[str, bool | None, str]]:
    """Issues 9's, 14's and 15's targets, each with met (None: not measurable in this run) and the value."""
    checks: list[tuple[str, bool | None, str]] = []

    def check(name: str, row: dict | None, value, passes, text) -> None:
        value = value(row) if row else None
        checks.append((name, None if value is None else passes(value), "-" if value is None else text(value)))

    measured = [row for row in rows if "rps" in row and not row["page"].startswith("trivial view")]
    worst_row = max(measured, key=lambda r: r["queries_rendered"] or 0, default=None)
    worst = worst_row["queries_rendered"] if worst_row else None
    checks.append(
        (
            "every page at most 10 SQL queries",
            None if worst is None else worst <= 10,
            f"max {worst} ({worst_row['page']}, {worst_row['mode']}: {worst_row.get('tables_rendered') or '-'})"
            if worst_row
            else "-",
        )
    )

    # Issue 9, page cache on.
    for mode, floor in (("anonymous", 0.5), ("logged in", 0.25)):
        check(
            f"question page, 20 answers, {mode}, cache on: >= {floor:.0%} of the trivial view",
            find_row(rows, "question page, 20 answers", mode, "cached"),
            lambda r: ratio(rows, r),
            lambda v, floor=floor: v >= floor,
            lambda v: f"{v:.0%}",
        )
    for page in ("search, common word", "search, rare word"):
        for mode in MODES:
            check(
                f"{page}, {mode}, cache on: p95 < 100 ms",
                find_row(rows, page, mode, "cached"),
                lambda r: r["p95"],
                lambda v: v < 100,
                lambda v: f"{v:.1f} ms",
            )

    # Issue 15, page cache off: CPU per render and four times Spirit's throughput.
    for page, budget in CPU_BUDGET_MS.items():
        for mode in MODES:
            check(
                f"{page}, {mode}, cache off: <= {budget} ms of CPU per render",
                find_row(rows, page, mode, "uncached"),
                lambda r: r["cpu_ms"],
                lambda v, budget=budget: v <= budget,
                lambda v: f"{v:.2f} ms",
            )
    for page, spirit in SPIRIT_RPS.items():
        for mode in MODES:
            floor = PEER_FACTOR * spirit
            check(
                f"{page}, {mode}, cache off: >= {PEER_FACTOR}x Spirit's {spirit} req/s ({floor} req/s)",
                find_row(rows, page, mode, "uncached"),
                lambda r: r["rps"],
                lambda v, floor=floor: v >= floor,
                lambda v, spirit=spirit: f"{v:,.0f} req/s ({v / spirit:.1f}x)",
            )

    # Issues 9 and 15: p99 under load, every page, at CONNECTIONS and HIGH_CONNECTIONS.
    for phase, label in (("cached", "on"), ("uncached", "off")):
        for mode in MODES:
            phase_rows = [
                r
                for r in rows
                if r.get("phase") == phase and r["mode"] == mode and r["connections"] == CONNECTIONS and "rps" in r
            ]
            slowest = max(phase_rows, key=lambda r: r["p99"] if r["requests"] else float("inf"), default=None)
            checks.append(
                (
                    f"every page, {mode}, cache {label}, c={CONNECTIONS}: p99 < 50 ms",
                    None if slowest is None else bool(slowest["requests"]) and slowest["p99"] < 50,
                    "-" if slowest is None else f"slowest {slowest['page']}: {slowest['p99']:.1f} ms",
                )
            )
    for row in rows:
        if row["connections"] != CONNECTIONS and "rps" in row:
            label = "on" if row["phase"] == "cached" else "off"
            check(
                f"{row['page']}, {row['mode']}, cache {label}: p99 < 200 ms",
                find_row(rows, row["page"], row["mode"], row["phase"]),
                lambda r: r["p99"],
                lambda v: v < 200,
                lambda v: f"{v:.1f} ms",
            )

    # Issue 19: the API's list and detail, no slower than the HTML pages they mirror.
    for api_page, html_page in API_MIRRORS.items():
        for phase, label in (("cached", "on"), ("uncached", "off")):
            for mode in MODES:
                html = find_row(rows, html_page, mode, phase)
                check(
                    f"{api_page}, {mode}, cache {label}: >= {html_page}'s req/s",
                    find_row(rows, api_page, mode, phase),
                    lambda r, html=html: (r["rps"], html["rps"]) if html else None,
                    lambda v: v[0] >= v[1],
                    lambda v: f"{v[0]:,.0f} vs {v[1]:,.0f} req/s",
                )

    # Issue 14: the mixed row.
    for row in (r for r in mixed if "writes" in r):
        # Writes at 2% of the reads keep at least 60% of the same reads' throughput without them (the
        # "reads only" phase of this row, same visitor kind, same run).
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


def describe_server(config: dict) -> str:
    text = f"gunicorn {config['workers']} workers x {config['threads']} thread(s) ({config['worker_class']})"
    if config.get("shipped_max_requests"):
        text += (
            f", worker recycling off (shipped: after {config['shipped_max_requests']:,} requests; the CPU and peak"
            " memory figures need the same workers throughout)"
        )
    return text


def report(
    rows: list[dict],
    timings: dict,
    rss: dict,
    info: dict,
    started: float,
    mixed: list[dict],
    paths: dict,
    config: dict,
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
        f"Load: wrk, {CONNECTIONS} connections (and {HIGH_CONNECTIONS} on the c={HIGH_CONNECTIONS} rows), "
        f"{DURATION} s per row after a {WARMUP} s warm-up and {CEILING_SECONDS} s of the trivial view (the "
        f"row's ratio is to that); {describe_server(config)}; PostgreSQL and Redis on the same machine; "
        f"phases: {', '.join(PHASES)}; whole run {(time.monotonic() - started) / 60:.1f} min.",
        "CPU ms/req: the workers' user + system time over the requests wrk counted; database: the same for "
        "PostgreSQL's backends serving them. The rotating row reads each question once in turn, starting with "
        "none cached: its hit rate is what the page cache served.",
        "",
        table(rows),
        "",
        *(
            [
                f"Mixed row (page cache on): question pages drawn by popularity (Zipf, s = 1.1) over "
                f"{paths['questions']:,} questions, where the {paths['questions_for_half']:,} most read get half "
                f"the reads and {paths['questions_for_90pc']:,} get 90%. Per visitor: {MIXED_WARMUP} s of reads to "
                f"warm the cache, {DURATION} s of reads only, then {DURATION} s of reads while a second process "
                f"votes, answers and reviews through the services at {WRITE_SHARE:.0%} of the reads-only rate. "
                f"Throughput is compared with the 20-answer question page above, cache on, same visitor. A first "
                f"visit is a page not asked for earlier in the run (no cache has it); a re-rendered page was "
                f"cached and had changed.",
                "",
                mixed_table(mixed, rows),
                "",
            ]
            if mixed
            else []
        ),
        f"Peak RSS of a gunicorn worker: {rss['peak_mb']:.0f} MB ("
        + "; ".join(
            f"cache {phase}: {', '.join(f'{mb:.0f}' for mb in mbs)} MB" for phase, mbs in rss["workers_mb"].items()
        )
        + ").",
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


def run_phase(phase: str, pages: list[dict], paths_file: Path | None) -> tuple[list[dict], list[dict], list[float]]:
    """Start a server with the page cache on ("cached") or off ("uncached"), measure every row, stop it."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log(f"Page cache {'on' if phase == 'cached' else 'off'}: starting gunicorn on {base}...")
    server = start_server(port, phase)
    meter = None
    try:
        meter = Meter(server)
        cookie = log_in(base)
        rows = measure(base, pages, cookie, phase, meter)
        mixed = measure_mixed(base, port, cookie, paths_file, meter) if paths_file else []
        rss_mb = [memory_kb(pid, "VmHWM") / 1024 for pid in worker_pids(server)]
    finally:
        if meter:
            meter.close()
        stop_server(server)
    return rows, mixed, rss_mb


def main() -> None:
    started = time.monotonic()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (bench/run installs it with apt-get).")
    unknown = set(PHASES) - {"cached", "uncached"}
    if unknown or not PHASES:
        raise SystemExit(f"BENCH_PHASES: cached, uncached or both, not {', '.join(unknown) or 'nothing'}.")
    info = machine()
    timings = prepare_database()
    manage("collectstatic", "--no-input", "-v0")
    scratch = Path(tempfile.mkdtemp(prefix="candid-bench-"))
    rotation = (
        ["--rotation", str(scratch / "rotation-paths.txt"), "--rotation-count", str(ROTATION)] if ROTATION else []
    )
    targets_json = subprocess.run(
        [PYTHON, str(ROOT / "bench" / "targets.py"), *rotation],
        cwd=ROOT,
        env=server_env(0),
        check=True,
        text=True,
        capture_output=True,
    ).stdout
    pages = json.loads(targets_json)
    if ONLY:
        pages = [p for p in pages if p["name"] == "trivial view" or ONLY in p["name"]]
    mixed, paths_summary, paths_file = [], {}, None
    config = server_config()
    log(f"Server: {describe_server(config)}.")
    rows, rss = [], {"workers_mb": {}}
    try:
        if MIXED and "cached" in PHASES:
            paths_file, paths_summary = mixed_paths(scratch)
        for phase in PHASES:
            phase_rows, phase_mixed, rss_mb = run_phase(phase, pages, paths_file if phase == "cached" else None)
            rows += phase_rows
            mixed += phase_mixed
            rss["workers_mb"]["on" if phase == "cached" else "off"] = rss_mb
    finally:
        clear_cache_keys()
        shutil.rmtree(scratch, ignore_errors=True)
    rss["peak_mb"] = max((mb for mbs in rss["workers_mb"].values() for mb in mbs), default=0)
    text = report(rows, timings, rss, info, started, mixed, paths_summary, config)
    print("\n" + text + "\n")
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    (results / f"{stamp}.json").write_text(
        json.dumps(
            {
                "machine": info,
                "timings": timings,
                "server": config,
                "rss": rss,
                "rows": rows,
                "mixed": mixed,
                "paths": paths_summary,
            },
            indent=2,
        )
    )
    if WRITE_README:
        write_readme(text)
        log(f"Results written to {README.relative_to(ROOT)} and bench/results/{stamp}.json.")


if __name__ == "__main__":
    sys.exit(main())
