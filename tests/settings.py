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

# WhiteNoise serves STATIC_ROOT and warns (an error under -W error) when it does not exist: on a
# fresh machine nothing has run collectstatic into the test data directory yet.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
