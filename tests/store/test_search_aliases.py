"""The sources whose alias definitions the answer engine has yet to read (SQLite store)."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.store.sqlite import SQLiteStore
from tests.store.builders import source, story


def test_unread_sources_in_the_order_added_without_exact_copies(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "desk.sqlite")
    seg = story("Quarn", 4)
    for sid in ("zz0000000001", "aa0000000002", "mm0000000003"):
        store.add_source(source(sid, seg, content_hash="h-" + sid), seg, [], [])
    copy = source("cc0000000004", seg, duplicate_of="aa0000000002")
    store.add_source(copy, seg, [], [])
    assert store.unscanned_for_aliases() == ["zz0000000001", "aa0000000002", "mm0000000003"]
    store.put_aliases("aa0000000002", [("qfc", "quarn ferry company", "QFC", "Quarn Ferry Co")])
    assert store.unscanned_for_aliases() == ["zz0000000001", "mm0000000003"]
    store.close()


def test_no_source_is_pending_once_every_one_is_read_and_a_new_one_is(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "desk.sqlite")
    seg = story("Quarn", 4)
    for sid in ("zz0000000001", "aa0000000002"):
        store.add_source(source(sid, seg, content_hash="h-" + sid), seg, [], [])
        store.put_aliases(sid, [])
    assert store.unscanned_for_aliases() == []
    store.delete_source("zz0000000001")
    assert store.unscanned_for_aliases() == []
    store.add_source(source("mm0000000003", seg, content_hash="h-m"), seg, [], [])
    assert store.unscanned_for_aliases() == ["mm0000000003"]
    store.close()
