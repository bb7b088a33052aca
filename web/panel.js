// The incident panel, the entity page and the briefing page. Every string
// from the server goes in through el()/textContent (escape.js).
import * as api from "./api.js";
import { el, clear, highlighted } from "./escape.js";
import { colourOf } from "./map.js";

const when = (d) => (d && (d.value || [d.start, d.end].filter(Boolean).join(" – "))) || "date unknown";

function figures(incident) {
  const seen = new Map();
  for (const r of incident.reports || []) {
    for (const q of r.quantities || []) {
      const key = `${q.kind} ${q.display}${q.unit ? " " + q.unit : ""}`;
      if (!seen.has(key)) seen.set(key, r.outlet || "");
    }
  }
  return [...seen.keys()];
}

function conflictBlock(incident) {
  const outletOf = new Map((incident.reports || []).map((r) => [r.article, r.outlet || `article ${r.article}`]));
  return (incident.conflicts || []).map((c) =>
    el("div", { class: "conflict" },
      el("h4", {}, `Sources disagree: ${c.kind}`),
      el("div", { class: "sides" },
        (c.sides || []).map((s) => el("div", { class: "side" },
          el("div", { class: "value" }, String(s.value)),
          el("div", { class: "who" }, (s.articles || []).map((a) => outletOf.get(a) || `article ${a}`).join(", ")))))));
}

function reportBlock(r) {
  const needles = (r.quantities || []).map((q) => q.text).filter(Boolean);
  const status = r.attribution?.status ? ` · ${r.attribution.status}` : "";
  const source = r.attribution?.source ? ` by ${r.attribution.source}` : "";
  return el("li", { class: "report" },
    el("div", { class: "meta" },
      el("strong", {}, r.outlet || "unknown outlet"), ` · ${r.published || "undated"}${status}${source}`,
      r.modality && r.modality !== "asserted" ? ` · ${r.modality}` : ""),
    r.url ? el("a", { href: r.url, class: "title", rel: "noopener noreferrer", target: "_blank" }, r.title || r.url)
      : el("div", { class: "title" }, r.title || ""),
    el("blockquote", { class: "evidence" }, highlighted(r.evidence?.text || "", needles)),
    (r.quantities || []).length
      ? el("div", { class: "quantities" }, r.quantities.map((q) =>
        el("span", { class: "chip" }, `${q.kind} ${q.display}${q.unit ? " " + q.unit : ""}${q.qualifier ? " (" + q.qualifier + ")" : ""}`)))
      : null);
}

export async function showIncident(node, id) {
  clear(node).append(el("p", { class: "muted" }, "loading…"));
  let i;
  try { i = await api.incident(id); } catch (e) { clear(node).append(el("p", { class: "error" }, String(e.message))); return; }
  const loc = i.location || {};
  const where = loc.entity ? el("a", { href: `#/entity/${loc.entity}`, class: "entity-link" }, loc.name || "place")
    : (loc.name || "place unknown");
  const figs = figures(i);
  clear(node).append(
    el("article", { class: "incident", "data-id": i.id },
      el("p", {}, el("a", { href: "#/" }, "← all incidents")),
      el("h2", {}, el("span", { class: "dot" }), `${i.type}${i.subtype ? " (" + i.subtype + ")" : ""}`),
      el("p", { class: "summary" }, i.summary || ""),
      el("dl", {},
        el("dt", {}, "Where"), el("dd", { class: "where" }, where, loc.admin1 ? `, ${loc.admin1}` : "", loc.country ? ` (${loc.country})` : ""),
        el("dt", {}, "When"), el("dd", { class: "when" }, when(i.date)),
        i.actor?.name ? [el("dt", {}, "Actor"), el("dd", { class: "actor" }, i.actor.name)] : null,
        el("dt", {}, "Figures"), el("dd", { class: "figures" }, figs.length ? figs.join("; ") : "none stated"),
        el("dt", {}, "Sources"), el("dd", {}, `${i.sources} independent, ${i.articles} articles`)),
      conflictBlock(i),
      el("h3", {}, "Reports"),
      el("ol", { class: "reports" }, (i.reports || []).map(reportBlock))));
  node.querySelector(".dot").style.background = colourOf(i.type);
}

export async function showEntity(node, id) {
  clear(node).append(el("p", { class: "muted" }, "loading…"));
  let e;
  try { e = await api.entity(id); } catch (err) { clear(node).append(el("p", { class: "error" }, String(err.message))); return; }
  const months = e.incidents_by_month || [];
  const max = Math.max(1, ...months.map((m) => m.incidents));
  const bars = el("ul", { class: "bars" }, months.map((m) => {
    const bar = el("span", { class: "bar" });
    bar.style.width = `${(100 * m.incidents) / max}%`;
    return el("li", {}, el("span", { class: "month" }, m.month), bar, el("span", { class: "n" }, String(m.incidents)));
  }));
  clear(node).append(el("article", { class: "entity", "data-id": e.id },
    el("p", {}, el("a", { href: "#/" }, "← all incidents")),
    el("h2", {}, e.name),
    el("dl", {},
      el("dt", {}, "Type"), el("dd", {}, e.type || ""),
      e.role ? [el("dt", {}, "Role"), el("dd", { class: "role" }, e.role)] : null,
      e.country ? [el("dt", {}, "Country"), el("dd", {}, e.country)] : null,
      e.geo ? [el("dt", {}, "Location"), el("dd", {}, `${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}${e.geo.admin1 ? " · " + e.geo.admin1 : ""}`)] : null,
      el("dt", {}, "Aliases"), el("dd", { class: "aliases" }, (e.aliases || []).join(", ") || "none"),
      el("dt", {}, "Seen in"), el("dd", {}, `${e.mentions} mentions, ${e.articles} articles, ${e.incidents} incidents`)),
    el("h3", {}, "Incidents per month"),
    months.length ? bars : el("p", { class: "muted" }, "no incidents")));
}

export async function showBrief(node, date, onDate) {
  const picker = el("input", { type: "date", value: date || "", "aria-label": "day" });
  picker.addEventListener("change", () => onDate(picker.value));
  clear(node).append(el("p", { class: "muted" }, "loading…"));
  let b;
  try { b = await api.brief(date); } catch (e) { clear(node).append(el("p", { class: "error" }, String(e.message))); return; }
  const sources = b.sources || [];
  clear(node).append(el("article", { class: "brief" },
    el("p", {}, el("a", { href: "#/" }, "← all incidents")),
    el("h2", {}, `Briefing: ${b.period}`, " ", picker),
    (b.sections || []).length ? null : el("p", { class: "muted" }, "Nothing reported for this day."),
    (b.sections || []).map((s) => el("section", { class: "theme" },
      el("h3", {}, s.theme),
      el("ul", {}, (s.lines || []).map((l) => el("li", { class: l.conflict ? "line conflict-line" : "line" },
        el("a", { href: `#/incident/${l.incident}` }, l.text),
        (l.refs || []).map((n) => el("sup", {}, ` [${n}]`))))))),
    sources.length ? el("h3", {}, "Sources") : null,
    el("ol", { class: "sources" }, sources.map((s) => el("li", {},
      el("strong", {}, s.outlet || ""), ` · ${s.published || ""} · `,
      s.url ? el("a", { href: s.url, rel: "noopener noreferrer", target: "_blank" }, s.title || s.url) : s.title || "")))));
}
