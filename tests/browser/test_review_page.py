"""The report as an editor uses it, in headless Chromium (Debian's /usr/bin/chromium)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mtqa.gate import GatePolicy
from mtqa.records import Severity
from mtqa.report import ReportWriter
from mtqa.report.sample import make_document, make_hostile_document, make_run

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
CHROMIUM = next(
    (p for p in ("/usr/bin/chromium", shutil.which("chromium")) if p and Path(p).exists()), None
)
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path(__file__).resolve().parents[2] / "reports" / "screenshots"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "report"
    w = ReportWriter(
        out, make_run(), GatePolicy(fail_on=Severity.MAJOR, min_qe=0.5), {"html", "json"}
    )
    for i in range(8):
        w.add(make_document(i, sentences=10, reference=i % 2 == 1, crlf=i == 3))
    w.add(make_hostile_document())
    w.close(
        {
            "paired": 9,
            "unpaired": [{"doc_id": "lost", "missing": "target", "origin": "ko/lost.txt"}],
            "errors": [],
        }
    )
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("no chromium binary (apt-get install -y chromium chromium-driver)")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A page plus everything it logged, dialogs it tried to open and requests it made."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(
            viewport={"width": 1400, "height": 900}, accept_downloads=True
        )
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on(
            "console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text)
        )
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / name))


@pytest.fixture()
def tab(browser: Any) -> Iterator[Page]:
    t = Page(browser)
    yield t
    t.context.close()
    assert t.errors == []
    assert all(u.startswith(("file://", "blob:", "data:")) for u in t.requests), t.requests


def qe_column(page: Any) -> list[float]:
    cells = page.locator("#docs tbody tr td:nth-child(3)").evaluate_all(
        "cs => cs.map(c => c.getAttribute('data-v'))"
    )
    return [float(v) for v in cells if v]


def test_dashboard_sorts_filters_and_links(tab: Page, report: Path) -> None:
    page = tab.page
    page.goto((report / "index.html").as_uri())
    assert page.locator("#docs tbody tr").count() == 9
    first = page.locator("#docs tbody tr").first
    assert first.get_attribute("data-gate") == "fail"  # worst first
    assert "1 unpaired" in page.inner_text("body") and "intfloat" in page.inner_text("body")
    page.get_by_role("button", name="QE").click()
    asc = qe_column(page)
    assert asc == sorted(asc) and page.locator("th[aria-sort=ascending]").count() == 1
    page.get_by_role("button", name="QE").click()
    assert qe_column(page) == sorted(asc, reverse=True)
    tab.shot("dashboard.png")
    page.select_option("#gate", "pass")
    visible = page.locator("#docs tbody tr:not([hidden])")
    assert all(visible.nth(i).get_attribute("data-gate") == "pass" for i in range(visible.count()))
    page.select_option("#gate", "")
    page.fill("#q", "news-00002")
    assert page.locator("#docs tbody tr:not([hidden])").count() == 1
    page.locator("#docs tbody tr:not([hidden]) a").click()
    page.wait_for_load_state()
    assert page.url.endswith("articles/news-00002.html")
    assert "news-00002" in page.inner_text("header")


def test_review_filters_keyboard_and_notes(tab: Page, report: Path) -> None:
    page = tab.page
    page.goto((report / "articles" / "news-00000.html").as_uri())
    total = page.locator("li.fitem").count()
    assert total >= 4
    assert page.locator("tr.gap-omitted").count() >= 1 and page.locator("tr.gap-added").count() >= 1
    assert "Not translated" in page.inner_text("tr.gap-omitted")
    page.locator("input.f-sev[value=minor]").uncheck()
    assert page.locator("li.fitem.sev-minor:not([hidden])").count() == 0
    shown = page.locator("li.fitem:not([hidden])").count()
    assert f"Showing {shown} of {total}" in page.inner_text("#shown")
    # Marks whose only findings are minor are switched off and leave the tab order.
    off = page.locator("mark.hl.off")
    assert off.count() >= 1 and off.first.get_attribute("tabindex") == "-1"
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    current = page.locator("li.fitem.current")
    assert current.count() == 1
    n1 = current.get_attribute("data-n")
    focused = page.evaluate(
        "document.activeElement.tagName + ' ' + document.activeElement.className"
    )
    assert focused.startswith("MARK") and "current" in focused
    tip = page.locator("#tip")
    assert tip.is_visible()
    code = page.locator(f"li#item-f{n1}").get_attribute("data-code")
    assert code and code in tip.inner_text()
    page.keyboard.press("n")
    n2 = page.locator("li.fitem.current").get_attribute("data-n")
    assert n2 != n1
    tab.shot("review-next-finding.png")
    page.keyboard.press("k")
    assert page.locator("li.fitem.current").get_attribute("data-n") == n1
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    # Hover also explains a span.
    page.locator("mark.hl:not(.off)").first.hover()
    assert tip.is_visible()
    page.select_option("#f-cat", "Accuracy/Omission")
    cats = page.locator("li.fitem:not([hidden])").evaluate_all(
        "ls => ls.map(l => l.dataset.category)"
    )
    assert cats and set(cats) == {"Accuracy/Omission"}


def test_decisions_persist_and_export(tab: Page, report: Path) -> None:
    page = tab.page
    url = (report / "articles" / "news-00000.html").as_uri()
    page.goto(url)
    data = json.loads(page.locator("#mtqa-data").text_content() or "{}")
    shown = page.locator("li.fitem:not([hidden])").evaluate_all("ls => ls.map(l => l.id)")
    a, b = shown[0], shown[1]
    f1, f2 = (data["findings"][int(i.removeprefix("item-f")) - 1] for i in (a, b))
    page.locator(f"#{a} button.accept").click()
    page.locator(f"#{b} input.comment").fill("name is right, romanization rule differs")
    page.locator(f"#{b} button.dismiss").click()
    assert page.locator(f"#{a} button.accept").get_attribute("aria-pressed") == "true"
    page.reload()
    assert page.locator(f"#{b} button.dismiss").get_attribute("aria-pressed") == "true"
    assert page.locator(f"#{b}.st-dismissed").count() == 1
    tab.shot("review-decisions.png")
    with page.expect_download() as info:
        page.locator("#export").click()
    exported = json.loads(Path(info.value.path()).read_text("utf-8"))
    assert exported["schema"] == "mtqa.decisions/1"
    got = {d["fingerprint"]: d for d in exported["decisions"]}
    assert got[f1["fingerprint"]]["decision"] == "accept"
    assert got[f2["fingerprint"]]["decision"] == "dismiss"
    assert got[f2["fingerprint"]]["comment"] == "name is right, romanization rule differs"
    assert got[f1["fingerprint"]]["code"] == f1["code"]
    assert got[f1["fingerprint"]]["target_text"] == f1["target_text"]
    assert all(d["doc_id"] == "news-00000" and d["decided_at"] for d in got.values())
    # Clicking a pressed button again takes the decision back; the dashboard exports the rest.
    page.locator(f"#{a} button.accept").click()
    page.goto((report / "index.html").as_uri())
    with page.expect_download() as info:
        page.locator("#export-all").click()
    everything = json.loads(Path(info.value.path()).read_text("utf-8"))["decisions"]
    assert [d["fingerprint"] for d in everything] == [f2["fingerprint"]]


def test_print_stylesheet_hides_controls(tab: Page, report: Path) -> None:
    page = tab.page
    page.goto((report / "articles" / "news-00001.html").as_uri())
    page.emulate_media(media="print")
    assert not page.locator(".toolbar").is_visible()
    assert not page.locator("#export").is_visible()
    assert page.locator("li.fitem").first.is_visible()


def test_hostile_text_renders_as_text(tab: Page, report: Path) -> None:
    page = tab.page
    page.goto((report / "index.html").as_uri())
    link = page.locator("#docs a", has_text="evil")
    link.click()
    page.wait_for_load_state()
    page.wait_for_timeout(200)
    assert tab.dialogs == []
    body = page.inner_text("body")
    assert '<script>alert("ko")</script>' in body and "<img src=x onerror=alert(1)>" in body
    assert page.locator("img, svg, b, i").count() == 0
    # The right-to-left override in the id stays inside its element.
    assert page.locator("header code").evaluate("e => getComputedStyle(e).unicodeBidi") == "isolate"
    assert "Gate:" in page.inner_text("header")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"]  # a 5,000-letter word breaks no layout
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    assert "</script><script>" in page.inner_text("#tip")
    tab.shot("review-hostile.png")
    assert tab.dialogs == []
