"""The page's screens end to end in headless Chromium (Debian's, at /usr/bin/chromium: skipped
without it, a failure under CI=true), over a real `qkg serve` process on the example corpus:
the evidence and gap map (its planted gaps, a click listing the right evidence, filters, the
keyboard, a phone's width, updating after an upload), the standalone map file opened from disk
with networking off, the review of unsure pairs (a ruling changes the next answer and survives
re-ingest) and the neighbourhood view. Writes the README's screenshots to docs/screens/."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from cli.app import app
from tests.conftest import ROOT
from tests.test_api_browser import serving
from tests.test_browser import ARTIFACTS

pytestmark = pytest.mark.slow

SCREENS = ROOT / "docs" / "screens"
DESKTOP = {"width": 1280, "height": 720}
PHONE = {"width": 390, "height": 844}

SCOTTISH_EVIDENCE = """---
title: Social prescribing link workers in Fife and Tayside
kind: evidence
date: 2024-06-01
publisher: Public Health Scotland
nation: Scotland
topics: [social prescribing]
---
# Social prescribing link workers in Fife and Tayside

This evaluation followed social prescribing link workers in GP practices in Fife and Tayside
for a year. People referred to community groups through social prescribing reported less
loneliness after three months.
"""

DIRECTORY = """name,role,organisation,profession,sector,nation,email,consent,expertise
Katherine Ormerod,Improvement Lead,Hywel Dda University Health Board,,NHS,Wales,k.ormerod@example.org,yes,peer support
Kathryn Ormerod,Evaluation Officer,Public Health Wales,,NHS,Wales,kathryn.o@example.net,yes,evaluation
Niamh Corrigan,Service Manager,Western Health and Social Care Trust,,NHS,Northern Ireland,niamh.c@example.org,yes,carers
Niamh Corrigan,Peer Worker,Southern Health and Social Care Trust,,NHS,Northern Ireland,ncorrigan@example.net,yes,recovery
"""  # noqa: E501
ANOTHER_ROW = "Rhodri Vaughan,Peer Worker,Mind Cymru,,voluntary,Wales,rhodri.v@example.org,yes,\n"


@pytest.fixture()
def served(store_copy: Path, api_keys: dict[str, str], tmp_path: Path) -> Iterator[str]:
    with serving(store_copy, api_keys["config"], tmp_path / "serve.log") as url:
        yield url


@pytest.fixture()
def browser(chromium: Path) -> Iterator[Any]:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)  # the first answer builds the indexes
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox"])
        yield launched
        launched.close()


def open_page(browser: Any, url: str, key: str, errors: list[str], **context: Any) -> Any:
    page = browser.new_context(viewport=DESKTOP, **context).new_page()
    page.set_default_timeout(30_000)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url + "/")
    page.get_by_label("Your API key").fill(key)
    page.keyboard.press("Enter")
    return page


def upload(url: str, key: str, name: str, text: str) -> dict[str, Any]:
    response = httpx.post(
        url + "/api/documents",
        files=[("files", (name, text.encode("utf-8"), "application/octet-stream"))],
        headers={"Authorization": f"Bearer {key}"},
        timeout=180,
    )
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    assert not answer["errors"], answer
    return answer


def served_learning(url: str, key: str, row: str, nation: str) -> int:
    """How many learning statements the served map's cell holds (GET /api/map)."""
    response = httpx.get(url + "/api/map", headers={"Authorization": f"Bearer {key}"}, timeout=60)
    assert response.status_code == 200, response.text
    found = next(r for r in response.json()["rows"] if r["name"] == row)
    return len(found["cells"][nation]["learning"])


def cell(page: Any, row: str, nation: str) -> Any:
    line = page.locator("table.evidence-map tbody tr").filter(
        has=page.get_by_role("rowheader", name=row, exact=True)
    )
    return line.locator(f'td[data-nation="{nation}"]')


