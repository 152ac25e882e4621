"""The web page end to end: a real `qkg serve` process over the example corpus, driven by
headless Chromium (Debian's, at /usr/bin/chromium: skipped without it, a failure under CI=true).
Leaves a screenshot in test-artifacts/api-page.png."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_browser import ARTIFACTS

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(data: Path, keys: str, log: Path, *options: str) -> Iterator[str]:
    """`qkg serve` (with `options`) on a free port in its own process, once /health answers;
    yields its URL, stops it after."""
    port = free_port()
    env = os.environ | {"QKG_DATA": str(data), "QKG_API_KEYS": keys}
    command = [sys.executable, "-c", "from cli.app import main; main()", "serve"]
    command += ["--port", str(port), *options]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(url + "/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"qkg serve did not start: {log.read_text()}") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture()
def server(
    store_copy: Path, api_keys: dict[str, str], tmp_path: Path
) -> Iterator[tuple[str, Path]]:
    """`qkg serve` over a copy of the example store; yields its URL and its log file."""
    log = tmp_path / "serve.log"
    with serving(store_copy, api_keys["config"], log) as url:
        yield url, log


def test_api_page_finds_people_and_evidence_in_chromium(
    chromium: Path, server: tuple[str, Path], api_keys: dict[str, str]
) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, log = server
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "api-page.png"
    shot.unlink(missing_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 1400})
        page.set_default_timeout(30_000)
        expect.set_options(timeout=30_000)  # the first question builds the indexes
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        try:
            page.goto(url + "/")
            expect(page.locator("html")).to_have_attribute("lang", "en-GB")
            # Without a key, searching asks for one.
            page.get_by_label("Challenge or topic").fill("peer support")
            page.get_by_role("button", name="Search").click()
            expect(page.locator("#status")).to_have_text("Enter an API key first.")
            # Every control is found by its label; the key form and the search by keyboard.
            page.get_by_label("Your API key").fill(api_keys["read"])
            page.keyboard.press("Enter")
            expect(page.locator("#status")).to_have_text("Key set for this tab.")
            page.get_by_label("Boundary to cross").select_option("nation")
            page.get_by_label("Your nation (optional)").select_option("Scotland")
            page.get_by_label("Challenge or topic").focus()
            page.keyboard.press("Enter")

            people = page.locator("#people > li")
            expect(people.first).to_be_visible()
            declan = people.filter(has=page.get_by_role("heading", name="Declan Quinn"))
            expect(declan).to_have_count(1)
            expect(declan).to_contain_text("Northern Ireland")
            expect(declan.locator(".why")).to_contain_text("Why: Declan Quinn")
            expect(declan.locator("blockquote").first).to_be_visible()
            expect(page.locator("#people")).not_to_contain_text("Nation Scotland")
            expect(page.locator("#people-note")).to_contain_text("Crossing the nation boundary")

            evidence = page.locator("#evidence-section")
            expect(evidence.locator("#coverage tbody tr")).to_have_count(5)
            wales = evidence.locator("#coverage tbody tr").filter(has_text="Wales")
            expect(wales.locator("td")).to_have_text("4")  # examples/: 4 items cover Wales
            expect(evidence.locator("#gaps")).to_have_text("Evidence from all four nations.")
            expect(evidence.locator("#evidence > li").first).to_contain_text("Score")
            page.screenshot(path=str(shot))

            # A quote's document link opens the document's own view.
            link = declan.locator("blockquote cite a").first
            name = link.inner_text()
            link.click()
            doc = page.locator("#document-section")
            expect(doc).to_be_visible()
            expect(doc.locator("#document-facts")).to_contain_text(name)
            expect(doc.locator("#document-quotes li").first).to_be_visible()

            # Another boundary: it needs a person to cross from, then keeps their profession out.
            page.get_by_label("Boundary to cross").select_option("profession")
            page.get_by_label("Your nation (optional)").select_option("")
            page.get_by_role("button", name="Search").click()
            expect(page.locator("#status")).to_contain_text("needs a person to cross from")
            expect(page.get_by_label("Cross from this person (optional)")).to_be_focused()
            page.keyboard.type("Callum MacLeod")
            page.keyboard.press("Enter")
            expect(page.locator("#people-note")).to_contain_text(
                "Crossing the profession boundary from Callum MacLeod"
            )
            expect(people.first).to_be_visible()
            professions = page.locator("#people dt:text-is('Profession') + dd")
            expect(professions.first).to_be_visible()
            expect(professions.filter(has_text="peer support worker")).to_have_count(0)

            # An unknown topic: the API's "did you mean" on the page.
            page.get_by_label("Challenge or topic").fill("pear supprt")
            page.get_by_role("button", name="Search").click()
            expect(page.locator("#status")).to_contain_text("did you mean: peer support")
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "api-page-failed.png"), full_page=True)
            raise
        finally:
            browser.close()
    assert shot.exists()
    served = log.read_text()
    assert "GET /api/connect?asked=peer+support" in served  # the access log is on...
    assert api_keys["read"] not in served and api_keys["write"] not in served  # ...without keys
    assert not [e for e in errors if "404" not in e], errors
