"""The process behind :mod:`helpers.warm_start`: it imports the command and compiles its
regular expressions once, then forks one child per request, which runs
``python -m julian_gregorian ARGS`` as a fresh interpreter would from there on.

Run as ``python warm_server.py FD``, FD being its end of a Unix socket pair of packets. A
request is one packet of JSON (``{"args": [...], "cwd": "...", "env": {...}}``) sent with three file
descriptors, the child's standard input, output and error; the answers are two packets,
the child's process id and its exit status. The server ends when the other end closes.
"""

from __future__ import annotations

import atexit
import io
import json
import os
import runpy
import socket
import sys
import threading
from pathlib import Path

import julian_gregorian

_SEED_ARTICLE = Path(__file__).resolve().parents[2] / "examples" / "october_revolution.txt"


def _warm_up() -> None:
    """Import the modules a run of check or extract imports, and compile the regular
    expressions the extractor compiles on first use: what each command started from
    scratch pays for again."""
    import julian_gregorian._cli.dump_runs
    import julian_gregorian._cli.main

    article = _SEED_ARTICLE.read_text(encoding="utf-8")
    julian_gregorian.check(article)
    julian_gregorian.extract(article)


def _exit_code(code: object) -> int:
    """The status the interpreter exits with for ``SystemExit(code)``."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def _standard_streams() -> None:
    """New standard streams on descriptors 0, 1 and 2, made as the interpreter makes them
    at start (those of the server were made for its own descriptors: a text stream
    remembers, for one, whether its file could seek)."""
    for fd, name in enumerate(("stdin", "stdout", "stderr")):
        old = getattr(sys, name)
        raw = io.FileIO(fd, "rb" if fd == 0 else "wb", closefd=False)
        buffered = io.BufferedReader(raw) if fd == 0 else io.BufferedWriter(raw)
        stream = io.TextIOWrapper(
            buffered,
            encoding=old.encoding,
            errors=old.errors,
            newline="\n",
            line_buffering=old.line_buffering,
            write_through=old.write_through,
        )
        setattr(sys, name, stream)
        setattr(sys, f"__{name}__", stream)


def _run_child(args: list[str], cwd: str, environment: dict[str, str]) -> None:
    """In the forked child: run the command as ``python -m`` would, then end as the
    interpreter ends (threads joined, exit functions run, standard streams flushed)."""
    _standard_streams()
    os.environ.clear()
    os.environ.update(environment)
    os.chdir(cwd)
    sys.path[0] = cwd  # where ``python -m`` puts the folder it was started in
    sys.argv = [os.path.join(os.path.dirname(julian_gregorian.__file__), "__main__.py")]
    sys.argv += args
    try:
        runpy.run_module("julian_gregorian", run_name="__main__", alter_sys=True)
        status = 0
    except SystemExit as done:
        status = _exit_code(done.code)
    except BaseException:  # an uncaught exception: its traceback, and status 1
        sys.excepthook(*sys.exc_info())
        status = 1
    threading._shutdown()  # type: ignore[attr-defined]  # what the interpreter does first
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            status = 120  # the interpreter's status when flushing at exit fails
    os._exit(status)


def serve(connection: socket.socket) -> None:
    while True:
        message, fds, _flags, _address = socket.recv_fds(connection, 1 << 20, 3)
        if not message:
            return
        request = json.loads(message)
        pid = os.fork()
        if pid == 0:
            connection.close()
            for target, fd in enumerate(fds):
                os.dup2(fd, target)
                os.close(fd)
            _run_child(request["args"], request["cwd"], request["env"])
        for fd in fds:
            os.close(fd)
        connection.send(str(pid).encode())
        _, wait_status = os.waitpid(pid, 0)
        connection.send(str(os.waitstatus_to_exitcode(wait_status)).encode())


if __name__ == "__main__":
    _warm_up()
    serve(socket.socket(fileno=int(sys.argv[1])))
