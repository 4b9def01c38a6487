"""Reading an audit.json a user names: the file, or the audit.json in a folder.

Every way it can be wrong (missing, unreadable, not UTF-8, not JSON, not an audit) is a
one-line ``AuditFileError``; rendering a report from a file needs nothing else.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.files import NotUTF8Error, read_text
from core.model import AuditResult


class AuditFileError(ValueError):
    """An audit.json that cannot be read as an audit (one line)."""


def in_folder(path: Path) -> Path:
    """The audit.json in a folder (as ``touchpoint audit`` writes it), else ``path``."""
    if not path.is_dir():
        return path
    if not (path / "audit.json").is_file():
        raise AuditFileError(f"no audit.json in the folder {path}")
    return path / "audit.json"


def load_audit_file(path: str | Path) -> AuditResult:
    """The AuditResult in an audit.json, or in the audit.json of a folder."""
    path = in_folder(Path(path))
    try:
        data = json.loads(read_text(path))
        if not isinstance(data, dict):
            raise AuditFileError(f"{path} is not a touchpoint audit.json")
        return AuditResult.from_dict(data)
    except AuditFileError:
        raise
    except OSError as exc:
        raise AuditFileError(f"cannot read {path}: {exc.strerror}") from None
    except NotUTF8Error as exc:
        raise AuditFileError(f"{path} is not a touchpoint audit.json: {exc}") from None
    except json.JSONDecodeError as exc:
        raise AuditFileError(f"{path} is not JSON: {exc.msg} (line {exc.lineno})") from None
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise AuditFileError(f"{path} is not a touchpoint audit.json: {exc}") from None
