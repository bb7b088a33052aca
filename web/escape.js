// The one way text from articles reaches the page: DOM nodes built with
// textContent. Nothing here parses HTML, so a title holding <script> shows as
// those characters and never runs.

// el("a", {href: "#/x", class: "k"}, "text", childNode, ...)
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = String(v);
    else if (k === "href") node.setAttribute("href", safeHref(v));
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// Only our own hash routes and http(s) links; "javascript:" and the like become "#".
export function safeHref(v) {
  const s = String(v);
  if (s.startsWith("#/")) return s;
  try {
    const u = new URL(s, location.href);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  } catch { /* not a URL */ }
  return "#";
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// A search snippet marks its matches with \u0002 ... \u0003.
export function markedSnippet(snippet) {
  const frag = document.createDocumentFragment();
  let inside = false;
  for (const part of String(snippet ?? "").split(/([\u0002\u0003])/)) {
    if (part === "\u0002") inside = true;
    else if (part === "\u0003") inside = false;
    else if (part) frag.append(inside ? el("mark", {}, part) : document.createTextNode(part));
  }
  return frag;
}

// `text` with every occurrence of each needle wrapped in <mark>; the longest
// needle wins where two overlap.
export function highlighted(text, needles) {
  text = String(text ?? "");
  const spans = [];
  for (const n of [...new Set(needles.filter(Boolean).map(String))].sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) {
      if (!spans.some(([s, e]) => i < e && i + n.length > s)) spans.push([i, i + n.length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const [s, e] of spans) {
    if (s > at) frag.append(document.createTextNode(text.slice(at, s)));
    frag.append(el("mark", {}, text.slice(s, e)));
    at = e;
  }
  if (at < text.length) frag.append(document.createTextNode(text.slice(at)));
  return frag;
}
