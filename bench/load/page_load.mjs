// Time from navigation to the incident list rendered, in headless Chromium,
// over the server at SITREP_URL. Five cold loads (fresh profile each), median.
import { openBrowser, BASE } from "../../tests/web/browser.mjs";

const times = [];
for (let run = 0; run < 5; ++run) {
  const b = await openBrowser({ intercept: false });
  const t0 = Date.now();
  await b.page.goto(BASE + "/");
  await b.page.waitForSelector("#list li.incident-item", { timeout: 30000 });
  const list = Date.now() - t0;
  await b.page.waitForFunction(() => document.querySelector(".marker-cluster, path.leaflet-interactive"), null, { timeout: 30000 });
  const map = Date.now() - t0;
  times.push([list, map]);
  await b.close();
}
times.sort((a, b) => a[0] - b[0]);
const [list, map] = times[Math.floor(times.length / 2)];
console.log(`page load: list rendered in ${list} ms, map markers in ${map} ms (median of 5 cold loads)  ${list < 1000 ? "ok" : "OVER 1 s"}`);

if (process.env.VERBOSE) {
  const b = await openBrowser({ intercept: false });
  await b.page.goto(BASE + "/");
  await b.page.waitForSelector("#list li.incident-item", { timeout: 30000 });
  const entries = await b.page.evaluate(() => performance.getEntriesByType("resource")
    .map((e) => [e.name.replace(location.origin, ""), Math.round(e.startTime), Math.round(e.responseEnd)]));
  for (const e of entries) console.log(e.join("  "));
  await b.close();
}
