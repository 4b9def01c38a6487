"""Reading the text files a user hands touchpoint (touchpoint.toml, rule packs, audit.json).

One reader, so a file that is not UTF-8 is described the same way everywhere: the
first bad byte, its offset in the file and its line, never a traceback.
"""

from __future__ import annotations

import codecs
from pathlib import Path

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
