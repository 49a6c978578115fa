/**
 * Facet filter on /tiltak/: reads the selection from the URL, shows the matching measures, updates the
 * counts (a value that would give no measures is not offered), the chosen filters as removable chips,
 * and the URL. The list works without this script; the filter is shown only when it runs.
 */
import {
  FILTER_PARAMS,
  filterItems,
  isEmpty,
  optionCounts,
  parseSelection,
  selectionHeading,
  serialiseSelection,
  type FilterItem,
  type FilterParam,
  type Selection,
} from '../lib/filter';

const panel = document.querySelector<HTMLDetailsElement>('#filterpanel');
const form = document.querySelector<HTMLFormElement>('#tiltaksfilter');
const heading = document.querySelector<HTMLElement>('#filter-status');
// The count is a live region and the place focus goes after a change of filter.
const status = heading;
const empty = document.querySelector<HTMLElement>('#filter-tomt');
const chosen = document.querySelector<HTMLElement>('#filter-valgt');
const chips = chosen?.querySelector<HTMLElement>('ul');
const cards = [...document.querySelectorAll<HTMLElement>('[data-filter]')];
const printHeading = document.querySelector<HTMLElement>('#filter-utskrift');

if (panel && form && heading && status && empty && chosen && chips && cards.length) {
  const items = cards.map((el) => ({ el, ...(JSON.parse(el.dataset['filter']!) as FilterItem) }));
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const nf = new Intl.NumberFormat('nb-NO');
  const paramOf = (box: HTMLInputElement) => box.name as FilterParam;
  const summaryCount = panel.querySelector<HTMLElement>('[data-chosen]');
  const showButton = form.querySelector<HTMLButtonElement>('[data-show]');

  const readForm = (): Selection => {
    const selection: Selection = {};
    for (const box of boxes) if (box.checked) (selection[paramOf(box)] ??= []).push(box.value);
    return selection;
  };

  const update = (selection: Selection) => {
    history.pushState(null, '', `${location.pathname}${serialiseSelection(selection)}`);
    render(selection);
  };

  const chip = (box: HTMLInputElement) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ds-chip';
    button.dataset['removable'] = 'true';
    button.textContent = box.dataset['label'] ?? box.value;
    button.setAttribute('aria-label', `Fjern filteret ${button.textContent}`);
    button.addEventListener('click', () => {
      box.checked = false;
      update(readForm());
      heading.focus();
    });
    li.append(button);
    return li;
  };

  const render = (selection: Selection) => {
    const shown = new Set(filterItems(items, selection).map((i) => i.id));
    for (const item of items) item.el.hidden = !shown.has(item.id);
    for (const box of boxes) box.checked = (selection[paramOf(box)] ?? []).includes(box.value);
    for (const param of FILTER_PARAMS) {
      const counts = optionCounts(items, selection, param);
      for (const box of boxes.filter((b) => paramOf(b) === param)) {
        const count = counts.get(box.value) ?? 0;
        const label = box.closest('label')!;
        label.querySelector('[data-count]')!.textContent = `(${nf.format(count)})`;
        label.hidden = count === 0 && !box.checked;
      }
    }
    const checked = boxes.filter((b) => b.checked);
    chips.replaceChildren(...checked.map(chip));
    chosen.hidden = checked.length === 0;
    if (summaryCount) summaryCount.textContent = checked.length ? `(${nf.format(checked.length)} valgt)` : '';
    if (showButton) showButton.textContent = `Vis ${nf.format(shown.size)} tiltak`;
    status.textContent = isEmpty(selection)
      ? `Viser alle ${nf.format(items.length)} tiltak`
      : `Viser ${nf.format(shown.size)} av ${nf.format(items.length)} tiltak`;
    if (printHeading) {
      // The printed list is headed by the filters that made it (the form itself is not printed).
      const groups = [...form.querySelectorAll('details')].map((group) => ({
        label: group.querySelector('summary')?.textContent?.trim() ?? '',
        values: [...group.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => {
          const label = box.closest('label');
          return (label?.textContent ?? box.value)
            .replace(label?.querySelector('[data-count]')?.textContent ?? '', '')
            .trim();
        }),
      }));
      printHeading.textContent = selectionHeading(groups, nf.format(shown.size), nf.format(items.length));
      printHeading.toggleAttribute(
        'data-active',
        groups.some((g) => g.values.length > 0),
      );
    }
    empty.hidden = shown.size > 0;
  };

  form.addEventListener('change', () => update(readForm()));
  // «Vis n tiltak» (phones): close the filter and take the reader to the results.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    panel.open = false;
    heading.focus();
  });
  const clear = () => {
    update({});
    heading.focus();
  };
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    clear();
  });
  chosen.querySelector('button.filter-chosen__clear')?.addEventListener('click', clear);
  window.addEventListener('popstate', () => render(parseSelection(location.search)));

  panel.hidden = false;
  render(parseSelection(location.search));
}
