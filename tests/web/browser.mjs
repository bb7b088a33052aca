// Shared by the web tests: the server's address (from run.sh) and a headless
// Chromium driven by playwright-core (web/'s devDependency), offline and with
// a fresh profile each time.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(path.join(ROOT, "web/package.json"));
const { chromium } = require("playwright-core");

export const BASE = (process.env.SITREP_URL || "").replace(/\/$/, "");
if (!BASE) throw new Error("SITREP_URL is not set: run the web tests with `make test-web`");

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function openBrowser({ intercept = true } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sitrep-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  // The page must not reach past the server: anything else is an error.
  const outside = [];
  // Interception costs a round trip to node per request: off for timings.
  if (intercept) await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(BASE + "/") || url === BASE) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(10000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  return {
    page, errors, outside,
    async close() { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

export async function getJson(p) {
  const res = await fetch(BASE + p);
  return { status: res.status, body: await res.json().catch(() => null) };
}
