"""The bundled demo site: a small coffee roaster's website with deliberate journey problems.

``touchpoint demo`` serves it with :func:`serve_demo` and audits it; ``problems.yaml``
lists every problem planted in it, so tests can check that the audit finds them all.
"""

from touchpoint.demo.server import DemoServer, serve_demo

__all__ = ["DemoServer", "serve_demo"]
