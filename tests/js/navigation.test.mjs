// Page addresses and the navigation controller, with a fake address bar and session.

import { test } from "node:test";
import assert from "node:assert/strict";
import { pageAddress, queryStringOf, urlPathFromHash } from "../../web/navigation/address.js";
import { NavigationController } from "../../web/navigation/controller.js";
import { NavigationState } from "../../web/navigation/state.js";
import { NoticeState } from "../../web/notices.js";

test("page addresses live in the fragment; anchors are not pages", () => {
  assert.equal(urlPathFromHash("#/reports"), "reports");
  assert.equal(urlPathFromHash("#/caf%C3%A9"), "café");
  assert.equal(urlPathFromHash("#section"), null);
  assert.equal(urlPathFromHash(""), null);
  assert.equal(pageAddress("/repo/", "year=2024", "reports"), "/repo/?year=2024#/reports");
  assert.equal(pageAddress("/repo/", "", ""), "/repo/");
  assert.equal(queryStringOf("?a=1"), "a=1");
});

const PAGES = [
  { hash: "h-home", title: "Home", icon: "", urlPath: "", section: "", default: true, hidden: false, external: null, help: "" },
  {
    hash: "h-rep",
    title: "Reports",
    icon: "",
    urlPath: "reports",
    section: "",
    default: false,
    hidden: false,
    external: null,
    help: "",
  },
];

function setup(href = "/repo/") {
  const url = new URL(href, "http://host");
  const history = [];
  const addressBar = {
    location: { pathname: url.pathname, search: url.search, hash: url.hash },
    pushState(next) {
      history.push(["push", next]);
      this.go(next);
    },
    replaceState(next) {
      history.push(["replace", next]);
      this.go(next);
    },
    go(next) {
      const parsed = new URL(next, "http://host");
      this.location = { pathname: parsed.pathname, search: parsed.search, hash: parsed.hash };
    },
  };
  const requests = [];
  const session = { busy: false, navigate: (page) => requests.push(["navigate", page]), rerun: () => requests.push(["rerun"]) };
  const state = new NavigationState();
  const notices = new NoticeState();
  const controller = new NavigationController({ state, session, notices, addressBar });
  return { controller, state, notices, history, requests, addressBar };
}

const navigation = (currentPageHash) => ({
  type: "navigation",
  pages: PAGES,
  sections: [""],
  position: "sidebar",
  expanded: false,
  currentPageHash,
});

test("the first run asks for the page the address names", () => {
  assert.deepEqual(setup("/repo/?x=1#/reports").controller.initialPage(), { urlPath: "reports" });
  assert.equal(setup("/repo/#anchor").controller.initialPage(), undefined);
});

test("a page-list click adds a history entry and keeps the query string", () => {
  const { controller, state, history, requests } = setup("/repo/?x=1");
  controller.onNavigation(navigation("h-home"));
  controller.navigateTo(state.pageByUrlPath("reports"));
  assert.deepEqual(history, [["push", "/repo/?x=1#/reports"]]);
  assert.deepEqual(requests, [["navigate", { hash: "h-rep" }]]);
});

test("st.switch_page moves the address; a history step replaces it instead", () => {
  const { controller, history, addressBar } = setup("/repo/");
  controller.onNavigation(navigation("h-rep"));
  assert.deepEqual(history.at(-1), ["push", "/repo/#/reports"]);
  addressBar.go("/repo/");
  controller.onHistoryStep();
  controller.onQueryString("a=1");
  assert.deepEqual(history.at(-1), ["replace", "/repo/?a=1"], "no new entries while stepping through history");
});

test("query param writes add history entries and never rerun", () => {
  const { controller, history, requests } = setup("/repo/?x=1");
  controller.onQueryString("x=1");
  assert.deepEqual(history, [], "unchanged: nothing to do");
  controller.onQueryString("x=2&y=3");
  assert.deepEqual(history, [["push", "/repo/?x=2&y=3"]]);
  assert.deepEqual(requests, []);
});

test("Back to another page reruns it by hash; to an unknown name by name", () => {
  const { controller, requests, addressBar } = setup("/repo/#/reports");
  controller.onNavigation(navigation("h-rep"));
  addressBar.go("/repo/");
  controller.onHistoryStep();
  addressBar.go("/repo/#/gone");
  controller.onHistoryStep();
  assert.deepEqual(requests, [
    ["navigate", { hash: "h-home" }],
    ["navigate", { urlPath: "gone" }],
  ]);
});

test("Back in a single-page app reruns only when the query string changed", () => {
  const { controller, requests, addressBar } = setup("/repo/?a=1");
  addressBar.go("/repo/?a=1#heading");
  controller.onHistoryStep();
  addressBar.go("/repo/?a=2");
  controller.onHistoryStep();
  assert.deepEqual(requests, [["rerun"]]);
});

test("an unknown page shows a notice and the address is replaced by the main page's", () => {
  const { controller, notices, history } = setup("/repo/#/nowhere");
  controller.onPageNotFound({ type: "page_not_found", pageName: "nowhere" });
  controller.onNavigation(navigation("h-home"));
  assert.deepEqual(history, [["replace", "/repo/"]]);
  assert.equal(notices.notices[0].title, "Page not found");
});
