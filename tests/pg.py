"""A throwaway PostgreSQL cluster on a loopback port, owned by the `postgres` user.

PostgreSQL refuses to run as root, so the cluster is created with `runuser -u postgres`.
Tests that need it skip with the reason when the server binaries are missing, unless
SOURCEDESK_REQUIRE_PG=1 (set by CI), where a missing server is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(*args: str) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return list(args)


def unavailable_reason() -> str | None:
    """Why a cluster cannot be started here, or None."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'sourcedesk[postgres]')"
    if not _bin("initdb") or not _bin("pg_ctl"):
        return "PostgreSQL server binaries (initdb, pg_ctl) are not installed"
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return "runuser is missing"
    return None


@contextmanager
def cluster() -> Iterator[str]:
    """Start a fresh cluster; yield its URL; stop and remove it."""
    reason = unavailable_reason()
    if reason:
        if os.environ.get("SOURCEDESK_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL required but unavailable: {reason}")
        pytest.skip(reason)
    root = Path(tempfile.mkdtemp(prefix="sourcedesk-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = _free_port()
    subprocess.run(
        _as_postgres(_bin("initdb") or "initdb", "-D", str(data), "-A", "trust", "-U", "postgres",
                     "--no-sync", "-E", "UTF8"),
        check=True, capture_output=True,
    )  # fmt: skip
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_postgres(_bin("pg_ctl") or "pg_ctl", "-D", str(data), "-o", options,
                     "-l", str(root / "log"), "-w", "start"),
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_postgres(_bin("pg_ctl") or "pg_ctl", "-D", str(data), "-m", "immediate", "stop"),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(url: str, name: str) -> str:
    """Create an empty database in the cluster and return its URL."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name
