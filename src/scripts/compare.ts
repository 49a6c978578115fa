/**
 * /sammenlign/: shows the chosen measures side by side. It fetches only the chosen measures' own pages
 * and reads their facts boxes, so the facts come from one place and the page stays light.
 */
import {
  COMPARE_MAX,
  COMPARE_MIN,
  compareRows,
  compareUrl,
  parseCompare,
  SILENT_VALUE,
  type ComparedMeasure,
} from '../lib/compare';
import { saveCompare } from './compare-store';

const picker = document.querySelector<HTMLDetailsElement>('#sammenlign-velg');
const form = document.querySelector<HTMLFormElement>('#sammenlign-skjema');
const output = document.querySelector<HTMLElement>('#sammenligning');
const status = document.querySelector<HTMLElement>('#sammenlign-status');

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

async function load(id: string): Promise<ComparedMeasure> {
  const response = await fetch(`/tiltak/${id}/`);
  if (!response.ok) throw new Error(id);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const facts = new Map<string, string>();
  for (const row of doc.querySelectorAll('.facts__row')) {
    const label = row.querySelector('dt')?.textContent?.trim();
    // The values without the quotes that show where they stand in the description.
    const dd = row.querySelector('dd')!.cloneNode(true) as HTMLElement;
    for (const quote of dd.querySelectorAll('.facts__quote')) quote.remove();
    const items = [...dd.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    if (label) facts.set(label, items.join('; '));
  }
  return { id, name: doc.querySelector('h1')?.textContent?.trim() ?? id, facts };
}

function table(measures: ComparedMeasure[], ids: string[]): HTMLTableElement {
  const t = el('table', { className: 'ds-table' });
  t.createCaption().textContent = `Sammenligning av ${measures.length} tiltak`;
  const head = t.createTHead().insertRow();
  measures.forEach((m, i) => {
    const th = el('th', { scope: 'col', id: `tiltak-${i}` });
    th.append(el('a', { href: `/tiltak/${m.id}/`, textContent: m.name, className: 'ds-link' }));
    const remove = el('a', {
      href: compareUrl(ids.filter((id) => id !== m.id)),
      textContent: 'Fjern',
      className: 'ds-link compare__remove',
    });
    remove.setAttribute('aria-label', `Fjern ${m.name} fra sammenligningen`);
    th.append(remove);
    head.append(th);
  });
  const body = t.createTBody();
  for (const row of compareRows(measures)) {
    const heading = body.insertRow();
    heading.dataset['same'] = String(row.same);
    heading.append(
      el('th', {
        scope: 'colgroup',
        colSpan: measures.length,
        textContent: row.label,
        id: `fakta-${body.rows.length}`,
      }),
    );
    const values = body.insertRow();
    values.dataset['same'] = String(row.same);
    row.values.forEach((value, i) => {
      const cell = values.insertCell();
      cell.setAttribute('headers', `tiltak-${i} ${heading.cells[0]!.id}`);
      cell.textContent = value;
      if (value === SILENT_VALUE) cell.className = 'compare__silent';
    });
  }
  return t;
}

/** «Vis bare forskjeller»: hides the facts on which every measure agrees. */
function onlyDifferences(t: HTMLTableElement): HTMLElement {
  const label: HTMLLabelElement = el('label', { className: 'compare__only' });
  const box: HTMLInputElement = el('input', { type: 'checkbox' });
  box.addEventListener('change', () => {
    for (const row of t.tBodies[0]!.rows) row.hidden = box.checked && row.dataset['same'] === 'true';
  });
  label.append(box, 'Vis bare det som er forskjellig');
  return label;
}

async function show() {
  if (!form || !output || !status || !picker) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name=tiltak]')];
  const ids = parseCompare(location.search, new Set(boxes.map((i) => i.value)));
  for (const box of boxes) box.checked = ids.includes(box.value);
  saveCompare(ids);
  picker.hidden = false;
  picker.open = ids.length < COMPARE_MIN;
  if (ids.length < COMPARE_MIN) {
    output.replaceChildren();
    status.textContent =
      ids.length === 1 ? 'Velg minst ett tiltak til i listen under.' : 'Velg to, tre eller fire tiltak i listen under.';
    return;
  }
  status.textContent = 'Henter tiltakene …';
  try {
    const measures = await Promise.all(ids.map(load));
    const t = table(measures, ids);
    output.replaceChildren(onlyDifferences(t), t);
    status.textContent = `Sammenligner ${measures.map((m) => m.name).join(', ')}.`;
  } catch {
    status.textContent = 'Kunne ikke hente tiltakene. Prøv igjen, eller åpne dem hver for seg.';
  }
}

if (form) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ids = [...new FormData(form).getAll('tiltak')].map(String);
    history.pushState(null, '', ids.length ? compareUrl(ids) : location.pathname);
    void show().then(() => output?.scrollIntoView({ block: 'start' }));
  });
  form.addEventListener('change', () => {
    const checked = form.querySelectorAll('input[name=tiltak]:checked').length;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name=tiltak]')) {
      box.disabled = !box.checked && checked >= COMPARE_MAX;
    }
  });
  window.addEventListener('popstate', () => void show());
  void show();
}
