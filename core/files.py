"""Reading the text files a user hands touchpoint (touchpoint.toml, rule packs, audit.json),
and writing every file touchpoint makes so that a killed run never destroys one.

One reader, so a file that is not UTF-8 is described the same way everywhere: the
first bad byte, its offset in the file and its line, never a traceback.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

DEFAULT_DB = "touchpoint.db"  # the store, when no --db is given


class NotUTF8Error(ValueError):
    """A file whose bytes are not UTF-8 text. The message is the reason only, e.g.
    ``not UTF-8 text (byte 0xff at offset 0)``; callers name the file (and ``line``)
    in their own words."""

    def __init__(self, path: Path, byte: int, offset: int, line: int) -> None:
        super().__init__(f"not UTF-8 text (byte {byte:#04x} at offset {offset})")
        self.path = path
        self.byte = byte
        self.offset = offset  # of the first bad byte, from the start of the file
        self.line = line  # the 1-based line it is on


def read_text(path: str | Path) -> str:
    """The file's text, decoded as UTF-8; a leading UTF-8 byte-order mark is dropped.

    Raises ``NotUTF8Error`` for bytes that are not UTF-8, and ``OSError`` as ``open``
    does (missing, a folder, no permission)."""
    file = Path(path)
    data = file.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # its offsets count from after a byte-order mark
        offset = exc.start + (len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0)
        line = data.count(b"\n", 0, offset) + 1
        raise NotUTF8Error(file, data[offset], offset, line) from None


# -- atomic writes ------------------------------------------------------------------
#
# Every output is written to ``.NAME.tmp-PID`` in the target's folder, flushed to disk
# and renamed over the target (``os.replace``, atomic on POSIX and Windows): a run killed
# at any moment leaves the previous file whole, never a truncated one. A killed run's
# temp file is recognisable by its name and removed by the next write into that folder.

TEMP_MARK = ".tmp-"
_TEMP_NAME = re.compile(r"^\..+\.tmp-(\d+)$")


def temp_path(target: Path) -> Path:
    """Where ``target`` is written before it is renamed: hidden, same folder, our pid."""
    return target.with_name(f".{target.name}{TEMP_MARK}{os.getpid()}")


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temp path for a writer that wants a file name (pandas, pyarrow, openpyxl); on
    success it is flushed to disk and renamed over ``path``, on failure it is removed."""
    target = Path(path)
    if target.is_symlink():  # replace the file the link points to, not the link
        target = Path(os.path.realpath(target))
    temp = temp_path(target)
    try:
        yield temp
        _commit(temp, target)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename == str(temp):
            exc.filename = str(path)  # the user asked for ``path``; the temp is ours
        raise
    remove_stale_temps(target.parent)


@contextmanager
def atomic_write(
    path: str | Path, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None
) -> Iterator[IO[Any]]:
    """``open(path, mode)`` that replaces ``path`` only once everything was written."""
    binary = "b" in mode
    with (
        atomic_path(path) as temp,
        temp.open(
            mode, encoding=None if binary else encoding, newline=None if binary else newline
        ) as out,
    ):
        yield out


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically; return ``path``."""
    with atomic_write(path) as out:
        out.write(text)
    return Path(path)


def _commit(temp: Path, target: Path) -> None:
    """fsync the temp file, keep the old file's permissions, rename, fsync the folder."""
    fd = os.open(temp, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    with suppress(FileNotFoundError):
        os.chmod(temp, stat.S_IMODE(target.stat().st_mode))
    os.replace(temp, target)
    if hasattr(os, "O_DIRECTORY"):  # POSIX: make the rename itself durable
        folder = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def remove_stale_temps(folder: Path) -> None:
    """Remove the temp files of killed runs from ``folder``: those whose process is gone.
    A temp file of a live process (another run writing here now) is left alone."""
    with suppress(OSError):
        for entry in os.scandir(folder):
            found = _TEMP_NAME.match(entry.name)
            if found and not _alive(int(found.group(1))):
                with suppress(OSError):
                    os.unlink(entry.path)


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":  # Windows' os.kill(pid, 0) is Ctrl-C
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or a platform that cannot tell: keep it
    return True
