"""Personal data (issue #14, defect 4): contact details are never stored, and a person without
consent to be contacted is represented only as far as the questions need to withhold them.

Real files (a directory, plain text, Markdown, Word and HTML) plant e-mail addresses and UK
telephone numbers, a person whose directory entry says "no" (Zebedee Quarrington), one whose
consent is left blank (Oksana Threlkeld) and one no directory lists (Perpetua Vexley). After
ingest, none of the planted contact details and nothing of the first two may appear in the
stored state, in any Neo4j node or relationship property (the ledger rows included), in the RDF
export in any format, in any API response or in any CLI output; nothing of the third may leave
the store (her name is kept in the ledger so that a directory can still list her later).
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.settings import get_settings
from cli.app import app as cli_app
from graph.model import (
    DocumentClaims,
    EntityClaim,
    Label,
    Provenance,
    Rel,
    RelationClaim,
    fold,
    node_key,
)
from graph.privacy import EMAIL_MASK, PHONE_MASK, is_pseudonym, mask_contacts, pseudonym
from graph.privacy.names import PSEUDONYM_PREFIX
from graph.rdf.export import to_rdf
from graph.stores.embedded import EmbeddedStore
from ingest.pipeline import ingest
from tests.conftest import stored_bytes, stored_claims

# -- masking: one rule, checked case by case -------------------------------------------------------

MASKED = [
    ("write to aisha.khan@example.org today", "write to [e-mail withheld] today"),
    ("<mailto:j.o'neill+lab@nhs.example.co.uk>", "<mailto:[e-mail withheld]>"),
    ("cut off at aisha.khan@exam", "cut off at [e-mail withheld]"),
    ("aisha.khan [at] example [dot] org", "[e-mail withheld]"),
    ("call 0131 496 0123.", "call [phone withheld]."),
    ("call 0131-496-0123", "call [phone withheld]"),
    ("tel. (029) 2034 5678", "tel. [phone withheld]"),
    ("(0131) 536 1000 ext 2", "[phone withheld] ext 2"),
    ("mobile 07700 900123", "mobile [phone withheld]"),
    ("mobile 07700-900-123", "mobile [phone withheld]"),
    ("mobile 07700900123", "mobile [phone withheld]"),
    ("+44 (0)7700 900 456", "[phone withheld]"),
    ("+44 20 7946 0958", "[phone withheld]"),
    ("+447700900123", "[phone withheld]"),
    ("0044 20 7946 0958", "[phone withheld]"),
    ("freephone 0800 123 4567 or 0300 123 4567", "freephone [phone withheld] or [phone withheld]"),
    ("Belfast 028 9032 1234", "Belfast [phone withheld]"),
    ("Dublin +353 1 234 5678", "Dublin [phone withheld]"),
    ("Tel: 01632 960001", "Tel: [phone withheld]"),
]
KEPT = [
    "Held on 12/09/2023 and 2023-09-12, between 2019-2023 and 2019–2023.",
    "It reached 1,230 people (12.5%) in 2022; 10,000 by 2024.",
    "ISBN 978-1-84407-123-4, ISBN 0-19-852663-6 and ISBN 0 19 852663 6.",
    "See doi:10.1136/bmj.n1234 and https://doi.org/10.1016/0140-6736(93)90001-5.",
    "Charity number 1012345, company SC012345, NHS number 943 476 5919.",
    "Open 09:00-17:00; grant NIHR 130247; population 5,436,600.",
    "Follow @QLabUK and #peersupport; version 0.4.12; ward 7 bed 12.",
    "Table 3: 0.25, 0.5, 01234 and 0131 in one row.",
]


@pytest.mark.parametrize(("text", "masked"), MASKED)
def test_privacy_mask_contacts_masks_uk_and_international_forms(text: str, masked: str) -> None:
    assert mask_contacts(text) == masked


@pytest.mark.parametrize("text", KEPT)
def test_privacy_mask_contacts_keeps_dates_figures_and_identifiers(text: str) -> None:
    assert mask_contacts(text) == text


def test_privacy_mask_contacts_is_idempotent() -> None:
    for text, masked in MASKED:
        assert mask_contacts(masked) == masked, text


# -- the store's rule, on hand-made claims (no spaCy model) ------------------------------------


def _claims(doc_id: str, kind: str = "workshop") -> DocumentClaims:
    return DocumentClaims(doc_id, doc_id, "h-" + doc_id, "txt", kind, "flag", doc_id, "t0")


def _row(line: int, name: str, consent: bool | None, email: str) -> EntityClaim:
    row = Provenance(
        "dir.csv", f"line {line}: {name}, Nurse, NHS Fife, {email}", line, line, "directory", 1.0
    )
    props: dict[str, Any] = {"email": email, "role": "Nurse"}
    if consent is not None:
        props["consent"] = consent
    return EntityClaim(Label.PERSON, name, props, [row])


def directory(cara: bool | None) -> DocumentClaims:
    doc = _claims("dir.csv", "directory")
    doc.entities = [
        _row(2, "Ada Brown", True, "ada@example.org"),
        _row(3, "Cara Doyle", cara, "cara@example.org"),
    ]
    prov = doc.entities[1].provenance[0]
    doc.relations = [
        RelationClaim(
            (Label.PERSON, "Cara Doyle"),
            Rel.WORKS_AT,
            (Label.ORGANISATION, "NHS Fife"),
            {"role": "Nurse"},
            [prov],
        )
    ]
    doc.entities.append(EntityClaim(Label.ORGANISATION, "NHS Fife", {}, [prov]))
    return doc


def note(mistagged: bool = False) -> DocumentClaims:
    doc = _claims("note.txt")
    said = "Cara Doyle and Ada Brown ran it; call 0131 496 0123. Later Doyle said it worked."
    prov = Provenance("note.txt", said, 0, len(said), "ner", 0.75)
    doc.title = "Notes taken by Cara Doyle"
    doc.metadata = {"attendees": ["Cara Doyle (NHS Fife)", "Ada Brown"]}
    doc.entities = [
        EntityClaim(Label.PERSON, "Cara Doyle", {}, [prov]),
        EntityClaim(Label.PERSON, "Doyle", {}, [prov]),
        EntityClaim(Label.PERSON, "Ada Brown", {}, [prov]),
        EntityClaim(Label.LEARNING, "Cara Doyle said peer support worked.", {}, [prov]),
    ]
    if mistagged:  # her name tagged as an organisation's
        doc.entities.append(EntityClaim(Label.ORGANISATION, "Cara Doyle", {}, [prov]))
    doc.relations = [
        RelationClaim(
            (Label.PERSON, "Cara Doyle"), Rel.WORKS_AT, (Label.ORGANISATION, "NHS Fife"), {}, [prov]
        )
    ]
    doc.passages = [(0, len(said), said)]
    return doc


def test_privacy_store_keeps_nothing_of_someone_who_declined_in_either_order(
    tmp_path: Path,
) -> None:
    first, second = EmbeddedStore(tmp_path / "a"), EmbeddedStore(tmp_path / "b")
    first.apply([directory(cara=False), note(mistagged=True)])
    second.apply([note(mistagged=True)])
    assert "Cara" in stored_claims(second)  # no directory yet: nobody declined
    second.apply([directory(cara=False)])  # ... now one has: the stored note is scrubbed too
    for store in (first, second):
        state = stored_claims(store)
        for text in (state, stored_bytes(store)):
            assert "Cara" not in text and "Doyle" not in text and "cara@" not in text
            assert "0131" not in text
        assert "0131" not in state and "[phone withheld]" in state
        assert "ada@example.org" in state  # Ada consented: her address is the point
        assert "[name withheld] and Ada Brown ran it" in state
        assert "Later [name withheld] said" in state  # her surname alone, in that document
    assert stored_claims(first) == stored_claims(second)
    graph = first.graph()
    cara = node_key(Label.PERSON, pseudonym("cara doyle"))
    assert graph.nodes[cara]["withheld"] and graph.nodes[cara]["consent"] is False
    assert graph.has_edge(cara, "organisation:nhs-fife", key="WORKS_AT")  # counted by side
    assert "role" not in graph.edges[cara, "organisation:nhs-fife", "WORKS_AT"]
    assert "email" not in graph.nodes[cara] and not graph.nodes[cara]["aliases"]


def test_privacy_a_blank_consent_is_no_consent_and_yes_later_asks_for_a_fresh_read(
    tmp_path: Path,
) -> None:
    store = EmbeddedStore(tmp_path)
    store.apply([directory(cara=None), note()])
    assert "Cara" not in stored_claims(store) and "Cara" not in stored_bytes(store)
    store.apply([directory(cara=True)])  # she consents: the note cannot get her name back ...
    assert store.ledger()["note.txt"].content_hash == ""  # ... so the next ingest reads it
    refreshed = note()
    store.apply([refreshed])
    assert "Cara Doyle and Ada Brown ran it" in stored_claims(store)
    assert store.graph().nodes[node_key(Label.PERSON, "Cara Doyle")]["consent"] is True


def test_privacy_a_name_someone_who_consents_shares_is_theirs_unless_the_organisation_says(
    tmp_path: Path,
) -> None:
    people = _claims("dir.csv", "directory")
    fife, forum = "Anne Morrison (NHS Fife)", "Anne Morrison (Causeway Carers Forum)"
    people.entities = [_row(2, fife, True, "a1@example.org"), _row(3, forum, False, "a2@x.org")]
    notes = []
    for doc_id, org in (("fife.txt", "NHS Fife"), ("forum.txt", "Causeway Carers Forum")):
        doc = _claims(doc_id)
        said = f"Anne Morrison of {org} spoke."
        prov = Provenance(doc_id, said, 0, len(said), "ner", 0.75)
        doc.entities = [
            EntityClaim(Label.PERSON, "Anne Morrison", {}, [prov]),
            EntityClaim(Label.ORGANISATION, org, {}, [prov]),
        ]
        notes.append(doc)
    store = EmbeddedStore(tmp_path)
    store.apply([people, *notes])
    kept = {d.doc_id: d for d in store.all_claims()}
    assert kept["fife.txt"].entities[0].name == "Anne Morrison"
    assert kept["forum.txt"].entities[0].name == pseudonym(fold(forum))
    assert "[name withheld] of Causeway Carers Forum" in stored_claims(store)
    graph = store.graph()
    anne = graph.nodes[node_key(Label.PERSON, fife)]
    assert anne["name"] == "Anne Morrison" and anne["docs"] == {"dir.csv", "fife.txt"}


def test_privacy_people_no_directory_lists_are_withheld_from_the_graph(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.apply([note()])  # no directory: no one has consented
    graph = store.graph()
    people = [d for _k, d in graph.nodes(data=True) if d["label"] == "Person"]
    assert people and all(d["withheld"] and is_pseudonym(d["name"]) for d in people)
    shown = repr(list(graph.nodes(data=True))) + repr(list(graph.edges(data=True)))
    assert "Cara" not in shown and "Ada" not in shown and "Doyle" not in shown


# -- the planted corpus ----------------------------------------------------------------------------

EMAILS = [
    "zeb.quarrington@example.org",  # the directory's, consent "no"
    "oksana.t@example.net",  # the directory's, consent blank
    "a.murray.lab@example.net",
    "research.team@lothian.example.org",
    "rhys.evans.work@example.com",
    "peer.listening@example.org",
]
PHONES = [
    "0131 496 0999",  # a directory column
    "0131 496 0123",
    "+44 (0)7700 900 456",
    "(0131) 536 1000",
    "029 2034 5678",
    "07700 900123",
    "0300 123 4567",
    "+44 20 7946 0958",
]
WITHHELD = ["Zebedee", "Quarrington", "Oksana", "Threlkeld"]  # nowhere, not even the ledger
UNLISTED = ["Perpetua", "Vexley"]  # in the ledger only: never leaves the store
CONSENTING_EMAIL = "aileen.murray@example.org"  # consented: her profile shows it

DIRECTORY = """name,role,organisation,profession,sector,nation,email,phone,consent,expertise
Aileen Murray,Consultant Clinical Psychologist,NHS Lothian,psychologist,NHS,Scotland,\
aileen.murray@example.org,,yes,peer support
Rhys Evans,Consultant in Public Health,Public Health Wales,public health consultant,NHS,Wales,\
rhys.evans@example.org,,yes,peer support
Zebedee Quarrington,Peer Support Worker,NHS Fife,peer support worker,NHS,Scotland,\
zeb.quarrington@example.org,0131 496 0999,no,peer support
Oksana Threlkeld,Link Worker,Mind Cymru,link worker,voluntary,Wales,oksana.t@example.net,,,\
peer support
"""

NOTES = """Peer support learning session, Kirkcaldy

