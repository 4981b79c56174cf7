"""Thread limits for numpy's BLAS while a document is checked (torch keeps its own threads)."""

from __future__ import annotations

from threadpoolctl import threadpool_limits


def small_blas() -> threadpool_limits:
    """A context in which numpy's BLAS runs on one thread.

    The checks multiply many small matrices (token similarities, alignment costs). With its
    default of one thread per core, OpenBLAS's extra threads spin while they wait for work and
    take the CPU from torch and Kiwi: on this project's 2-core machine, with other processes
    running, a warm check of 177 sentences took 5.9 s with numpy's default threads and 1.5 s
    with one (bench/pipeline.py gives the whole-batch figures).
    """
    return threadpool_limits(limits=1, user_api="blas")
