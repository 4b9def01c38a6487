"""The error-rate safeguard: stop a crawl whose responses have mostly become failures.

A site that goes down, or a firewall that starts refusing the crawler, turns every
remaining URL into a "broken page" the audit would then blame on the site. When most
of the recent responses are server errors, refusals or connection failures, the crawl
stops instead (resumable), and says why in one line.
"""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field

WINDOW = 50  # the last responses looked at
FAILING_SHARE = 0.8  # stop when this share of them failed
# Answers that say "the server will not serve this crawler now", unlike 404/410, which
# are ordinary broken links of a working site.
FAILING_STATUSES = frozenset({403, 429}) | frozenset(range(500, 600))


def is_failure(status: int | None) -> bool:
    """A response (``status``) or a failure to get one (None) that counts against the site."""
    return status is None or status in FAILING_STATUSES


@dataclass
class ErrorRate:
    window: int = WINDOW
    share: float = FAILING_SHARE
    recent: deque[tuple[bool, str]] = field(default_factory=deque)

    def note(self, status: int | None, error: str | None = None) -> str | None:
        """Record one outcome; the sentence to stop the crawl with once too many failed."""
        label = str(status) if status is not None else (error or "no response").split(":")[0]
        self.recent.append((is_failure(status), label))
        if len(self.recent) > self.window:
            self.recent.popleft()
        failed = [label for bad, label in self.recent if bad]
        if len(self.recent) < self.window or len(failed) < self.share * self.window:
            return None
        kinds = ", ".join(f"{label} x{n}" for label, n in Counter(failed).most_common(3))
        return (
            f"{len(failed)} of the last {len(self.recent)} responses failed ({kinds}): "
            "the site may be down or blocking this crawler"
        )
