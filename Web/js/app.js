// RepSheet's web editor: the picker, the form and the YAML kept in step, the live preview, the
// problems list, downloads and client lists.
import * as api from './api.js';
import { toYAML, fromTree } from './yaml.js';
import { RoutineForm } from './form.js';

const $ = (id) => document.getElementById(id);
const yaml = $('yaml');
const gutter = $('gutter');
const pagesBox = $('pages');
const thumbs = $('thumbs');
let exercises = [];
let shownPages = [];
let previewTimer = null;
let previewAbort = null;
let yamlEditedByHand = false;
let lastRequested = '';

const form = new RoutineForm($('routine-form'), $('sections'), {
  onChange: () => { setYAML(toYAML(form.doc)); yamlEditedByHand = false; schedulePreview(); },
  exerciseName: (id) => exercises.find((e) => e.id === id)?.name,
  upload: (file) => api.uploadPicture(file).catch((error) => { status(error.message); throw error; }),
});

function status(text) { $('status').textContent = text; }

function renderParams() {
  return { 'page-size': $('page-size').value };
}

// --- YAML editor with line numbers -------------------------------------------------------------
function drawGutter() {
  const count = yaml.value.split('\n').length;
  let text = '';
  for (let i = 1; i <= count; i++) text += `${i}\n`;
  gutter.textContent = text;
  gutter.scrollTop = yaml.scrollTop;
}

function setYAML(text) {
  if (yaml.value === text) return;
  const { scrollTop } = yaml;
  yaml.value = text;
  yaml.scrollTop = scrollTop;
  drawGutter();
}

yaml.addEventListener('scroll', () => { gutter.scrollTop = yaml.scrollTop; });
yaml.addEventListener('input', () => { drawGutter(); yamlEditedByHand = true; schedulePreview(); });

/** Puts the cursor at a line and column of the YAML. */
function goTo(line, column = 1) {
  const lines = yaml.value.split('\n');
  let offset = 0;
  for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i].length + 1;
  offset += Math.max(0, Math.min(column - 1, (lines[line - 1] || '').length));
  yaml.focus();
  yaml.setSelectionRange(offset, offset);
  const lineHeight = parseFloat(getComputedStyle(yaml).lineHeight) || 18;
  yaml.scrollTop = Math.max(0, (line - 4) * lineHeight);
}

// --- Problems ---------------------------------------------------------------------------------
function showDiagnostics(items) {
  const list = $('diagnostics');
  list.replaceChildren(...items.map((item) => {
    const li = document.createElement('li');
    li.className = item.severity;
    li.dataset.line = item.line ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = item.text;
    if (item.line) button.addEventListener('click', () => goTo(item.line, item.column));
    li.append(button);
    return li;
  }));
}

// --- Live preview -----------------------------------------------------------------------------
function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(runPreview, 250);
}

async function runPreview() {
  const text = yaml.value;
  const byHand = yamlEditedByHand;
  lastRequested = text;
  previewAbort?.abort();
  previewAbort = new AbortController();
  pagesBox.classList.add('stale');
  let report;
  try {
    report = await api.preview(text, renderParams(), previewAbort.signal);
  } catch (error) {
    if (error.name !== 'AbortError') status(error.message);
    return;
  }
  if (text !== lastRequested) return;
  if (byHand && report.document) {
    const doc = fromTree(JSON.parse(report.document));
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) form.show(doc);
  }
  showDiagnostics([...report.diagnostics, ...report.warnings.map((w) => ({ severity: 'warning', text: w }))]);
  if (!report.ok) {
    status('The preview shows the last sheet without problems.');
    return;
  }
  showPages(report.pages, report.texts || []);
  pagesBox.classList.remove('stale');
  status(`${report.pages.length} page${report.pages.length === 1 ? '' : 's'} · ${report.milliseconds.toFixed(0)} ms`);
}

/** Replaces only the pages whose SVG changed; thumbnails for sheets of more than one page. */
function showPages(pages, texts) {
  const images = [...pagesBox.querySelectorAll('img.page')];
  pages.forEach((svg, index) => {
    if (shownPages[index] === svg && images[index]) return;
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    let image = images[index];
    if (!image) {
      image = document.createElement('img');
      image.className = 'page';
      image.id = `page-${index + 1}`;
      pagesBox.append(image);
    } else URL.revokeObjectURL(image.src);
    image.alt = `Page ${index + 1} of the sheet`;
    image.src = url;
  });
  for (const extra of images.slice(pages.length)) { URL.revokeObjectURL(extra.src); extra.remove(); }
  // Each page's words, for screen readers (and to find a step on a page).
  const words = $('page-words');
  words.replaceChildren(...texts.map((text, index) => {
    const item = document.createElement('p');
    item.className = 'page-text';
    item.dataset.page = index + 1;
    item.textContent = `Page ${index + 1}: ${text}`;
    return item;
  }));
  shownPages = pages.slice();
  thumbs.replaceChildren(...(pages.length > 1 ? [...pagesBox.querySelectorAll('img.page')].map((page, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-label', `Go to page ${index + 1}`);
    const image = document.createElement('img');
    image.src = page.src;
    image.alt = '';
    button.append(image);
    button.addEventListener('click', () => page.scrollIntoView({ behavior: 'smooth' }));
    return button;
  }) : []));
}

