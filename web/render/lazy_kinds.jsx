// Element kinds whose code is a lazy chunk, loaded the first time the page shows one of
// them (st.audio, st.camera_input, ...): a page without them does not download it.
//
// Until the chunk is there, a kind renders its placeholder: the same markup in the build's
// first paint and in the hydrating page, so hydration agrees; then the real component
// takes over. Events reach the real kind's handlers (its elements can only be used once
// they are drawn, so the chunk is loaded by then).

import { useEffect, useState } from "preact/hooks";

/**
 * @typedef {import("./registry.js").ElementKinds} ElementKinds
 * @typedef {import("./registry.js").EventHandler} EventHandler
 * @typedef {import("../generated/elements").ElementTypeName} ElementTypeName
 */

/**
 * @param {() => Promise<ElementKinds>} load the chunk's kinds
 * @param {ElementKinds} placeholders each lazy type's placeholder component (and `layout`)
 * @param {string[]} eventTypes the DOM events the chunk's kinds handle
 * @returns {ElementKinds}
 */
export function lazyElementKinds(load, placeholders, eventTypes) {
  /** @type {ElementKinds | null} */
  let loaded = null;
  /** @type {Promise<void> | null} */
  let loading = null;
  const ensureLoaded = () => {
    if (!loading)
      loading = load().then((kinds) => {
        loaded = kinds;
      });
    return loading;
  };
  /** @type {Record<string, unknown>} */
  const kinds = {};
  for (const [type, placeholder] of Object.entries(placeholders)) {
    const name = /** @type {ElementTypeName} */ (type);
    /** @param {{id: string, props: never}} p */
    const LazyElement = ({ id, props }) => {
      const [, setReady] = useState(false);
      useEffect(() => {
        if (!loaded) ensureLoaded().then(() => setReady(true));
      }, []);
      const Component = /** @type {import("preact").ComponentType<{id: string, props: never}>} */ (
        (loaded?.[name] ?? placeholder)?.component
      );
      return <Component id={id} props={props} />;
    };
    /** @type {Partial<Record<string, EventHandler>>} */
    const events = {};
    for (const eventType of eventTypes) {
      events[eventType] = (event, id, session) => loaded?.[name]?.events?.[eventType]?.(event, id, session);
    }
    kinds[type] = { component: LazyElement, events, layout: placeholder?.layout };
  }
  return /** @type {ElementKinds} */ (kinds);
}