Date: 12/09/2023
Place: Kirkcaldy

Attendees: Aileen Murray (NHS Lothian), Zebedee Quarrington (NHS Fife), Oksana Threlkeld \
(Mind Cymru)

Zebedee Quarrington said that peer support workers in Fife need protected supervision time.

Aileen Murray described the Lothian peer support model, which reached 1,230 people in 2022 \
and will be reviewed on 12/09/2024.

For details contact a.murray.lab@example.net or telephone 0131 496 0123; out of hours \
+44 (0)7700 900 456.

What we learned

- Peer support works best when supervision is protected, as Zebedee Quarrington told us.
- Quarrington also said that peer support needs a budget line of its own.
"""

EVIDENCE_MD = """---
title: Peer support in Lothian and Fife, an evaluation
date: 2023-11-02
kind: evidence
authors:
  - Aileen Murray
  - Zebedee Quarrington
publisher: NHS Lothian
nation: Scotland
topics:
  - peer support
---

# Peer support in Lothian and Fife, an evaluation

Correspondence: research.team@lothian.example.org, tel. (0131) 536 1000.

Between 2019-2023 peer support reached 1,230 people. ISBN 978-1-84407-123-4;
doi:10.1136/bmj.n1234. Zebedee Quarrington ran the Fife groups with Aileen Murray.

