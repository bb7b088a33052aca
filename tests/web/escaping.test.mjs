// An article whose title and text hold <script> and <img onerror> shows them
// as text and runs none of it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, openBrowser, getJson } from "./browser.mjs";
import { HOSTILE_ARTICLE } from "./fixture.mjs";

let b;
before(async () => { b = await openBrowser(); });
after(async () => { await b?.close(); });

test("the hostile article's incident shows its markup literally", async () => {
  const { body } = await getJson("/api/incidents?place=Kherson");
  assert.equal(body.incidents.length, 1);
  await b.page.goto(`${BASE}/#/incident/${body.incidents[0].id}`);
  await b.page.waitForSelector("#panel .evidence");
  assert.equal(await b.page.textContent("#panel .report .title"), HOSTILE_ARTICLE.title);
  assert.equal(await b.page.textContent("#panel .evidence"), HOSTILE_ARTICLE.sentence);
  assert.equal(await b.page.textContent("#panel .evidence mark"), "three people");
  const injected = await b.page.evaluate(() => ({
    xss: typeof window.__xss,
    scripts: document.querySelectorAll("#panel script, #list script").length,
    imgs: document.querySelectorAll("img[src='x'], img[onerror]").length,
    hrefs: [...document.querySelectorAll("#panel a")].map((a) => a.getAttribute("href")),
  }));
  assert.equal(injected.xss, "undefined");
  assert.equal(injected.scripts, 0);
  assert.equal(injected.imgs, 0);
  assert.ok(injected.hrefs.every((h) => !/^javascript:/i.test(h)), JSON.stringify(injected.hrefs));
});

test("the hostile article in the list and in search results", async () => {
  await b.page.goto(`${BASE}/#/`);
  await b.page.fill("#f-place", "Kherson");
  await b.page.press("#f-place", "Enter");
  await b.page.waitForFunction(() => document.querySelectorAll("#list li.incident-item").length === 1);
  await b.page.fill("#q", HOSTILE_ARTICLE.word);
  await b.page.press("#q", "Enter");
  await b.page.waitForSelector("#search-results .hit");
  assert.equal(await b.page.textContent("#search-results .hit .title"), HOSTILE_ARTICLE.title);
  const snippet = await b.page.textContent("#search-results .hit .snippet");
  assert.ok(!snippet.includes("\u0002") && !snippet.includes("\u0003"));
  await b.page.fill("#q", "onerror");
  await b.page.press("#q", "Enter");
  await b.page.waitForFunction(() => document.querySelector("#search-results .hit .snippet"));
  await b.page.mouse.move(10, 10);
  assert.equal(await b.page.evaluate(() => typeof window.__xss), "undefined");
  assert.equal(await b.page.evaluate(() => document.querySelectorAll("img[src='x'], img[onerror]").length), 0);
});

test("the page sends a strict Content-Security-Policy", async () => {
  const res = await fetch(BASE + "/");
  const html = await res.text();
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/);
  assert.ok(csp, "CSP meta tag");
  assert.match(csp[1], /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp[1], /unsafe-inline|unsafe-eval/);
});
