"""What a check reads: the audit input plus derived data computed once and shared.

Like Lighthouse's computed artifacts, every derived view (the navigation graph,
CTAs grouped by page, ...) is a cached property: built on first use by any
check, reused by the others, never built when no selected check needs it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import cached_property

from audit.graph import NavGraph, build_graph
from audit.login_area import LoginArea, find_login_area
from core.records import AuditInput, Cta, Form, Page


class AuditContext:
    def __init__(self, data: AuditInput) -> None:
        self.data = data

    @cached_property
    def graph(self) -> NavGraph:
        return build_graph(self.data)

    @property
    def home_url(self) -> str:
        """The homepage: the start URL, or where it redirects."""
        graph = self.graph
        return graph.urls[graph.home] if graph.home is not None else self.data.start_url

    def working_pages(self) -> Iterator[Page]:
        """Real HTML pages a visitor can read, in crawl order."""
        return (page for page in self.data.pages.values() if page.is_working)

    @cached_property
    def login_area(self) -> LoginArea:
        """The site's login area: the pages behind it reached, and those only met outside."""
        return find_login_area(self.data)

    @cached_property
    def ctas_by_page(self) -> dict[str, list[Cta]]:
        grouped: dict[str, list[Cta]] = defaultdict(list)
        for cta in self.data.ctas:
            grouped[cta.page_url].append(cta)
        return dict(grouped)

    @cached_property
    def forms_by_page(self) -> dict[str, list[Form]]:
        grouped: dict[str, list[Form]] = defaultdict(list)
        for form in self.data.forms:
            grouped[form.page_url].append(form)
        return dict(grouped)

    @cached_property
    def conversions(self) -> list[Page]:
        return [page for page in self.working_pages() if page.is_conversion]

    @cached_property
    def linked_target_count(self) -> int:
        """Distinct internal link targets: pages linked, plus redirecting URLs linked."""
        nav = self.graph
        linked = {target for targets in nav.succ for target in targets}
        return len(linked) + len(nav.redirect_sources)
