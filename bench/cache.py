"""The bench cache: peer outputs and built dump styles, shareable between worktrees.

Peer outputs are keyed by what decides them: the peer's version, the adapter version
(``bench.peers.ADAPTER_VERSION``) and the SHA-256 of the input bytes the peer was given (the
page file as stored, or a built dump's UTF-8 text), never by a path or a worktree. Several
worktrees may therefore point at one directory (``--cache-dir DIR`` or ``CLEANER_BENCH_CACHE``;
the default is the checkout's ``bench/.cache``), and entries are written atomically, so
concurrent runs never read half a file. cleaner's own output is never cached.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import click

__all__ = ["DEFAULT_CACHE_DIR", "ENV_VAR", "cache_dir_option", "entry_path", "read", "write"]

DEFAULT_CACHE_DIR = Path(__file__).resolve().parent / ".cache"
ENV_VAR = "CLEANER_BENCH_CACHE"

cache_dir_option = click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=ENV_VAR,
    default=DEFAULT_CACHE_DIR,
    show_default=True,
    help=f"Cache of peer outputs and built dumps, shareable between worktrees (env {ENV_VAR}).",
)


def entry_path(cache_dir: Path, peer_name: str, peer_version: str, data: bytes) -> Path:
    """Where the output of ``peer_name`` (at ``peer_version``) on input ``data`` is kept."""
    from bench.peers import ADAPTER_VERSION

    digest = hashlib.sha256(data).hexdigest()
    key = hashlib.sha256(f"{peer_version}|{ADAPTER_VERSION}|{digest}".encode()).hexdigest()
    return cache_dir / peer_name / f"{key[:40]}.json"


def read(path: Path) -> dict[str, Any] | None:
    """The cached result at ``path``, or None when there is none (or it is unreadable)."""
    try:
        result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return result


def write(path: Path, result: dict[str, Any]) -> None:
    """Write one entry atomically (a temporary file renamed into place)."""
    write_text(path, json.dumps(result, ensure_ascii=False))


def write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically: readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
