// JSON from the sitrep server. Empty parameters are left out.
export async function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  }
  const url = q.toString() ? `${path}?${q}` : path;
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error || `${res.status} ${res.statusText}`);
  return body;
}

export const incidents = (filters, limit, cursor) => get("/api/incidents", { ...filters, limit, cursor });
export const incident = (id) => get(`/api/incidents/${encodeURIComponent(id)}`);
export const entity = (id) => get(`/api/entities/${encodeURIComponent(id)}`);
export const entities = (q) => get("/api/entities", { q, limit: 10 });
export const search = (q) => get("/api/search", { q, limit: 20 });
export const brief = (date) => get("/api/brief", { date });
export const timeline = (filters) => get("/api/timeline", filters);
