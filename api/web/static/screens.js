// The page's screens beyond the questions: the evidence and gap map (drawn by evmap.js), the
// review of pairs resolution was unsure about, and an entity's neighbourhood (Cytoscape.js,
// served from /static/vendor). Uses qkg.js's helpers (el, api, KEY). Values go on the page as
// text, never as HTML.
"use strict";

const MAP_POLL_MS = 10_000;
// Okabe–Ito colours (distinguishable with colour-blindness); "unknown" is grey
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
const SHAPES = {
  Person: "ellipse", Organisation: "round-rectangle", Topic: "diamond", Challenge: "star",
  Evidence: "rectangle", Workshop: "hexagon", Nation: "triangle", Place: "vee",
  Profession: "round-tag", Sector: "tag", Learning: "barrel",
};

function hasKey() {
  return Boolean(sessionStorage.getItem(KEY));
}

async function send(method, path, body) {
  const response = await fetch(new URL(path, window.location.origin), {
    method,
    headers: {
      "Authorization": "Bearer " + (sessionStorage.getItem(KEY) || ""),
      "Content-Type": "application/json",
    },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new ProblemError(answer);
  return answer;
}

// -- the evidence and gap map --------------------------------------------------------------------

const mapView = { text: null, drawn: null, busy: false, version: null };

async function loadMap() {
  if (!hasKey() || mapView.busy) return;
  mapView.busy = true;
  try {
    // the store's version is a few bytes: the map itself is fetched only when it moved
    const { version } = await api("/api/version");
    if (version === mapView.version) return;
    const data = await api("/api/map");
    mapView.version = version;
    const text = JSON.stringify(data);
    if (text !== mapView.text) {
      const initial = mapView.drawn ? { ...mapView.drawn.state } : undefined;
      const first = mapView.text === null;
      mapView.text = text;
      mapView.drawn = QkgMap.render($("evidence-map"), data, {
        docHref: (doc) => "#doc=" + encodeURIComponent(doc),
        initial,
      });
      $("map-status").textContent = first ? "" : "The map was updated: the store changed.";
    }
  } catch (error) {
    $("map-status").textContent = error.message;
  } finally {
    mapView.busy = false;
  }
}

async function downloadMap() {
  try {
    const response = await fetch(new URL("/api/map.html", window.location.origin), {
      headers: { "Authorization": "Bearer " + (sessionStorage.getItem(KEY) || "") },
    });
    if (!response.ok) throw new ProblemError(await response.json());
    const link = el("a", null, { href: URL.createObjectURL(await response.blob()),
      download: "qkg-evidence-map.html" });
    document.body.append(link);
    link.click();
    link.remove();
  } catch (error) {
    $("map-status").textContent = error.message;
  }
}

// -- review ----------------------------------------------------------------------------------------

function sideCard(side) {
  const box = el("div", null, { class: "side" });
  box.append(el("h3", side.ruling_name));
  box.append(facts([
    ["Also written", side.aliases.filter((a) => a !== side.ruling_name)],
    ["Organisation", side.organisations],
    ["Role", side.roles],
    ["Nation", side.nations],
    ["Profession", side.professions],
    ["Sector", side.sectors],
    ["Listed in", side.directories.map((d) => d.split("/").pop())],
  ]));
  if (side.documents.length) {
    const docs = el("p", "Documents: ");
    side.documents.slice(0, 6).forEach((source, i) => {
      if (i) docs.append(", ");
      docs.append(docLink(source.document));
    });
    if (side.documents.length > 6) docs.append(` and ${side.documents.length - 6} more`);
    box.append(docs);
  }
  for (const quote of side.quotes) {
    const block = el("blockquote");
    block.append(el("p", "“" + quote + "”"));
    box.append(block);
  }
  return box;
}

async function decide(a, b, decision, label, where) {
  try {
    await send("POST", "/api/decisions", { a, b, decision, label });
    const said = decision === "same" ? "the same" : "not the same";
    await loadReview(`Recorded: ${a} and ${b} are ${said}.`);
  } catch (error) {
    where.textContent = error.message;
    where.classList.add("error");
  }
}

function pairCard(pair) {
  const card = el("li", null, { class: "card pair" });
  card.append(sideCard(pair.a), sideCard(pair.b));
  const actions = el("div", null, { class: "actions" });
  const why = el("p", `Why asked: ${pair.reason} (${pair.label}s, names ${Math.round(pair.score)}% alike).`,
    { class: "why" });
  const outcome = el("p", null, { role: "status" });
  const [a, b] = [pair.a.ruling_name, pair.b.ruling_name];
  const same = el("button", "Same", { type: "button", "aria-label": `Same ${pair.label}: ${a} and ${b}` });
  const apart = el("button", "Not the same", { type: "button", class: "secondary",
    "aria-label": `Not the same ${pair.label}: ${a} and ${b}` });
  same.addEventListener("click", () => decide(a, b, "same", pair.label, outcome));
  apart.addEventListener("click", () => decide(a, b, "not-same", pair.label, outcome));
  actions.append(why, same, apart, outcome);
  card.append(actions);
  return card;
}

async function loadReview(said) {
  const line = $("review-status");
  line.classList.remove("error");
  try {
    const answer = await api("/api/review");
    $("review-list").replaceChildren(...answer.candidates.map(pairCard));
    const count = answer.candidates.length
      ? `${answer.candidates.length} ${answer.candidates.length === 1 ? "pair" : "pairs"} to review.`
      : "Nothing to review: qkg is sure of every name.";
    line.textContent = [said, count].filter(Boolean).join(" ");
  } catch (error) {
    line.textContent = error.message;
    line.classList.add("error");
  }
}

async function split(event) {
  event.preventDefault();
  const a = $("split-a").value.trim();
  const b = $("split-b").value.trim();
  const line = $("review-status");
  try {
    await send("POST", "/api/decisions", { a, b, decision: "not-same", label: $("split-label").value });
    $("split-a").value = "";
    $("split-b").value = "";
    await loadReview(`Recorded: ${a} and ${b} are not the same.`);
  } catch (error) {
    line.textContent = error.message;
    line.classList.add("error");
  }
}

// -- neighbourhood ---------------------------------------------------------------------------------

const hood = { answer: null, graph: null };

function sideOf(node, by) {
  return (node.sides[by] || [])[0] || "unknown";
}

function drawHood() {
  const answer = hood.answer;
  if (!answer) return;
  const by = $("hood-by").value;
  const values = [...new Set(answer.nodes.map((n) => sideOf(n, by)))].filter((v) => v !== "unknown").sort();
  const colour = (v) => (v === "unknown" ? "#9a9a9a" : PALETTE[values.indexOf(v) % PALETTE.length]);
  const elements = [
    ...answer.nodes.map((n) => ({ data: {
      id: n.key, name: n.name.length > 40 ? n.name.slice(0, 39) + "…" : n.name, type: n.type,
      colour: colour(sideOf(n, by)), centre: n.key === answer.centre.key ? 1 : 0,
    } })),
    ...answer.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, rel: e.relationship } })),
  ];
  const box = $("hood-graph");
  box.hidden = false;
  if (hood.graph) hood.graph.destroy();
  hood.graph = cytoscape({
    container: box,
    elements,
    layout: { name: "concentric", concentric: (n) => (n.data("centre") ? 2 : 1), levelWidth: () => 1,
      minNodeSpacing: 40, animate: false },
    style: [
      { selector: "node", style: {
        "background-color": "data(colour)", "label": "data(name)", "font-size": 9,
        "text-wrap": "ellipsis", "text-max-width": 110, "text-valign": "bottom", "text-margin-y": 3,
        "border-width": 1, "border-color": "#1b1b1b", "width": 18, "height": 18,
      } },
      ...Object.entries(SHAPES).map(([type, shape]) => ({ selector: `node[type = "${type}"]`, style: { shape } })),
      { selector: "node[centre = 1]", style: { "width": 30, "height": 30, "border-width": 3, "font-weight": "bold" } },
      { selector: "edge", style: { "width": 1, "line-color": "#b8b8b8", "curve-style": "bezier" } },
    ],
  });
  hood.graph.on("tap", "node", (event) => {
    const name = answer.nodes.find((n) => n.key === event.target.id());
    if (name && ["Person", "Organisation", "Topic", "Challenge"].includes(name.type)) showHood(name.name);
  });
  window.qkgNeighbourhood = hood.graph;  // for the browser tests and the curious
  $("hood-key").replaceChildren(...[...values, "unknown"].map((v) => {
    const item = el("li");
    item.append(el("span", null, { class: "swatch", "data-colour": colour(v) }), v);
    return item;
  }));
  for (const swatch of $("hood-key").querySelectorAll(".swatch")) {
    swatch.style.background = swatch.dataset.colour;  // CSSOM, allowed by the page's policy
  }
  $("hood-side-heading").textContent = by[0].toUpperCase() + by.slice(1);
  const rows = answer.nodes.slice(1).map((n) => {
    const row = el("tr");
    const links = answer.edges.filter((e) => (e.source === n.key && e.target === answer.centre.key) ||
      (e.target === n.key && e.source === answer.centre.key)).map((e) => e.relationship);
    const name = el("th", null, { scope: "row" });
    if (["Person", "Organisation", "Topic", "Challenge"].includes(n.type)) {
      const button = el("button", n.name, { type: "button", class: "secondary",
        "aria-label": `Show the neighbourhood of ${n.name}` });
      button.addEventListener("click", () => showHood(n.name));
      name.append(button);
    } else {
      name.textContent = n.name;
    }
    row.append(name, el("td", n.type), el("td", (n.sides[by] || []).join(", ") || "unknown"),
      el("td", [...new Set(links)].join(", ")));
    return row;
  });
  $("hood-table").tBodies[0].replaceChildren(...rows);
  $("hood-table").hidden = false;
}

