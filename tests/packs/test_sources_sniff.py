"""Format dispatch: sniffing the bytes, and the clear refusals of read_bytes/read_pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.packs import sources
from minutebook.packs.errors import PackError
from minutebook.packs.sources import read_bytes, read_pack, sniff


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b"%PDF-1.7\n...", "pack", "pdf"),
        (b"\r\n junk before the header %PDF-1.4\n", "pack.bin", "pdf"),
        (b"PK\x03\x04rest", "pack", "docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "pack.doc", "ole"),
        (b"{\\rtf1\\ansi hello}", "pack", "rtf"),
        (b"<!DOCTYPE html><html>", "pack", "html"),
        (b"\xef\xbb\xbf  <html lang='en'>", "pack", "html"),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', "pack", "html"),
        (b"<p>fragment</p>", "page.htm", "html"),
        (b"# Minutes\n<table>", "pack.md", "text"),
        (b"Minutes of the meeting", "pack.txt", "text"),
    ],
)
def test_sniff(data: bytes, name: str, kind: str) -> None:
    assert sniff(data, name) == kind


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file is empty"),
        (b" \n\t\r\n ", "the file is empty"),
        (b"{\\rtf1\\ansi Minutes}", r"is a Rich Text \(\.rtf\) file; save it as \.docx or PDF"),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "is a binary file"),
        (b"\n\n\n", "the file is empty"),
        (b"<html><body><script>only()</script></body></html>", "no text could be read from the file"),
    ],
)
def test_refusals_name_the_file_and_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(PackError, match=rf"^pack\.x: {reason}") as caught:
        read_bytes(data, "pack.x")
    assert caught.value.source == "pack.x"


def test_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_BYTES", 1024 * 1024)
    with pytest.raises(PackError, match=r"the file is 2 MB; the limit is 1 MB"):
        read_bytes(b"x" * (2 * 1024 * 1024), "big.txt")


def test_read_pack_refuses_missing_files_and_folders(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no such file"):
        read_pack(tmp_path / "missing.pdf")
    with pytest.raises(PackError, match="is a folder, not a pack file"):
        read_pack(tmp_path)
