"""A resident's journey in a real browser (Playwright driving Debian's chromium) over the imported seeds.

Home page → search "Better Care Fund" → open a hit → land on the paragraph →
follow it to the highlighted source line; then open a person and read their
attendance rate.  No JavaScript is needed by the pages; the browser checks
what a reader sees (anchors scrolled into view, the cited line highlighted).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.seeds import import_seeds

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
CITED_BACKGROUND = "rgb(255, 247, 191)"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium"),
]


@pytest.fixture
def seeded_server(live_server: Any, transactional_db: None) -> str:
    import_seeds()  # before the browser starts: Playwright's event loop forbids ORM calls in this thread
    return str(live_server.url)


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(CHROMIUM), args=ARGS, headless=True,
            viewport={"width": 1280, "height": 900},
        )  # fmt: skip
        try:
            yield context.new_page()
        finally:
            context.close()


def test_search_hit_to_paragraph_to_source_line_then_a_persons_attendance(
    seeded_server: str, page: Any
) -> None:
    from playwright.sync_api import expect

    page.goto(seeded_server + "/")
    page.get_by_label("Search minutes, resolutions, actions and reports").fill("Better Care Fund")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name=re.compile(r"\d+ results? for"))).to_be_visible()

    hit = page.locator("li.hit h3 a[href*='#p-']").first
    anchor = hit.get_attribute("href").split("#")[1]
    hit.click()
    paragraph = page.locator(f"#{anchor}")
    expect(page).to_have_url(re.compile(f"#{anchor}$"))
    expect(paragraph).to_be_in_viewport()
    item = paragraph.locator(
        "xpath=ancestor::div[contains(@class, 'item')]"
    )  # the words match the paragraph or its item
    expect(item).to_contain_text(re.compile("Better Care Fund", re.I))
    meeting_url = page.url.split("#")[0]

    paragraph.locator("a.source-link").click()
    cited = page.locator("tr.cited")
    expect(cited).to_have_count(1)
    expect(cited).to_be_in_viewport()
    line = re.search(r"#L(\d+)$", page.url)
    assert line is not None and cited.get_attribute("id") == f"L{line.group(1)}"
    assert cited.evaluate("row => getComputedStyle(row).backgroundColor") == CITED_BACKGROUND

    page.goto(meeting_url)
    page.locator("#attendance").locator("xpath=..").locator("li a").first.click()
    expect(page.get_by_role("heading", name="Attendance rate")).to_be_visible()
    expect(page.get_by_test_id("attendance-rate")).to_have_text(re.compile(r"^\d{1,3}%$"))


def test_pages_work_by_keyboard_skip_link_first(seeded_server: str, page: Any) -> None:
    from playwright.sync_api import expect

    page.goto(seeded_server + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main-content$"))
