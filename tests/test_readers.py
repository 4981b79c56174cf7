from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa.errors import InputError
from mtqa.io.readers import plan_inputs

KO = "제목\n\n정부는 3일 발표했다.\n"
EN = "Headline\n\nThe government announced on the 3rd.\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def folders(tmp_path: Path, ko: dict[str, str], en: dict[str, str]) -> tuple[Path, Path]:
    for name, text in ko.items():
        write(tmp_path / "ko" / name, text)
    for name, text in en.items():
        write(tmp_path / "en" / name, text)
    (tmp_path / "ko").mkdir(exist_ok=True)
    (tmp_path / "en").mkdir(exist_ok=True)
    return tmp_path / "ko", tmp_path / "en"


# --- two files -----------------------------------------------------------------------------


def test_two_files_make_one_pair(tmp_path: Path) -> None:
    src = write(tmp_path / "art-7.ko.txt", KO, "cp949")
    tgt = write(tmp_path / "art-7.en.txt", "\ufeff" + EN.replace("\n", "\r\n"))
    plan = plan_inputs(src, tgt)
    assert [s.doc_id for s in plan.items] == ["art-7.ko"]
    assert plan.unpaired == []
    pair = plan.items[0].load()
    assert (pair.source.lang, pair.target.lang) == ("ko", "en")
    assert pair.source.text == KO
    assert pair.target.raw.startswith("Headline\r\n")  # BOM dropped, CRLF kept in the raw text
    assert pair.target.text == EN
    assert pair.source.origin == str(src)
    assert pair.reference is None


def test_two_files_with_reference(tmp_path: Path) -> None:
    src, tgt = write(tmp_path / "a.txt", KO), write(tmp_path / "b.txt", EN)
    ref = write(tmp_path / "r.txt", "Reference text.")
    pair = plan_inputs(src, tgt, ref).items[0].load()
    assert pair.reference is not None
    assert pair.reference.text == "Reference text."
    assert pair.reference.lang == "en"


def test_forced_encoding_is_used_on_load(tmp_path: Path) -> None:
    src = write(tmp_path / "a.txt", KO, "utf-16-le")
    tgt = write(tmp_path / "b.txt", EN, "utf-16-le")
    pair = plan_inputs(src, tgt, encoding="utf-16-le").items[0].load()
    assert pair.source.text == KO


def test_planning_reads_no_text_and_load_names_the_bad_file(tmp_path: Path) -> None:
    src = write(tmp_path / "a.txt", KO)
    tgt = tmp_path / "b.txt"
    tgt.write_bytes(b"\x00\x01\x02binary")
    plan = plan_inputs(src, tgt)  # no error yet: nothing read
    with pytest.raises(InputError, match="binary") as info:
        plan.items[0].load()
    assert info.value.path == str(tgt)


def test_empty_translation_file_fails_on_load(tmp_path: Path) -> None:
    plan = plan_inputs(write(tmp_path / "a.txt", KO), write(tmp_path / "b.txt", "  \n"))
    with pytest.raises(InputError, match="empty"):
        plan.items[0].load()


# --- two folders ---------------------------------------------------------------------------


def test_folders_pair_by_name_and_report_unpaired(tmp_path: Path) -> None:
    ko, en = folders(
        tmp_path,
        {"001.txt": KO, "002.txt": KO, "only-ko.txt": KO, "notes.md": "x"},
        {"001.txt": EN, "002.TXT": EN, "only-en.txt": EN},
    )
    plan = plan_inputs(ko, en)
    assert [s.doc_id for s in plan.items] == ["001", "002"]
    missing = {(u.doc_id, u.missing) for u in plan.unpaired}
    assert missing == {("only-ko", "target"), ("only-en", "source")}
    origin = next(u.origin for u in plan.unpaired if u.doc_id == "only-ko")
    assert origin == str(ko / "only-ko.txt")
    pair = plan.items[1].load()
    assert pair.doc_id == "002"
    assert pair.target.origin == str(en / "002.TXT")


