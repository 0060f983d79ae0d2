"""Values built from the store and kept until it changes: the BM25 index, the document tables."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from index.store_protocol import Store

T = TypeVar("T")


class StoreCache(Generic[T]):
    """`build(store)`, built again after `invalidate()` or when `count(store)` has changed.

    The count is asked at most once every `recheck_seconds`, so another process's writes show within that time
    and a burst of questions costs one count.
    """

    def __init__(
        self, build: Callable[[Store], T], count: Callable[[Store], int], recheck_seconds: float = 1.0
    ) -> None:
        self.recheck_seconds = recheck_seconds
        self._build = build
        self._count_of = count
        self._value: T | None = None
        self._count = -1
        self._checked = 0.0
        self._lock = threading.Lock()

    def get(self, store: Store) -> T:
        with self._lock:
            now = time.monotonic()
            if self._value is None or now - self._checked > self.recheck_seconds:
                count = self._count_of(store)
                if self._value is None or count != self._count:
                    self._value = self._build(store)
                    self._count = count
                self._checked = now
            return self._value

    def invalidate(self) -> None:
        with self._lock:
            self._value = None
