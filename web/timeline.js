// Incidents per day and type as stacked bars on a canvas; drag across it to
// pick a range of days, click without dragging to clear the range.
import { colourOf } from "./map.js";

const DAY = 86400000;
const dayNumber = (d) => Math.floor(Date.parse(d + "T00:00:00Z") / DAY);
const dayString = (n) => new Date(n * DAY).toISOString().slice(0, 10);

export class Timeline {
  constructor(canvas, label, onRange) {
    this.canvas = canvas;
    this.label = label;
    this.onRange = onRange;
    this.range = null;
    this.buckets = [];
    let from = null;
    const dayAt = (ev) => {
      const r = canvas.getBoundingClientRect();
      const x = Math.max(0, Math.min(r.width - 1, ev.clientX - r.left));
      return this.first + Math.floor((x / r.width) * this.days);
    };
    canvas.addEventListener("mousedown", (ev) => { if (this.days) { from = dayAt(ev); this.drag = [from, from]; this.draw(); } });
    window.addEventListener("mousemove", (ev) => { if (from !== null) { this.drag = [from, dayAt(ev)].sort((a, b) => a - b); this.draw(); } });
    window.addEventListener("mouseup", (ev) => {
      if (from === null) return;
      const start = from, to = dayAt(ev);
      from = null;
      this.drag = null;
      this.setRange(to !== start ? [Math.min(start, to), Math.max(start, to)] : null);
    });
    new ResizeObserver(() => this.draw()).observe(canvas);
  }

  setRange(r) {
    this.range = r && [dayString(r[0]), dayString(r[1])];
    this.draw();
    this.onRange(this.range);
  }

  // Select a range by day strings (also used by the tests).
  select(since, until) {
    this.range = since ? [since, until || since] : null;
    this.draw();
    this.onRange(this.range);
  }

  show(buckets) {
    this.buckets = buckets;
    if (!buckets.length) { this.days = 0; this.draw(); return; }
    const days = buckets.map((b) => dayNumber(b.day)).filter((n) => !Number.isNaN(n));
    this.first = Math.min(...days);
    this.days = Math.max(...days) - this.first + 1;
    this.perDay = new Map();
    for (const b of buckets) {
      const n = dayNumber(b.day);
      if (Number.isNaN(n)) continue;
      if (!this.perDay.has(n)) this.perDay.set(n, []);
      this.perDay.get(n).push(b);
    }
    this.max = Math.max(1, ...[...this.perDay.values()].map((l) => l.reduce((s, b) => s + b.incidents, 0)));
    this.draw();
  }

  draw() {
    const c = this.canvas;
    const w = c.clientWidth, h = c.clientHeight, ratio = window.devicePixelRatio || 1;
    if (!w || !h) return;
    c.width = w * ratio; c.height = h * ratio;
    const g = c.getContext("2d");
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.clearRect(0, 0, w, h);
    if (!this.days) { this.label.textContent = "no dated incidents"; return; }
    const bw = w / this.days, base = h - 14;
    const sel = this.drag || (this.range && this.range.map(dayNumber));
    if (sel) {
      g.fillStyle = "rgba(255, 200, 0, 0.25)";
      g.fillRect((sel[0] - this.first) * bw, 0, (sel[1] - sel[0] + 1) * bw, base);
    }
    for (const [n, list] of this.perDay) {
      let y = base;
      for (const b of list) {
        const bh = (b.incidents / this.max) * (base - 4);
        g.fillStyle = colourOf(b.type);
        g.fillRect((n - this.first) * bw + (bw > 3 ? 0.5 : 0), y - bh, Math.max(1, bw - (bw > 3 ? 1 : 0)), bh);
        y -= bh;
      }
    }
    g.fillStyle = "#555"; g.font = "11px sans-serif";
    g.textBaseline = "bottom";
    g.fillText(dayString(this.first), 2, h);
    const last = dayString(this.first + this.days - 1);
    g.fillText(last, w - g.measureText(last).width - 2, h);
    this.label.textContent = this.range ? `days ${this.range[0]} to ${this.range[1]} (click the chart to clear)`
      : "drag across the chart to pick days";
  }
}
