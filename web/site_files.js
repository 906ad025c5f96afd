// Where the page finds the site's files. A site's are beside index.html; a one-file
// app's came out of the page itself (web/inline/single_file_loader.js), each with a
// blob: address, and its worker gets them as Blobs (it cannot fetch them from file://).

/** The one-file app's files, or null for a site. */
export function oneFileApp() {
  return (typeof window !== "undefined" && window.__wasmlitSiteFiles) || null;
}

/** The address of a file of the site, by its path in the site. @param {string} path */
export function siteUrl(path) {
  return oneFileApp()?.urls.get(path) || new URL(path, document.baseURI).href;
}
