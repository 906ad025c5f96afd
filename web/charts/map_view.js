// st.map, loaded on first use: the points of Streamlit's deck.gl spec (one scatterplot
// layer) drawn by Leaflet on CARTO's light basemap, the raster version of the "positron"
// style Streamlit's map uses. Tiles come from CARTO's servers: without the network the
// points show on an empty background.
//
// deck.gl's zoom counts 512-pixel tiles, Leaflet's 256-pixel ones: Leaflet's zoom is one
// more. Radii are in metres with a 3-pixel minimum, as deck.gl draws them.

import * as L from "leaflet/dist/leaflet-src.esm.js";
import leafletStyles from "leaflet/dist/leaflet.css" with { type: "text" };

const TILES = "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png";
const ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors &copy; <a href="https://carto.com/attributions">CARTO</a>';
// Streamlit's "primary" point colour: the theme's primary colour at alpha 160.
const PRIMARY = [197, 57, 72, 160];
const EARTH_CIRCUMFERENCE_M = 40075016.686;

let stylesAdded = false;
function addStyles() {
  if (stylesAdded) return;
  const style = document.createElement("style");
  style.textContent = leafletStyles;
  document.head.append(style);
  stylesAdded = true;
}

/** A deck.gl accessor: "@@=name" reads a field, anything else is a constant. @param {unknown} accessor */
function accessor(accessor) {
  if (typeof accessor === "string" && accessor.startsWith("@@=")) {
    const field = accessor.slice(3);
    return (/** @type {Record<string, unknown>} */ row) => row[field];
  }
  return () => accessor;
}

/** "@@=[lon, lat]" -> the two field names. @param {string} position */
export function positionFields(position) {
  const match = /^@@=\[\s*(.+?)\s*,\s*(.+?)\s*\]$/.exec(position);
  if (!match) throw new Error(`st.map: unexpected position ${position}`);
  return { lon: match[1], lat: match[2] };
}

/** [r, g, b, a] (0-255) as CSS. @param {unknown} color */
export function cssColor(color) {
  const [red, green, blue, alpha = 255] = color === "primary" || !Array.isArray(color) ? PRIMARY : color;
  return { color: `rgb(${red}, ${green}, ${blue})`, opacity: alpha / 255 };
}

/** Metres per screen pixel at a latitude and Leaflet zoom. @param {number} latitude @param {number} zoom */
export function metresPerPixel(latitude, zoom) {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / 2 ** (zoom + 8);
}

/** @param {any} map @param {Record<string, any>} layer */
function addScatterplot(map, layer) {
  const { lon, lat } = positionFields(layer.getPosition);
  const radius = accessor(layer.getRadius);
  const fill = accessor(layer.getFillColor);
  const minimum = layer.radiusMinPixels ?? 0;
  const points = (layer.data ?? []).map((/** @type {Record<string, any>} */ row) => {
    const { color, opacity } = cssColor(fill(row));
    const marker = L.circleMarker([row[lat], row[lon]], {
      stroke: false,
      fillColor: color,
      fillOpacity: opacity,
      interactive: false,
    });
    marker.addTo(map);
    return { marker, metres: Number(radius(row)), latitude: Number(row[lat]) };
  });
  const sizePoints = () => {
    const zoom = map.getZoom();
    for (const point of points) point.marker.setRadius(Math.max(minimum, point.metres / metresPerPixel(point.latitude, zoom)));
  };
  sizePoints();
  map.on("zoomend", sizePoints);
}

/**
 * Draw the map into `container`.
 * @param {HTMLElement} container @param {string} specText
 */
export function drawMap(container, specText) {
  addStyles();
  // Leaflet's panes stack above the page's popups unless the map is a stacking context.
  Object.assign(container.style, { position: "relative", zIndex: "0" });
  const spec = JSON.parse(specText);
  const view = spec.initialViewState;
  const map = L.map(container, { center: [view.latitude, view.longitude], zoom: view.zoom + 1, zoomSnap: 0, preferCanvas: true });
  L.tileLayer(TILES, { attribution: ATTRIBUTION, subdomains: "abcd", maxZoom: 20 }).addTo(map);
  for (const layer of spec.layers ?? []) if (layer["@@type"] === "ScatterplotLayer") addScatterplot(map, layer);
  return {
    async resize() {
      map.invalidateSize();
    },
    finalize() {
      map.remove();
    },
  };
}
