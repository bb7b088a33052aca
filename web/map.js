// The map: country borders from a vendored TopoJSON file (no tile server),
// incidents as circle markers coloured by type, clustered when dense.
/* global L, topojson */
import { el } from "./escape.js";

export const TYPE_COLOURS = {
  attack: "#d62728", interception: "#1f77b4", clash: "#ff7f0e", territory: "#9467bd",
  casualties: "#8c1c13", deployment: "#2ca02c", mobilization: "#17becf", aid: "#bcbd22",
  sanction: "#7f7f7f", diplomacy: "#e377c2", statement: "#8c564b", arrest: "#393b79",
  infrastructure: "#e6550d", policy: "#636363",
};
export const colourOf = (type) => TYPE_COLOURS[type] || "#444";

export class IncidentMap {
  constructor(node, onPick) {
    this.onPick = onPick;
    // No tile layer sets a zoom range, and clustering needs one.
    this.map = L.map(node, { zoomControl: true, attributionControl: false, minZoom: 2, maxZoom: 12 })
      .setView([49.0, 32.0], 5);
    this.cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
    this.map.addLayer(this.cluster);
  }

  // Called once the list is on screen: parsing the borders is the page's
  // heaviest work and the list matters more.
  async borders() {
    try {
      const res = await fetch("vendor/countries-50m.json");
      const topo = await res.json();
      const land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, {
        style: { color: "#8a8f98", weight: 0.8, fillColor: "#eef0f3", fillOpacity: 1 },
        interactive: false,
      }).addTo(this.map).bringToBack();
    } catch (e) {
      console.warn("sitrep: no borders", e);
    }
  }

  show(incidents) {
    this.cluster.clearLayers();
    const markers = [];
    for (const i of incidents) {
      const loc = i.location || {};
      if (typeof loc.lat !== "number" || typeof loc.lon !== "number") continue;
      const m = L.circleMarker([loc.lat, loc.lon], {
        radius: 6 + Math.min(6, (i.sources || 1) - 1), color: "#222", weight: 1,
        fillColor: colourOf(i.type), fillOpacity: 0.85,
      });
      // A tooltip built as a DOM node: Leaflet would parse a string as HTML.
      m.bindTooltip(el("span", {}, `${i.type}: ${loc.name || ""} ${i.date?.value || ""}`));
      m.on("click", () => this.onPick(i.id));
      m.incidentId = i.id;
      markers.push(m);
    }
    this.cluster.addLayers(markers);
    this.markers = markers;
  }

  invalidate() { this.map.invalidateSize(); }
}
