/**
 * Facet filter on /tiltak/: reads the selection from the URL, shows the matching measures, updates the
 * counts and the URL. The list works without this script; the filter form is shown only when it runs.
 */
import {
  FILTER_PARAMS,
  filterItems,
  optionCounts,
  parseSelection,
  selectionHeading,
  serialiseSelection,
  type FilterItem,
  type Selection,
} from '../lib/filter';

const form = document.querySelector<HTMLFormElement>('#tiltaksfilter');
const status = document.querySelector<HTMLElement>('#filter-status');
const empty = document.querySelector<HTMLElement>('#filter-tomt');
const cards = [...document.querySelectorAll<HTMLElement>('[data-filter]')];
const printHeading = document.querySelector<HTMLElement>('#filter-utskrift');

if (form && status && empty && cards.length) {
  const items = cards.map((el) => ({ el, ...(JSON.parse(el.dataset['filter']!) as FilterItem) }));
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const nf = new Intl.NumberFormat('nb-NO');

  const readForm = (): Selection => {
    const selection: Selection = {};
    for (const box of boxes) if (box.checked) (selection[box.name as (typeof FILTER_PARAMS)[number]] ??= []).push(box.value);
    return selection;
  };

  const render = (selection: Selection) => {
    const shown = new Set(filterItems(items, selection).map((i) => i.id));
    for (const item of items) item.el.hidden = !shown.has(item.id);
    for (const box of boxes) box.checked = (selection[box.name as (typeof FILTER_PARAMS)[number]] ?? []).includes(box.value);
    for (const param of FILTER_PARAMS) {
      const counts = optionCounts(items, selection, param);
      for (const box of boxes.filter((b) => b.name === param)) {
        const count = box.parentElement?.querySelector('[data-count]');
        if (count) count.textContent = `(${nf.format(counts.get(box.value) ?? 0)})`;
      }
    }
    status.textContent = `Viser ${nf.format(shown.size)} av ${nf.format(items.length)} tiltak`;
    if (printHeading) {
      // The printed list is headed by the filters that made it (the form itself is not printed).
      const groups = [...form.querySelectorAll('details')].map((group) => ({
        label: group.querySelector('summary')?.textContent?.trim() ?? '',
        values: [...group.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => {
          const label = box.closest('label');
          return (label?.textContent ?? box.value).replace(label?.querySelector('[data-count]')?.textContent ?? '', '').trim();
        }),
      }));
      printHeading.textContent = selectionHeading(groups, nf.format(shown.size), nf.format(items.length));
      printHeading.toggleAttribute('data-active', groups.some((g) => g.values.length > 0));
    }
    empty.hidden = shown.size > 0;
  };

  form.addEventListener('change', () => {
    const selection = readForm();
    history.pushState(null, '', `${location.pathname}${serialiseSelection(selection)}`);
    render(selection);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    document.querySelector<HTMLElement>('#filter-status')?.scrollIntoView({ block: 'start' });
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    history.pushState(null, '', location.pathname);
    render({});
  });
  window.addEventListener('popstate', () => render(parseSelection(location.search)));

  form.hidden = false;
  render(parseSelection(location.search));
}
