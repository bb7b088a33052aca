// Builds the web tests' records: examples/corpus through `sitrep extract
// --with-text`, plus hand-written entities and events whose evidence is a
// real sentence of each article's text (found with indexOf), and one hostile
// article whose title and text carry HTML that must never run.
//
//   node tests/web/fixture.mjs build/sitrep > records.jsonl
//   build/sitrep load records.jsonl --db web.db
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const PLACES = {
  Kharkiv: { lat: 49.99, lon: 36.23, feature: "city", admin1: "Kharkiv Oblast", country: "UA", aliases: ["Kharkov"] },
  Dnipro: { lat: 48.46, lon: 35.04, feature: "city", admin1: "Dnipropetrovsk Oblast", country: "UA", aliases: [] },
  Poltava: { lat: 49.59, lon: 34.55, feature: "city", admin1: "Poltava Oblast", country: "UA", aliases: [] },
  Kyiv: { lat: 50.45, lon: 30.52, feature: "city", admin1: "Kyiv", country: "UA", aliases: ["Kiev"] },
  Odesa: { lat: 46.48, lon: 30.72, feature: "city", admin1: "Odesa Oblast", country: "UA", aliases: ["Odessa"] },
  Lozova: { lat: 49.69, lon: 37.76, feature: "village", admin1: "Kharkiv Oblast", country: "UA", aliases: [] },
  Kurakhove: { lat: 47.98, lon: 37.28, feature: "city", admin1: "Donetsk Oblast", country: "UA", aliases: [] },
  Kursk: { lat: 51.73, lon: 36.19, feature: "region", admin1: "Kursk Oblast", country: "RU", aliases: [] },
  Tiraspol: { lat: 46.84, lon: 29.63, feature: "city", admin1: "Transnistria", country: "MD", aliases: [] },
  Ukraine: { lat: 49.0, lon: 31.4, feature: "country", admin1: "", country: "UA", aliases: [] },
  Kherson: { lat: 46.64, lon: 32.61, feature: "city", admin1: "Kherson Oblast", country: "UA", aliases: [] },
};

const PEOPLE = {
  "Volodymyr Zelenskyy": { aliases: ["Zelensky", "Zelenskiy"], role: "President of Ukraine", country: "UA" },
  "Joe Biden": { aliases: ["Biden"], role: "President of the United States", country: "US" },
  "Denis Pushilin": { aliases: ["Pushilin"], role: "Moscow-installed head of occupied Donetsk", country: "RU" },
};

const q = (kind, value, text, extra = {}) => ({ kind, value, text, ...extra });

