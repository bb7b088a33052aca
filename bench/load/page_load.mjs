// The page's load time over the server at SITREP_URL, in headless Chromium:
// five cold loads (fresh profile each), median.
//
// Two clocks. "painted" is measured in the page: from navigation start to
// the first frame after the first incident is in the list (a mutation
// observer, then requestAnimationFrame). "seen" is node's wall clock from
// page.goto() to Playwright's waitForSelector finding the list; its queries
// queue behind the page's own work (the 500-marker map, the borders file),
// so it runs later than the paint by that work, and it includes the
// browser's navigation set-up.
import { openBrowser, BASE } from "../../tests/web/browser.mjs";

function watchList() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector("#list li.incident-item")) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__listPainted = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
}

const runs = [];
for (let run = 0; run < 5; ++run) {
  const b = await openBrowser({ intercept: false });
  await b.page.addInitScript(watchList);
  const t0 = Date.now();
  await b.page.goto(BASE + "/", { waitUntil: "commit" });
  await b.page.waitForSelector("#list li.incident-item", { timeout: 30000 });
  const seen = Date.now() - t0;
  await b.page.waitForFunction(() => window.__listPainted, null, { timeout: 30000 });
  await b.page.waitForFunction(() => document.querySelector(".marker-cluster, path.leaflet-interactive"), null, { timeout: 30000 });
  const map = Date.now() - t0;
  const painted = Math.round(await b.page.evaluate(() => window.__listPainted));
  runs.push({ painted, seen, map });
  await b.close();
}
const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
const painted = median("painted");
console.log(`incident list painted in ${painted} ms (in the page), seen by Playwright in ${median("seen")} ms, ` +
  `map markers by ${median("map")} ms; medians of 5 cold loads; target < 1000 ms: ${painted < 1000 ? "met" : "MISSED"}`);

if (process.env.VERBOSE) {
  for (const r of runs) console.log(JSON.stringify(r));
  const b = await openBrowser({ intercept: false });
  await b.page.goto(BASE + "/");
  await b.page.waitForSelector("#list li.incident-item", { timeout: 30000 });
  const entries = await b.page.evaluate(() => performance.getEntriesByType("resource")
    .map((e) => [e.name.replace(location.origin, ""), Math.round(e.startTime), Math.round(e.responseEnd)]));
  for (const e of entries) console.log(e.join("  "));
  await b.close();
}
