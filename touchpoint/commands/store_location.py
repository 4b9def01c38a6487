"""Where the store is: the one ``touchpoint audit -o DIR`` keeps in DIR, found again from
the folder the user looks in.

``--db`` always wins, and a folder given as ``--db`` means the ``touchpoint.db`` in it.
Without ``--db``, a new audit with ``-o DIR`` keeps ``DIR/touchpoint.db`` (its crawl and
audit history travel with its outputs); every other command keeps or reads
``./touchpoint.db`` as before. A command that reads a store looks first in the audit
folders it was given (``diff DIR latest``), then in the current folder, and a store that
is nowhere is one line naming every path it looked at (exit 2).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import click

from core.files import DEFAULT_DB
from touchpoint.commands.common import F, InputError, store_file


def store_option(default: str) -> Callable[[F], F]:
    """``--db`` for a command whose default store depends on its other arguments:
    ``default`` says, for ``--help``, where the store is without it."""
    return click.option(
        "--db", metavar="PATH", callback=lambda _ctx, _param, value: store_file(value),
        help="The store: a SQLite file, a folder holding touchpoint.db (the -o folder of "
        f"an audit) or a postgresql:// URL. {default}",
    )  # fmt: skip


read_store_option = store_option(
    "Without --db: ./touchpoint.db (run it in the -o folder of an audit, or give --db FOLDER)."
)


def is_server(db: str) -> bool:
    """A database server's URL (``postgresql://``), not a file: never looked up."""
    return "://" in db


def store_to_read(db: str | None, folders: Iterable[Path] = ()) -> str:
    """The store a reading command opens: ``--db`` (already a file for a folder), else
    the first ``touchpoint.db`` that exists in ``folders`` then in the current folder."""
    if db is not None and is_server(db):
        return db
    looked = [db] if db is not None else [str(f / DEFAULT_DB) for f in folders] + [DEFAULT_DB]
    for path in looked:
        if Path(path).expanduser().is_file():
            return path
    hint = (
        "run `touchpoint crawl` or `touchpoint audit` first"
        if db is not None
        else "give --db FILE, or --db FOLDER for the store `touchpoint audit -o FOLDER` keeps"
    )
    paths = list(dict.fromkeys(looked))
    named = " or ".join([", ".join(paths[:-1]), paths[-1]] if len(paths) > 2 else paths)
    raise InputError(f"no store at {named} ({hint})")


def audit_folders(*refs: str) -> list[Path]:
    """The folders of the audit.json files (or audit folders) among ``diff``'s BASE and
    NEW: an audit's store is kept beside it."""
    folders = []
    for ref in refs:
        path = Path(ref).expanduser()
        if path.is_dir():
            folders.append(path)
        elif path.is_file():
            folders.append(path.parent)
    return folders


def audit_store(db: str | None, output: Path | None, stored_crawl: bool) -> str:
    """The store of ``touchpoint audit``: ``--db``; else, with ``-o DIR`` given, the
    DIR/touchpoint.db a new crawl is kept in, or for a stored crawl (``--crawl``,
    ``--resume``) the store holding it (DIR's, else the current folder's); without
    ``-o``, ./touchpoint.db as before."""
    if db is not None:
        return db
    if output is None:
        return DEFAULT_DB
    if stored_crawl:
        return store_to_read(None, [output])
    return str(output / DEFAULT_DB)


def check_store_folder(db: str) -> None:
    """Refuse a store whose folder cannot be written before anything is crawled.
    Imported here: `touchpoint crawls` and `explain` never load the crawler."""
    from touchpoint.pipeline import PipelineError, check_output_folder

    if is_server(db):
        return
    try:
        check_output_folder(Path(db).expanduser().parent, "the store")
    except PipelineError as exc:
        raise InputError(str(exc)) from None
