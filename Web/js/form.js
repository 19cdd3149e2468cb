// The routine form: top fields, sections and steps with their dose; edits the document object and
// calls onChange() after each edit.

const DOSE = [
  { key: 'hold', label: 'Hold', type: 'text', placeholder: '30s' },
  { key: 'reps', label: 'Reps', type: 'number', min: 1, max: 50 },
  { key: 'sets', label: 'Sets', type: 'number', min: 1, max: 10 },
  { key: 'sides', label: 'Sides', type: 'select', options: ['', 'none', 'each', 'left', 'right'] },
  { key: 'rest', label: 'Rest', type: 'text', placeholder: '1 min' },
];
const TOP = ['title', 'client', 'date', 'provider', 'language', 'layout'];

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) {
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

/** The sections the form shows: the routine's, or its top-level steps as one untitled section. */
export function sectionsOf(doc) {
  if (Array.isArray(doc.sections)) return doc.sections;
  if (Array.isArray(doc.steps)) return null;
  doc.sections = [{ title: 'Exercises', steps: [] }];
  return doc.sections;
}

function move(list, index, by) {
  const to = index + by;
  if (to < 0 || to >= list.length) return false;
  const [item] = list.splice(index, 1);
  list.splice(to, 0, item);
  return true;
}

export class RoutineForm {
  constructor(form, sections, { onChange, exerciseName, upload }) {
    this.form = form;
    this.box = sections;
    this.onChange = onChange;
    this.exerciseName = exerciseName;
    this.upload = upload;
    this.doc = {};
    for (const key of TOP) {
      form.elements[key].addEventListener('input', () => this.setTop(key, form.elements[key].value));
    }
  }

  setTop(key, value) {
    if (value === '') delete this.doc[key];
    else if (key in this.doc) this.doc[key] = value;
    else this.insertTop(key, value);
    this.onChange();
  }

  /** Puts a new top-level key before `sections`/`steps`, so the YAML reads in order. */
  insertTop(key, value) {
    const entries = Object.entries(this.doc);
    const at = entries.findIndex(([k]) => k === 'sections' || k === 'steps' || k === 'defaults' || k === 'intro');
    entries.splice(at < 0 ? entries.length : at, 0, [key, value]);
    this.doc = Object.fromEntries(entries);
  }

  /** Shows `doc`; the form's inputs keep focus when only values changed. */
  show(doc) {
    this.doc = doc;
    for (const key of TOP) {
      const input = this.form.elements[key];
      const value = doc[key] === undefined || doc[key] === null ? '' : String(doc[key]);
      if (input.value !== value && document.activeElement !== input) input.value = value;
    }
    this.drawSections();
  }

  /** Every list of steps with its title input, in order: `[title-holder | null, steps]`. */
  groups() {
    const sections = sectionsOf(this.doc);
    if (sections === null) return [[null, this.doc.steps]];
    return sections.map((section) => [section, section.steps || (section.steps = [])]);
  }

  /** Adds a step naming a catalogue exercise to the last list of steps. */
  addExercise(id) {
    const groups = this.groups();
    const [, steps] = groups[groups.length - 1];
    steps.push({ exercise: id });
    this.drawSections();
    this.onChange();
  }

  drawSections() {
    const focused = document.activeElement && this.box.contains(document.activeElement) ? document.activeElement.dataset.path : null;
    this.box.replaceChildren();
    const sections = sectionsOf(this.doc);
    this.groups().forEach(([section, steps], sectionIndex) => {
      const box = el('fieldset', { class: 'section' });
      if (section) {
        const title = el('input', {
          'aria-label': `Section ${sectionIndex + 1} title`, value: section.title || '', 'data-path': `s${sectionIndex}`,
          oninput: (event) => { section.title = event.target.value; this.onChange(); },
        });
        box.append(el('legend', { class: 'visually-hidden' }, `Section ${sectionIndex + 1}`), el('div', { class: 'section-head' }, title,
          el('button', { type: 'button', class: 'small', 'aria-label': `Move section ${sectionIndex + 1} up`, onclick: () => this.edit(() => move(sections, sectionIndex, -1)) }, '↑'),
          el('button', { type: 'button', class: 'small', 'aria-label': `Move section ${sectionIndex + 1} down`, onclick: () => this.edit(() => move(sections, sectionIndex, 1)) }, '↓'),
          el('button', { type: 'button', class: 'small', 'aria-label': `Remove section ${sectionIndex + 1}`, onclick: () => this.edit(() => sections.length > 1 && sections.splice(sectionIndex, 1)) }, '✕')));
      }
      steps.forEach((step, stepIndex) => box.append(this.stepRow(steps, step, stepIndex, sectionIndex)));
      this.box.append(box);
    });
    if (focused) this.box.querySelector(`[data-path="${focused}"]`)?.focus();
  }

  edit(change) {
    if (change() !== false) { this.drawSections(); this.onChange(); }
  }

  stepRow(steps, step, index, sectionIndex) {
    const path = `s${sectionIndex}t${index}`;
    const label = step.name || this.exerciseName(step.exercise) || 'Step';
    const row = el('div', { class: 'step', draggable: 'true', 'data-index': index });
    row.addEventListener('dragstart', (event) => { row.classList.add('dragging'); event.dataTransfer.setData('text/plain', `${sectionIndex}:${index}`); });
    row.addEventListener('dragend', () => row.classList.remove('dragging'));
    row.addEventListener('dragover', (event) => event.preventDefault());
    row.addEventListener('drop', (event) => {
      event.preventDefault();
      const [fromSection, fromIndex] = event.dataTransfer.getData('text/plain').split(':').map(Number);
      const groups = this.groups();
      const source = groups[fromSection]?.[1];
      if (!source) return;
      this.edit(() => { const [moved] = source.splice(fromIndex, 1); steps.splice(index, 0, moved); });
    });
    const name = el('input', {
      class: 'name', 'aria-label': `Step name`, placeholder: label, value: step.name || '', 'data-path': `${path}n`,
      oninput: (event) => { if (event.target.value) step.name = event.target.value; else delete step.name; this.onChange(); },
    });
    const picture = el('input', { type: 'file', accept: 'image/png,image/jpeg,image/svg+xml', class: 'visually-hidden', id: `${path}p` });
    picture.addEventListener('change', async () => {
      if (!picture.files[0]) return;
      step.image = await this.upload(picture.files[0]);
      this.drawSections();
      this.onChange();
    });
    const head = el('div', { class: 'step-head' },
      el('span', { class: 'handle', 'aria-hidden': 'true', title: 'Drag to move' }, '⠿'), name,
      el('button', { type: 'button', class: 'small', 'aria-label': `Move ${label} up`, onclick: () => this.edit(() => move(steps, index, -1)) }, '↑'),
      el('button', { type: 'button', class: 'small', 'aria-label': `Move ${label} down`, onclick: () => this.edit(() => move(steps, index, 1)) }, '↓'),
      el('label', { class: 'small', for: `${path}p`, title: step.image || 'Add a picture' }, step.image ? 'Picture ✓' : 'Picture'), picture,
      el('button', { type: 'button', class: 'small', 'aria-label': `Remove ${label}`, onclick: () => this.edit(() => steps.length > 1 && steps.splice(index, 1)) }, '✕'));
    const dose = el('div', { class: 'dose' });
    for (const field of DOSE) {
      const value = step[field.key] === undefined ? '' : String(step[field.key]);
      let input;
      if (field.type === 'select') {
        input = el('select', {}, ...field.options.map((o) => el('option', { value: o }, o || '—')));
        input.value = value;
      } else {
        input = el('input', { type: field.type, min: field.min, max: field.max, placeholder: field.placeholder || '', value });
      }
      input.dataset.path = `${path}${field.key}`;
      input.addEventListener('input', () => {
        const raw = input.value.trim();
        if (raw === '') delete step[field.key];
        else step[field.key] = field.type === 'number' && /^\d+$/.test(raw) ? Number(raw) : raw;
        this.onChange();
      });
      dose.append(el('label', {}, field.label, input));
    }
    row.append(head, dose);
    return row;
  }
}
