"""A throwaway PostgreSQL cluster for one test session.

Why not a fixture library (pytest-postgresql, testing.postgresql)? They add dependencies and
still stumble over the two things that matter here: our CI and dev containers run as root, which
initdb and postgres refuse, and pytest's temporary directories are not reachable by any other
user. This module handles both with the standard library only; psycopg is imported lazily so
that SQLite-only runs can import it without the PostgreSQL extra.

The cluster trades durability for speed (fsync, full_page_writes and synchronous_commit are
off): it lives for one session and is deleted afterwards, so a crash can only lose data that
nobody would have looked at again.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    import psycopg

__all__ = ["PgCluster", "PgUnavailable", "find_pg_bindir", "start_cluster"]

SUPERUSER = "hearth"
HOST = "127.0.0.1"
#: Environment variable that names the directory holding initdb and pg_ctl.
BINDIR_ENV = "HEARTH_DESK_PG_BINDIR"
#: Unprivileged account that runs the server when the tests run as root (Debian's package
#: creates it; we create it if missing).
SERVICE_USER = "postgres"

_START_ATTEMPTS = 3  # a port picked from a closed socket can be taken before postgres binds it
_START_TIMEOUT_S = 60
_LOG_TAIL_LINES = 40
# sockaddr_un.sun_path is 108 bytes on Linux, 104 on macOS; postgres refuses longer paths.
_MAX_SOCKET_PATH = 100


class PgUnavailable(Exception):
    """PostgreSQL cannot be used in this environment; ``reason`` says why (for pytest.skip)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _exe(bindir: Path, name: str) -> Path:
    return bindir / (name + ".exe" if sys.platform == "win32" else name)


def _has_server_tools(bindir: Path) -> bool:
    return all(_exe(bindir, tool).is_file() for tool in ("initdb", "pg_ctl"))


def _version_key(path: Path) -> tuple[int, ...]:
    # /usr/lib/postgresql/<version>/bin: "9.6" must sort below "15", so compare numerically.
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (-1,)


def find_pg_bindir() -> Path | None:
    """Locate a directory with initdb and pg_ctl, most explicit source first.

    Order: $HEARTH_DESK_PG_BINDIR, ``pg_config --bindir``, the newest Debian/Ubuntu
    ``/usr/lib/postgresql/*/bin`` (which is never on PATH), then PATH. Returns None when
    nothing usable is found, including when the environment variable names a directory
    without the tools: an explicit choice must not silently fall back to another version.
    """
    explicit = os.environ.get(BINDIR_ENV)
    if explicit:
        path = Path(explicit).expanduser()
        return path if _has_server_tools(path) else None

    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            out = ""
        if out and _has_server_tools(Path(out)):
            return Path(out)

    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    for path in debian:
        if _has_server_tools(path):
            return path

    for entry in os.environ.get("PATH", "").split(os.pathsep):
        if entry and _has_server_tools(Path(entry)):
            return Path(entry)
    return None


