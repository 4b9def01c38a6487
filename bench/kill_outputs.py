"""kill -9 during ``touchpoint audit`` and ``touchpoint report``: are the previous outputs intact?

Generates a site (``generate_site.py``), serves it on 127.0.0.1, crawls it once, writes
the outputs once (``audit --crawl ID`` into one folder, ``report`` with ``--csv`` into
another), then tries ``--tries`` times, alternating the two commands: start the command,
wait until it first touches its output folder (a temp file appears or a file changes),
wait a seeded random part of its write phase and send SIGKILL. The write phase is
measured by a normal run first (from its first to its last change of the outputs, +10%);
the tries of one command are spread evenly over it, each at a random moment of its own
slice. After each kill every output file must be byte-identical to the one before the
run (``generated_at`` masked: a complete rewrite differs in the time only). A normal run
at the end must leave no temp file (``.NAME.tmp-PID``) behind.

    .venv/bin/python bench/kill_outputs.py --pages 1500 --tries 20
    .venv/bin/python bench/kill_outputs.py --source /tmp/old-checkout   # measure older code

The test ``tests/hostile/test_outputs.py`` uses the same functions with fewer kills.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.files import TEMP_MARK  # noqa: E402 - once the checkout is importable

# an audit's generation time, the one part of a rewrite that may differ
TIMESTAMP = re.compile(
    rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)"  # ISO 8601
    rb"|\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC"  # the report's words: 3 Dec 2026, 14:05 UTC
)
POLL_S = 0.001

Files = dict[str, bytes]


def outputs(folders: Sequence[Path]) -> Files:
    """Every output file (temp files excluded) of ``folders`` by path, with its bytes."""
    return {
        str(path): path.read_bytes()
        for folder in folders
        for path in sorted(folder.iterdir())
        if path.is_file() and TEMP_MARK not in path.name
    }


def temp_files(folders: Sequence[Path]) -> list[str]:
    """The temp files a write left in ``folders`` (a killed run's, or a leak)."""
    return sorted(str(p) for folder in folders for p in folder.iterdir() if TEMP_MARK in p.name)


def damaged(before: Files, after: Files) -> list[str]:
    """The files of ``before`` that are missing or changed in ``after`` (time masked)."""
    return [
        name
        for name, data in before.items()
        if name not in after or TIMESTAMP.sub(b"T", data) != TIMESTAMP.sub(b"T", after[name])
    ]


def _state(folders: Sequence[Path]) -> set[tuple[str, int, int]]:
    """(path, size, mtime) of every entry: what changes when a command writes."""
    state = set()
    for folder in folders:
        for entry in os.scandir(folder):
            try:
                st = entry.stat()
            except FileNotFoundError:  # renamed away since the listing
                continue
            state.add((entry.path, st.st_size, st.st_mtime_ns))
    return state


@dataclass
class Run:
    """One started command: when it first and last changed its outputs, when it ended."""

    first_write: float | None  # seconds from start
    last_write: float | None
    ended: float  # seconds from start (exit or kill)
    killed: bool


def run_command(
    command: Sequence[str],
    folders: Sequence[Path],
    env: dict[str, str],
    cwd: Path,
    kill_after_write: float | None = None,
) -> Run:
    """Run ``command``; with ``kill_after_write``, SIGKILL it that many seconds after it
    first changes anything in ``folders`` (unless it has finished by then)."""
    seen = _state(folders)
    first = last = None
    began = time.monotonic()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        while proc.poll() is None:
            now = time.monotonic() - began
            if (state := _state(folders)) != seen:
                seen, first, last = state, now if first is None else first, now
            if (
                first is not None
                and kill_after_write is not None
                and now >= first + kill_after_write
            ):
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return Run(first, last, now, True)
            time.sleep(POLL_S)
        if proc.returncode != 0:
            errors.seek(0)
            said = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{' '.join(command)} exited {proc.returncode}: {said}")
    return Run(first, last, time.monotonic() - began, False)


@dataclass
class Try:
    command: str
    moment: float  # seconds after the first write
    killed: bool
    broken: list[str]  # previous outputs not intact
    temps: list[str]  # temp files the killed run left


Commands = dict[str, tuple[list[str], list[Path]]]  # name -> (command line, its folders)


def write_phases(commands: Commands, env: dict[str, str], cwd: Path) -> dict[str, float]:
    """Run each command normally (in order: it writes the outputs the kills must keep)
    and measure its write phase: seconds from its first to its last change in its folders."""
    phases = {}
    for name, (command, folders) in commands.items():
        run = run_command(command, folders, env, cwd)
        if run.first_write is None or run.last_write is None:
            raise RuntimeError(f"{name} wrote nothing into {folders}")
        phases[name] = run.last_write - run.first_write
    return phases


def kill_tries(
    commands: Commands,
    phases: dict[str, float],
    tries: int,
    rng: random.Random,
    env: dict[str, str],
    cwd: Path,
    report: Callable[[int, Try], None] = lambda i, t: None,
) -> list[Try]:
    """``tries`` kills alternating between the commands, each at a random moment of its
    write phase (``write_phases``), stratified over the phase; every try is checked and
    ``report``ed."""
    results = []
    names = list(commands)
    for i in range(tries):
        name = names[i % len(names)]
        command, folders = commands[name]
        before = outputs(folders)
        # stratified: the command's k-th of n tries falls in the k-th n-th of its phase
        # (+10% past its last write), so even a few tries cover the whole write phase
        k, n = i // len(names), len(range(i % len(names), tries, len(names)))
        moment = phases[name] * 1.1 * (k + rng.random()) / n
        run = run_command(command, folders, env, cwd, kill_after_write=moment)
        broken = damaged(before, outputs(folders))
        result = Try(name, moment, run.killed, broken, temp_files(folders))
        report(i + 1, result)
        results.append(result)
    return results


def touchpoint(*args: str) -> list[str]:
    """The command line of ``touchpoint ARGS`` (the checkout is chosen by PYTHONPATH)."""
    return [sys.executable, "-m", "touchpoint", *args]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=1500)
    parser.add_argument("--tries", type=int, default=20)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to run")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="tp-kill-"))
    tmp.chmod(0o755)  # nginx workers run as an unprivileged user
    env = {**os.environ, "PYTHONPATH": str(args.source), "TOUCHPOINT_PROGRESS": "off"}
    try:
        crawl_and_kill(args, tmp, env)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def crawl_and_kill(args: argparse.Namespace, tmp: Path, env: dict[str, str]) -> None:
    from bench.bench_crawl import start_server
    from bench.generate_site import generate

    server, url = start_server(generate(tmp / "site", args.pages), tmp)
    db = str(tmp / "kill.db")
    try:
        subprocess.run(touchpoint("crawl", url, "--fast", "--db", db),
                       env=env, cwd=tmp, check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    finally:
        server.terminate()
        server.wait()
    audit_dir, report_dir = tmp / "audit", tmp / "report"
    audit_dir.mkdir()
    report_dir.mkdir()
    commands = {
        "audit": (["audit", "--crawl", "1", "--db", db, "-o", str(audit_dir)], [audit_dir]),
        "report": (
            ["report", str(audit_dir / "audit.json"), "-o", str(report_dir / "report.html"),
             "--csv", str(report_dir)],
            [report_dir],
        ),
    }  # fmt: skip
    runs = {name: (touchpoint(*cmd), folders) for name, (cmd, folders) in commands.items()}
    print(f"site: {args.pages} generated pages; source {args.source}; seed {args.seed}")

    def show(i: int, t: Try) -> None:
        state = "intact" if not t.broken else "DAMAGED " + ", ".join(Path(b).name for b in t.broken)
        how = "killed" if t.killed else "finished first"
        print(f"{i:>3} {t.command:<7} +{t.moment:6.3f} s after first write  {how:<15} {state}"
              f"  ({len(t.temps)} temp files left)")  # fmt: skip

    phases = write_phases(runs, env, tmp)
    print("write phase of a normal run: " + ", ".join(f"{n} {s:.2f} s" for n, s in phases.items()))
    results = kill_tries(runs, phases, args.tries, random.Random(args.seed), env, tmp, show)
    for command, folders in runs.values():  # a normal run cleans what the kills left
        run_command(command, folders, env, tmp)
    left = temp_files([audit_dir, report_dir])
    intact = sum(not t.broken for t in results)
    killed = sum(t.killed for t in results)
    print(f"summary: previous outputs intact in {intact}/{len(results)} tries "
          f"({killed} killed mid-run); temp files after a normal run: {len(left)}")  # fmt: skip


if __name__ == "__main__":
    main()
