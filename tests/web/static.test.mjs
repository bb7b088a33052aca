// The static file handler answers only for files inside web/.
import { test } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import { BASE } from "./browser.mjs";

// A raw request: fetch() would normalise "/../" away before sending.
function rawGet(target) {
  const { hostname, port } = new URL(BASE);
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(port), hostname, () => {
      sock.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    });
    let data = "";
    sock.setEncoding("latin1");
    sock.on("data", (d) => { data += d; });
    sock.on("end", () => resolve({ status: Number(data.split(" ")[1]), body: data }));
    sock.on("error", reject);
    sock.setTimeout(5000, () => { sock.destroy(); reject(new Error("timeout")); });
  });
}

const ESCAPES = ["/../secret", "/../Makefile", "/%2e%2e/", "/%2e%2e/Makefile", "/%2E%2E/%2E%2E/etc/passwd",
  "/..%2fMakefile", "/vendor/../../Makefile", "//etc/passwd", "/etc/passwd", "/.gitignore",
  "/package.json/../../CMakeLists.txt", "/./index.html/..", "/%00index.html", "/\\..\\Makefile"];

for (const target of ESCAPES) {
  test(`GET ${target} is 404 (or 400)`, async () => {
    const { status, body } = await rawGet(target);
    assert.ok(status === 404 || status === 400, `${target}: ${status}`);
    assert.doesNotMatch(body, /root:|cmake_minimum_required|\.PHONY/);
  });
}

test("the page and its scripts are served with their types", async () => {
  for (const [p, type] of [["/", "text/html"], ["/app.js", "text/javascript"], ["/style.css", "text/css"],
    ["/vendor/leaflet/leaflet.js", "text/javascript"]]) {
    const res = await fetch(BASE + p);
    assert.equal(res.status, 200, p);
    assert.ok(res.headers.get("content-type").startsWith(type), p);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  }
});
