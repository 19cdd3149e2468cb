// The server's HTTP API, as the page uses it. Every POST carries the X-RepSheet header, which a
// cross-site form cannot send.

const HEADERS = { 'X-RepSheet': '1', 'Content-Type': 'application/yaml' };

/** The query string for the render choices. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, v);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function getJSON(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

/** Every page as SVG, or the problems, for the routine text. */
export async function preview(text, params, signal) {
  const response = await fetch(`/api/preview${query(params)}`, { method: 'POST', headers: HEADERS, body: text, signal });
  if (!response.ok) throw new Error((await response.json().catch(() => ({}))).error || `preview: ${response.status}`);
  return response.json();
}

/** The rendered bytes as a Blob, or an Error carrying the diagnostics. */
export async function render(text, params) {
  const response = await fetch(`/api/render${query(params)}`, { method: 'POST', headers: HEADERS, body: text });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    const error = new Error(body.error || (body.diagnostics || []).map((d) => d.text).join('\n') || `render: ${response.status}`);
    throw error;
  }
  return response.blob();
}

/** Uploads a picture; answers the `image:` path to use. */
export async function uploadPicture(file) {
  const response = await fetch(`/api/pictures${query({ name: file.name })}`, {
    method: 'POST', headers: { 'X-RepSheet': '1', 'Content-Type': 'application/octet-stream' }, body: file,
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `upload: ${response.status}`);
  return body.path;
}

/** Makes every client's sheet, calling onProgress(done, total); answers {name, blob}. */
export async function clients(routine, list, listName, output, params, onProgress) {
  const response = await fetch(`/api/clients${query({ ...params, output })}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
    body: JSON.stringify({ routine, routineName: 'routine.yaml', clients: list, clientsName: listName }),
  });
  if (!response.ok) throw new Error((await response.json().catch(() => ({}))).error || `clients: ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffered += decoder.decode(value, { stream: true });
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
      if ('done' in line) onProgress(line.done, line.total);
      else if (line.data) {
        const bytes = Uint8Array.from(atob(line.data), (c) => c.charCodeAt(0));
        return { name: line.name, blob: new Blob([bytes], { type: line.type }) };
      } else if (line.diagnostics) throw new Error(line.diagnostics.map((d) => d.text).join('\n'));
      else if (line.error) throw new Error(line.error);
    }
    if (done) throw new Error('the server stopped before the sheets were made');
  }
}

/** Saves a Blob under a name, as a download. */
export function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