def shoot(page: Any, name: str, heading: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.locator(heading).evaluate("e => e.scrollIntoView()")
    page.screenshot(path=str(SCREENS / name))


def fits(page: Any) -> None:
    """The page does not scroll sideways at a phone's width (once it has redrawn)."""
    page.wait_for_function(
        "(width) => document.documentElement.scrollWidth <= width", arg=PHONE["width"]
    )


def failed(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_screens_map_shows_gaps_lists_evidence_and_follows_uploads(
    browser: Any, served: str, api_keys: dict[str, str]
) -> None:
    from playwright.sync_api import expect

    errors: list[str] = []
    page = open_page(browser, served, api_keys["read"], errors)
    try:
        expect(page.locator("table.evidence-map")).to_be_visible()
        # the planted gaps (examples/README.md): long-term conditions only from Scotland,
        # social prescribing from England and Wales
        for nation in ("England", "Wales", "Northern Ireland"):
            expect(cell(page, "long-term conditions", nation)).to_have_class("gap")
            expect(cell(page, "long-term conditions", nation).locator(".count")).to_have_text("gap")
        scotland = cell(page, "long-term conditions", "Scotland")
        expect(scotland.locator(".count")).to_have_text("2")
        learned = served_learning(served, api_keys["read"], "long-term conditions", "Scotland")
        assert learned > 0  # the extraction decides how many; the screen must say that many
        expect(scotland.get_by_role("button")).to_have_attribute(
            "aria-label", "long-term conditions, Scotland: 2 evidence documents, "
            f"{learned} learning statements, 1 workshop",
        )  # fmt: skip
        expect(cell(page, "social prescribing", "Scotland")).to_have_class("gap")
        expect(cell(page, "social prescribing", "Northern Ireland")).to_have_class("gap")
        expect(cell(page, "social prescribing", "Wales").locator(".count")).to_have_text("1")
        shoot(page, "map.png", "#map-heading")

        # a click lists the cell's evidence, with quotes and a link to each document
        scotland.get_by_role("button").click()
        detail = page.locator(".map-detail")
        expect(
            detail.get_by_role("heading", name="long-term conditions — Scotland")
        ).to_be_visible()
        cards = detail.locator(".map-evidence > li")
        expect(cards).to_have_count(2)
        expect(cards.filter(has_text="a rapid evidence review")).to_have_count(1)
        expect(cards.filter(has_text="pulmonary rehabilitation")).to_have_count(1)
        expect(cards.filter(has_text="a rapid evidence review")).to_contain_text(
            "“Diabetes self-management has the strongest evidence among long-term conditions.”"
        )
        rehab = cards.filter(has_text="Musselburgh")  # (the review names pulmonary rehab too)
        expect(rehab.locator("blockquote")).to_have_count(2)
        expect(rehab).to_contain_text(  # its sentences on COPD and pulmonary rehab,
            "“In 2022 the pulmonary rehabilitation class in Musselburgh"
        )  # narrower topics of long-term conditions
        link = cards.filter(has_text="a rapid evidence review").get_by_role("link")
        expect(link).to_have_text("2023-his-peer-support-rapid-review.pdf")
        link.click()
        expect(page.locator("#document-section")).to_be_visible()
        expect(page.locator("#document-facts")).to_contain_text("rapid-review")

        # filters: evidence type, then years
        page.get_by_label("Evidence type").select_option("review")
        expect(scotland.locator(".count")).to_have_text("1")
        expect(page.locator(".map-summary")).to_contain_text("(filtered)")
        page.get_by_label("Evidence type").select_option("")
        page.get_by_label("From year", exact=True).select_option("2024")
        expect(scotland.locator(".count")).to_have_text("none")
        page.get_by_label("From year", exact=True).select_option("2022")
        expect(scotland.locator(".count")).to_have_text("2")

        # by keyboard: a cell's button takes focus, arrows move, Enter opens
        scotland.get_by_role("button").focus()
        page.keyboard.press("ArrowLeft")
        expect(cell(page, "long-term conditions", "England").get_by_role("button")).to_be_focused()
        page.keyboard.press("ArrowRight")
        page.keyboard.press("Enter")
        expect(detail).to_be_focused()
        expect(detail).to_contain_text("2 evidence documents")

        # an upload (evidence on social prescribing in Scotland) fills that gap on the page
        upload(served, api_keys["write"], "phs-social-prescribing.md", SCOTTISH_EVIDENCE)
        expect(cell(page, "social prescribing", "Scotland").locator(".count")).to_have_text(
            "1", timeout=60_000
        )
        expect(cell(page, "social prescribing", "Scotland")).to_have_class("has")
        expect(page.locator("#map-status")).to_have_text("The map was updated: the store changed.")

        # a phone's width: the page does not scroll sideways, the map scrolls in its own box
        page.set_viewport_size(PHONE)
        expect(cell(page, "long-term conditions", "UK")).to_be_attached()
        fits(page)
        page.locator("#map-heading").evaluate("e => e.scrollIntoView()")
        page.screenshot(path=str(SCREENS / "map-phone.png"))
    except Exception:
        failed(page, "screens-map-failed.png")
        raise
    assert not [e for e in errors if "404" not in e], errors


def test_screens_standalone_map_opens_from_a_file_with_networking_off(
    browser: Any, store_copy: Path, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    out = tmp_path / "map.html"
    result = CliRunner().invoke(app, ["gaps", "--html", str(out), "--data", str(store_copy)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.output
    context = browser.new_context(viewport=DESKTOP, offline=True)
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(out.as_uri())
    try:
        expect(cell(page, "long-term conditions", "Wales")).to_have_class("gap")
        expect(cell(page, "long-term conditions", "Scotland").locator(".count")).to_have_text("2")
        cell(page, "long-term conditions", "Scotland").get_by_role("button").click()
        expect(page.locator(".map-evidence > li")).to_have_count(2)
        expect(page.locator(".map-evidence")).to_contain_text(
            "2023-his-peer-support-rapid-review.pdf"
        )
        page.get_by_label("Publisher sector").select_option("academic")
        expect(page.locator(".map-summary")).to_contain_text("(filtered)")
    except Exception:
        failed(page, "screens-standalone-failed.png")
        raise
    assert requests == [out.as_uri()], requests  # the file itself, and nothing else
    assert not errors, errors


def test_screens_review_rulings_change_the_answer_and_survive_reingest(
    browser: Any, served: str, api_keys: dict[str, str]
) -> None:
    from playwright.sync_api import expect

    upload(served, api_keys["write"], "review-directory.csv", DIRECTORY)
    errors: list[str] = []
    page = open_page(browser, served, api_keys["write"], errors)
    try:
        page.get_by_role("button", name="Show the pairs to review").click()
        pairs = page.locator("#review-list > li")
        ormerod = pairs.filter(has_text="Kathryn Ormerod")
        expect(ormerod).to_have_count(1)
        expect(ormerod).to_contain_text("Hywel Dda University Health Board")
        expect(ormerod).to_contain_text("review-directory.csv")
        corrigan = pairs.filter(has_text="Niamh Corrigan (Western Health and Social Care Trust)")
        expect(corrigan).to_have_count(1)
        expect(corrigan).to_contain_text("the same name, kept apart")
        shoot(page, "review.png", "#review-heading")
        page.set_viewport_size(PHONE)  # the two sides one above the other, nothing sideways
        fits(page)
        page.set_viewport_size(DESKTOP)

        ormerod.get_by_role(
            "button", name="Same person: Katherine Ormerod and Kathryn Ormerod", exact=True
        ).click()
        expect(page.locator("#review-status")).to_contain_text(
            "Recorded: Katherine Ormerod and Kathryn Ormerod are the same."
        )
        expect(pairs.filter(has_text="Kathryn Ormerod")).to_have_count(0)
        southern, western = (
            f"Niamh Corrigan ({where} Health and Social Care Trust)"
            for where in ("Southern", "Western")
        )
        corrigan.get_by_role(
            "button", name=f"Not the same person: {southern} and {western}"
        ).click()
        expect(page.locator("#review-status")).to_contain_text("are not the same.")
        expect(pairs.filter(has_text="Niamh Corrigan")).to_have_count(0)
    except Exception:
        failed(page, "screens-review-failed.png")
        raise

    def ask(path: str, **params: str) -> Any:
        response = httpx.get(
            served + path, params=params, headers={"Authorization": f"Bearer {api_keys['read']}"}
        )
        return response

    # the next answer: one person with both names, as `qkg merge` would make
    assert ask("/api/profile", name="Kathryn Ormerod").json()["name"] == "Katherine Ormerod"
    decisions = ask("/api/decisions").json()
    assert {(d["a"], d["b"], d["decision"]) for d in decisions} == {
        ("Katherine Ormerod", "Kathryn Ormerod", "same"),
        (
            "Niamh Corrigan (Southern Health and Social Care Trust)",
            "Niamh Corrigan (Western Health and Social Care Trust)",
            "not-same",
        ),
    }
    # re-ingest: the directory changed (one more row), so its facts are rebuilt
    upload(served, api_keys["write"], "review-directory.csv", DIRECTORY + ANOTHER_ROW)
    assert ask("/api/profile", name="Rhodri Vaughan").status_code == 200
    assert ask("/api/profile", name="Kathryn Ormerod").json()["name"] == "Katherine Ormerod"
    page.get_by_role("button", name="Show the pairs to review").click()
    expect(page.locator("#review-status")).to_contain_text("to review")
    expect(pairs.filter(has_text="Ormerod")).to_have_count(0)
    expect(pairs.filter(has_text="Niamh Corrigan")).to_have_count(0)

    # a wrong merge is undone with the form: the two are apart again
    page.get_by_label("First name").fill("Katherine Ormerod")
    page.get_by_label("Second name").fill("Kathryn Ormerod")
    page.get_by_role("button", name="Record: not the same").click()
    expect(page.locator("#review-status")).to_contain_text(
        "Recorded: Katherine Ormerod and Kathryn Ormerod are not the same."
    )
    assert ask("/api/profile", name="Kathryn Ormerod").json()["name"] == "Kathryn Ormerod"
    page.close()
    assert not [e for e in errors if "404" not in e], errors


def test_screens_review_refuses_a_read_key(
    browser: Any, served: str, api_keys: dict[str, str]
) -> None:
    from playwright.sync_api import expect

    errors: list[str] = []
    page = open_page(browser, served, api_keys["read"], errors)
    page.get_by_label("First name").fill("Carers Trust")
    page.get_by_label("Second name").fill("Carers Trust Scotland")
    page.get_by_label("They are").select_option("organisation")
    page.get_by_role("button", name="Record: not the same").click()
    expect(page.locator("#review-status")).to_contain_text("this needs a write key")


def test_screens_neighbourhood_draws_the_expected_nodes(
    browser: Any, served: str, api_keys: dict[str, str]
) -> None:
    from playwright.sync_api import expect

    errors: list[str] = []
    page = open_page(browser, served, api_keys["read"], errors)
    try:
        page.get_by_label("Person, organisation or topic").fill("Aisha Khan")
        page.keyboard.press("Enter")
        # her organisation, nation, sector, profession, topic, challenge, three workshops and
        # the two evidence items that name her (NAMED_IN)
        expect(page.locator("#hood-status")).to_contain_text("Aisha Khan (Person): 11 neighbours")
        drawn = page.evaluate("window.qkgNeighbourhood.nodes().map(n => n.data('id'))")
        assert set(drawn) >= {
            "person:aisha-khan",
            "organisation:mind-cymru",
            "nation:wales",
            "topic:peer-support",
            "sector:voluntary",
            "profession:peer-support-coordinator",
        }, drawn
        assert len(drawn) == 12
        rows = page.locator("#hood-table tbody tr")
        expect(rows).to_have_count(11)
        mind = rows.filter(has_text="Mind Cymru")
        expect(mind.locator("td").nth(1)).to_have_text("Wales")  # colour by nation, in words
        expect(mind.locator("td").nth(2)).to_have_text("WORKS_AT")
        expect(page.locator("#hood-key")).to_contain_text("Wales")
        expect(page.locator("#hood-browser")).to_be_hidden()  # the embedded store: no Browser
        shoot(page, "neighbourhood.png", "#hood-heading")  # coloured by nation
        page.get_by_label("Colour by").select_option("sector")
        expect(page.locator("#hood-side-heading")).to_have_text("Sector")
        expect(mind.locator("td").nth(1)).to_have_text("voluntary")
        # a neighbour's button (keyboard reachable) moves the view to it
        page.get_by_role("button", name="Show the neighbourhood of Mind Cymru").click()
        expect(page.locator("#hood-status")).to_contain_text("Mind Cymru (Organisation)")
        names = page.evaluate("window.qkgNeighbourhood.nodes().map(n => n.data('id'))")
        assert "person:aisha-khan" in names and not any("withheld" in n for n in names)
        page.get_by_label("Person, organisation or topic").fill("Aisha Kahn")
        page.keyboard.press("Enter")
        expect(page.locator("#hood-status")).to_contain_text("did you mean: Aisha Khan")
        page.set_viewport_size(PHONE)  # the drawing and the table follow the width
        fits(page)
    except Exception:
        failed(page, "screens-neighbourhood-failed.png")
        raise
    assert not [e for e in errors if "404" not in e], errors


def test_screens_api_map_is_what_the_cli_writes(
    served: str, api_keys: dict[str, str], store_copy: Path
) -> None:
    """The page's map and the standalone file's embedded data are one answer."""
    from graph.analytics.evidence_map import evidence_map
    from graph.stores.embedded import EmbeddedStore

    response = httpx.get(
        served + "/api/map", headers={"Authorization": f"Bearer {api_keys['read']}"}
    )
    assert response.status_code == 200
    expected = evidence_map(EmbeddedStore(store_copy).graph()).model_dump(mode="json")
    assert json.loads(response.text) == expected
