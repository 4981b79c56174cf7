from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.config import RunConfig, find_config, load_config
from mtqa.errors import ConfigError


def test_pyproject_tool_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname="x"\n[tool.mtqa]\nselect=["mt3", "MT401"]\nignore="MT103"\n'
        'termbase="terms.csv"\n[tool.mtqa.gate]\nfail_on="major"\nmin_qe=0.4\n',
        encoding="utf-8",
    )
    cfg = load_config(find_config(tmp_path))
    assert cfg.select == ("MT3", "MT401")
    assert cfg.ignore == ("MT103",)
    assert cfg.termbase == tmp_path / "terms.csv"
    assert cfg.gate == {"fail_on": "major", "min_qe": 0.4}


def test_mtqa_toml_top_level_and_cli_override(tmp_path: Path) -> None:
    p = tmp_path / "mtqa.toml"
    p.write_text('aligner = "length"\nqe = "none"\n[gate]\nfail_on = "critical"\n', "utf-8")
    cfg = load_config(p)
    assert cfg.aligner == "length" and cfg.qe is None
    over = cfg.with_options(aligner="embedding", select=(), gate={"min_qe": 0.3})
    assert over.aligner == "embedding"
    assert over.select == ()
    assert over.gate == {"fail_on": "critical", "min_qe": 0.3}


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    assert find_config(tmp_path) is None or find_config(tmp_path) != tmp_path / "mtqa.toml"
    assert RunConfig().aligner == "embedding"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("aligner = 'nope'\n", "aligner must be one of"),
        ("colour = 'red'\n", "unknown [tool.mtqa] key(s): colour"),
        ("formats = ['pdf']\n", "unknown format(s) pdf"),
        ("select = 3\n", "must be a list of rule codes"),
        ("this is not toml", "not valid TOML"),
    ],
)
def test_bad_config_is_one_line_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "mtqa.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(p)
    assert message in str(err.value)
    assert str(p) in str(err.value)
    assert "\n" not in str(err.value)
