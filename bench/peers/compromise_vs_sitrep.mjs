#!/usr/bin/env node
// Side by side: compromise (a JavaScript NLP library: people(), places(),
// organizations()) and `sitrep extract` on the same articles, scored against
// an entities file with the matching rules of shared/tools/factcheck
// (reimplemented here), and timed on the same bytes.
//
//   node bench/peers/compromise_vs_sitrep.mjs [--entities ENTITIES.tsv] [--repeat N] FILE...
//   (defaults: /work/shared/seeds/entities.tsv and the seed articles beside it)
//
// Needs `npm install` (compromise) and a built build/sitrep.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const entitiesPath = opt('--entities', '/work/shared/seeds/entities.tsv');
const repeat = Number(opt('--repeat', '10'));
const sitrep = opt('--sitrep', path.join(root, 'build', 'sitrep'));
let files = args;
if (!files.length) {
  const dir = path.dirname(entitiesPath);
  files = fs.readdirSync(dir).filter(f => /^\d+.*\.txt$/.test(f)).map(f => path.join(dir, f));
}

// --- scoring: whole-word containment after folding, either way ---
function fold(s) {
  let t = (s || '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  t = t.replaceAll('\u2019', "'").replaceAll("'s ", ' ');
  t = t.replace(/[^a-z0-9]+/g, ' ').trim();
  return t.replace(/(iy|yi|yy|ij)\b/g, 'y');
}
function agrees(alt, text) {
  const a = fold(alt), t = fold(text);
  if (!a || !t) return false;
  return ` ${t} `.includes(` ${a} `) || ` ${a} `.includes(` ${t} `);
}
const anyAgrees = (alts, names) => alts.some(a => names.some(n => n && agrees(a, n)));

function readGold(file) {
  const gold = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [doc, type, names] = line.split('\t');
    if (doc === 'doc') continue;
    gold.push({ doc, type, alts: (names || '').split('|') });
  }
  return gold;
}

// outputs: Map doc key -> [{type, names: [...]}]
function score(gold, outputs) {
  let hit = 0, total = 0, spurious = 0;
  for (const key of new Set(gold.map(g => g.doc))) {
    const outs = outputs.get(key) || [];
    const mine = gold.filter(g => g.doc === key);
    for (const g of mine) {
      total++;
      if (outs.some(e => e.type === g.type && anyAgrees(g.alts, e.names))) hit++;
    }
    const types = new Set(mine.map(g => g.type));
    for (const e of outs) {
      if (!types.has(e.type)) continue;
      if (!mine.some(g => g.type === e.type && anyAgrees(g.alts, e.names))) spurious++;
    }
  }
  const p = hit + spurious ? hit / (hit + spurious) : 0, r = total ? hit / total : 0;
  return { p, r, f1: p + r ? 2 * p * r / (p + r) : 0 };
}

const keyOf = file => path.basename(file).split('_')[0];

// --- compromise ---
function compromiseEntities(text) {
  const doc = nlp(text);
  const out = [];
  const seen = new Set();
  for (const [type, view] of [['person', doc.people()], ['location', doc.places()], ['organization', doc.organizations()]]) {
    for (let name of view.out('array')) {
      name = name.replace(/[.,;:!?"“”]+$/g, '').replace(/['’]s$/, '').trim();
      const k = type + '|' + name.toLowerCase();
      if (name && !seen.has(k)) { seen.add(k); out.push({ type, names: [name] }); }
    }
  }
  return out;
}

// --- sitrep ---
function sitrepRun(paths) {
  return execFileSync(sitrep, ['extract', ...paths], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] })
    .toString().split('\n').filter(Boolean).map(l => JSON.parse(l));
}

const gold = readGold(entitiesPath);
const texts = files.map(f => fs.readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const cOut = new Map();
files.forEach((f, i) => cOut.set(keyOf(f), compromiseEntities(texts[i])));
const sOut = new Map();
for (const rec of sitrepRun(files)) {
  const k = keyOf(rec.doc.source);
  const list = sOut.get(k) || [];
  for (const e of rec.entities) list.push({ type: e.type, names: [e.name, ...(e.aliases || [])] });
  sOut.set(k, list);
}

// Speed: the same articles `repeat` times; sitrep's figure includes its
// start-up (opening lexicons and gazetteer) in the one process it runs.
let t = process.hrtime.bigint();
for (let r = 0; r < repeat; r++) for (const text of texts) compromiseEntities(text);
const cSec = Number(process.hrtime.bigint() - t) / 1e9;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-peer-'));
const copies = [];
for (let r = 0; r < repeat; r++) {
  files.forEach((f, i) => {
    const p = path.join(tmp, `${r}_${path.basename(f)}`);
    fs.writeFileSync(p, texts[i]);
    copies.push(p);
  });
}
t = process.hrtime.bigint();
sitrepRun(copies);
const sSec = Number(process.hrtime.bigint() - t) / 1e9;
// Start-up alone (one empty article), to show the per-byte speed apart from it.
const empty = path.join(tmp, 'empty.txt');
fs.writeFileSync(empty, 'x\n');
t = process.hrtime.bigint();
sitrepRun([empty]);
const startSec = Number(process.hrtime.bigint() - t) / 1e9;
fs.rmSync(tmp, { recursive: true });

const mb = bytes * repeat / 1e6;
const cs = score(gold, cOut), ss = score(gold, sOut);
const line = (name, s, sec) =>
  `${name.padEnd(10)} precision ${s.p.toFixed(2)} recall ${s.r.toFixed(2)} F1 ${s.f1.toFixed(2)}   ` +
  `${(mb / sec).toFixed(2)} MB/s (${mb.toFixed(2)} MB in ${sec.toFixed(2)} s)`;
console.log(`entities of ${files.length} files scored against ${entitiesPath}; speed on ${repeat} copies`);
console.log(line('compromise', cs, cSec));
console.log(line('sitrep', ss, sSec));
const work = Math.max(sSec - startSec, 1e-3);
console.log(`sitrep start-up ${(startSec * 1000).toFixed(0)} ms; without it ${(mb / work).toFixed(2)} MB/s`);
console.log(`sitrep/compromise: F1 ${ss.f1 >= cs.f1 ? '+' : ''}${(ss.f1 - cs.f1).toFixed(2)}, ` +
            `speed ${(cSec / sSec).toFixed(1)}x with start-up, ${(cSec / work).toFixed(1)}x without`);
