"""``minutebook import`` and ``minutebook people``: exit codes, summary, one line per bad pack."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from minutebook.cli import main
from minutebook.records.models import PersonMerge, SourceFile
from minutebook.records.people import PeopleResolver
from tests.conftest import SEED_DIR
from tests.records.factories import SourceFileFactory

pytestmark = pytest.mark.django_db


def test_import_a_folder_then_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(next(SEED_DIR.glob("004*.txt")), tmp_path)
    assert main(["import", "--quiet", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "packs imported" in out and "meetings" in out and "people" in out and "actions" in out
    assert SourceFile.objects.count() == 1
    assert main(["import", "--quiet", str(tmp_path)]) == 0
    assert "packs unchanged" in capsys.readouterr().out
    assert SourceFile.objects.count() == 1


def test_a_bad_file_gives_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(next(SEED_DIR.glob("004*.txt")), tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["import", "--quiet", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    error_lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and "empty.txt" in error_lines[0]
    assert "Traceback" not in err
    assert SourceFile.objects.count() == 1


def test_nothing_to_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path)]) == 2
    assert "no pack files" in capsys.readouterr().err


def test_people_merges_and_unmerge(capsys: pytest.CaptureFixture[str]) -> None:
    resolver = PeopleResolver.for_source(SourceFileFactory())
    resolver.resolve("Neville Purssell")
    resolver.start_list()
    resolver.resolve("Neville Pursell")
    merge = PersonMerge.objects.get()
    assert main(["people", "merges"]) == 0
    assert "Neville Pursell" in capsys.readouterr().out
    assert main(["people", "unmerge", str(merge.pk)]) == 0
    assert "is now a person of their own" in capsys.readouterr().out
    assert main(["people", "unmerge", "999999"]) == 2
