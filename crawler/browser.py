"""Find the Chromium a rendered crawl launches, before the crawl starts.

A crawl whose browser cannot start would store every page as an error; finding
out up front gives one line that says how to install one instead.

Order: ``--browser-path``, then ``$TOUCHPOINT_BROWSER``, then the system's
Chromium or Chrome on the PATH, then the browser Playwright downloaded
(``playwright install chromium``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Collection
from pathlib import Path

from crawler.options import OptionsError

SYSTEM_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Chromium in a closed network (CI, containers) tries to reach Google's services at
# start-up and stalls on refused connections without these.
LAUNCH_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-extensions",
    "--mute-audio",
    # Many tabs render at once in a headless window: none of them is "in the background".
    "--disable-renderer-backgrounding",
    "--disable-background-timer-throttling",
    "--disable-backgrounding-occluded-windows",
)
INSTALL_HINT = (
    "install Chromium (Debian/Ubuntu: apt-get install chromium; anywhere: "
    "python -m playwright install chromium) or point --browser-path at one"
)


class BrowserNotFound(OptionsError):
    """No usable Chromium: a rendered crawl cannot start."""


def _runs(path: str) -> bool:
    """Whether the executable starts at all (a broken install fails ``--version``)."""
    try:
        done = subprocess.run(
            [path, "--version"], capture_output=True, timeout=20, check=False, text=True
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _system_browser() -> str | None:
    for name in SYSTEM_BROWSERS:
        path = shutil.which(name)
        if path and _runs(path):
            return path
    return None


def _playwright_has_chromium() -> bool:
    """Whether ``playwright install chromium`` has put a browser in its cache."""
    root = os.environ.get("PLAYWRIGHT_BROWSERS_PATH")
    folders = [Path(root)] if root and root != "0" else []
    folders += [
        Path.home() / ".cache" / "ms-playwright",
        Path.home() / "Library" / "Caches" / "ms-playwright",
        Path(os.environ.get("LOCALAPPDATA", Path.home())) / "ms-playwright",
    ]
    return any(any(folder.glob("chromium*")) for folder in folders if folder.is_dir())


def find_browser(explicit: str | None = None) -> str | None:
    """The Chromium executable to launch, or None for Playwright's own download.

    Raises ``BrowserNotFound`` (a one-line message) when nothing usable is there.
    """
    if explicit:
        if not (os.path.isfile(explicit) and os.access(explicit, os.X_OK)):
            problem = "is not an executable file"
        elif not _runs(explicit):
            problem = "does not start (tried --version)"
        else:
            return explicit
        raise BrowserNotFound(f"--browser-path {explicit!r} {problem}: {INSTALL_HINT}")
    from_env = os.environ.get("TOUCHPOINT_BROWSER")
    if from_env and os.access(from_env, os.X_OK) and _runs(from_env):
        return from_env
    system = _system_browser()
    if system:
        return system
    if _playwright_has_chromium():
        return None
    raise BrowserNotFound(f"rendering needs a browser and none was found: {INSTALL_HINT}")


def launch_options(executable: str | None, blocked: Collection[str] = ()) -> dict[str, object]:
    """Playwright ``launch()`` keyword arguments for a headless crawl browser.

    Blocked images and web fonts are switched off in Blink itself too, so they are
    never requested: cheaper than aborting each request on its way out.
    """
    args = list(LAUNCH_ARGS)
    if "images" in blocked:
        args.append("--blink-settings=imagesEnabled=false")
    if "fonts" in blocked:
        args.append("--disable-remote-fonts")
    options: dict[str, object] = {"headless": True, "args": args}
    if executable:
        options["executable_path"] = executable
    return options
