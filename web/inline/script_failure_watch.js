// Inlined into index.html's <head> by the build: if the page script cannot load at all,
// replace the loading screen with the reason instead of leaving a spinner forever.

addEventListener(
  "error",
  (event) => {
    const target = /** @type {HTMLElement | null} */ (event.target);
    if (target?.tagName !== "SCRIPT" || window.__wasmlit) return;
    const alert = document.createElement("div");
    alert.className = "wl-boot wl-boot-failed";
    alert.setAttribute("role", "alert");
    const heading = document.createElement("h2");
    heading.textContent = "This app could not start";
    const reason = document.createElement("p");
    reason.textContent = `Its page script (${target?.getAttribute("src")}) did not load. The site may be incomplete; reload to try again.`;
    alert.append(heading, reason);
    const box = document.querySelector(".wl-boot");
    const main = document.querySelector(".stMainBlockContainer");
    if (box) box.replaceWith(alert);
    else if (main) main.prepend(alert);
    else document.body.prepend(alert);
  },
  true,
);
