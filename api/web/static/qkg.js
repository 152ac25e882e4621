// qkg web page: asks the JSON API with the key kept in sessionStorage, and shows the answers.
// Every value from the API is put on the page as text (never as HTML).
"use strict";

const KEY = "qkg-api-key";
const $ = (id) => document.getElementById(id);

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  return node;
}

function showKeyState() {
  const has = Boolean(sessionStorage.getItem(KEY));
  $("key-form").hidden = has;
  $("key-set").hidden = !has;
}

function status(text, isError) {
  const line = $("status");
  line.textContent = text;
  line.classList.toggle("error", Boolean(isError));
}

class ProblemError extends Error {
  constructor(problem) {
    let text = problem.detail || problem.title || "request failed";
    if (problem.suggestions && problem.suggestions.length) {
      text += " — did you mean: " + problem.suggestions.join("; ") + "?";
    }
    super(text);
    this.status = problem.status;
  }
}

async function api(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params || {})) {
    if (value) url.searchParams.set(name, value);
  }
  const response = await fetch(url, {
    headers: { "Authorization": "Bearer " + (sessionStorage.getItem(KEY) || "") },
  });
  const body = await response.json();
  if (!response.ok) {
    if (response.status === 401) {
      sessionStorage.removeItem(KEY);
      showKeyState();
    }
    throw new ProblemError(body);
  }
  return body;
}

function docLink(documentId) {
  const name = documentId.split("/").pop();
  return el("a", name, { href: "#doc=" + encodeURIComponent(documentId) });
}

function quoteBlock(quote) {
  const block = el("blockquote");
  block.append(el("p", "“" + quote.text + "”"));
  const cite = el("cite", "— ");
  cite.append(docLink(quote.document));
  block.append(cite);
  return block;
}

function facts(pairs) {
  const list = el("dl");
  for (const [name, values] of pairs) {
    if (!values || (Array.isArray(values) && !values.length)) continue;
    list.append(el("dt", name), el("dd", Array.isArray(values) ? values.join(", ") : values));
  }
  return list;
}

function personCard(result) {
  const card = el("li", null, { class: "card person" });
  const person = result.person;
  card.append(el("h3", person.name));
  card.append(facts([
    ["Organisation", person.organisations],
    ["Nation", person.nations],
    ["Profession", person.professions],
    ["Role", person.roles],
    ["Sector", person.sectors],
  ]));
  card.append(el("p", "Why: " + result.why, { class: "why" }));
  const quotes = [];
  for (const reason of result.reasons) {
    for (const quote of reason.quotes) {
      if (quotes.length < 3 && !quotes.some((q) => q.text === quote.text)) quotes.push(quote);
    }
  }
  for (const quote of quotes) card.append(quoteBlock(quote));
  return card;
}

function evidenceCard(item) {
  const card = el("li", null, { class: "card evidence" });
  card.append(el("h3", item.title));
  card.append(facts([
    ["Year", item.year ? String(item.year) : ""],
    ["Publisher", item.publisher],
    ["Authors", item.authors],
    ["Nations", item.nations],
    ["Topics", item.topics.map((t) => t.topic)],
  ]));
  const why = `Score ${item.score.toFixed(2)}: topics ${item.topic_score.toFixed(2)}, ` +
    `text ${item.text_score.toFixed(2)}, recency ${item.recency_score.toFixed(2)}`;
  card.append(el("p", why, { class: "why" }));
  for (const quote of item.quotes.slice(0, 2)) card.append(quoteBlock(quote));
  if (item.document) {
    const source = el("p", "Source: ");
    source.append(docLink(item.document));
    card.append(source);
  }
  return card;
}

function showPeople(answer) {
  const list = $("people");
  list.replaceChildren(...answer.results.map(personCard));
  const notes = [];
  if (!answer.results.length) notes.push("No one found.");
  if (answer.origin) notes.push(`Crossing the ${answer.across} boundary from ${answer.origin}.`);
  if (answer.withheld_no_consent) {
    notes.push(`${answer.withheld_no_consent} more not shown: no consent to be contacted.`);
  }
  $("people-note").textContent = notes.join(" ");
  $("people-section").hidden = false;
}

function showEvidence(answer) {
  const rows = Object.entries(answer.coverage).map(([nation, count]) => {
    const row = el("tr");
    row.append(el("th", nation, { scope: "row" }), el("td", count));
    return row;
  });
  $("coverage").tBodies[0].replaceChildren(...rows);
  $("gaps").textContent = answer.gaps.length
    ? "Gaps — no evidence from: " + answer.gaps.join(", ") + "."
    : "Evidence from all four nations.";
  $("evidence").replaceChildren(...answer.results.map(evidenceCard));
  $("evidence-section").hidden = false;
}

async function ask(event) {
  event.preventDefault();
  if (!sessionStorage.getItem(KEY)) {
    status("Enter an API key first.", true);
    $("key").focus();
    return;
  }
  const asked = $("asked").value.trim();
  const nation = $("nation").value;
  const from = $("from").value.trim();
  const across = $("across").value || (nation ? "nation" : "");
  if (across && !from && !nation) {
    status(`Crossing the ${across} boundary needs a person to cross from` +
      (across === "nation" ? " or your nation." : "."), true);
    $(across === "nation" ? "nation" : "from").focus();
    return;
  }
  status("Searching…");
  try {
    const [people, evidence] = await Promise.all([
      api("/api/connect", { asked, across, nation, from, limit: "10" }),
      api("/api/evidence", { asked, limit: "10" }),
    ]);
    showPeople(people);
    showEvidence(evidence);
    status(`${people.results.length} people and ${evidence.results.length} evidence items ` +
      `for “${asked}”.`);
  } catch (error) {
    status(error.message, true);
  }
}

async function showDocument() {
  const match = window.location.hash.match(/^#doc=(.+)$/);
  const section = $("document-section");
  if (!match) {
    section.hidden = true;
    return;
  }
  try {
    const doc = await api("/api/documents/" + decodeURIComponent(match[1]).split("/")
      .map(encodeURIComponent).join("/"));
    $("document-heading").textContent = doc.title || doc.document;
    $("document-facts").replaceChildren(...facts([
      ["Document", doc.document],
      ["Kind", doc.kind],
      ["Path", doc.path],
      ["Ingested", doc.ingested_at],
      ["Words", String(doc.words)],
    ]).childNodes);
    $("document-quotes").replaceChildren(...doc.quotes.map((q) => el("li", q.text)));
    section.hidden = false;
    section.focus();
  } catch (error) {
    status(error.message, true);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  showKeyState();
  $("key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY, $("key").value.trim());
    $("key").value = "";
    showKeyState();
    status("Key set for this tab.");
    $("asked").focus();
  });
  $("key-forget").addEventListener("click", () => {
    sessionStorage.removeItem(KEY);
    showKeyState();
    status("Key forgotten.");
  });
  $("ask").addEventListener("submit", ask);
  window.addEventListener("hashchange", showDocument);
  showDocument();
});
