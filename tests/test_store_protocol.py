"""The Store protocol is what callers use, exactly: ChromaStore implements it, nobody else reaches past it."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from index.chroma_collections import drop_collection
from index.store import ChromaStore, open_store
from index.store_protocol import Store
from tests.test_layers import imported_modules

ROOT = Path(__file__).resolve().parents[1]
CALLER_PACKAGES = ("index", "rag", "ui", "evals", "sumber")
STORE_MODULES = (ROOT / "index" / "store.py", ROOT / "index" / "chroma_collections.py")


def protocol_members() -> set[str]:
    return {n for n in vars(Store) if not n.startswith("_")} | set(Store.__annotations__)


def caller_files() -> list[Path]:
    return [p for name in CALLER_PACKAGES for p in sorted((ROOT / name).rglob("*.py")) if p not in STORE_MODULES]


def store_attributes(path: Path) -> set[str]:
    """Attributes read off anything called `store` (`store.x`, `self.store.x`, `assistant.store.x`)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute):
            owner = node.value
            named = (isinstance(owner, ast.Name) and owner.id == "store") or (
                isinstance(owner, ast.Attribute) and owner.attr == "store"
            )
            if named:
                found.add(node.attr)
    return found


def test_chroma_store_implements_every_member_with_the_same_parameters():
    for name in protocol_members() - {"label"}:
        wanted = inspect.signature(getattr(Store, name)).parameters
        given = inspect.signature(getattr(ChromaStore, name)).parameters
        assert list(wanted) == list(given)[: len(wanted)], name
        extra = list(given)[len(wanted) :]
        assert all(given[p].default is not inspect.Parameter.empty for p in extra), name
    assert "label" in inspect.signature(ChromaStore.__init__).parameters


def test_callers_use_exactly_the_protocol():
    used = set().union(*(store_attributes(p) for p in caller_files()))
    assert used <= protocol_members(), f"not in Store: {sorted(used - protocol_members())}"
    tests = set().union(*(store_attributes(p) for p in sorted((ROOT / "tests").glob("test_*.py"))))
    assert protocol_members() <= used | tests, f"unused: {sorted(protocol_members() - used - tests)}"


def test_only_the_store_modules_import_chromadb():
    reaching = [
        str(p.relative_to(ROOT))
        for p in caller_files()
        if any(m.split(".")[0] == "chromadb" or m.startswith("llama_index.vector_stores") for m in imported_modules(p))
    ]
    assert not reaching, reaching


def test_drop_collection_removes_the_collection_and_its_companions(tmp_path):
    from index.chroma_collections import CollectionSpec

    store = open_store("news", CollectionSpec("multilingual-e5-small", 4, 1), path=tmp_path)
    assert store.count_chunks() == 0
    other = open_store("other", CollectionSpec("another-model", 4, 1), path=tmp_path)
    drop_collection("news", path=tmp_path)
    drop_collection("missing", path=tmp_path)  # nothing to drop is fine
    import chromadb

    names = {c.name for c in chromadb.PersistentClient(path=str(tmp_path)).list_collections()}
    assert names == {"other", "other-documents", "other-sentences"} and other.count_documents() == 0
    rebuilt = open_store("news", CollectionSpec("another-model", 4, 1), path=tmp_path)  # no mismatch left
    assert rebuilt.count_chunks() == 0
