// Colour arithmetic for the colour picker: hex <-> RGB <-> HSV. Pure, tested in tests/js.

/**
 * "#abc", "abc", "#aabbcc" -> "#aabbcc" (lower case), or null if it is not a hex colour.
 * @param {string} text
 */
export function normalizeHex(text) {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!match) return null;
  let digits = match[1].toLowerCase();
  if (digits.length === 3) digits = [...digits].map((digit) => digit + digit).join("");
  return `#${digits}`;
}

/** @param {string} hex a normalized "#rrggbb" @returns {[number, number, number]} */
export function hexToRgb(hex) {
  const channel = (/** @type {number} */ start) => parseInt(hex.slice(start, start + 2), 16);
  return [channel(1), channel(3), channel(5)];
}

/** @param {number[]} rgb */
export function rgbToHex(rgb) {
  return `#${rgb
    .map((channel) =>
      Math.round(Math.min(255, Math.max(0, channel)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/**
 * Hue in degrees [0, 360), saturation and value in [0, 1].
 * @param {string} hex @returns {{h: number, s: number, v: number}}
 */
export function hexToHsv(hex) {
  const [r, g, b] = hexToRgb(hex).map((channel) => channel / 255);
  const max = Math.max(r, g, b);
  const delta = max - Math.min(r, g, b);
  let h = 0;
  if (delta) {
    if (max === r) h = ((g - b) / delta) % 6;
    else if (max === g) h = (b - r) / delta + 2;
    else h = (r - g) / delta + 4;
    h = (h * 60 + 360) % 360;
  }
  return { h, s: max ? delta / max : 0, v: max };
}

/** @param {{h: number, s: number, v: number}} hsv */
export function hsvToHex({ h, s, v }) {
  const chroma = v * s;
  const sector = (((h % 360) + 360) % 360) / 60;
  const second = chroma * (1 - Math.abs((sector % 2) - 1));
  const [r, g, b] = [
    [chroma, second, 0],
    [second, chroma, 0],
    [0, chroma, second],
    [0, second, chroma],
    [second, 0, chroma],
    [chroma, 0, second],
  ][Math.floor(sector) % 6];
  const lightest = v - chroma;
  return rgbToHex([r, g, b].map((channel) => (channel + lightest) * 255));
}
