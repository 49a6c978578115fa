/**
 * «Sammenlign» on lists and search hits: each measure's link to /sammenlign/ becomes an add/remove
 * button, and a bar at the bottom of the screen counts the chosen measures and leads to the comparison.
 * Without this script the links still work: they open the comparison with that one measure.
 */
import { compareUrl, COMPARE_MIN, toggleCompare } from '../lib/compare';
import { loadCompare, saveCompare } from './compare-store';

const tray = document.querySelector<HTMLElement>('#sammenlign-kurv');
const count = tray?.querySelector<HTMLElement>('[data-count]');
const go = tray?.querySelector<HTMLAnchorElement>('[data-go]');
const clear = tray?.querySelector<HTMLButtonElement>('[data-clear]');

function render() {
  const ids = loadCompare();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-compare]')) {
    const on = ids.includes(button.dataset['compare']!);
    button.setAttribute('aria-pressed', String(on));
    // The visible words first, then the measure's name for a screen reader (WCAG 2.5.3).
    const name = Object.assign(document.createElement('span'), {
      className: 'ds-sr-only',
      textContent: `: ${button.dataset['name']}`,
    });
    button.replaceChildren(on ? 'Valgt til sammenligning' : 'Legg til i sammenligning', name);
  }
  if (!tray || !count || !go) return;
  tray.hidden = ids.length === 0;
  document.documentElement.classList.toggle('has-compare-tray', ids.length > 0);
  count.textContent = ids.length === 1 ? '1 tiltak valgt' : `${ids.length} tiltak valgt`;
  go.href = compareUrl(ids);
  go.textContent = ids.length >= COMPARE_MIN ? `Sammenlign ${ids.length} tiltak` : 'Velg ett til';
}

/** Turns the plain «Sammenlign» links under `root` into toggle buttons. */
function enhance(root: ParentNode) {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-compare]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'compare-toggle';
    button.dataset['compare'] = link.dataset['compare']!;
    button.dataset['name'] = link.dataset['name'] ?? '';
    button.addEventListener('click', () => {
      saveCompare(toggleCompare(loadCompare(), button.dataset['compare']!));
      render();
    });
    link.replaceWith(button);
  }
  render();
}

if (tray) {
  clear?.addEventListener('click', () => {
    saveCompare([]);
    render();
  });
  enhance(document);
  // Search hits arrive after the page has loaded.
  new MutationObserver((changes) => {
    if (changes.some((c) => [...c.addedNodes].some((n) => n instanceof Element && n.querySelector('a[data-compare]'))))
      enhance(document);
  }).observe(document.body, { childList: true, subtree: true });
  window.addEventListener('storage', render);
}
