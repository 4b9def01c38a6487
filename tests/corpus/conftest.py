"""The real corpus holds third-party static sites: never collect anything inside them."""

collect_ignore_glob = ["dev/*", "measure/*"]
