// The evidence and gap map: challenges and topics × nations, each cell a mark sized by the
// evidence in it, learning and workshops as a second layer, gaps marked in words. One renderer
// for the web page (screens.js fetches /api/map) and for the standalone file written by
// `qkg gaps --html` (its data sits in <script type="application/json" id="qkg-map-data">).
// Every value is put on the page as text, never as HTML.
"use strict";

const QkgMap = (() => {
  const SVG = "http://www.w3.org/2000/svg";

  function make(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    return node;
  }

  function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many || one + "s"}`;
  }

  function select(id, label, choices, value) {
    const field = make("div", null, { class: "field" });
    field.append(make("label", label, { for: id }));
    const box = make("select", null, { id });
    for (const [v, text] of choices) {
      const option = make("option", text, { value: v });
      if (v === value) option.selected = true;
      box.append(option);
    }
    field.append(box);
    return [field, box];
  }

  function mark(count, max) {
    // a circle whose area grows with the count; a gap is a dashed empty ring
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 40 40");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("class", "bubble");
    const circle = document.createElementNS(SVG, "circle");
    circle.setAttribute("cx", "20");
    circle.setAttribute("cy", "20");
    circle.setAttribute("r", count ? String(6 + 13 * Math.sqrt(count / max)) : "12");
    circle.setAttribute("class", count ? "filled" : "empty");
    svg.append(circle);
    return svg;
  }

  function render(root, data, options) {
    const opts = options || {};
    const years = data.years.length ? data.years : [];
    const state = { from: years[0], to: years[years.length - 1], type: "", sector: "" };
    if (opts.initial) {  // filters chosen before the data changed, where they still apply
      if (years.length && opts.initial.from >= years[0] && opts.initial.from <= years[1]) state.from = opts.initial.from;
      if (years.length && opts.initial.to >= years[0] && opts.initial.to <= years[1]) state.to = opts.initial.to;
      if (data.types.includes(opts.initial.type)) state.type = opts.initial.type;
      if (data.sectors.includes(opts.initial.sector)) state.sector = opts.initial.sector;
    }
    const yearChoices = [];
    for (let y = years[0]; years.length && y <= years[1]; y += 1) yearChoices.push([String(y), String(y)]);

    const filters = make("form", null, { class: "map-filters", "aria-label": "Filter the map" });
    const [fromField, fromBox] = select(root.id + "-from", "From year", yearChoices, String(state.from));
    const [toField, toBox] = select(root.id + "-to", "To year", yearChoices, String(state.to));
    const [typeField, typeBox] = select(root.id + "-type", "Evidence type",
      [["", "any type"], ...data.types.map((t) => [t, t])], state.type);
    const [sectorField, sectorBox] = select(root.id + "-sector", "Publisher sector",
      [["", "any sector"], ...data.sectors.map((s) => [s, s])], state.sector);
    filters.append(fromField, toField, typeField, sectorField);

    const summary = make("p", null, { class: "map-summary", role: "status", "aria-live": "polite" });
    const legend = make("p", "Each mark's size and number: evidence documents. Below it: " +
      "learning statements (L) and workshops (W). “gap”: no evidence there, though the row " +
      "has some elsewhere; “none”: nothing at all. Choose a cell to list what is in it.",
      { class: "map-legend" });
    const wrap = make("div", null, { class: "map-wrap" });
    const detail = make("section", null, { class: "map-detail", tabindex: "-1",
      "aria-live": "polite", hidden: "" });
    root.replaceChildren(filters, summary, legend, wrap, detail);

    function passes(id) {
      const item = data.items[id];
      if (!item) return false;
      if (item.year && ((state.from && item.year < state.from) || (state.to && item.year > state.to))) {
        return false;
      }
      if (item.kind !== "evidence") return true;
      if (state.type && item.type !== state.type) return false;
      return !state.sector || item.sectors.includes(state.sector);
    }

    function counted(cell) {
      return {
        evidence: cell.evidence.filter(passes),
        learning: cell.learning.filter(passes),
        workshops: cell.workshops.filter(passes),
      };
    }

    function docLink(item) {
      if (!item.document) return null;
      const name = item.document.split("/").pop();
      if (opts.docHref) return make("a", name, { href: opts.docHref(item.document) });
      return make("span", name, { class: "doc-name" });
    }

    function showCell(row, column, shown) {
      const heading = make("h3", `${row.name} — ${column}`);
      const parts = [heading];
      const line = `${plural(shown.evidence.length, "evidence document")}, ` +
        `${plural(shown.learning.length, "learning statement")}, ` +
        `${plural(shown.workshops.length, "workshop")}` +
        (shown.evidence.length ? "." : " — a gap in the evidence.");
      parts.push(make("p", line));
      const list = make("ol", null, { class: "cards map-evidence" });
      for (const id of shown.evidence) {
        const item = data.items[id];
        const card = make("li", null, { class: "card evidence" });
        card.append(make("h4", item.name));
        const facts = [item.year, item.type, item.publisher].filter(Boolean).join(" · ");
        card.append(make("p", facts, { class: "why" }));
        const quotes = row.quotes[id] || [];
        for (const quote of quotes) {
          const block = make("blockquote");
          block.append(make("p", "“" + quote + "”"));
          card.append(block);
        }
        if (!quotes.length && item.summary) {
          const block = make("blockquote", null, { class: "summary" });
          block.append(make("p", "From its opening: “" + item.summary + "”"));
          card.append(block);
        }
        const link = docLink(item);
        if (link) {
          const source = make("p", "Document: ");
          source.append(link);
          card.append(source);
        }
        list.append(card);
      }
      parts.push(list);
      for (const [ids, title] of [[shown.workshops, "Workshops"], [shown.learning, "Learning"]]) {
        if (!ids.length) continue;
        parts.push(make("h4", title));
        const more = make("ul", null, { class: "map-more" });
        for (const id of ids.slice(0, 12)) more.append(make("li", data.items[id].name));
        if (ids.length > 12) more.append(make("li", `and ${ids.length - 12} more`));
        parts.push(more);
      }
      detail.replaceChildren(...parts);
      detail.hidden = false;
      detail.focus();
    }

    function draw() {
      const rows = data.rows.map((row) => ({ row, cells: data.columns.map((c) => counted(row.cells[c])) }));
      const max = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => c.evidence.length)));
      const table = make("table", null, { class: "evidence-map" });
      table.append(make("caption", "Evidence by challenge or topic and nation"));
      const head = make("tr");
      head.append(make("th", "Challenge or topic", { scope: "col" }));
      for (const column of data.columns) {
        head.append(make("th", column === "UK" ? "UK-wide" : column, { scope: "col" }));
      }
      const thead = make("thead");
      thead.append(head);
      table.append(thead);
      const body = make("tbody");
      let gaps = 0;
      let group = null;
      for (const { row, cells } of rows) {
        if (row.group !== group) {
          group = row.group;
          const groupRow = make("tr", null, { class: "group" });
          groupRow.append(make("th", group, { scope: "colgroup", colspan: String(data.columns.length + 1) }));
          body.append(groupRow);
        }
        const tr = make("tr", null, { "data-key": row.key });
        tr.append(make("th", row.name, { scope: "row" }));
        const some = cells.some((c) => c.evidence.length);
        data.columns.forEach((column, i) => {
          const shown = cells[i];
          const n = shown.evidence.length;
          const isGap = !n && some;
          gaps += isGap ? 1 : 0;
          const td = make("td", null, { class: n ? "has" : isGap ? "gap" : "none", "data-nation": column });
          const label = `${row.name}, ${column === "UK" ? "UK-wide" : column}: ` +
            `${plural(n, "evidence document")}${isGap ? " (gap)" : ""}, ` +
            `${plural(shown.learning.length, "learning statement")}, ${plural(shown.workshops.length, "workshop")}`;
          const button = make("button", null, { type: "button", class: "cell", "aria-label": label });
          button.append(mark(n, max));
          button.append(make("span", n ? String(n) : isGap ? "gap" : "none", { class: "count" }));
          const layer = [];
          if (shown.learning.length) layer.push(`${shown.learning.length} L`);
          if (shown.workshops.length) layer.push(`${shown.workshops.length} W`);
          button.append(make("span", layer.join(" · "), { class: "layer" }));
          button.addEventListener("click", () => showCell(row, column, shown));
          td.append(button);
          tr.append(td);
        });
        body.append(tr);
      }
      table.append(body);
      table.addEventListener("keydown", move);
      wrap.replaceChildren(table);
      const filtered = state.type || state.sector || (years.length && (state.from !== years[0] || state.to !== years[1]));
      summary.textContent = `${plural(data.rows.length, "row")}; ${plural(gaps, "gap")}: ` +
        "cells with no evidence on a row that has some elsewhere" + (filtered ? " (filtered)." : ".");
    }

    function move(event) {
      // arrow keys move between cells, as in a spreadsheet
      const steps = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
      const step = steps[event.key];
      const cell = event.target.closest("td");
      if (!step || !cell) return;
      const grid = [...wrap.querySelectorAll("tbody tr:not(.group)")];
      const r = grid.indexOf(cell.parentElement);
      const c = [...cell.parentElement.querySelectorAll("td")].indexOf(cell);
      const target = grid[r + step[0]]?.querySelectorAll("td")[c + step[1]];
      if (target) {
        event.preventDefault();
        target.querySelector("button").focus();
      }
    }

    function changed() {
      state.from = Number(fromBox.value) || undefined;
      state.to = Number(toBox.value) || undefined;
      if (state.from && state.to && state.from > state.to) [state.from, state.to] = [state.to, state.from];
      state.type = typeBox.value;
      state.sector = sectorBox.value;
      detail.hidden = true;
      draw();
    }
    for (const box of [fromBox, toBox, typeBox, sectorBox]) box.addEventListener("change", changed);
    filters.addEventListener("submit", (event) => event.preventDefault());
    draw();
    return { state };
  }

  document.addEventListener("DOMContentLoaded", () => {
    const embedded = document.getElementById("qkg-map-data");
    const root = document.getElementById("evidence-map");
    if (embedded && root) render(root, JSON.parse(embedded.textContent), {});
  });

  return { render };
})();
