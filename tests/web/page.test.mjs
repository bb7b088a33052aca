// The page in headless Chromium over the fixture database (see run.sh).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, openBrowser, getJson } from "./browser.mjs";

let b;
before(async () => { b = await openBrowser(); });
after(async () => { await b?.close(); });

const listTypes = () => b.page.$$eval("#list li.incident-item strong", (n) => n.map((x) => x.textContent));

async function home() {
  await b.page.goto(BASE + "/#/");
  await b.page.waitForSelector("#list li.incident-item");
}

test("the page loads with a list, markers, borders and a timeline", async () => {
  await home();
  assert.ok((await listTypes()).length > 5);
  await b.page.waitForSelector(".leaflet-overlay-pane path.leaflet-interactive, .marker-cluster", { timeout: 5000 });
  await b.page.waitForFunction(() => document.querySelectorAll(".leaflet-overlay-pane path").length > 50, null, { timeout: 5000 });
  const label = await b.page.textContent("#timeline-label");
  assert.match(label, /drag across the chart/);
  assert.deepEqual(b.outside, []);
});

test("a marker (or the first list item) opens the incident panel with its evidence", async () => {
  await home();
  const marker = await b.page.$(".leaflet-overlay-pane path.leaflet-interactive[fill]:not([fill='#eef0f3'])");
  if (marker) await marker.click({ force: true });
  else await b.page.click("#list li.incident-item a");
  await b.page.waitForSelector("#panel article.incident .evidence");
  const evidence = await b.page.$$eval("#panel .evidence", (n) => n.map((x) => x.textContent));
  assert.ok(evidence.length >= 1 && evidence.every((t) => t.length > 10), JSON.stringify(evidence));
  assert.ok(await b.page.isVisible("#panel .report .meta strong"));
  assert.match(await b.page.textContent("#panel .when"), /\d{4}-\d{2}-\d{2}/);
});

test("figure words in the evidence are highlighted", async () => {
  const { body } = await getJson("/api/incidents?place=Odesa&type=casualties");
  const id = body.incidents[0].id;
  await b.page.goto(`${BASE}/#/incident/${id}`);
  await b.page.waitForSelector("#panel .evidence mark");
  assert.equal(await b.page.textContent("#panel .evidence mark"), "Two port employees");
  assert.match(await b.page.textContent("#panel .figures"), /wounded 2/);
});

test("conflicting figures are shown side by side", async () => {
  const { body } = await getJson("/api/conflicts");
  assert.ok(body.incidents.length >= 1, "the fixture has a disputed incident");
  await b.page.goto(`${BASE}/#/incident/${body.incidents[0].id}`);
  await b.page.waitForSelector("#panel .conflict .side");
  const sides = await b.page.$$eval("#panel .conflict .side .value", (n) => n.map((x) => x.textContent));
  assert.ok(sides.length >= 2 && new Set(sides).size >= 2, JSON.stringify(sides));
  assert.ok((await b.page.$$("#panel .report")).length >= 2);
});

test("filtering by type keeps only that type", async () => {
  await home();
  await b.page.selectOption("#f-type", "territory");
  await b.page.waitForFunction(() => {
    const t = [...document.querySelectorAll("#list li.incident-item strong")].map((x) => x.textContent);
    return t.length > 0 && t.every((x) => x === "territory");
  });
  const { body } = await getJson("/api/incidents?type=territory");
  assert.equal((await listTypes()).length, body.incidents.length);
  await b.page.selectOption("#f-type", "");
});

test("picking days on the timeline filters the list", async () => {
  await home();
  await b.page.evaluate(() => window.sitrep.selectDays("2024-12-25", "2024-12-25"));
  await b.page.waitForFunction(() => {
    const items = [...document.querySelectorAll("#list li.incident-item .row")].map((x) => x.textContent);
    return items.length > 0 && items.every((t) => t.includes("2024-12-25"));
  });
  // A real drag across the canvas selects a range too.
  const box = await b.page.locator("#timeline").boundingBox();
  await b.page.mouse.move(box.x + 5, box.y + 20);
  await b.page.mouse.down();
  await b.page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 4 });
  await b.page.mouse.up();
  assert.match(await b.page.textContent("#timeline-label"), /^days \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/);
});

test("search lists articles with the matched words highlighted", async () => {
  await home();
  await b.page.fill("#q", "Lozova");
  await b.page.press("#q", "Enter");
  await b.page.waitForSelector("#search-results .hit .snippet mark");
  const marks = await b.page.$$eval("#search-results .hit .snippet mark", (n) => n.map((x) => x.textContent));
  assert.ok(marks.some((m) => /lozova/i.test(m)), JSON.stringify(marks));
});

test("an entity page shows aliases and incidents per month", async () => {
  await home();
  await b.page.fill("#q", "Kharkiv");
  await b.page.press("#q", "Enter");
  await b.page.waitForSelector("#search-results .entity-hits a");
  await b.page.click("#search-results .entity-hits a >> text=Kharkiv");
  await b.page.waitForSelector("#page article.entity");
  assert.equal(await b.page.textContent("#page article.entity h2"), "Kharkiv");
  assert.match(await b.page.textContent("#page .aliases"), /Kharkov/);
  assert.ok((await b.page.$$("#page .bars li")).length >= 1);
});

test("the briefing page for a day has themes, lines and numbered sources", async () => {
  await b.page.goto(`${BASE}/#/brief/2024-12-25`);
  await b.page.waitForSelector("#page article.brief .theme li");
  assert.match(await b.page.textContent("#page article.brief h2"), /2024-12-25/);
  assert.ok((await b.page.$$("#page .sources li")).length >= 1);
  await b.page.click("#page .theme li a");
  await b.page.waitForSelector("#panel article.incident");
  assert.deepEqual(b.errors, []);
});

test("paging: More fetches the next page with the cursor", async () => {
  await b.page.goto(`${BASE}/`);
  await b.page.waitForSelector("#list li.incident-item");
  const { body } = await getJson("/api/incidents?limit=500");
  const n = await b.page.$$eval("#list li.incident-item", (x) => x.length);
  assert.equal(n, Math.min(50, body.incidents.length));
  if (await b.page.isVisible("#more")) {
    await b.page.click("#more");
    await b.page.waitForFunction((k) => document.querySelectorAll("#list li.incident-item").length > k, n);
  }
});
