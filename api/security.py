"""API keys and roles. The operator keeps only salted SHA-256 hashes of keys in QKG_API_KEYS
(`qkg keys create` prints a new key once, and the line to add); a request presents its key in
`Authorization: Bearer KEY` or `X-API-Key: KEY` — never in the URL, so access logs never hold it.

Roles: `read` asks questions; `write` also ingests, forgets and records merge/split decisions.
Keys are random 32-byte tokens, so one salted hash suffices (no slow KDF is needed against
guessing), and every stored hash is compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from api.problems import ApiProblem
from graph.errors import ConfigError

Role = Literal["read", "write"]
ROLES: tuple[Role, ...] = ("read", "write")
RANK = {"read": 1, "write": 2}
KEY_PREFIX = "qkg_"


@dataclass(frozen=True, slots=True)
class KeyEntry:
    role: Role
    salt: bytes
    digest: bytes

    def line(self) -> str:
        return f"{self.role}:{self.salt.hex()}:{self.digest.hex()}"


def _digest(salt: bytes, key: str) -> bytes:
    return hashlib.sha256(salt + key.encode("utf-8")).digest()


def create_key(role: Role) -> tuple[str, KeyEntry]:
    """A new random key and the entry (role, salt, hash) the operator stores instead of it."""
    if role not in ROLES:
        raise ConfigError(f"{role!r} is not a role (use read or write)")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    salt = secrets.token_bytes(16)
    return key, KeyEntry(role, salt, _digest(salt, key))


def parse_keys(text: str) -> list[KeyEntry]:
    """QKG_API_KEYS ('role:salt:hash' entries, comma- or newline-separated) -> entries.

    >>> key, entry = create_key("read")
    >>> [e.role for e in parse_keys(entry.line() + ",\\n")]
    ['read']
    """
    entries: list[KeyEntry] = []
    for number, part in enumerate(text.replace("\n", ",").split(","), start=1):
        part = part.strip()
        if not part:
            continue
        fields = part.split(":")
        try:
            role, salt, digest = fields
            if role not in ROLES:
                raise ValueError(role)
            entry = KeyEntry(role, bytes.fromhex(salt), bytes.fromhex(digest))
        except ValueError as e:
            # the entry itself is never echoed: it is only a hash, but still the operator's secret
            raise ConfigError(
                f"QKG_API_KEYS entry {number} is malformed: expected a role (read or write), "
                "a salt and a hash, as `qkg keys create` prints them"
            ) from e
        if len(entry.digest) != hashlib.sha256().digest_size:
            raise ConfigError(f"QKG_API_KEYS entry {number}: the hash is not a SHA-256 digest")
        entries.append(entry)
    return entries


def role_of(key: str, entries: list[KeyEntry]) -> Role | None:
    """The strongest role any entry grants `key`; every entry is checked in constant time."""
    best: Role | None = None
    for entry in entries:
        if hmac.compare_digest(_digest(entry.salt, key), entry.digest) and (
            best is None or RANK[entry.role] > RANK[best]
        ):
            best = entry.role
    return best


_bearer = HTTPBearer(auto_error=False, description="an API key from `qkg keys create`")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="the same key, another way")


async def _presented(
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header: Annotated[str | None, Depends(_header)],
) -> str | None:
    if bearer is not None and bearer.credentials:
        return bearer.credentials
    return header or None


def _require(needed: Role):
    async def check(request: Request, key: Annotated[str | None, Depends(_presented)]) -> Role:
        if not key:
            raise ApiProblem(
                401,
                "unauthorized",
                "an API key is required: send `Authorization: Bearer KEY` or `X-API-Key: KEY`",
                headers={"WWW-Authenticate": "Bearer"},
            )
        role = role_of(key, request.app.state.service.keys)
        if role is None:
            raise ApiProblem(
                401, "unauthorized", "the API key is not valid", {"WWW-Authenticate": "Bearer"}
            )
        if RANK[role] < RANK[needed]:
            raise ApiProblem(
                403, "forbidden", f"this needs a {needed} key; the key given is {role}"
            )
        return role

    return check


ReadRole = Annotated[Role, Depends(_require("read"))]
WriteRole = Annotated[Role, Depends(_require("write"))]
