// st.json (a collapsible tree) and st.help.

/**
 * One key/value row of the tree; objects and arrays fold open and closed (native <details>).
 * @param {{name: string | number | null, value: unknown, expandTo: number}} props
 */
function JsonNode({ name, value, expandTo }) {
  const label =
    name === null ? null : typeof name === "number" ? (
      <span class="json-index">{name}:</span>
    ) : (
      <span class="json-key">"{name}":</span>
    );
  if (value === null || typeof value !== "object") {
    const kind = value === null ? "null" : typeof value;
    return (
      <div class="json-row">
        {label}
        <span class={`json-${kind}`}>{JSON.stringify(value)}</span>
      </div>
    );
  }
  const isArray = Array.isArray(value);
  /** @type {[string | number, unknown][]} */
  const entries = isArray ? value.map((item, index) => [index, item]) : Object.entries(value);
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
  if (!entries.length) {
    return (
      <div class="json-row">
        {label}
        <span class="json-brace">{open + close}</span>
      </div>
    );
  }
  return (
    <details class="json-branch" open={expandTo > 0}>
      <summary>
        {label}
        <span class="json-brace">{open}</span>
        <span class="json-count">
          {entries.length} {entries.length === 1 ? "item" : "items"} {close}
        </span>
      </summary>
      <div class="json-children">
        {entries.map(([key, item]) => (
          <JsonNode key={String(key)} name={key} value={item} expandTo={expandTo - 1} />
        ))}
      </div>
      <span class="json-brace">{close}</span>
    </details>
  );
}

/** @param {{props: import("../generated/elements").JsonProps}} p */
function Json({ props }) {
  const expanded = props.expanded;
  const expandTo = expanded === true ? Infinity : expanded === false ? 0 : Number(expanded);
  return (
    <div class="stJson" data-testid="stJson">
      <JsonNode name={null} value={JSON.parse(props.body)} expandTo={expandTo} />
    </div>
  );
}

/** @param {{props: import("../generated/elements").HelpProps}} p */
function Help({ props }) {
  return (
    <div class="stHelp" data-testid="stHelp">
      <div class="stHelpName">
        <code>
          {props.name}
          {props.signature}
        </code>
        <span class="stHelpType">{props.type}</span>
      </div>
      {props.value ? <pre class="stHelpValue">{props.value}</pre> : null}
      <pre class="stHelpDoc">{props.doc}</pre>
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const dataElements = {
  json: { component: Json },
  help: { component: Help },
};
