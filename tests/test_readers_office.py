""".doc, .wps, .odt and .rtf through LibreOffice: the same items as the Word document they were saved
from; a missing, hanging or crashing LibreOffice gives one clear line and leaves the user's file alone."""

import os
import stat
import time

import pytest

from polcmp.model import InputError
from polcmp.readers import ReadLimits, read_document, sniff
from tests.readers_build import convert, fields, parsed, seed_docx, soffice_or_skip

OLE_WORD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 600


@pytest.mark.parametrize("target", ["doc", "odt", "rtf"])
def test_converted_word_formats_parse_to_the_same_items(tmp_path, lists, target):
    binary = soffice_or_skip()
    lst = lists["heilongjiang"]
    converted = convert(binary, seed_docx(lst, tmp_path / "h.docx", grid=False), target, tmp_path)
    assert sniff(converted) == target
    before = (converted.read_bytes(), converted.stat().st_mtime_ns)
    result = parsed(converted)
    assert fields(result) == fields(lst)
    assert result.title == lst.title
    assert (converted.read_bytes(), converted.stat().st_mtime_ns) == before  # the user's file untouched


def test_wps_is_read_as_the_word_file_it_is(tmp_path, lists):
    binary = soffice_or_skip()
    lst = lists["qingdao"]
    doc = convert(binary, seed_docx(lst, tmp_path / "q.docx", grid=False), "doc", tmp_path)
    wps = tmp_path / "清单 副本.wps"
    wps.write_bytes(doc.read_bytes())
    assert sniff(wps) == "wps"
    assert fields(parsed(wps)) == fields(lst)


def _fake_soffice(tmp_path, body: str):
    script = tmp_path / "fake-soffice"
    script.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def test_libreoffice_missing_names_the_package(tmp_path, monkeypatch):
    path = tmp_path / "old.doc"
    path.write_bytes(OLE_WORD)
    monkeypatch.delenv("POLCMP_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice anywhere
    with pytest.raises(InputError, match=r"old\.doc: is a Word 97-2003 document \(\.doc\); reading it needs "
                                         r"LibreOffice.*libreoffice-writer-nogui"):
        read_document(path)


def test_hanging_libreoffice_is_killed_after_the_time_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("POLCMP_SOFFICE", _fake_soffice(tmp_path, "sleep 300 & wait"))
    path = tmp_path / "hang.doc"
    path.write_bytes(OLE_WORD)
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"hang\.doc: .*LibreOffice did not convert it within 1 s"):
        read_document(path, limits=ReadLimits(convert_seconds=1))
    assert time.perf_counter() - start < 5
    assert path.read_bytes() == OLE_WORD


def test_crashing_libreoffice(tmp_path, monkeypatch):
    monkeypatch.setenv("POLCMP_SOFFICE", _fake_soffice(tmp_path, "echo 'Segmentation fault' >&2; kill -SEGV $$"))
    path = tmp_path / "crash.odt"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 100)  # an unreadable zip named .odt
    with pytest.raises(InputError, match=r"crash\.odt: is an OpenDocument text \(\.odt\) that LibreOffice could not "
                                         r"convert \(killed by signal 11"):
        read_document(path)
    assert sorted(os.listdir(tmp_path)) == ["crash.odt", "fake-soffice"]  # nothing left beside it


def test_damaged_doc_is_named(tmp_path):
    soffice_or_skip()
    path = tmp_path / "damaged.doc"
    path.write_bytes(OLE_WORD)
    with pytest.raises(InputError, match=r"damaged\.doc: is a Word 97-2003 document \(\.doc\)"):
        read_document(path)
