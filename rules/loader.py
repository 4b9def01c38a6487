"""Read one pack file: YAML in, a validated ``PackFile`` out, or a one-line error.

Line numbers come from the YAML node tree, so a pydantic error location such as
``("rules", 3, "pattern")`` is reported as ``client.yaml:27: rule 'cart-url': ...``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from core.files import NotUTF8Error, read_text
from rules.schema import PackFile, RulePackError


def read_pack_file(path: Path) -> tuple[PackFile, yaml.Node | None]:
    """Parse and validate one pack file; every failure is a ``RulePackError``."""
    try:
        text = read_text(path)  # a UTF-8 byte-order mark is harmless
    except OSError as exc:
        raise RulePackError(f"{path}: cannot read rule pack: {exc.strerror or exc}") from None
    except NotUTF8Error as exc:
        raise RulePackError(f"{path}:{exc.line}: {exc}: save the rule pack as UTF-8") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise RulePackError(f"{where}: not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise RulePackError(f"{path}: not valid YAML: {exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RulePackError(f"{path}:1: a rule pack must be a mapping of settings")
    try:
        return PackFile.model_validate(data), node
    except ValidationError as exc:
        raise RulePackError(describe_error(path, node, data, exc.errors()[0])) from None


def describe_error(path: Path, node: yaml.Node | None, data: Any, error: Any) -> str:
    """One line: ``file:line: rule 'id': field: problem``."""
    loc = tuple(error["loc"])
    line = line_of(node, loc)
    where = f"{path}:{line}" if line else str(path)
    message = str(error["msg"]).removeprefix("Value error, ")
    subject = _rule_subject(data, loc)
    field = ".".join(str(part) for part in (loc[2:] if subject else loc))
    parts = [where, subject, field, message]
    return ": ".join(part for part in parts if part)


def _rule_subject(data: Any, loc: tuple[Any, ...]) -> str:
    if len(loc) >= 2 and loc[0] in ("rules", "form_purposes") and isinstance(loc[1], int):
        try:
            item = data[loc[0]][loc[1]]
        except (KeyError, IndexError, TypeError):
            return ""
        label = "rule" if loc[0] == "rules" else "form purpose"
        ident = item.get("id") if isinstance(item, dict) else None
        return f"{label} {ident!r}" if ident else f"{label} #{loc[1] + 1}"
    return ""


def line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the deepest YAML node on the path ``loc``."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        child = _child(node, part)
        if child is None:
            break
        node = child
        line = child.start_mark.line + 1
    return line


def _child(node: yaml.Node | None, part: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == str(part):
                return value
    elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        return node.value[part]
    return None


def rule_lines(node: yaml.Node | None) -> dict[str, int]:
    """Rule id -> line in this file, so a post-merge problem can still name its line."""
    rules = _child(node, "rules")
    found: dict[str, int] = {}
    if isinstance(rules, yaml.SequenceNode):
        for item in rules.value:
            ident = _child(item, "id")
            if isinstance(ident, yaml.ScalarNode):
                found[ident.value] = item.start_mark.line + 1
    return found