// --- Picker -----------------------------------------------------------------------------------
function drawPicker() {
  const words = $('picker-search').value.trim().toLowerCase();
  const region = $('picker-region').value;
  const position = $('picker-position').value;
  const shown = exercises.filter((e) => (!region || e.region === region) && (!position || e.position === position)
    && (!words || [e.name, e.id, ...e.aliases].some((n) => n.toLowerCase().includes(words))));
  $('picker-list').replaceChildren(...shown.map((exercise) => {
    const li = document.createElement('li');
    const image = document.createElement('img');
    image.src = exercise.figure;
    image.alt = '';
    image.loading = 'lazy';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'add-exercise';
    button.dataset.id = exercise.id;
    button.setAttribute('aria-label', `Add ${exercise.name}`);
    const small = document.createElement('small');
    small.textContent = `${exercise.region} · ${exercise.position} · ${exercise.dose}`;
    button.append(exercise.name, small);
    button.addEventListener('click', () => form.addExercise(exercise.id));
    li.append(image, button);
    return li;
  }));
}

function fillSelect(select, values) {
  for (const value of values) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = value;
    select.append(option);
  }
}

// --- Downloads and clients ----------------------------------------------------------------------
function stem() {
  return (form.doc.title || 'routine').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'routine';
}

async function download(format) {
  try {
    const params = { ...renderParams(), format, name: `${stem()}.yaml` };
    if (format === 'png') Object.assign(params, { page: $('png-page').value, dpi: 150 });
    const blob = await api.render(yaml.value, params);
    api.save(blob, format === 'png' ? `${stem()}-${$('png-page').value}.png` : `${stem()}.pdf`);
    status(`Downloaded ${format.toUpperCase()}.`);
  } catch (error) { status(error.message); }
}

$('download-pdf').addEventListener('click', () => download('pdf'));
$('download-png').addEventListener('click', () => download('png'));
$('download-yaml').addEventListener('click', () => api.save(new Blob([yaml.value], { type: 'application/yaml' }), `${stem()}.yaml`));
$('page-size').addEventListener('change', schedulePreview);
$('add-section').addEventListener('click', () => {
  if (Array.isArray(form.doc.steps)) return;
  form.doc.sections = form.doc.sections || [];
  form.doc.sections.push({ title: `Section ${form.doc.sections.length + 1}`, steps: [] });
  form.drawSections();
  form.onChange();
});

$('clients-go').addEventListener('click', async () => {
  const file = $('clients-file').files[0];
  const progress = $('clients-progress');
  const note = $('clients-status');
  if (!file) { note.textContent = 'Choose a client list first.'; return; }
  progress.value = 0;
  note.textContent = 'Making sheets…';
  try {
    const result = await api.clients(yaml.value, await file.text(), file.name, $('clients-output').value, renderParams(),
      (done, total) => { progress.max = total; progress.value = done; note.textContent = `${done} of ${total} sheets`; });
    api.save(result.blob, result.name);
    progress.value = progress.max;
    note.textContent = `Done: ${result.name}`;
  } catch (error) { note.textContent = error.message; }
});

for (const id of ['picker-search', 'picker-region', 'picker-position']) $(id).addEventListener('input', drawPicker);

// --- Start ------------------------------------------------------------------------------------
async function start() {
  const [list, layouts] = await Promise.all([api.getJSON('/api/exercises'), api.getJSON('/api/layouts')]);
  exercises = list;
  fillSelect($('picker-region'), [...new Set(list.map((e) => e.region))].sort());
  fillSelect($('picker-position'), [...new Set(list.map((e) => e.position))].sort());
  fillSelect($('layout-select'), layouts.map((l) => l.name));
  drawPicker();
  const first = new URL(location.href).searchParams.get('example');
  let text = 'title: My exercises\nsections:\n  - title: Exercises\n    steps: []\n';
  if (first) text = await (await fetch(`/api/examples/${encodeURIComponent(first)}`)).text();
  setYAML(text);
  yamlEditedByHand = true;
  await runPreview();
  document.body.dataset.ready = 'true';
}

start().catch((error) => status(error.message));
