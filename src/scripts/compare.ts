/**
 * /sammenlign/: shows the chosen measures side by side. It fetches only the chosen measures' own pages
 * and reads their facts boxes, so the facts come from one place and the page stays light.
 */
import { COMPARE_MAX, COMPARE_MIN, parseCompare } from '../lib/compare';

const form = document.querySelector<HTMLFormElement>('#sammenlign-skjema');
const output = document.querySelector<HTMLElement>('#sammenligning');
const status = document.querySelector<HTMLElement>('#sammenlign-status');

interface Facts {
  id: string;
  name: string;
  rows: Map<string, string>;
}

async function load(id: string): Promise<Facts> {
  const response = await fetch(`/tiltak/${id}/`);
  if (!response.ok) throw new Error(id);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const rows = new Map<string, string>();
  for (const row of doc.querySelectorAll('.facts__row')) {
    const label = row.querySelector('dt')?.textContent?.trim();
    const items = [...row.querySelectorAll('dd li')].map((li) => li.textContent?.trim() ?? '');
    const value = items.length ? items.join('; ') : (row.querySelector('dd')?.textContent?.trim() ?? '');
    if (label) rows.set(label.replace(/^Skoler$/, 'Skole'), value);
  }
  return { id, name: doc.querySelector('h1')?.textContent?.trim() ?? id, rows };
}

function table(measures: Facts[]): HTMLTableElement {
  const t = document.createElement('table');
  t.className = 'ds-table compare';
  const caption = t.createCaption();
  caption.textContent = `Sammenligning av ${measures.length} tiltak`;
  const head = t.createTHead().insertRow();
  head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: 'Fakta' }));
  for (const m of measures) {
    const th = Object.assign(document.createElement('th'), { scope: 'col' });
    const a = Object.assign(document.createElement('a'), { href: `/tiltak/${m.id}/`, textContent: m.name });
    a.className = 'ds-link';
    th.append(a);
    head.append(th);
  }
  const body = t.createTBody();
  for (const label of measures[0]!.rows.keys()) {
    const row = body.insertRow();
    row.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: label }));
    for (const m of measures) row.insertCell().textContent = m.rows.get(label) ?? '';
  }
  return t;
}

async function show() {
  if (!form || !output || !status) return;
  const known = new Set([...form.querySelectorAll<HTMLInputElement>('input[name=tiltak]')].map((i) => i.value));
  const ids = parseCompare(location.search, known);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name=tiltak]')) box.checked = ids.includes(box.value);
  if (ids.length < COMPARE_MIN) {
    output.replaceChildren();
    status.textContent = 'Velg to, tre eller fire tiltak i listen og trykk «Sammenlign».';
    return;
  }
  status.textContent = 'Henter tiltakene …';
  try {
    const measures = await Promise.all(ids.map(load));
    const scroll = Object.assign(document.createElement('div'), { className: 'table-scroll', tabIndex: 0 });
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', 'Sammenligningstabell');
    scroll.append(table(measures));
    output.replaceChildren(scroll);
    status.textContent = `Sammenligner ${measures.map((m) => m.name).join(', ')}.`;
  } catch {
    status.textContent = 'Kunne ikke hente tiltakene. Prøv igjen, eller åpne dem hver for seg.';
  }
}

if (form) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ids = [...new FormData(form).getAll('tiltak')].map(String);
    history.pushState(null, '', ids.length ? `?tiltak=${ids.join(',')}` : location.pathname);
    void show();
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