// Events per article, picked by a piece of the title. `sentence` is a phrase
// of the article's text; the evidence is the whole sentence around it, and
// each quantity's `text` must occur in that sentence.
const EVENTS = [
  { title: "Russia pounds power plants", events: [
    { type: "attack", subtype: "missile", place: "Ukraine", date: "2024-12-25", actor: "Russia",
      sentence: "According to the air force, Russia launched 78 missiles",
      quantities: [q("launched", 78, "78 missiles", { unit: "missile" }), q("launched", 106, "106 attack drones", { unit: "drone" })],
      attribution: { source: "Ukraine's air force", status: "reported" } },
    { type: "interception", place: "Ukraine", date: "2024-12-25", actor: "Ukrainian Air Force",
      sentence: "Air defence units destroyed 59 of the missiles",
      quantities: [q("intercepted", 59, "59", { unit: "missile" }), q("intercepted", 54, "54", { unit: "drone" })] },
    { type: "casualties", place: "Kharkiv", date: "2024-12-25", actor: "Russia",
      sentence: "Six people were wounded in the city",
      quantities: [q("wounded", 6, "Six people")], attribution: { source: "city officials", status: "reported" } },
    { type: "casualties", place: "Dnipro", date: "2024-12-25", actor: "Russia",
      sentence: "In Dnipro, one person was killed", quantities: [q("killed", 1, "one person")] },
    { type: "infrastructure", place: "Poltava", date: "2024-12-25", actor: "Russia",
      sentence: "Damage to energy equipment was also reported in the Poltava region", quantities: [] },
    { type: "statement", place: "Kyiv", date: "2024-12-25", actor: "Volodymyr Zelenskyy",
      sentence: "President Volodymyr Zelenskyy accused Moscow", quantities: [] },
  ] },
  { title: "Biden condemns Christmas Day barrage", events: [
    { type: "attack", subtype: "missile", place: "Ukraine", date: "2024-12-25", actor: "Russia",
      sentence: "Russian forces fired more than 70 missiles and over 100 drones",
      quantities: [q("launched", 70, "more than 70 missiles", { unit: "missile", qualifier: "at_least" }),
        q("launched", 100, "over 100 drones", { unit: "drone", qualifier: "at_least" })],
      attribution: { source: "Ukrainian officials", status: "reported" } },
    { type: "casualties", place: "Dnipro", date: "2024-12-25", actor: "Russia",
      sentence: "One man died in Dnipro", quantities: [q("killed", 1, "One man")] },
    { type: "casualties", place: "Kharkiv", date: "2024-12-25", actor: "Russia",
      sentence: "six people were injured in Kharkiv", quantities: [q("wounded", 6, "six people")] },
    { type: "statement", place: "Kyiv", date: "2024-12-26", actor: "Joe Biden",
      sentence: "He said he had directed the Defense Department", quantities: [] },
  ] },
  { title: "Kharkiv shivers after Christmas strikes", events: [
    { type: "infrastructure", place: "Kharkiv", date: "2024-12-26", actor: "Russia",
      sentence: "More than half a million people in Kharkiv were still without heating",
      quantities: [q("people", 500000, "half a million people", { qualifier: "at_least" })] },
    { type: "casualties", place: "Kharkiv", date: "2024-12-25", actor: "Russia",
      sentence: "In Kharkiv six people were injured", quantities: [q("wounded", 6, "six people")] },
  ] },
  { title: "Moscow claims Lozova", events: [
    { type: "territory", subtype: "captured", place: "Lozova", date: "2024-12-23", actor: "Russia",
      sentence: "its forces had captured the village of Lozova", quantities: [],
      attribution: { source: "Russia's Defense Ministry", status: "claimed" } },
    { type: "territory", subtype: "captured", place: "Kurakhove", date: "2024-12-23", actor: "Denis Pushilin",
      sentence: "claimed on Telegram that Russian troops now held the central district of Kurakhove", quantities: [],
      attribution: { source: "Denis Pushilin", status: "claimed" } },
    { type: "deployment", place: "Kursk", date: "2024-12-23", actor: "North Korea",
      sentence: "put it at between 11,000 and 15,000",
      quantities: [q("troops", 11000, "between 11,000 and 15,000", { max: 15000, qualifier: "range" })] },
  ] },
  { title: "Drone attack sets port warehouse ablaze", events: [
    { type: "attack", subtype: "drone", place: "Odesa", date: "2025-01-08", actor: "Russia",
      sentence: "Russian drones struck port facilities in the Odesa region overnight", quantities: [] },
    { type: "casualties", place: "Odesa", date: "2025-01-08", actor: "Russia",
      sentence: "Two port employees were wounded", quantities: [q("wounded", 2, "Two port employees")] },
    { type: "interception", place: "Ukraine", date: "2025-01-08", actor: "Ukrainian Air Force",
      sentence: "Forty-one were shot down over eleven regions", quantities: [q("intercepted", 41, "Forty-one", { unit: "drone" })] },
  ] },
  { title: "NATO command in Wiesbaden", events: [
    { type: "interception", subtype: "drone", place: "Ukraine", date: "2024-12-18", actor: "Ukrainian Air Force",
      sentence: "Russia attacked Ukraine with 31 drones, of which 20 were shot down",
      quantities: [q("launched", 31, "31 drones", { unit: "drone" }), q("intercepted", 20, "20", { unit: "drone" })],
      attribution: { source: "Ukraine's air force", status: "reported" } },
  ] },
  { title: "Thirty drones overnight", events: [
    { type: "interception", subtype: "drone", place: "Ukraine", date: "2024-12-18", actor: "Ukrainian Air Force",
      sentence: "Russia launched 30 attack and decoy drones at Ukraine overnight",
      quantities: [q("launched", 30, "30 attack and decoy drones", { unit: "drone" })],
      attribution: { source: "Ukraine's air force", status: "reported" } },
  ] },
  { title: "Ukraine denies losing Lozova", events: [
    { type: "territory", subtype: "captured", place: "Lozova", date: "2024-12-23", actor: "Russia",
      sentence: "Russian troops had seized the village of Lozova", quantities: [],
      attribution: { source: "Ukraine's military", status: "denied" } },
  ] },
  { title: "Transdniestria stretches blackouts", events: [
    { type: "infrastructure", place: "Tiraspol", date: "2025-01-05", actor: "",
      sentence: "rolling outages would now last up to four hours", quantities: [] },
  ] },
];

const HOSTILE_TITLE = 'Shelling report <script>window.__xss=1</script> from the south';
const HOSTILE_SENTENCE = 'Residents of Kherson said the shelling hit a market <img src=x onerror="window.__xss=1"> and a school <script>window.__xss=1</script> on Friday, wounding three people.';
const HOSTILE = {
  doc: {
    source: "fixture:hostile", part: 0, title: HOSTILE_TITLE, outlet: "Mallory Gazette",
    url: "javascript:window.__xss=1", published: "2025-01-10",
    text: `${HOSTILE_SENTENCE}\n\nThe regional governor called the zorblaxian attack deliberate.`,
  },
  events: [{ type: "attack", subtype: "artillery", place: "Kherson", date: "2025-01-10", actor: "Russia",
    sentence: HOSTILE_SENTENCE, quantities: [q("wounded", 3, "three people")] }],
};

