// Containers and the wrapper every element gets (stElementContainer), keyed by id.

import { memo } from "preact/compat";
import { useSubscription } from "./context.js";
import { elementKinds } from "./registry.js";

/** Streamlit's `st-key-<key>` class: characters outside [a-zA-Z0-9_-] become "-". @param {unknown} key */
export function keyClass(key) {
  return typeof key === "string" && key ? ` st-key-${key.replace(/[^a-zA-Z0-9_-]/g, "-")}` : "";
}

/** @param {{id: string}} props */
function BlockChildrenImpl({ id }) {
  const store = useSubscription(id);
  return store.children(id).map((child) => <ElementContainer key={child.id} id={child.id} stale={child.stale} />);
}

/**
 * The children of one block, in order. Memoised: it re-renders when its block changes
 * (its subscription), not whenever a parent does; the app's root re-renders twice per
 * run (running, then not), which would otherwise walk every element of a long page.
 */
export const BlockChildren = memo(BlockChildrenImpl);

/** A vertical block (stVerticalBlock) holding a container's children. @param {{id: string, className?: string}} props */
export function VerticalBlock({ id, className = "" }) {
  return (
    <div class={`stVerticalBlock${className}`} data-testid="stVerticalBlock">
      <BlockChildren id={id} />
    </div>
  );
}

/** @param {{id: string, stale: boolean}} props */
function ElementContainerImpl({ id, stale }) {
  const store = useSubscription(id);
  const record = store.element(id);
  if (!record) return null;
  const kind = elementKinds.get(record.type);
  if (!kind) {
    return (
      <div class="stElementContainer element-container" data-testid="stElementContainer" data-stale={String(stale)}>
        <div class="stAlert" data-testid="stAlert">
          <div class="stAlertContainer alert-warning" data-testid="stAlertContainer" role="alert">
            This page cannot show elements of type “{record.type}”.
          </div>
        </div>
      </div>
    );
  }
  const Component = kind.component;
  // Containers (columns, expanders, tabs...) render their own wrapper, stLayoutWrapper.
  if (kind.layout) return <Component id={id} props={record.props} />;
  const hidden = record.type === "empty" ? " stEmpty" : "";
  const key = "key" in record.props ? record.props.key : undefined;
  return (
    <div
      class={`stElementContainer element-container${hidden}${keyClass(key)}`}
      data-testid="stElementContainer"
      data-stale={String(stale)}
      data-widget-id={id.startsWith("$$ID") ? id : undefined}
    >
      <Component id={id} props={record.props} />
    </div>
  );
}

export const ElementContainer = memo(ElementContainerImpl);
