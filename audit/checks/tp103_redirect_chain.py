"""TP103 redirect-chain."""

from __future__ import annotations

from typing import Any, ClassVar

from audit.checks.base import Check, sample
from audit.context import AuditContext
from core.model import Finding


class RedirectChain(Check):
    """An internal link that goes through two or more redirects before its page.

    What it checks
    --------------
    Every internal link target that redirects. One finding per target (its `url` is the
    linked URL) whose redirect chain has at least `min_hops` redirects, with the chain
    and the pages that link to it.

    Why it matters
    --------------
    Each hop is a round trip the visitor waits for, and chains are where redirects
    break (a loop, a hop to a retired domain). A chain usually means the site was moved
    twice and its links were never updated.

    How to fix
    ----------
    Link straight to the final URL, and make old URLs redirect once, directly to it.

    Options
    -------
    - `min_hops` (default 2): the number of redirects that makes a chain.
    """

    code = "TP103"
    slug = "redirect-chain"
    title = "Internal links avoid redirect chains"
    failure_title = "Internal link goes through a redirect chain"
    severity = "warning"
    category = "reachability"
    default_options: ClassVar[dict[str, Any]] = {"min_hops": 2}

    def scope(self, ctx: AuditContext) -> int | None:
        return ctx.linked_target_count

    def check(self, ctx: AuditContext) -> list[Finding]:
        findings = []
        for url, sources in ctx.graph.redirect_sources.items():
            chain = ctx.data.pages[url].redirect_chain or []
            hops = max(len(chain) - 1, 1)
            if hops < self.options["min_hops"]:
                continue
            route = " -> ".join(f"{hop['url']} ({hop['status']})" for hop in chain)
            findings.append(
                self.finding(
                    url,
                    f"{hops} redirects before the page: {route}.",
                    hops=hops,
                    chain=chain,
                    linked_from=sample(sources),
                    linking_pages=len(sources),
                )
            )
        return findings