## Findings

Peer support reduced loneliness for carers in Fife and Lothian.
"""

HTML = """<!doctype html><html><head><title>Peer listening for staff: an evaluation</title>
<meta name="kind" content="evidence"></head><body>
<h1>Peer listening for staff: an evaluation</h1>
<p>By Perpetua Vexley and Rhys Evans, Public Health Wales.</p>
<p>Contact: <a href="mailto:peer.listening@example.org">peer.listening@example.org</a>,
0300 123 4567 or +44 20 7946 0958.</p>
<p>Perpetua Vexley said peer listening helped staff wellbeing in Wales.</p>
<p>Zebedee Quarrington reviewed the draft on peer support.</p>
</body></html>
"""


def write_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Carers peer support workshop, Cardiff", level=0)
    document.add_paragraph("Date: 2023-03-08")
    document.add_paragraph("Place: Cardiff")
    document.add_heading("Discussion", level=1)
    document.add_paragraph("Oksana Threlkeld of Mind Cymru said carers value evening peer groups.")
    document.add_paragraph(
        "Rhys Evans of Public Health Wales can be reached on 029 2034 5678, on 07700 900123 "
        "or at rhys.evans.work@example.com about peer support for carers."
    )
    table = document.add_table(rows=3, cols=2)
    for row, (name, org) in zip(
        table.rows,
        [
            ("Name", "Organisation"),
            ("Rhys Evans", "Public Health Wales"),
            ("Oksana Threlkeld", "Mind Cymru"),
        ],
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = name, org
    document.save(str(path))
    return path


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "directory.csv").write_text(DIRECTORY, "utf-8")
    (folder / "2023-09-12-kirkcaldy-learning-session-notes.txt").write_text(NOTES, "utf-8")
    (folder / "2023-lothian-fife-peer-support-evaluation.md").write_text(EVIDENCE_MD, "utf-8")
    (folder / "2024-peer-listening-evaluation.html").write_text(HTML, "utf-8")
    write_docx(folder / "2023-03-08-cardiff-carers-workshop-notes.docx")
    return folder


def leaks(text: str, people: list[str], opaque: bool = False) -> list[str]:
    """The planted contact details and names found in `text` (and, unless `opaque` people may
    be there, the pseudonym of anyone withheld)."""
    found = [e for e in EMAILS if e.lower() in text.lower()]
    for phone in PHONES:
        digits = [d for d in phone if d.isdigit()]
        if phone.startswith("+44"):
            digits = digits[2:]  # "+44 (0)7700 …" also leaks as "07700 …" or "7700 …"
            digits = digits[1:] if digits[0] == "0" else digits
        if re.search(r"\D{0,4}".join(digits), text):
            found.append(phone)
    found += [name for name in people if re.search(rf"\b{name}\b", text, re.I)]
    if not opaque:  # what leaves the store: not even a pseudonym
        found += sorted(set(re.findall(rf"\b{PSEUDONYM_PREFIX}[0-9a-f]{{12}}\b", text)))
    return found


# -- where text can leave --------------------------------------------------------------------------

GETS: list[tuple[str, dict[str, Any]]] = [
    ("/health", {}),
    ("/api/stats", {}),
    ("/api/documents", {}),
    ("/api/connect", {"asked": "peer support"}),
    ("/api/connect", {"asked": "peer support", "across": "nation", "nation": "Wales"}),
    ("/api/connect", {"asked": "peer support", "across": "sector", "from": "Aileen Murray"}),
    ("/api/evidence", {"asked": "peer support"}),
    ("/api/evidence", {"asked": "loneliness for carers"}),
    ("/api/learning", {"asked": "peer support"}),
    ("/api/learning", {"asked": "supervision"}),
    ("/api/organisations", {"asked": "peer support"}),
    ("/api/profile", {"name": "Aileen Murray"}),
    ("/api/profile", {"name": "Rhys Evans"}),
    ("/api/profile", {"name": "NHS Fife"}),
    ("/api/profile", {"name": "Mind Cymru"}),
    ("/api/profile", {"name": "NHS Lothian"}),
    ("/api/path", {"a": "Aileen Murray", "b": "Rhys Evans"}),
    ("/api/path", {"a": "Aileen Murray", "b": "Mind Cymru"}),
    ("/api/search", {"q": "peer"}),
    ("/api/search", {"q": "Murray"}),
    ("/api/bridges", {}),
    ("/api/communities", {}),
    ("/api/gaps", {}),
    ("/api/gaps", {"format": "csv"}),
    ("/api/export", {"format": "turtle"}),
    ("/api/export", {"format": "json-ld"}),
    ("/api/export", {"format": "nt"}),
    ("/api/export", {"format": "gexf"}),
    ("/api/export", {"format": "graphml"}),
    ("/api/version", {}),
    ("/api/map", {}),
    ("/api/map.html", {}),
    ("/api/review", {}),
    ("/api/neighbourhood", {"name": "Aileen Murray"}),
    ("/api/neighbourhood", {"name": "NHS Fife"}),
    ("/api/neighbourhood", {"name": "peer support"}),
    ("/api/topics", {}),
    ("/api/topics/proposed", {}),
    ("/api/decisions", {}),
]
ASKED_FOR_THEM = [  # the asker names them; the answer must not confirm they are there
    ("/api/profile", {"name": "Zebedee Quarrington"}),
    ("/api/profile", {"name": "Oksana Threlkeld"}),
    ("/api/profile", {"name": "Perpetua Vexley"}),
    ("/api/path", {"a": "Aileen Murray", "b": "Zebedee Quarrington"}),
    ("/api/neighbourhood", {"name": "Zebedee Quarrington"}),
]


def api_texts(client: TestClient) -> Iterator[tuple[str, str]]:
    """(request, response body) for every read endpoint, and every document's own view."""
    for path, params in GETS:
        response = client.get(path, params=params)
        assert response.status_code == 200, (path, params, response.text[:300])
        yield f"{path} {params}", response.text
    for entry in client.get("/api/documents").json()["results"]:
        response = client.get(f"/api/documents/{entry['document']}")
        assert response.status_code == 200
        yield entry["document"], response.text
    for path, params in ASKED_FOR_THEM:
        response = client.get(path, params=params)
        assert response.status_code == 404, (path, params, response.text[:300])
        body = response.json()
        yield f"{path} {params}", json.dumps(body.get("suggestions", body.get("did_you_mean", "")))
    for misspelt in ("Zebedee Quarington", "Oksana Threlkeld", "Vexley"):
        response = client.get("/api/search", params={"q": misspelt})
        yield f"search {misspelt}", json.dumps(response.json()["results"])


