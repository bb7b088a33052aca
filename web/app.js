// sitrep's page: filters and search on top, map and timeline on the left,
// the incident list or a panel on the right; hash routes pick the panel.
import * as api from "./api.js";
import { el, clear, markedSnippet } from "./escape.js";
import { IncidentMap, TYPE_COLOURS, colourOf } from "./map.js";
import { Timeline } from "./timeline.js";
import { showIncident, showEntity, showBrief } from "./panel.js";

const LIST_PAGE = 50;
const MAP_PAGE = 500;
const $ = (id) => document.getElementById(id);

const state = { filters: {}, range: null, cursor: "", latestDay: "" };
let listSeq = 0;

function query() {
  const q = { ...state.filters };
  if (state.range) { q.since = state.range[0]; q.until = state.range[1]; }
  return q;
}

function listItem(i) {
  const loc = i.location || {};
  const dot = el("span", { class: "dot" });
  dot.style.background = colourOf(i.type);
  return el("li", { class: "incident-item", "data-id": i.id },
    el("a", { href: `#/incident/${i.id}` },
      el("div", { class: "row" }, dot, el("strong", {}, i.type), ` · ${loc.name || "place unknown"} · ${i.date?.value || "undated"}`,
        el("span", { class: "sources" }, `${i.sources} src`), i.conflict ? el("span", { class: "flag" }, "disputed") : null),
      el("div", { class: "summary" }, i.summary || "")));
}

async function loadList(more = false) {
  const seq = ++listSeq;
  const list = $("list");
  if (!more) { clear(list); state.cursor = ""; }
  $("more").hidden = true;
  $("status").textContent = "loading…";
  try {
    const page = await api.incidents(query(), LIST_PAGE, more ? state.cursor : "");
    if (seq !== listSeq) return;
    list.append(...page.incidents.map(listItem));
    state.cursor = page.next_cursor || "";
    $("more").hidden = !state.cursor;
    $("status").textContent = list.children.length ? `${list.children.length}${state.cursor ? "+" : ""} incidents` : "no incidents match";
    list.dataset.ready = "1";
  } catch (e) {
    $("status").textContent = `error: ${e.message}`;
  }
}

async function loadMap() {
  try {
    const page = await api.incidents(query(), MAP_PAGE);
    map.show(page.incidents);
  } catch (e) { console.warn("sitrep: map", e); }
}

async function loadTimeline() {
  try {
    const t = await api.timeline(state.filters);
    timeline.show(t.buckets || []);
    const days = (t.buckets || []).map((b) => b.day).filter(Boolean).sort();
    state.latestDay = days[days.length - 1] || "";
  } catch (e) { console.warn("sitrep: timeline", e); }
}

function refresh({ withTimeline = true } = {}) {
  loadList();
  loadMap();
  if (withTimeline) loadTimeline();
}

function readFilters() {
  const f = {};
  for (const name of ["type", "place", "actor", "outlet", "min_sources"]) {
    const v = $(`f-${name}`).value.trim();
    if (v) f[name] = v;
  }
  if ($("f-conflicts").checked) f.conflicts = 1;
  state.filters = f;
  refresh();
}

async function runSearch(q) {
  const box = $("search-results");
  clear(box);
  if (!q) { box.hidden = true; return; }
  box.hidden = false;
  box.append(el("p", { class: "muted" }, "searching…"));
  try {
    const [hits, ents] = await Promise.all([api.search(q), api.entities(q).catch(() => ({ entities: [] }))]);
    clear(box);
    box.append(el("button", { type: "button", class: "close", onclick: () => { box.hidden = true; } }, "×"));
    if (ents.entities.length) {
      box.append(el("h3", {}, "Names"), el("ul", { class: "entity-hits" }, ents.entities.map((e) =>
        el("li", {}, el("a", { href: `#/entity/${e.id}` }, e.name), ` · ${e.type}${e.role ? " · " + e.role : ""}`))));
    }
    box.append(el("h3", {}, `Articles (${hits.hits.length})`));
    box.append(el("ul", { class: "hits" }, hits.hits.map((h) => el("li", { class: "hit", "data-article": h.article },
      el("div", { class: "title" }, h.title || "(untitled)"),
      el("div", { class: "meta" }, `${h.outlet || ""} · ${h.published || ""}`),
      el("div", { class: "snippet" }, markedSnippet(h.snippet))))));
  } catch (e) {
    clear(box).append(el("p", { class: "error" }, `search failed: ${e.message}`));
  }
}

function route() {
  const [, kind, arg] = (location.hash.match(/^#\/(\w+)\/?(.*)$/) || []);
  const side = $("side"), page = $("page");
  page.hidden = true; side.hidden = false;
  $("panel").hidden = true; $("listing").hidden = false;
  if (kind === "incident" && arg) {
    $("listing").hidden = true; $("panel").hidden = false;
    showIncident($("panel"), decodeURIComponent(arg));
  } else if (kind === "entity" && arg) {
    page.hidden = false; $("main").classList.add("paged");
    showEntity(page, decodeURIComponent(arg));
    return;
  } else if (kind === "brief") {
    page.hidden = false; $("main").classList.add("paged");
    const day = decodeURIComponent(arg || "") || state.latestDay;
    showBrief(page, day, (d) => { location.hash = `#/brief/${d}`; });
    return;
  }
  $("main").classList.remove("paged");
  map.invalidate();
}

const map = new IncidentMap($("map"), (id) => { location.hash = `#/incident/${id}`; });
const timeline = new Timeline($("timeline"), $("timeline-label"), (range) => { state.range = range; refresh({ withTimeline: false }); });

function setup() {
  const types = $("f-type");
  for (const t of Object.keys(TYPE_COLOURS)) types.append(el("option", { value: t }, t));
  $("filters").addEventListener("submit", (e) => { e.preventDefault(); readFilters(); });
  $("filters").addEventListener("change", (e) => { if (e.target.tagName === "SELECT" || e.target.type === "checkbox") readFilters(); });
  $("search").addEventListener("submit", (e) => { e.preventDefault(); runSearch($("q").value.trim()); });
  $("more").addEventListener("click", () => loadList(true));
  $("brief-link").addEventListener("click", (e) => { e.preventDefault(); location.hash = `#/brief/${state.latestDay}`; });
  window.addEventListener("hashchange", route);
  // Exposed for tests and the console: pick days as a drag on the chart would.
  window.sitrep = { selectDays: (a, b) => timeline.select(a, b), state };
}

setup();
route();
// The list first; the map, its borders and the timeline once it is shown.
loadList().finally(() => {
  loadMap();
  loadTimeline().then(() => { if (location.hash.startsWith("#/brief") && !location.hash.slice(8)) route(); });
  map.borders();
});
