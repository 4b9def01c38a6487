"""Crawl speed and memory: touchpoint against a raw Scrapy spider, same site, same run.

Generates a synthetic site (generate_site.py), serves it with nginx on
127.0.0.1 (Python's http.server tops out near 850 requests/s, too slow to
measure a crawler), then crawls it with the raw CrawlSpider (raw_spider.py) and
with ``touchpoint crawl --fast`` at the same concurrency. Prints pages/s, their
ratio and each process's peak RSS.

    .venv/bin/python bench/bench_crawl.py --pages 10000 --concurrency 16
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from generate_site import generate

HERE = Path(__file__).resolve().parent
NGINX_CONF = """
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    types {{ text/html html; text/plain txt; }}
    default_type text/html;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        index index.html;
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(root: Path, tmp: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if Path(nginx).exists():
        conf = tmp / "nginx.conf"
        conf.write_text(NGINX_CONF.format(tmp=tmp, port=port, root=root))
        proc = subprocess.Popen([nginx, "-c", str(conf), "-p", str(tmp)])
    else:
        print(
            "nginx not found (apt-get install nginx-light): falling back to http.server, "
            "which caps the measurable rate near 850 pages/s",
            file=sys.stderr,
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"], cwd=root,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return proc, f"http://127.0.0.1:{port}/"
        time.sleep(0.05)
    proc.kill()
    raise SystemExit("the benchmark web server did not start")


def peak_rss_of_children(parent: int, peaks: dict[int, float], done: threading.Event) -> None:
    """Each child process's peak RSS (VmHWM, MB), read every half second until ``done``."""
    while not done.wait(0.5):
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                if int(stat.read_text().split()[3]) != parent:
                    continue
                status = (stat.parent / "status").read_text()
            except (OSError, ValueError, IndexError):
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peaks[int(stat.parent.name)] = int(line.split()[1]) / 1024


def measure(
    command: list[str], env: dict[str, str], cwd: Path, children: dict[int, float] | None = None
) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one child process, from wait4's rusage; ``children``
    gets the peak RSS of each of its own children (the workers of a distributed crawl)."""
    began = time.monotonic()
    # cwd outside the repo: scrapy.cfg there would load touchpoint's settings into the raw spider
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, cwd=cwd)
    done = threading.Event()
    if children is not None:
        threading.Thread(
            target=peak_rss_of_children, args=(proc.pid, children, done), daemon=True
        ).start()
    _, status, usage = os.wait4(proc.pid, 0)
    done.set()
    seconds = time.monotonic() - began
    if status != 0:
        raise SystemExit(f"{' '.join(command)} exited with status {status}")
    return seconds, usage.ru_maxrss / 1024


def parsed_pages(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("select count(*) from pages where parsed").fetchone()[0])


def crawl_raw(url: str, env: dict[str, str], tmp: Path) -> tuple[int, float, float]:
    count_file = tmp / "raw-count"
    seconds, rss = measure(
        [sys.executable, "-m", "scrapy", "runspider", str(HERE / "raw_spider.py"),
         "-a", f"url={url}", "-s", "LOG_LEVEL=WARNING"],
        {**env, "BENCH_COUNT_FILE": str(count_file)},
        tmp,
    )  # fmt: skip
    return int(count_file.read_text()), seconds, rss


def crawl_touchpoint(
    url: str, env: dict[str, str], tmp: Path, concurrency: int, workers: int | None = None
) -> tuple[int, float, float, list[float]]:
    """(pages parsed, seconds, peak RSS of the largest process, each worker's peak RSS)."""
    db = tmp / f"touchpoint-{workers or 1}.db"
    command = [sys.executable, "-m", "touchpoint", "crawl", url, "--fast", "--db", str(db),
               "--concurrency", str(concurrency)]  # fmt: skip
    if workers:
        command += ["--workers", str(workers)]
    children: dict[int, float] = {}
    seconds, rss = measure(command, {**env, "TOUCHPOINT_PROGRESS": "off"}, tmp, children)
    workers_rss = sorted(peak for peak in children.values() if peak > 50)  # not redis-server
    return parsed_pages(db), seconds, rss, workers_rss


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--workers", type=int, default=0,
        help="also crawl with --workers N (N processes on one private Redis frontier)",
    )  # fmt: skip
    parser.add_argument(
        "--workers-only", action="store_true",
        help="with --workers: only that crawl (the memory of a large site)",
    )  # fmt: skip
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="tp-bench-"))
    tmp.chmod(0o755)  # nginx workers run as an unprivileged user
    site = generate(tmp / "site", args.pages)
    server, url = start_server(site, tmp)
    env = {**os.environ, "BENCH_CONCURRENCY": str(args.concurrency)}
    rows: list[tuple[str, int, float, float]] = []
    try:
        if not args.workers_only:
            rows.append(("raw Scrapy CrawlSpider", *crawl_raw(url, env, tmp)))
            pages, seconds, rss, _ = crawl_touchpoint(url, env, tmp, args.concurrency)
            rows.append(("touchpoint --fast", pages, seconds, rss))
        if args.workers:
            pages, seconds, rss, each = crawl_touchpoint(
                url, env, tmp, args.concurrency, args.workers
            )
            rows.append((f"touchpoint --workers {args.workers}", pages, seconds, rss))
    finally:
        server.terminate()
        server.wait()
    print(f"site: {args.pages} pages (~27 KB, ~43 links each), concurrency {args.concurrency}")
    print(f"{'crawler':<26}{'pages':>8}{'seconds':>10}{'pages/s':>10}{'peak RSS MB':>13}")
    for name, pages, seconds, rss in rows:
        print(f"{name:<26}{pages:>8}{seconds:>10.1f}{pages / seconds:>10.1f}{rss:>13.0f}")
    rates = {name: pages / seconds for name, pages, seconds, _ in rows}
    if not args.workers_only:
        raw, one = rates["raw Scrapy CrawlSpider"], rates["touchpoint --fast"]
        print(f"ratio touchpoint/raw: {one / raw:.2f}x")
        if args.workers:
            many = rates[f"touchpoint --workers {args.workers}"]
            print(f"ratio workers/one process: {many / one:.2f}x, workers/raw: {many / raw:.2f}x")
    if args.workers:
        print("peak RSS of each worker, MB: " + ", ".join(f"{peak:.0f}" for peak in each))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
