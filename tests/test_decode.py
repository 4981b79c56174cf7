from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from mtqa.errors import InputError
from mtqa.io.decode import decode, read_text
from mtqa.records import Document

KO = "서울 = 정부는 3일 경제가 3.5% 성장했다고 밝혔다.\r\n“우리는 간다.”\r\n"


@pytest.mark.parametrize(
    "data",
    [
        KO.encode("utf-8"),
        codecs.BOM_UTF8 + KO.encode("utf-8"),
        codecs.BOM_UTF16_LE + KO.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + KO.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + KO.encode("utf-32-le"),
        KO.replace("“", '"').replace("”", '"').encode("cp949"),
        KO.replace("“", '"').replace("”", '"').encode("euc-kr"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "cp949", "euc-kr"],
)
def test_decodes_supported_encodings_and_drops_bom(data: bytes) -> None:
    text = decode(data, "a.txt")
    assert not text.startswith("\ufeff")
    assert text.replace("“", '"').replace("”", '"') == KO.replace("“", '"').replace("”", '"')


def test_crlf_is_kept_and_offsets_map_back() -> None:
    text = decode(KO.encode("utf-8"), "a.txt")
    assert "\r\n" in text
    doc = Document.from_text("a", text, "ko")
    i = doc.text.index("“")
    assert doc.raw[doc.original_span(i, i + 1)[0]] == "“"


def test_cp949_only_characters() -> None:
    # "똠방각하" uses syllables outside EUC-KR's 2,350 but inside CP949.
    text = "똠방각하 기사입니다."
    assert decode(text.encode("cp949"), "a.txt") == text


@pytest.mark.parametrize(
    ("encoding", "data", "expected"),
    [
        ("cp949", "한국어".encode("cp949"), "한국어"),
        ("utf-16-le", "뉴스 text".encode("utf-16-le"), "뉴스 text"),
        ("utf-8", codecs.BOM_UTF8 + b"plain", "plain"),
        ("latin-1", "café".encode("latin-1"), "café"),
    ],
)
def test_forced_encoding(encoding: str, data: bytes, expected: str) -> None:
    assert decode(data, "a.txt", encoding) == expected


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        (b"", None, "file is empty"),
        (b" \r\n\t\n", None, "only whitespace"),
        (codecs.BOM_UTF8, None, "only whitespace"),
        ("\u3000\n".encode(), None, "only whitespace"),
        (b"abc\x00def", None, "NUL bytes"),
        ("news 뉴스".encode("utf-16-le"), None, "UTF-16 without a byte-order mark"),
        (bytes(range(1, 32)) * 20 + b"text", None, "control bytes"),
        (
            codecs.BOM_UTF16_LE + ("\x01\x02\x03" * 20 + "ok").encode("utf-16-le"),
            None,
            "control characters",
        ),
        (b"ok \xff\xfe\xfa", None, "UTF-8 (bad byte 0xff at offset 3)"),
        (b"ok \xff\xfe\xfa", None, "CP949/EUC-KR (bad byte 0xff at offset 3)"),
        # Valid CP949 byte pairs, but Hanja rather than Hangul: not believed to be Korean text.
        ("漢字漢字".encode("cp949"), None, "not Korean text"),
        (b"ok \xc3", "utf-8", "cannot decode as utf-8: bad byte 0xc3 at offset 3"),
        (b"text", "no-such-codec", "unknown encoding 'no-such-codec'"),
    ],
)
def test_bad_bytes_raise_one_line_error(data: bytes, encoding: str | None, message: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, "dir/article.txt", encoding)
    text = str(info.value)
    assert text.startswith("dir/article.txt: ")
    assert message in text
    assert "\n" not in text


def test_read_text_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(KO.encode("cp949", errors="replace"))
    assert read_text(path).startswith("서울")


def test_read_text_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found") as info:
        read_text(tmp_path / "nope.txt")
    assert info.value.path == str(tmp_path / "nope.txt")


def test_read_text_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)


def test_read_text_names_the_file_on_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary") as info:
        read_text(path)
    assert info.value.path == str(path)
