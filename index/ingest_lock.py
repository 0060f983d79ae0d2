"""One writer per data folder, held for the length of an ingest."""

from __future__ import annotations

import os
from pathlib import Path

from index.errors import IngestLockedError


class ingest_lock:
    """One writer per data folder: Chroma's embedded store is thread-safe but not process-safe."""

    def __init__(self, path: Path, wait: float = 0.0) -> None:
        from filelock import FileLock

        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.wait = wait
        self._lock = FileLock(str(path))

    def __enter__(self) -> ingest_lock:
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=self.wait)
        except Timeout:
            raise IngestLockedError(
                f"another ingest is running on {self.path.parent} (lock {self.path.name}): wait for it to "
                "finish, then run the command again"
            ) from None
        self.path.with_suffix(".pid").write_text(str(os.getpid()))
        return self

    def __exit__(self, *exc: object) -> None:
        self._lock.release()
