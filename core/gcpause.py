"""Pause Python's cycle collector around long batch work that makes no reference cycles.

Classifying a crawl allocates millions of short-lived dicts, lists and tuples (page
records, votes, verdicts), none of them in a cycle: reference counting frees each one.
The cycle collector still walks every live object each time enough of them have been
allocated, finds nothing and frees nothing, and costs a third of the time
(``bench/bench_classify.py``); loading and auditing a crawl is the same story.
``cycle_collection_paused`` turns it off for the work and
restores it after, as it was; garbage in a cycle made meanwhile (there should be none)
is collected at the next run after that.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """No cycle collection inside ``with cycle_collection_paused(): ...``, or in a function
    decorated ``@cycle_collection_paused()``."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
