"""``cleaner batch``: clean whole crawls in parallel, with resume, sharding and Dask.

The parts, in the order data flows through them: :mod:`~cleaner.batch.inputs` (INPUTS ->
work items), :mod:`~cleaner.batch.documents` (item -> outcome, via :mod:`cleaner.document`),
:mod:`~cleaner.batch.workers` / :mod:`~cleaner.batch.dask_engine` (engines),
:mod:`~cleaner.batch.sinks` and :mod:`~cleaner.batch.journal` (outputs and checkpoints),
:mod:`~cleaner.batch.progress` (stderr), all driven by :mod:`~cleaner.batch.runner`.
"""

from __future__ import annotations

from cleaner.batch.runner import BatchOptions, Engine, Summary, run_batch

__all__ = ["BatchOptions", "Engine", "Summary", "run_batch"]
