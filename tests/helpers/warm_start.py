"""``python -m julian_gregorian ARGS`` as a real process, started warm.

Each command-line test runs the command as a process of its own, with its own standard
streams, folder and exit status. Started from scratch, each one spent most of its time
(some 0.17 CPU-seconds) importing the package and compiling the extractor's regular
expressions; here a server process per test process (see ``warm_server.py``) has done
that once, and each command is a child forked from it, which runs the command's
``__main__`` with the arguments, folder and file descriptors of the call.

What a fork cannot show, a start from scratch still does: the import of the package and
what it loads are checked by ``test_lazy_imports.py``, the installed command by the
console sessions and the pre-commit hooks, and ``JULIAN_GREGORIAN_TESTS_COLD=1`` (which
``.ci/run`` sets) starts every command here from scratch too. A call whose environment
differs from the test process's gets a server started with that environment.
"""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

#: Start every command from scratch, as ``subprocess.run`` would.
COLD = os.environ.get("JULIAN_GREGORIAN_TESTS_COLD", "") not in ("", "0")

_SERVER = Path(__file__).with_name("warm_server.py")
_servers: dict[frozenset[tuple[str, str]], tuple[subprocess.Popen[bytes], socket.socket]] = {}
_lock = threading.Lock()


def run_command(
    *args: str,
    cwd: Path | str | None = None,
    env: Mapping[str, str] | None = None,
    stdin: bytes | str | None = None,
    encoding: str | None = None,
    timeout: float = 300,
    cold: bool = COLD,
) -> subprocess.CompletedProcess[Any]:
    """What ``subprocess.run([python, "-m", "julian_gregorian", *args], capture_output=True)``
    returns; *stdin* None leaves the standard input the test's own, and with *encoding*
    the input and outputs are text in it (newlines read as ``text=True`` reads them).
    *cold* starts the command from scratch (by default where :data:`COLD` says so)."""
    environment = dict(os.environ if env is None else env)
    data = stdin.encode(encoding or "utf-8") if isinstance(stdin, str) else stdin
    command = [sys.executable, "-m", "julian_gregorian", *args]
    if cold:
        done = subprocess.run(
            command, input=data, capture_output=True, cwd=cwd, env=environment, timeout=timeout
        )
        code, stdout, stderr = done.returncode, done.stdout, done.stderr
    else:
        with _lock:
            code, stdout, stderr = _run_warm(list(args), cwd, environment, data, timeout)
    if encoding is None:
        return subprocess.CompletedProcess(command, code, stdout, stderr)
    return subprocess.CompletedProcess(
        command, code, _as_text(stdout, encoding), _as_text(stderr, encoding)
    )


def _as_text(data: bytes, encoding: str) -> str:
    return io.TextIOWrapper(io.BytesIO(data), encoding=encoding).read()


#: Variables that the interpreter or the package may read before the command starts:
#: a call that sets them differently gets a server of its own. (The others, such as the
#: PYTEST_CURRENT_TEST that pytest changes for every test, are set in the child.)
_AT_START = ("PYTHON", "JULIAN_GREGORIAN", "LC_", "LANG")


def _server(environment: dict[str, str]) -> socket.socket:
    """The connection to a server started with *environment*'s variables of
    :data:`_AT_START`, started on first use."""
    key = frozenset(item for item in environment.items() if item[0].startswith(_AT_START))
    if key not in _servers:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        process = subprocess.Popen(
            [sys.executable, str(_SERVER), str(theirs.fileno())],
            pass_fds=(theirs.fileno(),),
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
        )
        theirs.close()
        _servers[key] = (process, ours)
    return _servers[key][1]


def stop_servers() -> None:
    """End the servers (at the end of the session: a server also ends when the test
    process does, but one waited for here has its CPU time counted in the session's)."""
    for process, connection in _servers.values():
        connection.close()  # the server ends when its socket closes
        process.wait(timeout=30)
    _servers.clear()


def _run_warm(
    args: list[str],
    cwd: Path | str | None,
    environment: dict[str, str],
    data: bytes | None,
    timeout: float,
) -> tuple[int, bytes, bytes]:
    connection = _server(environment)
    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    in_read, in_write = os.pipe() if data is not None else (0, -1)
    folder = os.fspath(cwd or os.getcwd())
    request = json.dumps({"args": args, "cwd": folder, "env": environment})
    socket.send_fds(connection, [request.encode()], [in_read, out_write, err_write])
    for fd in (out_write, err_write) + ((in_read,) if data is not None else ()):
        os.close(fd)
    outputs: dict[int, bytes] = {}

    def drain(fd: int) -> None:
        with open(fd, "rb") as stream:
            outputs[fd] = stream.read()

    def feed() -> None:
        try:
            with open(in_write, "wb") as stream:
                stream.write(data or b"")
        except BrokenPipeError:  # the command stopped reading: as subprocess.run allows
            pass

    workers = [threading.Thread(target=drain, args=(fd,)) for fd in (out_read, err_read)]
    if data is not None:
        workers.append(threading.Thread(target=feed))
    pid = _answer(connection)
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout)
        if worker.is_alive():
            os.kill(pid, signal.SIGKILL)
            _answer(connection)
            raise subprocess.TimeoutExpired(args, timeout)
    return _answer(connection), outputs[out_read], outputs[err_read]


def _answer(connection: socket.socket) -> int:
    message = connection.recv(64)
    if not message:
        raise RuntimeError(
            "the warm-start server of the command-line tests ended (see tests/helpers/"
            "warm_server.py; JULIAN_GREGORIAN_TESTS_COLD=1 starts each command from scratch)"
        )
    return int(message)
