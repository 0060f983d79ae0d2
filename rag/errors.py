"""The error hierarchy lives in index/ (the lowest layer); rag re-exports it for scripts."""

from index.errors import (  # noqa: F401
    ConfigError,
    DocumentNotFoundError,
    EmbeddingMismatchError,
    IngestLockedError,
    StoreError,
    SumberError,
)
