// st.json (a collapsible tree) and st.help.

import { registerElement } from "../render/registry.js";

/** @param {{name: string | null, value: any, depth: number, expandTo: number}} props */
function JsonNode({ name, value, depth, expandTo }) {
  const label = name === null ? null : <span class="json-key">{JSON.stringify(name)}: </span>;
  if (value === null || typeof value !== "object") {
    const kind = value === null ? "null" : typeof value;
    return (
      <div class="json-row" style={{ paddingLeft: `${depth}rem` }}>
        {label}
        <span class={`json-${kind}`}>{JSON.stringify(value)}</span>
      </div>
    );
  }
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (!entries.length) {
    return (
      <div class="json-row" style={{ paddingLeft: `${depth}rem` }}>
        {label}
        {open + close}
      </div>
    );
  }
  return (
    <details class="json-branch" open={depth < expandTo} style={{ paddingLeft: `${depth ? 1 : 0}rem` }}>
      <summary>
        {label}
        {open}
        <span class="json-count">{entries.length} items</span>
      </summary>
      {entries.map(([key, item]) => (
        <JsonNode key={String(key)} name={Array.isArray(value) ? null : String(key)} value={item} depth={1} expandTo={expandTo - 1} />
      ))}
      <div class="json-row">{close}</div>
    </details>
  );
}

/** @param {{props: Record<string, any>}} p */
function Json({ props }) {
  const expanded = props.expanded;
  const expandTo = expanded === true ? Infinity : expanded === false ? 0 : Number(expanded);
  return (
    <div class="stJson" data-testid="stJson">
      <JsonNode name={null} value={JSON.parse(props.body)} depth={0} expandTo={expandTo} />
    </div>
  );
}

/** @param {{props: Record<string, any>}} p */
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

registerElement("json", { component: Json });
registerElement("help", { component: Help });
