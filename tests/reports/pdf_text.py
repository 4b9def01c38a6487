"""The text of a PDF that Chromium (Skia) printed, for tests: no PDF library is installed.

Enough of PDF for Skia's output: objects with Flate streams, Type0 fonts whose glyphs
map to Unicode through a ``ToUnicode`` CMap, and content streams drawing hex strings
with ``Tj``/``TJ``. Text comes out in drawing order, one line per text object.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*)\r?\nendstream", re.S)
_FONT_REF = re.compile(rb"/(\w+) (\d+) 0 R")
_FONTS = re.compile(rb"/Font\s*<<(.*?)>>", re.S)
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])")
_TOKENS = re.compile(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|(ET)")


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be", "replace")


def _cmap(text: bytes) -> dict[int, str]:
    """Glyph id -> text, from a ToUnicode CMap's bfchar and bfrange sections."""
    glyphs: dict[int, str] = {}
    for section in _BFCHAR.findall(text):
        pairs = _HEX.findall(section)
        for src, dst in zip(pairs[::2], pairs[1::2], strict=False):
            glyphs[int(src, 16)] = _utf16(dst)
    for section in _BFRANGE.findall(text):
        for low, high, dst in _RANGE.findall(section):
            start, end = int(low, 16), int(high, 16)
            if dst.startswith(b"["):
                targets = [_utf16(h) for h in _HEX.findall(dst)]
                glyphs.update(zip(range(start, end + 1), targets, strict=False))
            else:
                first = _utf16(dst[1:-1])
                for offset in range(end - start + 1):
                    glyphs[start + offset] = first[:-1] + chr(ord(first[-1]) + offset)
    return glyphs


def _objects(pdf: bytes) -> dict[int, tuple[bytes, bytes | None]]:
    """Object number -> (dictionary text, decoded stream or None)."""
    objects: dict[int, tuple[bytes, bytes | None]] = {}
    for number, body in _OBJECT.findall(pdf):
        match = _STREAM.search(body)
        data = match.group(1) if match else None
        if data is not None and b"/FlateDecode" in body[: match.start()]:  # type: ignore[union-attr]
            data = zlib.decompress(data)
        objects[int(number)] = (body[: match.start()] if match else body, data)
    return objects


def pdf_text(pdf: bytes) -> str:
    """Every string the PDF draws, decoded through its fonts' ToUnicode maps."""
    objects = _objects(pdf)
    fonts: dict[bytes, dict[int, str]] = {}
    for head, _ in objects.values():
        for block in _FONTS.findall(head):
            for name, number in _FONT_REF.findall(block):
                font_head = objects.get(int(number), (b"", None))[0]
                ref = _TO_UNICODE.search(font_head)
                cmap = objects.get(int(ref.group(1)), (b"", None))[1] if ref else None
                fonts[name] = _cmap(cmap) if cmap else {}
    lines: list[str] = []
    for head, data in objects.values():
        if data is None or b"/Subtype /Image" in head or b"/Length1" in head:
            continue
        glyphs: dict[int, str] = {}
        line: list[str] = []
        for font, single, array, end in _TOKENS.findall(data):
            if font:
                glyphs = fonts.get(font, {})
            for hex_text in [single] if single else _HEX.findall(array):
                codes = range(0, len(hex_text), 4)
                line += [glyphs.get(int(hex_text[i : i + 4], 16), "") for i in codes]
            if end and line:
                lines.append("".join(line))
                line = []
    return unicodedata.normalize("NFKC", "\n".join(lines))
