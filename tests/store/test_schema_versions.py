"""Every store carries its schema revision; older stores open migrated, newer ones refused.

The previous release (0.1.0) wrote stores without a revision: migration ``0001`` is that
schema, so "upgrade an empty database to 0001 and drop the version table" is a store as
0.1.0 left it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, insert, inspect, select, text

from store import Store, StoreError
from store.migrate import HEAD, MIGRATIONS, revision_of
from store.tables import crawls, cta_classifications, metadata


def _engine(target: str | Path) -> Engine:
    text_ = str(target)
    if "://" in text_:
        return create_engine(text_.replace("postgresql://", "postgresql+psycopg://", 1))
    return create_engine(f"sqlite:///{text_}")


def _migrated_to(path: str | Path, revision: str) -> None:
    engine = _engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def _add_crawl(path: str | Path) -> None:
    engine = _engine(path)
    row = {"site": "shop.example", "start_url": "https://shop.example/", "settings": {},
           "started_at": "2026-01-01T00:00:00+00:00", "status": "finished",
           "tool_version": "0.1.0"}  # fmt: skip
    with engine.begin() as conn:
        conn.execute(insert(crawls), row)
    engine.dispose()


def test_head_is_the_newest_migration() -> None:
    assert ScriptDirectory(str(MIGRATIONS)).get_current_head() == HEAD


def test_the_migrations_build_exactly_the_schema_the_code_declares(tmp_path: Path) -> None:
    db = tmp_path / "migrated.db"
    _migrated_to(db, "head")
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_a_new_store_is_stamped_with_the_newest_revision(store_target: str) -> None:
    with Store.open(store_target) as store:
        assert revision_of(store.engine) == HEAD
        assert set(metadata.tables) <= set(inspect(store.engine).get_table_names())


def test_a_store_from_the_previous_release_opens_migrated_with_its_data(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _migrated_to(db, "0001")
    _add_crawl(db)
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:  # 0.1.0 wrote no revision, and made audits only when used
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("DROP TABLE audits"))
    engine.dispose()
    with Store.open(db) as store:
        assert revision_of(store.engine) == HEAD
        columns = {c["name"] for c in inspect(store.engine).get_columns("cta_classifications")}
        assert "provider" in columns
        assert inspect(store.engine).has_table("audits")
        assert store.get_crawl(1)["site"] == "shop.example"


def test_a_store_at_an_older_revision_is_upgraded(store_target: str) -> None:
    db = store_target
    _migrated_to(db, "0001")
    _add_crawl(db)
    with Store.open(db) as store:
        assert revision_of(store.engine) == HEAD
        with store.engine.connect() as conn:  # the new column is there and readable
            assert conn.execute(select(cta_classifications.c.provider)).all() == []
        assert store.get_crawl(1)["tool_version"] == "0.1.0"


def test_a_store_from_a_newer_release_is_refused_in_one_line(store_target: str) -> None:
    db = store_target
    with Store.open(db):
        pass
    engine = _engine(db)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError) as raised:
        Store.open(db)
    message = str(raised.value)
    assert "\n" not in message
    assert "revision 9999 is newer than this touchpoint knows" in message
    assert "pip install -U touchpoint" in message


def test_a_postgresql_url_without_the_driver_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real(name, *a)
    )
    with pytest.raises(StoreError) as raised:
        Store.open("postgresql://touchpoint@127.0.0.1:5432/shop")
    assert str(raised.value) == (
        "a PostgreSQL store needs the driver: pip install 'touchpoint[postgres]' (psycopg 3)"
    )
