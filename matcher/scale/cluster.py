"""Joining a Ray cluster, or starting a local one, for the length of one command.

With an address (``--address`` or ``RAY_ADDRESS``) a command joins a running
cluster (``ray start --head`` on one machine, ``ray start --address HEAD:6379``
on the others) and leaves it running.  Without one it starts a cluster of
``workers`` CPUs on this machine and stops it when done.  In a process already
connected to Ray (a test session's cluster, a notebook) the connection is used
as it is.

Resumes are personal data and travel in Ray's object store (shared memory):
the local cluster is started with object spilling off, so they are never
written to disk; a cluster you run yourself should be started the same way
(``ray start --head --system-config='{"automatic_object_spilling_enabled": false}'``).
"""

from __future__ import annotations

import logging
import os
import socket
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from matcher.errors import InputError, MatcherError

MAX_WORKERS = 1024
# How long joining a cluster may take to reach its address before the command gives up:
# ray.init itself retries an unreachable GCS for minutes, printing warnings.
CONNECT_TIMEOUT_S = 10


@dataclass(frozen=True)
class RayOptions:
    """What the command line says of the cluster: its address (None: ``RAY_ADDRESS`` or a
    local cluster) and the actors to run (None: one per CPU of the cluster)."""
    address: str | None = None
    workers: int | None = None


def import_ray():
    try:
        import ray
        import ray.data  # noqa: F401  (Ray Data comes with the extra; fail here, not mid-run)
    except ImportError as exc:
        raise MatcherError(f"--engine ray needs Ray ({exc.name} is missing): "
                           "pip install 'matcher[ray]'") from None
    return ray


def _quiet_logs() -> None:
    """Ray's start-up lines would mix with the command's output: its errors are told as
    one line by the command instead."""
    for name in ("ray", "ray.data", "ray._private", "ray.util"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    warnings.filterwarnings("ignore", module="ray")


def _quiet(ray) -> None:
    """No progress bars (the command has its own); results in input order."""
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    context.execution_options.preserve_order = True


def check_reachable(address: str, timeout: float = CONNECT_TIMEOUT_S) -> None:
    """A cluster's address ("HOST:PORT", or "ray://HOST:PORT" for Ray Client) that accepts a
    TCP connection within ``timeout`` seconds, else a ``MatcherError`` saying why: a host
    that does not resolve, a port that refuses, or no answer.  Other addresses ("auto",
    "local") are Ray's to read."""
    host, colon, port = address.removeprefix("ray://").rpartition(":")
    host = host.strip("[]")
    if not colon or not host or not port.isdigit():
        return
    try:
        with socket.create_connection((host, int(port)), timeout=timeout):
            return
    except socket.gaierror:
        reason = f"the host {host!r} is not known"
    except TimeoutError:
        reason = f"no answer within {timeout:g} s"
    except (OSError, OverflowError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    raise MatcherError(f"could not connect to the Ray cluster at {address} ({reason}); "
                       "is `ray start --head` running there?")


@contextmanager
def ray_cluster(options: RayOptions) -> Iterator[int]:
    """Connected to Ray inside the block; yields the number of actors to run."""
    if options.workers is not None and not 1 <= options.workers <= MAX_WORKERS:
        raise InputError(f"--workers must be from 1 to {MAX_WORKERS}, not {options.workers}")
    ray = import_ray()
    address = options.address or os.environ.get("RAY_ADDRESS") or None
    started = False
    if not ray.is_initialized():
        _quiet_logs()
        kwargs = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
        try:
            if address:
                check_reachable(address)
                ray.init(address=address, **kwargs)
            else:
                # "local": a new cluster, even where another one runs on this machine (a bare
                # ray.init() would join that one).
                ray.init(address="local", num_cpus=options.workers or os.cpu_count() or 1,
                         _system_config={"automatic_object_spilling_enabled": False}, **kwargs)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = f"the Ray cluster at {address}" if address else "a local Ray cluster"
            raise MatcherError(f"could not connect to {where} ({str(exc).splitlines()[0][:160]})") from None
        started = True
    _quiet(ray)
    try:
        cpus = int(ray.cluster_resources().get("CPU", 1))
        yield options.workers or max(1, cpus)
    finally:
        if started:
            ray.shutdown()
