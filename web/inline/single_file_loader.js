// Inlined at the end of a one-file app (wasmlit_build/single_file.py): reads the site's
// files out of the page itself, then starts the page script.
//
// The page is windows-1252, one byte per character: each character of the
// #wasmlit-files element maps back to its byte, and an escape byte followed by a letter
// stands for a byte the HTML parser would have changed. The bytes are one gzip stream
// (DecompressionStream): a list of {path, size}, then the files. Each file becomes a
// Blob with an address of its own (a blob: URL), and the page script finds them in
// window.__wasmlitSiteFiles (web/site_files.js); stylesheets get their url()s rewritten
// to those addresses. Any failure replaces the loading screen with the reason.

const ESCAPE = 0x01;
/** The byte each letter after the escape byte stands for. @type {Record<string, number>} */
const ESCAPED = { a: 0x00, b: 0x0d, c: 0x3c, d: ESCAPE };
/** @type {Record<string, string>} */
const TYPES = {
  js: "text/javascript",
  mjs: "text/javascript",
  wasm: "application/wasm",
  css: "text/css",
  json: "application/json",
  woff2: "font/woff2",
  zip: "application/zip",
  whl: "application/zip",
};
const CSS_URL = /url\((["']?)(?!data:|blob:|[a-z]+:\/\/|\/|#)([^"')]+)\1\)/g;

/** The bytes the page's text stands for. @param {string} text */
function pageBytes(text) {
  const byteOf = new Uint8Array(65536);
  const characters = new TextDecoder("windows-1252").decode(Uint8Array.from({ length: 256 }, (_, byte) => byte));
  for (let byte = 0; byte < 256; byte++) byteOf[characters.charCodeAt(byte)] = byte;
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const byte = byteOf[text.charCodeAt(index)];
    if (byte === ESCAPE) {
      index++;
      const original = ESCAPED[text[index]];
      if (original === undefined) throw new Error("the app's data is damaged (a bad escape)");
      bytes[length++] = original;
    } else {
      bytes[length++] = byte;
    }
  }
  return bytes.subarray(0, length);
}

/** @param {Uint8Array} compressed @returns {Promise<ArrayBuffer>} */
function gunzip(compressed) {
  if (typeof DecompressionStream !== "function") {
    throw new Error("this browser cannot decompress the app (it has no DecompressionStream); use a current browser");
  }
  const stream = new Blob([compressed]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}

/** @param {string} path */
function typeOf(path) {
  return TYPES[path.slice(path.lastIndexOf(".") + 1)] || "application/octet-stream";
}

/** @param {string} path the folder a stylesheet is in, with its "/" @param {string} relative */
function joinPath(path, relative) {
  return new URL(relative, `https://site/${path}`).pathname.slice(1);
}

/**
 * @param {ArrayBuffer} archive
 * @returns {{files: Map<string, Blob>, urls: Map<string, string>}}
 */
function unpack(archive) {
  const headerLength = new DataView(archive).getUint32(0, true);
  /** @type {{path: string, size: number}[]} */
  const listing = JSON.parse(new TextDecoder().decode(new Uint8Array(archive, 4, headerLength)));
  const files = new Map();
  const urls = new Map();
  let offset = 4 + headerLength;
  /** @type {[string, string][]} */
  const stylesheets = [];
  for (const { path, size } of listing) {
    const bytes = new Uint8Array(archive, offset, size);
    offset += size;
    if (path.endsWith(".css")) stylesheets.push([path, new TextDecoder().decode(bytes)]);
    else files.set(path, new Blob([bytes], { type: typeOf(path) }));
  }
  for (const [path, blob] of files) urls.set(path, URL.createObjectURL(blob));
  for (const [path, css] of stylesheets) {
    const blob = new Blob([rewriteUrls(css, path, urls)], { type: "text/css" });
    files.set(path, blob);
    urls.set(path, URL.createObjectURL(blob));
  }
  return { files, urls };
}

/** A stylesheet's url()s, relative to it, as the files' blob: addresses. @param {string} css @param {string} path @param {Map<string, string>} urls */
function rewriteUrls(css, path, urls) {
  const folder = path.slice(0, path.lastIndexOf("/") + 1);
  return css.replace(CSS_URL, (whole, quote, relative) => {
    const url = urls.get(joinPath(folder, relative));
    return url ? `url(${quote}${url}${quote})` : whole;
  });
}

/** @param {string} reason */
function showFailure(reason) {
  const alert = document.createElement("div");
  alert.className = "wl-boot wl-boot-failed";
  alert.setAttribute("role", "alert");
  const heading = document.createElement("h2");
  heading.textContent = "This app could not start";
  const detail = document.createElement("p");
  detail.textContent = reason;
  alert.append(heading, detail);
  const box = document.querySelector(".wl-boot");
  const main = document.querySelector(".stMainBlockContainer");
  if (box) box.replaceWith(alert);
  else if (main) main.prepend(alert);
  else document.body.prepend(alert);
  console.error(`wasmlit: ${reason}`);
}

async function load() {
  const element = /** @type {HTMLElement} */ (document.getElementById("wasmlit-files"));
  const site = unpack(await gunzip(pageBytes(element.textContent || "")));
  element.remove();
  Object.assign(window, { __wasmlitSiteFiles: site });
  const fonts = element.dataset.fonts;
  const fontsUrl = fonts && site.urls.get(fonts);
  if (fontsUrl) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = fontsUrl;
    document.head.append(link);
  }
  const main = site.urls.get(element.dataset.main || "");
  if (!main) throw new Error("the app's page script is missing from the file");
  const script = document.createElement("script");
  script.src = main;
  document.body.append(script);
}

load().catch((error) => showFailure(`The app's files could not be read: ${error instanceof Error ? error.message : error}`));
