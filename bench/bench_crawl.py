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


def measure(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one child process, from wait4's rusage."""
    began = time.monotonic()
    # cwd outside the repo: scrapy.cfg there would load touchpoint's settings into the raw spider
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - began
    if status != 0:
        raise SystemExit(f"{' '.join(command)} exited with status {status}")
    return seconds, usage.ru_maxrss / 1024


def parsed_pages(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("select count(*) from pages where parsed").fetchone()[0])


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
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="tp-bench-"))
    tmp.chmod(0o755)  # nginx workers run as an unprivileged user
    site = generate(tmp / "site", args.pages)
    server, url = start_server(site, tmp)
    env = {**os.environ, "BENCH_CONCURRENCY": str(args.concurrency)}
    try:
        count_file = tmp / "raw-count"
        raw_s, raw_rss = measure(
            [sys.executable, "-m", "scrapy", "runspider", str(HERE / "raw_spider.py"),
             "-a", f"url={url}", "-s", "LOG_LEVEL=WARNING"],
            {**env, "BENCH_COUNT_FILE": str(count_file)},
            tmp,
        )  # fmt: skip
        raw_pages = int(count_file.read_text())
        db = tmp / "bench.db"
        tp_s, tp_rss = measure(
            [sys.executable, "-m", "touchpoint", "crawl", url, "--fast", "--db", str(db),
             "--concurrency", str(args.concurrency)],
            {**env, "TOUCHPOINT_PROGRESS": "off"},
            tmp,
        )  # fmt: skip
        tp_pages = parsed_pages(db)
        if args.workers:
            many_db = tmp / "workers.db"
            # wait4's ru_maxrss covers the waited-for children: the largest process, a worker
            many_s, many_rss = measure(
                [sys.executable, "-m", "touchpoint", "crawl", url, "--fast", "--db",
                 str(many_db), "--concurrency", str(args.concurrency),
                 "--workers", str(args.workers)],
                {**env, "TOUCHPOINT_PROGRESS": "off"},
                tmp,
            )  # fmt: skip
            many_pages = parsed_pages(many_db)
    finally:
        server.terminate()
        server.wait()
    raw_rate, tp_rate = raw_pages / raw_s, tp_pages / tp_s
    print(f"site: {args.pages} pages (~27 KB, ~43 links each), concurrency {args.concurrency}")
    print(f"{'crawler':<24}{'pages':>8}{'seconds':>10}{'pages/s':>10}{'peak RSS MB':>13}")
    row = "{:<24}{:>8}{:>10.1f}{:>10.1f}{:>13.0f}"
    print(row.format("raw Scrapy CrawlSpider", raw_pages, raw_s, raw_rate, raw_rss))
    print(f"{'touchpoint --fast':<24}{tp_pages:>8}{tp_s:>10.1f}{tp_rate:>10.1f}{tp_rss:>13.0f}")
    print(f"ratio touchpoint/raw: {tp_rate / raw_rate:.2f}x")
    if args.workers:
        many_rate = many_pages / many_s
        label = f"touchpoint --workers {args.workers}"
        print(f"{label:<24}{many_pages:>8}{many_s:>10.1f}{many_rate:>10.1f}{many_rss:>13.0f}")
        print(
            f"ratio workers/one process: {many_rate / tp_rate:.2f}x, "
            f"workers/raw: {many_rate / raw_rate:.2f}x (peak RSS: the largest process)"
        )
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
