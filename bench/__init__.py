"""Benchmarks; a package only so tests can import the accuracy scorer (``bench.accuracy``)."""