def cli_texts(data: Path, store: str = "embedded") -> Iterator[tuple[str, str]]:
    runner = CliRunner()
    where = ["--data", str(data)] if store == "embedded" else ["--store", "neo4j"]
    commands = [
        ["stats"],
        ["documents"],
        ["decisions"],
        ["connect", "peer support"],
        ["connect", "peer support", "--across", "nation", "--nation", "Wales"],
        ["evidence", "peer support"],
        ["learning", "peer support"],
        ["organisations", "peer support"],
        ["profile", "Aileen Murray"],
        ["profile", "NHS Fife"],
        ["profile", "Mind Cymru"],
        ["path", "Aileen Murray", "Rhys Evans"],
        ["search", "peer"],
        ["bridges"],
        ["communities"],
        ["gaps"],
        ["topics", "list"],
        ["topics", "proposed"],
    ]
    for command in commands:
        for as_json in ([], ["--json"]):
            if command[0] == "topics" and command[1] == "proposed" and as_json:
                continue
            result = runner.invoke(cli_app, [*command, *where, *as_json])
            assert result.exit_code == 0, (command, result.output[-500:])
            yield " ".join(command + as_json), result.output
    for name in ("Zebedee Quarrington", "Perpetua Vexley"):
        result = runner.invoke(cli_app, ["profile", name, *where])
        assert result.exit_code == 2, result.output
        yield f"profile {name}", result.output.replace(name, "<asked>")


