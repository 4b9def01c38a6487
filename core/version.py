"""touchpoint's version, as installed (stored with each crawl and audit)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("touchpoint")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+src"
