"""``minutebook demo`` and ``minutebook serve``: the library functions behind the commands.

The demo is a fresh SQLite database of the bundled sample packs under
``<data dir>/demo``; ``serve`` serves whatever database the settings name.
Both serve with waitress (a production WSGI server) and whitenoise for static
files.  The environment is set here, before Django reads its settings.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

SAMPLE_PACKS = Path(__file__).resolve().parent.parent / "sample_packs"
DEMO_FOLDER = "demo"
SQLITE_NAME = "minutebook.sqlite3"


def default_data_dir() -> Path:
    return Path(os.environ.get("MINUTEBOOK_DATA_DIR", "data"))


def demo_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or default_data_dir()).resolve() / DEMO_FOLDER


def use_data_dir(path: Path, sqlite_only: bool = False) -> None:
    """Point the settings at ``path`` (and at SQLite, for the demo).  Call before Django is set up."""
    os.environ["MINUTEBOOK_DATA_DIR"] = str(path)
    if sqlite_only:
        os.environ.pop("DATABASE_URL", None)


def remove_database(folder: Path) -> None:
    """Delete the demo's SQLite database and its journal files, so the demo starts fresh."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        (folder / f"{SQLITE_NAME}{suffix}").unlink(missing_ok=True)


def build_demo(folder: Path, progress: Callable[[Any], None] | None = None) -> Any:
    """A fresh SQLite database in ``folder`` with the sample packs imported; the import summary."""
    folder.mkdir(parents=True, exist_ok=True)
    remove_database(folder)
    use_data_dir(folder, sqlite_only=True)
    from minutebook.records.setup import setup_django

    setup_django()
    from minutebook.records.importer import import_packs

    return import_packs(sorted(SAMPLE_PACKS.iterdir()), progress=progress)


def collect_static() -> None:
    """Copy static files to STATIC_ROOT, where whitenoise serves them from."""
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


def wsgi_app() -> Any:
    """The WSGI application, with static files collected first (whitenoise indexes them on start)."""
    collect_static()
    from django.core.wsgi import get_wsgi_application

    return get_wsgi_application()


def serve(host: str, port: int, threads: int = 8, announce: Callable[[str], None] = print) -> None:
    """Serve the record with waitress until interrupted."""
    import waitress

    # More clients than threads queue up, as they should; waitress warns about every one.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    app = wsgi_app()
    announce(f"minutebook: serving on http://{host}:{port}/ (press Ctrl+C to stop)")
    waitress.serve(app, host=host, port=port, threads=threads, ident="minutebook", _quiet=True)
