"""The options of the commands that can run on a Ray cluster (`index add`, `index rebuild
--reembed`, `rank`, `rank-resumes`): `--engine`, `--address`, `--workers`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from matcher.errors import InputError


def engine_options(command):
    """`--engine local|ray`, `--address` and `--workers` (Ray only)."""
    command = click.option("--workers", type=int, default=None,
                           help="Ray actors to run (default: one per CPU of the cluster).")(command)
    command = click.option("--address", default=None,
                           help="Ray cluster to join (HOST:PORT; default RAY_ADDRESS, else a local "
                                "cluster started and stopped by this command).")(command)
    return click.option("--engine", type=click.Choice(["local", "ray"]), default="local",
                        show_default=True,
                        help="Run here, or on a Ray cluster (pip install 'matcher[ray]').")(command)


@contextmanager
def ray_workers(engine: str, address: str | None, workers: int | None) -> Iterator[int | None]:
    """Inside: connected to Ray, the number of actors to run; None for the local engine."""
    if engine != "ray":
        if address is not None or workers is not None:
            raise InputError("--address and --workers are for --engine ray")
        yield None
        return
    from matcher.scale.cluster import RayOptions, ray_cluster

    with ray_cluster(RayOptions(address, workers)) as count:
        yield count
