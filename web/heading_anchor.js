// Heading anchors as Streamlit 1.67 makes them: the heading's text as a slug (letters
// transliterated to ASCII, camelCase split, lowercase words joined by "-"), or, when no
// letter or digit is left (Chinese, emoji), the text's xxHash32 (seed 0xABCD) in hex.
//
// The table holds what Streamlit's page makes of the letters whose slug is not simply the
// letter without its accents (Latin, Greek, Cyrillic), measured in Streamlit 1.67's page
// one letter at a time. Other scripts are not transliterated.

/** @type {Map<string, string>} */
const TRANSLITERATION = new Map(
  Object.entries({
    Ä: "Ae",
    Æ: "AE",
    Ð: "D",
    Ö: "Oe",
    Ø: "O",
    Ü: "Ue",
    Þ: "TH",
    ß: "ss",
    ä: "ae",
    æ: "ae",
    ð: "d",
    ö: "oe",
    ø: "o",
    ü: "ue",
    þ: "th",
    Đ: "D",
    đ: "d",
    Ħ: "H",
    ħ: "h",
    ı: "i",
    Ĳ: "IJ",
    ĳ: "ij",
    Ł: "L",
    ł: "l",
    Œ: "OE",
    œ: "oe",
    Ά: "A",
    Έ: "E",
    Ή: "I",
    Ί: "I",
    Ό: "O",
    Ύ: "Y",
    Ώ: "O",
    ΐ: "i",
    Α: "A",
    Β: "B",
    Γ: "G",
    Δ: "D",
    Ε: "E",
    Ζ: "Z",
    Η: "I",
    Θ: "TH",
    Ι: "I",
    Κ: "K",
    Λ: "L",
    Μ: "M",
    Ν: "N",
    Ξ: "KS",
    Ο: "O",
    Π: "P",
    Ρ: "R",
    Σ: "S",
    Τ: "T",
    Υ: "Y",
    Φ: "F",
    Χ: "X",
    Ψ: "PS",
    Ω: "O",
    Ϊ: "I",
    Ϋ: "Y",
    ά: "a",
    έ: "e",
    ή: "i",
    ί: "i",
    ΰ: "y",
    α: "a",
    β: "v",
    γ: "g",
    δ: "d",
    ε: "e",
    ζ: "z",
    η: "i",
    θ: "th",
    ι: "i",
    κ: "k",
    λ: "l",
    μ: "m",
    ν: "n",
    ξ: "ks",
    ο: "o",
    π: "p",
    ρ: "r",
    ς: "s",
    σ: "s",
    τ: "t",
    υ: "y",
    φ: "f",
    χ: "x",
    ψ: "ps",
    ω: "o",
    ϊ: "i",
    ϋ: "y",
    ό: "o",
    ύ: "y",
    ώ: "o",
    Ё: "Yo",
    Є: "Ye",
    І: "I",
    Ї: "Yi",
    Љ: "Lj",
    Њ: "Nj",
    Ќ: "Kj",
    А: "A",
    Б: "B",
    В: "V",
    Г: "G",
    Д: "D",
    Е: "E",
    Ж: "Zh",
    З: "Z",
    И: "I",
    Й: "Y",
    К: "K",
    Л: "L",
    М: "M",
    Н: "N",
    О: "O",
    П: "P",
    Р: "R",
    С: "S",
    Т: "T",
    У: "U",
    Ф: "F",
    Х: "Kh",
    Ц: "Ts",
    Ч: "Ch",
    Ш: "Sh",
    Щ: "Sch",
    Ъ: "",
    Ы: "Y",
    Ь: "",
    Э: "E",
    Ю: "Yu",
    Я: "Ya",
    а: "a",
    б: "b",
    в: "v",
    г: "g",
    д: "d",
    е: "e",
    ж: "zh",
    з: "z",
    и: "i",
    й: "y",
    к: "k",
    л: "l",
    м: "m",
    н: "n",
    о: "o",
    п: "p",
    р: "r",
    с: "s",
    т: "t",
    у: "u",
    ф: "f",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "sch",
    ъ: "",
    ы: "y",
    ь: "",
    э: "e",
    ю: "yu",
    я: "ya",
    ё: "yo",
    є: "ye",
    і: "i",
    ї: "yi",
    љ: "lj",
    њ: "nj",
    ќ: "kj",
  }),
);
const WORD_REPLACEMENTS = [
  ["&", " and "],
  ["🦄", " unicorn "],
  ["♥", " love "],
];