def test_folders_with_reference_folder(tmp_path: Path) -> None:
    ko, en = folders(tmp_path, {"1.txt": KO, "2.txt": KO}, {"1.txt": EN, "2.txt": EN})
    ref = tmp_path / "ref"
    write(ref / "1.txt", "Ref one.")
    write(ref / "9.txt", "Ref without source.")
    plan = plan_inputs(ko, en, ref)
    assert [s.doc_id for s in plan.items] == ["1", "2"]
    first, second = (s.load() for s in plan.items)
    assert first.reference is not None and first.reference.text == "Ref one."
    assert second.reference is None  # still checked, and reported
    assert {(u.doc_id, u.missing) for u in plan.unpaired} == {("2", "reference"), ("9", "source")}


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    ko, en = folders(tmp_path, {"1.txt": KO}, {"readme.md": "no text files"})
    with pytest.raises(InputError, match=r"no \.txt files") as info:
        plan_inputs(ko, en)
    assert info.value.path == str(en)


def test_duplicate_id_in_folder(tmp_path: Path) -> None:
    ko, en = folders(tmp_path, {"a.txt": KO, "a.TXT": KO}, {"a.txt": EN})
    with pytest.raises(InputError, match="duplicate id 'a'"):
        plan_inputs(ko, en)


@pytest.mark.parametrize("folder_side", ["source", "translation", "reference"])
def test_folder_and_file_mixed(tmp_path: Path, folder_side: str) -> None:
    ko, en = folders(tmp_path, {"1.txt": KO}, {"1.txt": EN})
    f_ko, f_en = write(tmp_path / "a.txt", KO), write(tmp_path / "b.txt", EN)
    if folder_side == "source":
        args = (ko, f_en, None)
    elif folder_side == "translation":
        args = (f_ko, en, None)
    else:
        args = (f_ko, f_en, ko)
    with pytest.raises(InputError, match="folder|file"):
        plan_inputs(*args)


@pytest.mark.parametrize("which", [0, 1, 2])
def test_missing_input_path(tmp_path: Path, which: int) -> None:
    paths = [write(tmp_path / "a.txt", KO), write(tmp_path / "b.txt", EN), tmp_path / "r.txt"]
    paths[which] = tmp_path / "missing.txt"
    with pytest.raises(InputError, match="not found") as info:
        plan_inputs(*paths)
    assert info.value.path == str(tmp_path / "missing.txt")


# --- manifests -----------------------------------------------------------------------------


def test_csv_manifest_inline_text_paths_and_metadata(tmp_path: Path) -> None:
    write(tmp_path / "articles" / "k2.txt", KO)
    manifest = write(
        tmp_path / "batch.csv",
        "id,source,translation,desk,priority\n"
        '1,"첫 문장이다.\n둘째 문장이다.","First sentence.\nSecond one.",politics,1\n'
        "2,articles/k2.txt,Second article.,economy,\n"
        "3,출처만 있다.,,sports,2\n"
        f"4,{'가' * 200}.,{'A' * 300}/x.,,\n",
    )
    plan = plan_inputs(manifest, None)
    assert [s.doc_id for s in plan.items] == ["1", "2", "4"]
    first, second, long_line = (s.load() for s in plan.items)
    assert long_line.source.text == "가" * 200 + "."  # too long for a file name: it is text
    assert first.source.text == "첫 문장이다.\n둘째 문장이다."
    assert first.source.origin == f"{manifest}:row 1"
    assert first.meta == {"desk": "politics", "priority": "1"}
    assert second.source.text == KO
    assert second.source.origin == str(tmp_path / "articles" / "k2.txt")
    assert second.target.origin == f"{manifest}:row 2"
    [unpaired] = plan.unpaired
    assert (unpaired.doc_id, unpaired.missing, unpaired.origin) == (
        "3",
        "target",
        f"{manifest}:row 3",
    )