def _free_port() -> int:
    """Ask the kernel for an unused loopback port (racy; start_cluster retries on a clash)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _is_root() -> bool:
    geteuid = getattr(os, "geteuid", None)  # absent on Windows
    return geteuid is not None and geteuid() == 0


def _service_account() -> tuple[int, int, set[int]]:
    """Return (uid, gid, group ids) of SERVICE_USER, creating a system user if it is missing."""
    import grp
    import pwd

    try:
        entry = pwd.getpwnam(SERVICE_USER)
    except KeyError:
        try:
            subprocess.run(
                ["useradd", "--system", "--user-group", "--no-create-home", SERVICE_USER],
                capture_output=True,
                text=True,
                check=True,
                timeout=30,
            )
            entry = pwd.getpwnam(SERVICE_USER)
        except (OSError, subprocess.SubprocessError, KeyError) as exc:
            detail = getattr(exc, "stderr", None) or exc
            raise PgUnavailable(
                f"running as root and cannot create the {SERVICE_USER!r} user: {detail}"
            ) from exc
    groups = {entry.pw_gid} | {g.gr_gid for g in grp.getgrall() if SERVICE_USER in g.gr_mem}
    return entry.pw_uid, entry.pw_gid, groups


def _traversable_by(path: Path, uid: int, groups: set[int]) -> bool:
    """Whether uid can reach ``path`` (mode bits only; ACLs are not consulted)."""
    for ancestor in path.parents:
        try:
            st = ancestor.stat()
        except OSError:
            return False
        if st.st_uid == uid:
            bit = stat.S_IXUSR
        elif st.st_gid in groups:
            bit = stat.S_IXGRP
        else:
            bit = stat.S_IXOTH
        if not st.st_mode & bit:
            return False
    return True


def _drop_privileges_prefix() -> list[str]:
    """Command prefix that runs the rest of the command line as SERVICE_USER."""
    if runuser := shutil.which("runuser"):
        return [runuser, "-u", SERVICE_USER, "--"]
    if setpriv := shutil.which("setpriv"):
        return [
            setpriv,
            f"--reuid={SERVICE_USER}",
            f"--regid={SERVICE_USER}",
            "--init-groups",
            "--",
        ]
    raise PgUnavailable("running as root, and neither runuser nor setpriv is available")


def _child_env() -> dict[str, str]:
    # PG* variables (PGDATA, PGPORT, PGOPTIONS, ...) from the developer's shell would otherwise
    # steer initdb/pg_ctl; English messages keep the log tails in skip reasons readable.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_MESSAGES"] = "C"
    return env


def _conf_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _tail(path: Path, lines: int = _LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no server log)"
    return "\n".join(text.splitlines()[-lines:])


class PgCluster:
    """A running throwaway cluster; ``stop()`` shuts it down and deletes its files."""

    def __init__(
        self,
        *,
        bindir: Path,
        base_dir: Path,
        port: int,
        run_prefix: list[str],
        owns_base_dir: bool,
    ) -> None:
        self.bindir = bindir
        self.base_dir = base_dir
        self.data_dir = base_dir / "data"
        self.socket_dir = base_dir / "sockets"
        self.log_path = base_dir / "postgres.log"
        self.port = port
        self._run_prefix = run_prefix
        self._owns_base_dir = owns_base_dir
        self._stopped = False

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the maintenance database (``postgres``)."""
        return self._url("postgres")

    def _url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@{HOST}:{self.port}/{quote(dbname, safe='')}"

    def _connect(
        self, dbname: str = "postgres", *, connect_timeout: int = 10
    ) -> psycopg.Connection:
        import psycopg  # lazily: SQLite-only runs need not install the PostgreSQL extra

        return psycopg.connect(
            host=HOST,
            port=self.port,
            user=SUPERUSER,
            dbname=dbname,
            autocommit=True,
            connect_timeout=connect_timeout,
        )

    def _pg_ctl(
        self, *args: str, timeout: float = _START_TIMEOUT_S + 10
    ) -> subprocess.CompletedProcess[str]:
        """Run pg_ctl as the service user (when root) from a directory that user can enter."""
        return subprocess.run(
            [*self._run_prefix, str(_exe(self.bindir, "pg_ctl")), "-D", str(self.data_dir), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.base_dir,
            env=_child_env(),
            check=False,
        )

    def create_database(self, name: str) -> str:
        """Create an empty UTF-8 database and return its SQLAlchemy URL.

        template0 rather than template1, so that nothing a test put into template1 leaks in.
        """
        from psycopg import sql

        with self._connect() as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(
                    sql.Identifier(name)
                )
            )
        return self._url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database even if a leaked engine still holds connections to it."""
        from psycopg import sql

        with self._connect() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def stop(self) -> None:
        """Stop the server without a checkpoint and delete its files; idempotent."""
        if self._stopped:
            return
        self._stopped = True
        atexit.unregister(self.stop)
        if (self.data_dir / "postmaster.pid").exists():
            try:
                result = self._pg_ctl("-m", "immediate", "-w", "stop", timeout=60)
                stopped = result.returncode == 0
            except (OSError, subprocess.SubprocessError):
                stopped = False
            if not stopped:
                self._kill_postmaster()
        self._remove_files()

    def _kill_postmaster(self) -> None:
        """Last resort when pg_ctl could not stop the server: SIGQUIT is an immediate shutdown."""
        sigquit = getattr(signal, "SIGQUIT", None)
        try:
            pid = int((self.data_dir / "postmaster.pid").read_text().splitlines()[0])
        except (OSError, ValueError, IndexError):
            return
        if sigquit is None or pid <= 0:
            return
        with contextlib.suppress(OSError):
            os.kill(pid, sigquit)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except OSError:
                return
            time.sleep(0.05)

    def _remove_files(self) -> None:
        if self._owns_base_dir:
            shutil.rmtree(self.base_dir, ignore_errors=True)
            return
        # The caller's directory may hold other things; remove only what we put there.
        shutil.rmtree(self.data_dir, ignore_errors=True)
        shutil.rmtree(self.socket_dir, ignore_errors=True)
        self.log_path.unlink(missing_ok=True)


def start_cluster(base_dir: Path) -> PgCluster:
    """initdb a fresh cluster under ``base_dir``, start it and wait until it accepts connections.

    Raises PgUnavailable when no server binaries are found or the server does not come up.

    As root, the server runs as the ``postgres`` system user. If that user cannot reach
    ``base_dir`` (pytest's ``/tmp/pytest-of-root`` is mode 0700), the cluster goes into a
    ``tempfile.mkdtemp(prefix="hearth-pg-", dir="/tmp")`` directory instead and ``base_dir`` is
    left unused; ``PgCluster.base_dir`` tells which directory was used. ``stop()`` removes the
    whole directory when this function created it, and otherwise only the files it added.
    """
    bindir = find_pg_bindir()
    if bindir is None:
        hint = (
            f" ({BINDIR_ENV} is set but lacks initdb/pg_ctl)" if os.environ.get(BINDIR_ENV) else ""
        )
        raise PgUnavailable(f"PostgreSQL server binaries (initdb, pg_ctl) not found{hint}")

    base_dir = Path(base_dir).absolute()
    owns_base_dir = not base_dir.exists()
    base_dir.mkdir(parents=True, exist_ok=True)
    run_prefix: list[str] = []
    if _is_root():
        run_prefix = _drop_privileges_prefix()
        uid, gid, groups = _service_account()
        if not _traversable_by(base_dir, uid, groups):
            if owns_base_dir:
                shutil.rmtree(base_dir, ignore_errors=True)
            base_dir = Path(tempfile.mkdtemp(prefix="hearth-pg-", dir="/tmp"))
            owns_base_dir = True
        os.chown(base_dir, uid, gid)

    cluster = PgCluster(
        bindir=bindir,
        base_dir=base_dir,
        port=0,
        run_prefix=run_prefix,
        owns_base_dir=owns_base_dir,
    )
    try:
        _initdb(cluster)
        _start(cluster)
    except BaseException:
        cluster.stop()
        raise
    # A crashed or interrupted session must not leave a postmaster behind.
    atexit.register(cluster.stop)
    return cluster


def _initdb(cluster: PgCluster) -> None:
    # --locale=C exists everywhere (C.UTF-8 does not on macOS/Windows) and sorts by code point,
    # which keeps ORDER BY results identical across machines; the UTF8 encoding stores any
    # Unicode text, including characters beyond U+FFFF. --no-sync: the cluster is disposable.
    cmd = [
        *cluster._run_prefix,
        str(_exe(cluster.bindir, "initdb")),
        "-D",
        str(cluster.data_dir),
        "-U",
        SUPERUSER,
        "--auth=trust",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync",
    ]
    try:
        result = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=cluster.base_dir,
            env=_child_env(),
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise PgUnavailable(f"initdb could not run: {exc}") from exc
    if result.returncode != 0:
        output = "\n".join((result.stdout + result.stderr).splitlines()[-_LOG_TAIL_LINES:])
        raise PgUnavailable(f"initdb failed (exit {result.returncode}):\n{output}")

    settings = {
        "listen_addresses": _conf_string(HOST),
        "fsync": "off",
        "full_page_writes": "off",
        "synchronous_commit": "off",
    }
    if sys.platform != "win32":
        socket_dir = cluster.socket_dir
        socket_dir.mkdir()
        if cluster._run_prefix:
            shutil.chown(socket_dir, user=SERVICE_USER)
        # Too long a path would stop postgres from starting; we connect over TCP anyway.
        too_long = len(str(socket_dir / ".s.PGSQL.65535")) > _MAX_SOCKET_PATH
        settings["unix_socket_directories"] = _conf_string("" if too_long else str(socket_dir))
    with (cluster.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write("\n# Throwaway test cluster (tests/support/pg_cluster.py)\n")
        conf.writelines(f"{key} = {value}\n" for key, value in settings.items())


def _start(cluster: PgCluster) -> None:
    for attempt in range(1, _START_ATTEMPTS + 1):
        cluster.port = _free_port()
        try:
            result = cluster._pg_ctl(
                "-w",
                "-t",
                str(_START_TIMEOUT_S),
                "-l",
                str(cluster.log_path),
                "-o",
                f"-p {cluster.port}",
                "start",
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise PgUnavailable(f"pg_ctl could not run: {exc}") from exc
        if result.returncode == 0:
            break
        log = _tail(cluster.log_path)
        port_taken = "could not bind" in log or "already in use" in log
        if not port_taken or attempt == _START_ATTEMPTS:
            output = (result.stdout + result.stderr).strip()
            raise PgUnavailable(
                f"PostgreSQL did not start (pg_ctl exit {result.returncode}): {output}\n"
                f"--- {cluster.log_path} (tail) ---\n{log}"
            )
        cluster.log_path.unlink(missing_ok=True)

    # pg_ctl -w trusts postmaster.pid; make sure a TCP login over our URL really works.
    deadline = time.monotonic() + _START_TIMEOUT_S
    while True:
        try:
            cluster._connect(connect_timeout=2).close()
            return
        except ImportError as exc:
            raise PgUnavailable("psycopg is not installed (pip install -e .[test])") from exc
        except Exception as exc:  # psycopg.OperationalError, without importing psycopg here
            if time.monotonic() > deadline:
                raise PgUnavailable(
                    f"PostgreSQL started but refuses connections: {exc}\n"
                    f"--- {cluster.log_path} (tail) ---\n{_tail(cluster.log_path)}"
                ) from exc
            time.sleep(0.05)
