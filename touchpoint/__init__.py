"""touchpoint: audit a website as a customer journey."""

from core.version import __version__

__all__ = ["__version__"]