def rdf_texts(graph: Any) -> Iterator[tuple[str, str]]:
    rdf = to_rdf(graph, "https://w3id.org/qkg/")
    for fmt in ("turtle", "json-ld", "nt"):
        yield f"rdf {fmt}", rdf.serialize(format=fmt)


def assert_clean(
    texts: Iterator[tuple[str, str]] | list[tuple[str, str]],
    people: list[str],
    opaque: bool = False,
) -> int:
    found = {where: leaked for where, text in texts if (leaked := leaks(text, people, opaque))}
    assert not found, found
    return 1


# -- the embedded store, the API and the CLI -------------------------------------------------------


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory, extractor: Any) -> EmbeddedStore:
    root = tmp_path_factory.mktemp("privacy")
    folder = write_corpus(root / "files")
    store = EmbeddedStore(root / "data")
    report = ingest([folder], store, extractor=extractor)
    assert not report.errors, report.errors
    assert len(store.ledger()) == 5
    return store


@pytest.mark.slow
def test_privacy_state_files_hold_no_contact_details_and_nothing_of_people_without_consent(
    planted: EmbeddedStore,
) -> None:
    files = [p for p in planted.data_dir.rglob("*") if p.is_file()]
    texts = [(str(p), p.read_text("utf-8", errors="replace")) for p in files]
    assert_clean(texts, WITHHELD, opaque=True)
    state = stored_claims(planted)
    assert EMAIL_MASK in state and PHONE_MASK in state  # masked, not dropped
    for kept in ("12/09/2024", "1,230", "978-1-84407-123-4", "10.1136/bmj.n1234"):
        assert kept in state, kept
    assert "Aileen Murray" in state and CONSENTING_EMAIL in state  # she consented


