// The charts' stylesheet (web/charts/charts.css), added to the page by the first chart
// chunk that draws: it is part of the chart chunks, not of every page's stylesheet.

import styles from "./charts.css" with { type: "text" };

let added = false;

export function addChartStyles() {
  if (added) return;
  const element = document.createElement("style");
  element.textContent = styles;
  document.head.append(element);
  added = true;
}
