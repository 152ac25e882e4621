"""The evidence and gap map as one standalone HTML file (`qkg gaps --html FILE`): the page's
own style and map script inlined, the map's data embedded as JSON, and a Content-Security-Policy
that lets the file make no request at all, so it can be e-mailed and opened from disk offline.
The same renderer (api/web/static/evmap.js) draws the web page's map."""

from __future__ import annotations

import base64
import hashlib
import html
from datetime import UTC, datetime
from pathlib import Path

from graph.analytics.evidence_map import EvidenceMap

STATIC = Path(__file__).resolve().parent / "web" / "static"


def _digest(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def map_html(answer: EvidenceMap, title: str = "qkg evidence and gap map") -> str:
    """The whole file's text. Only the inlined script and style may run (by their hashes)."""
    style = (STATIC / "qkg.css").read_text("utf-8")
    script = (STATIC / "evmap.js").read_text("utf-8")
    # "<" escaped: the JSON can never close its <script> element
    data = answer.model_dump_json().replace("<", "\\u003c")
    policy = (
        f"default-src 'none'; script-src '{_digest(script)}'; style-src '{_digest(style)}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{html.escape(policy, quote=False)}">
<title>{html.escape(title)}</title>
<style>{style}</style>
<script type="application/json" id="qkg-map-data">{data}</script>
<script>{script}</script>
</head>
<body>
<header><h1>{html.escape(title)}</h1>
<p class="sub">Made by qkg on {made}: {len(answer.rows)} challenges and topics,
{sum(1 for i in answer.items.values() if i.kind == "evidence")} evidence documents.
Only people who consented to be contacted are named.</p></header>
<main id="main"><section id="evidence-map" aria-label="Evidence and gap map"></section></main>
</body>
</html>
"""


def write_map_html(answer: EvidenceMap, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(map_html(answer), encoding="utf-8")
