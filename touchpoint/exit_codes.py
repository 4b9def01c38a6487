"""The exit codes of every ``touchpoint`` command (documented in the README).

- 0: done, and nothing the gate watches got worse;
- 1: the gate failed: a budget broken or a regression found (the explanation says which);
- 2: usage or input error (bad option, unknown audit, bad touchpoint.toml); click's own;
- 3: the crawl failed, so there is nothing trustworthy to judge; also a stored crawl that
  is not finished (running, interrupted, failed) given to ``audit --crawl``, ``goals`` or
  ``explain`` without ``--partial``;
- 130: interrupted (Ctrl-C): nothing was audited or stored.
"""

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CRAWL_FAILED = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a Ctrl-C
