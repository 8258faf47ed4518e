"""Running one call in a forked child, so that whatever it does to its process (a native library's
abort on a failed allocation, a segfault, a memory limit reached) ends the child and not polcmp.

The child inherits everything already imported and loaded (fork), runs the call under an address-space
limit, and sends back its pickled outcome; an exception it raised is raised again here. When the child
dies without an answer, ChildDied says how."""

from __future__ import annotations

import os

GIB = 1024 ** 3


class ChildDied(Exception):
    """The child ended without an answer: `how` is 'killed by signal 6 (SIGABRT)' or 'exit 1'."""

    def __init__(self, how: str) -> None:
        super().__init__(how)
        self.how = how

    def __reduce__(self):
        return (type(self), (self.how,))


def available() -> bool:
    return hasattr(os, "fork")


def call(function, *args, memory: int | None = GIB):
    """function(*args) in a forked child allowed `memory` bytes of address space beyond what it
    inherits (None: no limit). Its return value must pickle."""
    import pickle

    if not available():  # pragma: no cover - Windows: no fork, run in-process
        return function(*args)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller's code
        code = 0
        try:
            os.close(read_end)
            _quiet()
            if memory is not None:
                _limit_memory(memory)
            try:
                outcome = (True, function(*args))
            except BaseException as e:  # noqa: BLE001 - sent back and raised in the parent
                outcome = (False, e)
            try:
                payload = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as e:  # noqa: BLE001 - an exception that does not pickle: its text
                payload = pickle.dumps((False, RuntimeError(f"{type(outcome[1]).__name__}: {e}")))
            with os.fdopen(write_end, "wb") as f:
                f.write(payload)
        except BaseException:  # noqa: BLE001
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as f:
            payload = f.read()
    finally:
        _, status = os.waitpid(pid, 0)
    if payload:
        try:
            ok, value = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - a truncated answer (the child died while writing)
            ok, value = False, None
        if ok:
            return value
        if isinstance(value, BaseException):
            raise value
    raise ChildDied(_how(status))


def _quiet() -> None:
    """The child's stderr to /dev/null: a dying library's backtrace is not polcmp's one line."""
    import contextlib

    with contextlib.suppress(ImportError, RuntimeError):
        import faulthandler

        faulthandler.disable()
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 2)
        os.close(null)


def _how(status: int) -> str:
    import signal

    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            return f"killed by signal {number} ({signal.Signals(number).name})"
        except ValueError:
            return f"killed by signal {number}"
    return f"exit {os.WEXITSTATUS(status)}"


def _limit_memory(extra: int) -> None:
    try:
        import resource

        soft = _address_space() + extra
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    except (ImportError, ValueError, OSError):
        pass


def _address_space() -> int:
    """This process's virtual memory size in bytes (Linux), else 0."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