const bytes = (s) => Buffer.byteLength(s, "utf8");

function span(text, piece, what) {
  const i = text.indexOf(piece);
  if (i < 0) throw new Error(`fixture: "${piece}" is not in ${what}`);
  return { start: bytes(text.slice(0, i)), end: bytes(text.slice(0, i + piece.length)), text: piece };
}

// The whole sentence around `phrase`: from the end of the previous sentence
// (". " or a line break) to the next one.
function sentenceAround(text, phrase, what) {
  const i = text.indexOf(phrase);
  if (i < 0) throw new Error(`fixture: "${phrase}" is not in ${what}`);
  const prev = text.lastIndexOf(". ", i);
  const start = Math.max(prev < 0 ? 0 : prev + 2, text.lastIndexOf("\n", i) + 1);
  const j = i + phrase.length;
  const ends = [text.indexOf(". ", j), text.indexOf(".\n", j)].filter((k) => k >= 0).map((k) => k + 1);
  const nl = text.indexOf("\n", j);
  if (nl >= 0) ends.push(nl);
  ends.push(text.length);
  return text.slice(start, Math.min(...ends));
}

function mentions(text, names) {
  const out = [];
  for (const n of names) {
    for (let i = text.indexOf(n); i >= 0 && out.length < 5; i = text.indexOf(n, i + n.length)) {
      out.push({ start: bytes(text.slice(0, i)), end: bytes(text.slice(0, i + n.length)), text: n });
    }
  }
  return out;
}

function annotate(record, events) {
  const text = record.doc.text;
  const entities = new Map();
  const entityId = (name, make) => {
    if (!entities.has(name)) entities.set(name, { id: `e${entities.size + 1}`, ...make() });
    return entities.get(name).id;
  };
  record.events = events.map((e, n) => {
    const p = PLACES[e.place];
    const placeId = entityId(e.place, () => ({ type: "location", name: e.place, aliases: p.aliases, country: p.country,
      geo: { lat: p.lat, lon: p.lon, feature: p.feature, admin1: p.admin1, country: p.country },
      mentions: mentions(text, [e.place, ...p.aliases]) }));
    const person = PEOPLE[e.actor];
    const actor = { name: e.actor, country: person?.country || "" };
    if (person) {
      actor.entity = entityId(e.actor, () => ({ type: "person", name: e.actor, aliases: person.aliases, role: person.role,
        country: person.country, mentions: mentions(text, [e.actor, ...person.aliases]) }));
    }
    const sentence = sentenceAround(text, e.sentence, record.doc.title);
    const evidence = span(text, sentence, record.doc.title);
    for (const qu of e.quantities) {
      if (!sentence.includes(qu.text)) throw new Error(`fixture: "${qu.text}" is not in its evidence`);
    }
    return {
      id: `v${n + 1}`, type: e.type, subtype: e.subtype || "", actor,
      location: { name: e.place, entity: placeId, lat: p.lat, lon: p.lon, admin1: p.admin1, country: p.country },
      date: { value: e.date, precision: "day", text: "" },
      quantities: e.quantities,
      attribution: e.attribution || { source: "", status: "reported" },
      evidence, modality: "asserted", rule: "fixture.hand_written", confidence: 0.9,
    };
  });
  record.entities = [...entities.values()];
  return record;
}

export function fixtureRecords(sitrep) {
  const args = ["extract", path.join(ROOT, "examples/corpus"), "--with-text", "--format", "jsonl"];
  // Without the lexicons (a branch that lacks data/) the text is still
  // extracted; the events here are hand-written either way.
  if (!process.env.SITREP_DATA && !fs.existsSync(path.join(ROOT, "data"))) {
    args.push("--data", fs.mkdtempSync(path.join(os.tmpdir(), "sitrep-nodata-")));
  }
  const out = execFileSync(sitrep, args,
    { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "ignore"] });
  const records = out.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const used = new Set();
  for (const r of records) {
    const spec = EVENTS.find((s) => (r.doc.title || "").includes(s.title));
    if (spec) { annotate(r, spec.events); used.add(spec.title); } else { r.events = []; r.entities = []; }
  }
  for (const s of EVENTS) if (!used.has(s.title)) throw new Error(`fixture: no article titled "${s.title}…"`);
  records.push(annotate(structuredClone(HOSTILE), HOSTILE.events));
  return records;
}

export const HOSTILE_ARTICLE = { title: HOSTILE_TITLE, sentence: HOSTILE_SENTENCE, word: "zorblaxian" };

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const sitrep = process.argv[2] || path.join(ROOT, "build/sitrep");
  for (const r of fixtureRecords(sitrep)) process.stdout.write(JSON.stringify(r) + "\n");
}
