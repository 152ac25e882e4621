"""qkg's settings, in one class: environment variables (QKG_*, NEO4J_*) or a .env file.

Build them with `get_settings()`, never at import, so tests and commands can change the
environment first. Secrets are `SecretStr`: they never appear in logs or reprs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    data: Path = Field(
        default=Path("qkg-data"),
        validation_alias=AliasChoices("QKG_DATA", "data"),
        description="data directory of the embedded store",
    )
    store: Literal["embedded", "neo4j"] = Field(
        default="embedded", validation_alias=AliasChoices("QKG_STORE", "store")
    )
    jobs: int | None = Field(
        default=None,
        ge=1,
        le=64,
        validation_alias=AliasChoices("QKG_JOBS", "jobs"),
        description="processes for spaCy during ingest (default: the usable cores, for a batch "
        "big enough to pay for starting them)",
    )
    base_iri: str = Field(
        default="https://w3id.org/qkg/",
        validation_alias=AliasChoices("QKG_BASE_IRI", "base_iri"),
        description="base of the IRIs `qkg export` mints (a placeholder: not registered)",
    )
    neo4j_uri: str = Field(default="bolt://127.0.0.1:7687", validation_alias="NEO4J_URI")
    neo4j_user: str = Field(default="neo4j", validation_alias="NEO4J_USER")
    neo4j_password: SecretStr = Field(default=SecretStr(""), validation_alias="NEO4J_PASSWORD")
    neo4j_database: str = Field(default="neo4j", validation_alias="NEO4J_DATABASE")
    neo4j_browser_url: str = Field(
        default="",
        validation_alias="NEO4J_BROWSER_URL",
        description="the Neo4j Browser the neighbourhood view links to (default: port 7474 of "
        "NEO4J_URI's host, /browser/)",
    )
    # -- the API (`qkg serve`) --
    api_keys: SecretStr = Field(
        default=SecretStr(""),
        validation_alias=AliasChoices("QKG_API_KEYS", "api_keys"),
        description="comma-separated 'role:salt:sha256' entries made by `qkg keys create`",
    )
    cors_origins: str = Field(
        default="",
        validation_alias=AliasChoices("QKG_CORS_ORIGINS", "cors_origins"),
        description="comma-separated origins allowed by CORS; empty (the default) turns CORS off",
    )
    upload_max_bytes: int = Field(
        default=25 * 1024 * 1024,
        ge=1,
        le=1024 * 1024 * 1024,
        validation_alias=AliasChoices("QKG_UPLOAD_MAX_BYTES", "upload_max_bytes"),
        description="largest upload request the API accepts (all files together)",
    )
    answer_cache: int = Field(
        default=1024,
        ge=0,
        le=100_000,
        validation_alias=AliasChoices("QKG_ANSWER_CACHE", "answer_cache"),
        description="answers the API keeps per store version for repeated questions (0: none)",
    )
    uploads: Path | None = Field(
        default=None,
        validation_alias=AliasChoices("QKG_UPLOADS", "uploads"),
        description="where uploaded documents are kept (default: DATA/uploads)",
    )

    @property
    def upload_dir(self) -> Path:
        return self.uploads if self.uploads is not None else self.data / "uploads"

    @property
    def browser_url(self) -> str:
        """The Neo4j Browser's address, from NEO4J_BROWSER_URL or NEO4J_URI's host."""
        if self.neo4j_browser_url:
            return self.neo4j_browser_url
        from urllib.parse import urlsplit

        host = urlsplit(self.neo4j_uri).hostname or "127.0.0.1"
        return f"http://{host}:7474/browser/"

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit overrides (CLI flags) on top."""
    given = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**given)  # type: ignore[arg-type]


def open_store(settings: Settings) -> Any:
    """The store the settings choose (opened, not yet read)."""
    if settings.store == "neo4j":
        from graph.stores.neo4j import Neo4jStore

        return Neo4jStore(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password.get_secret_value(),
            settings.neo4j_database,
        )
    from graph.stores.embedded import EmbeddedStore

    return EmbeddedStore(settings.data)
