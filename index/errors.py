"""The few errors Sumber raises on purpose; every message says what to do next."""


class SumberError(Exception):
    """Base class: the message is meant for the user, as it is."""


class ConfigError(SumberError):
    """Settings that cannot work together (bad URL, missing model name...)."""


class StoreError(SumberError):
    """The Chroma store cannot be reached or holds something we cannot use."""


class EmbeddingMismatchError(StoreError):
    """The collection was built with another embedding model or chunking."""


class IngestLockedError(SumberError):
    """Another ingest holds the data folder."""


class DocumentNotFoundError(SumberError):
    """No indexed document has that id."""