async function showHood(name) {
  const line = $("hood-status");
  line.classList.remove("error");
  $("hood-name").value = name;
  try {
    const answer = await api("/api/neighbourhood", { name });
    hood.answer = answer;
    drawHood();
    const notes = [`${answer.centre.name} (${answer.centre.type}): ${answer.nodes.length - 1} neighbours shown.`];
    if (answer.left_out) notes.push(`${answer.left_out} more not shown.`);
    if (answer.withheld) {
      const who = answer.withheld === 1 ? "1 person" : `${answer.withheld} people`;
      notes.push(`${who} not shown: no consent to be contacted.`);
    }
    line.textContent = notes.join(" ");
    const link = $("hood-browser");
    link.hidden = !answer.neo4j_browser;
    if (answer.neo4j_browser) link.href = answer.neo4j_browser;
  } catch (error) {
    line.textContent = error.message;
    line.classList.add("error");
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("key-form").addEventListener("submit", () => loadMap());
  $("map-download").addEventListener("click", downloadMap);
  $("review-load").addEventListener("click", () => loadReview());
  $("split-form").addEventListener("submit", split);
  $("hood-form").addEventListener("submit", (event) => {
    event.preventDefault();
    showHood($("hood-name").value.trim());
  });
  $("hood-by").addEventListener("change", drawHood);
  loadMap();
  setInterval(() => {
    if (document.visibilityState === "visible") loadMap();
  }, MAP_POLL_MS);
});