@pytest.mark.slow
def test_privacy_graph_withholds_people_without_consent_but_counts_them(
    planted: EmbeddedStore,
) -> None:
    graph = planted.graph()
    people = {d["name"]: d for _k, d in graph.nodes(data=True) if d["label"] == "Person"}
    assert people["Aileen Murray"]["email"] == CONSENTING_EMAIL
    withheld = [d for d in people.values() if d.get("withheld")]
    assert len(withheld) >= 3  # Zebedee, Oksana, Perpetua (and any other unlisted name)
    for node in withheld:
        assert not node.get("email") and not node.get("role") and not node.get("aliases")
        assert all(not prov.quote for prov in node["provenance"])
    assert_clean(
        [(str(k), repr(d)) for k, d in graph.nodes(data=True)]
        + [(f"{u}-{k}-{v}", repr(d)) for u, v, k, d in graph.edges(keys=True, data=True)],
        WITHHELD + UNLISTED,
        opaque=True,
    )


@pytest.mark.slow
def test_privacy_every_api_response_and_rdf_format(
    planted: EmbeddedStore, api_keys: dict[str, str]
) -> None:
    client = TestClient(
        create_app(get_settings(data=planted.data_dir, api_keys=api_keys["config"]))
    )
    client.headers["Authorization"] = f"Bearer {api_keys['read']}"
    texts = list(api_texts(client))
    assert_clean(texts, WITHHELD + UNLISTED)
    assert_clean(rdf_texts(planted.graph()), WITHHELD + UNLISTED)
    profile = client.get("/api/profile", params={"name": "Aileen Murray"}).json()
    assert profile["email"] == CONSENTING_EMAIL and profile["quotes"]
    connect = client.get("/api/connect", params={"asked": "peer support"}).json()
    assert connect["withheld_no_consent"] >= 2  # counted, not named
    assert any("[name withheld]" in text for _where, text in texts)


