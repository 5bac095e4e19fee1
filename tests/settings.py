"""Settings for the test suite: minutebook.settings with safe values forced.

Only ``DATABASE_URL`` passes through, so the suite runs on SQLite (unset) or PostgreSQL.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ["MINUTEBOOK_DATA_DIR"] = str(Path(tempfile.gettempdir()) / "minutebook-tests")
os.environ["MINUTEBOOK_SECRET_KEY"] = "tests-only-not-a-secret"
os.environ["MINUTEBOOK_DEBUG"] = "0"
os.environ["MINUTEBOOK_ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"

from minutebook.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
