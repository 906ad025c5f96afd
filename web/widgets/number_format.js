// Numbers for st.number_input: printf-style display formats, parsing what was typed,
// stepping without float noise, and Streamlit's out-of-range messages. Pure functions.

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([diufFeEgGs%])/g;

/** @param {string} text @param {number} width @param {string} flags */
function pad(text, width, flags) {
  if (!width || text.length >= width) return text;
  if (flags.includes("-")) return text.padEnd(width, " ");
  if (flags.includes("0") && /^[+ -]?[\d.]/.test(text)) {
    const sign = /^[+ -]/.test(text) ? text[0] : "";
    return sign + text.slice(sign.length).padStart(width - sign.length, "0");
  }
  return text.padStart(width, " ");
}

/** Python's exponent form: at least two exponent digits. @param {string} text */
function pythonExponent(text) {
  return text.replace(/e([+-])(\d)$/, "e$10$2");
}

/** `%g`: fixed or exponent form by the exponent, trailing zeros dropped. @param {number} value @param {number} digits */
function generalForm(value, digits) {
  if (value === 0) return "0";
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  const strip = (/** @type {string} */ text) => {
    const [mantissa, power] = text.split("e");
    const trimmed = mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa;
    return power === undefined ? trimmed : `${trimmed}e${power}`;
  };
  if (exponent < -4 || exponent >= digits) return pythonExponent(strip(value.toExponential(digits - 1)));
  return strip(value.toFixed(Math.max(0, digits - 1 - exponent)));
}

/** @param {number} value @param {string} conversion @param {number | undefined} precision */
function convert(value, conversion, precision) {
  switch (conversion) {
    case "d":
    case "i":
    case "u":
      return String(Math.trunc(value));
    case "f":
    case "F":
      return value.toFixed(precision ?? 6);
    case "e":
    case "E": {
      const text = pythonExponent(value.toExponential(precision ?? 6));
      return conversion === "E" ? text.toUpperCase() : text;
    }
    case "g":
    case "G": {
      const text = generalForm(value, Math.max(1, precision ?? 6));
      return conversion === "G" ? text.toUpperCase() : text;
    }
    default:
      return String(value);
  }
}

/**
 * `format % value` as Python prints it, for the conversions a number format uses.
 * @param {string} format @param {number} value
 */
export function formatNumber(format, value) {
  return format.replace(SPEC, (_, flags, width, precision, conversion) => {
    if (conversion === "%") return "%";
    let text = convert(value, conversion, precision === undefined ? undefined : Number(precision));
    if (value >= 0 && !text.startsWith("-")) {
      if (flags.includes("+")) text = `+${text}`;
      else if (flags.includes(" ")) text = ` ${text}`;
    }
    return pad(text, width ? Number(width) : 0, flags);
  });
}

/** The field's text for a value (empty for none). @param {number | null | undefined} value @param {string} format */
export function displayNumber(value, format) {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  try {
    return formatNumber(format, value).trim();
  } catch {
    return String(value);
  }
}

/**
 * What the user typed, as the widget's number; null for an empty field, NaN when unreadable.
 * @param {string} text @param {"int" | "float"} dataType
 */
export function parseNumber(text, dataType) {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const number = Number(trimmed);
  if (!Number.isFinite(number)) return Number.NaN;
  return dataType === "int" ? Math.trunc(number) : number;
}

/** Digits after the decimal point of a step (0.01 -> 2, 1e-7 -> 7). @param {number} step */
export function decimalsOf(step) {
  const text = String(step);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) {
    const mantissa = text.slice(0, exponent.index);
    return (mantissa.split(".")[1] || "").length + Number(exponent[1]);
  }
  return (text.split(".")[1] || "").length;
}

/**
 * value ± step without binary float noise (0.1 + 0.2 gives 0.3).
 * @param {number} value @param {number} step @param {1 | -1} direction
 */
export function stepNumber(value, step, direction) {
  const decimals = decimalsOf(step);
  if (decimals === 0) return value + direction * step;
  const scale = 10 ** decimals;
  return (Math.round(value * scale) + direction * Math.round(step * scale)) / scale;
}

/**
 * Streamlit's message for a number outside the bounds, or null when it fits.
 * @param {number} value
 * @param {Pick<import("../generated/elements").NumberInputProps, "min" | "max" | "hasMin" | "hasMax" | "format">} props
 */
export function rangeError(value, props) {
  const below = value < props.min;
  if (!below && !(value > props.max)) return null;
  const low = displayNumber(props.min, props.format);
  const high = displayNumber(props.max, props.format);
  if (props.hasMin && props.hasMax) {
    return `Number is outside the allowed range. Please enter a value between ${low} and ${high}.`;
  }
  if (below) {
    return props.hasMin
      ? `Number is below the allowed range. Please enter a value greater than or equal to ${low}.`
      : "Number is below the allowed range.";
  }
  return props.hasMax
    ? `Number is above the allowed range. Please enter a value less than or equal to ${high}.`
    : "Number is above the allowed range.";
}