@pytest.mark.slow
def test_privacy_every_cli_output(planted: EmbeddedStore, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(planted.data_dir, data)
    assert_clean(cli_texts(data), WITHHELD + UNLISTED)
    runner = CliRunner()
    for fmt in ("turtle", "json-ld", "nt", "gexf", "graphml"):
        out = tmp_path / f"export.{fmt}"
        result = runner.invoke(
            cli_app, ["export", "--format", fmt, "--out", str(out), "--data", str(data)]
        )
        assert result.exit_code == 0, result.output
        assert_clean(
            [(fmt, out.read_text("utf-8")), ("stdout", result.output)], WITHHELD + UNLISTED
        )
    page = tmp_path / "map.html"
    result = runner.invoke(cli_app, ["gaps", "--html", str(page), "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert_clean([("gaps --html", page.read_text("utf-8"))], WITHHELD + UNLISTED)


@pytest.mark.slow
def test_privacy_ingest_summary_names_no_one_without_consent(
    tmp_path: Path, extractor: Any
) -> None:
    folder = write_corpus(tmp_path / "files")
    result = CliRunner().invoke(
        cli_app, ["ingest", str(folder), "--data", str(tmp_path / "data"), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert_clean([("ingest", result.output)], WITHHELD + UNLISTED)


# -- Neo4j: every node and relationship property, the ledger rows, the API over it -----------------


@pytest.mark.slow
@pytest.mark.neo4j
def test_privacy_neo4j_holds_nothing_to_withhold(
    neo4j_env: dict[str, str],
    neo4j_store: Any,
    tmp_path: Path,
    extractor: Any,
    api_keys: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = write_corpus(tmp_path / "files")
    report = ingest([folder], neo4j_store, extractor=extractor)
    assert not report.errors, report.errors
    rows = neo4j_store.driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
    ).records
    rels = neo4j_store.driver.execute_query(
        "MATCH ()-[r]->() RETURN type(r) AS type, properties(r) AS props"
    ).records
    assert any("QkgClaims" in r["labels"] for r in rows)
    ledger = [
        (str(r["props"].get("doc_id")), repr(r["props"]))
        for r in rows
        if "QkgClaims" in r["labels"]
    ]
    graph = [(repr(r["labels"]), repr(r["props"])) for r in rows if "QkgClaims" not in r["labels"]]
    graph += [(r["type"], repr(r["props"])) for r in rels]
    assert_clean(ledger, WITHHELD, opaque=True)
    assert_clean(graph, WITHHELD + UNLISTED, opaque=True)
    assert_clean(rdf_texts(neo4j_store.graph()), WITHHELD + UNLISTED)

    for name, value in neo4j_env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("QKG_STORE", "neo4j")
    monkeypatch.setenv("QKG_API_KEYS", api_keys["config"])
    client = TestClient(create_app(get_settings(), extractor=extractor))
    client.headers["Authorization"] = f"Bearer {api_keys['read']}"
    assert client.get("/health").json()["store"] == "neo4j"
    assert_clean(list(api_texts(client)), WITHHELD + UNLISTED)
    assert_clean(cli_texts(tmp_path, store="neo4j"), WITHHELD + UNLISTED)