def test_tsv_manifest_with_reference_column(tmp_path: Path) -> None:
    manifest = write(
        tmp_path / "m.tsv",
        "id\tsource\ttranslation\treference\na\t가나다.\tABC.\tReference A.\nb\t라마바.\tDEF.\t\n",
    )
    plan = plan_inputs(manifest, None)
    a, b = (s.load() for s in plan.items)
    assert a.reference is not None and a.reference.text == "Reference A."
    assert b.reference is None
    assert [(u.doc_id, u.missing) for u in plan.unpaired] == [("b", "reference")]


def test_jsonl_manifest(tmp_path: Path) -> None:
    rows = [
        {"id": 7, "source": "가나다.", "translation": "ABC.", "url": "https://x/7"},
        {"id": 8, "source": "라마바.", "url": None},
    ]
    manifest = write(tmp_path / "m.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    plan = plan_inputs(manifest, None)
    [spec] = plan.items
    assert spec.doc_id == "7"
    assert spec.load().meta == {"url": "https://x/7"}
    assert [(u.doc_id, u.missing) for u in plan.unpaired] == [("8", "target")]


def test_cp949_manifest(tmp_path: Path) -> None:
    manifest = write(tmp_path / "m.csv", "id,source,translation\nx,한국어 기사.,Korean.\n", "cp949")
    assert plan_inputs(manifest, None).items[0].load().source.text == "한국어 기사."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,source\n1,가\n", "missing required column(s): translation"),
        ("doc,text\n1,가\n", "missing required column(s): id, source, translation"),
        ("id,source,translation\n1,가,A\n1,나,B\n", "duplicate id '1' (rows 1 and 2)"),
        ("id,source,translation\n,가,A\n", "row 1 has an empty id"),
        ("id,source,translation\n", "manifest has no rows"),
        ('id,source,translation\n1,"unclosed,A\n', "cannot read manifest"),
        ("id,source,translation\n1,missing/file.txt,A\n", "row 1: source file"),
    ],
)
def test_bad_csv_manifest(tmp_path: Path, content: str, message: str) -> None:
    manifest = write(tmp_path / "m.csv", content)
    with pytest.raises(InputError) as info:
        plan_inputs(manifest, None)
    assert message in str(info.value)
    assert info.value.path == str(manifest)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": 1, "source": "a", "translation": "b"}\n{"id": 2, "source": \n', "line 2: "),
        ('{"id": 1, "source": "a", "translation": "b"}\n\n[1, 2]\n', "line 3 is not a JSON object"),
        ('{"id": 1, "source": "a"}\n', "missing required column(s): translation"),
    ],
)
def test_bad_jsonl_manifest(tmp_path: Path, content: str, message: str) -> None:
    manifest = write(tmp_path / "m.jsonl", content)
    with pytest.raises(InputError) as info:
        plan_inputs(manifest, None)
    assert message in str(info.value)


def test_binary_manifest(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_bytes(b"\x00\x01\x02\x03")
    with pytest.raises(InputError, match="binary"):
        plan_inputs(manifest, None)


def test_source_alone_must_be_a_manifest(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="must be a manifest"):
        plan_inputs(write(tmp_path / "a.txt", KO), None)
    (tmp_path / "ko").mkdir()
    with pytest.raises(InputError, match="needs a folder of translations"):
        plan_inputs(tmp_path / "ko", None)


def test_manifest_rejects_reference_option_and_translation(tmp_path: Path) -> None:
    manifest = write(tmp_path / "m.csv", "id,source,translation\n1,가,A\n")
    other = write(tmp_path / "r.txt", EN)
    with pytest.raises(InputError, match="'reference' column"):
        plan_inputs(manifest, None, other)
    with pytest.raises(InputError, match="omit TRANSLATION"):
        plan_inputs(manifest, other)