/** "fooBar" -> "foo Bar", "XMLHttp" -> "XML Http", "AB2" -> "AB 2". @param {string} text */
function splitCamelCase(text) {
  return text
    .replace(/([A-Z]{2})(\d+)/g, "$1 $2")
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .replace(/([A-Z])([A-Z](?!s(?![a-z]))[a-z\d]+)/g, "$1 $2");
}

/** @param {string} text */
function slug(text) {
  let result = text.normalize();
  for (const [from, to] of WORD_REPLACEMENTS) result = result.replaceAll(from, to);
  result = Array.from(result, (character) => TRANSLITERATION.get(character) ?? character).join("");
  result = result
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .normalize();
  result = splitCamelCase(result.replace(/\p{Dash_Punctuation}/gu, "-")).toLowerCase();
  result = result.replace(/([a-z\d])['\u2019]([ts])(?![a-z\d])/g, "$1$2");
  return result
    .replace(/[^a-z\d]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}

const PRIME1 = 0x9e3779b1;
const PRIME2 = 0x85ebca77;
const PRIME3 = 0xc2b2ae3d;
const PRIME4 = 0x27d4eb2f;
const PRIME5 = 0x165667b1;

/** @param {number} value @param {number} bits */
function rotateLeft(value, bits) {
  return (value << bits) | (value >>> (32 - bits));
}

/** @param {number} accumulator @param {number} lane */
function round(accumulator, lane) {
  return Math.imul(rotateLeft((accumulator + Math.imul(lane, PRIME2)) | 0, 13), PRIME1);
}

/** @param {Uint8Array} bytes @param {number} offset */
function readLane(bytes, offset) {
  return (bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16) | (bytes[offset + 3] << 24)) >>> 0;
}

/**
 * xxHash32 of bytes (the algorithm's public specification).
 * @param {Uint8Array} bytes @param {number} seed @returns {number} unsigned
 */
export function xxHash32(bytes, seed) {
  let offset = 0;
  let hash;
  if (bytes.length >= 16) {
    const lanes = [(seed + PRIME1 + PRIME2) | 0, (seed + PRIME2) | 0, seed | 0, (seed - PRIME1) | 0];
    for (; offset + 16 <= bytes.length; offset += 16) {
      for (let lane = 0; lane < 4; lane++) lanes[lane] = round(lanes[lane], readLane(bytes, offset + lane * 4));
    }
    hash = rotateLeft(lanes[0], 1) + rotateLeft(lanes[1], 7) + rotateLeft(lanes[2], 12) + rotateLeft(lanes[3], 18);
  } else {
    hash = seed + PRIME5;
  }
  hash = (hash + bytes.length) | 0;
  for (; offset + 4 <= bytes.length; offset += 4) {
    hash = Math.imul(rotateLeft((hash + Math.imul(readLane(bytes, offset), PRIME3)) | 0, 17), PRIME4);
  }
  for (; offset < bytes.length; offset++) {
    hash = Math.imul(rotateLeft((hash + Math.imul(bytes[offset], PRIME5)) | 0, 11), PRIME1);
  }
  hash = Math.imul(hash ^ (hash >>> 15), PRIME2);
  hash = Math.imul(hash ^ (hash >>> 13), PRIME3);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** The id Streamlit gives a heading whose text (what the reader sees) is `text`. @param {string} text */
export function anchorFor(text) {
  const slugged = slug(text);
  return slugged || xxHash32(new TextEncoder().encode(text), 0xabcd).toString(16);
}

const ENTITIES = /** @type {Record<string, string>} */ ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" });

/** The text an HTML fragment shows (tags dropped, entities decoded). @param {string} html */
export function textOfHtml(html) {
  return html.replace(/<[^>]*>/g, "").replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}
