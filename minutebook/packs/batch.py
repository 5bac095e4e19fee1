"""Extracting many packs: one bad file is reported and skipped, never fatal."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TextIO

from minutebook.packs.errors import PackError
from minutebook.packs.extract import extract_file


def _write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def extract_many(packs: list[Path], out: Path | None, fmt: str, stdout: TextIO, stderr: TextIO) -> int:
    """Extract each pack; returns 0 if all were read, 1 if any failed, 2 on bad usage."""
    if out is None and len(packs) > 1:
        stderr.write("minutebook extract: give --out DIR to extract more than one pack\n")
        return 2
    failed = 0
    for pack in packs:
        try:
            record = extract_file(pack)
        except PackError as exc:
            stderr.write(f"error: {exc}\n")
            failed += 1
            continue
        except Exception as exc:  # a bug of ours must not lose the rest of the batch
            stderr.write(f"error: {pack}: could not be read ({type(exc).__name__}: {exc})\n")
            failed += 1
            continue
        text = record.to_json() + "\n"
        if out is None:
            stdout.write(text)
        else:
            _write_atomic(out / f"{pack.stem}.json", text)
    return 1 if failed else 0
