// The routine as YAML text, from the plain object the form edits (keys keep their order).

const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

/** A scalar as YAML: plain when that reads back the same, else double-quoted (JSON is valid YAML). */
export function scalar(value, key) {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  if (key === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const plain = /^[A-Za-z\u00C0-\uFFFF(][^\n\t]*$/.test(text) && !/: |\s#|:$|^[-?:,\[\]{}#&*!|>'"%@`]/.test(text)
    && !RESERVED.test(text) && text.trim() === text && !/^[-+]?[\d.]/.test(text);
  return plain ? text : JSON.stringify(text);
}

function isMap(value) { return value !== null && typeof value === 'object' && !Array.isArray(value); }

function emit(value, indent, lines, key) {
  const pad = ' '.repeat(indent);
  if (isMap(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (isMap(v) && Object.keys(v).length) { lines.push(`${pad}${k}:`); emit(v, indent + 2, lines, k); }
      else if (Array.isArray(v) && v.length) { lines.push(`${pad}${k}:`); emit(v, indent + 2, lines, k); }
      else if (typeof v === 'string' && v.includes('\n')) {
        lines.push(`${pad}${k}: |-`);
        for (const line of v.split('\n')) lines.push(line ? `${pad}  ${line}` : '');
      } else if (isMap(v)) lines.push(`${pad}${k}: {}`);
      else if (Array.isArray(v)) lines.push(`${pad}${k}: []`);
      else lines.push(`${pad}${k}: ${scalar(v, k)}`);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) {
      if (isMap(item) || Array.isArray(item)) {
        const inner = [];
        emit(item, indent + 2, inner, key);
        if (inner.length === 0) { lines.push(`${pad}- {}`); continue; }
        inner[0] = `${pad}- ${inner[0].slice(indent + 2)}`;
        lines.push(...inner);
      } else lines.push(`${pad}- ${scalar(item, key)}`);
    }
  }
}

/** The whole document as YAML text. */
export function toYAML(doc) {
  const lines = [];
  emit(doc, 0, lines);
  return lines.join('\n') + '\n';
}

/** The server's document tree ({"$map": [[key, value], …]}) as plain ordered objects. */
export function fromTree(tree) {
  if (Array.isArray(tree)) return tree.map(fromTree);
  if (tree && typeof tree === 'object' && Array.isArray(tree.$map)) {
    const out = {};
    for (const [k, v] of tree.$map) out[k] = fromTree(v);
    return out;
  }
  return tree;
}
