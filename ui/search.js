// Search as you type, on every screen: `/` or Ctrl+K focuses the box, results come grouped by
// section with highlighted snippets, arrows move, Enter opens the paragraph. Hits found in another
// language open in the reader's content language. Nothing typed here is stored.
// Keystroke to results on screen is measured (`performance` entries named KEYSTROKE_MEASURE, and
// HANDLER_MEASURE for the part from our input handler to the results in the DOM).

import { api } from './api.js';
import { t, tp } from './i18n.js';
import { el, languageName } from './reader.js';

/** Name of the performance measure, per query shown: keystroke to results on screen. */
export const KEYSTROKE_MEASURE = 'search-keystroke-to-results';
/** Name of the performance measure, per query shown: input handler to results in the DOM. */
export const HANDLER_MEASURE = 'search-handler-to-dom';

/**
 * Wires the search box. `lang()` gives the content language; `open(section, anchor)` shows a hit.
 */
export function initSearch({ lang, open }) {
  const input = document.getElementById('search-input');
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  // No fixed debounce: a query runs at once when none is in flight; keystrokes that arrive while
  // one is answered collapse into one query for the latest text. `typedAt` is when the oldest
  // keystroke not yet answered happened (for the keystroke-to-results measure).
  let inFlight = false;
  let pending = false;
  let typedAt = 0;
  let handledAt = 0;
  let seq = 0;
  let options = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (i) => {
    if (!options.length) return;
    active = (i + options.length) % options.length;
    options.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  };

  const choose = (option) => {
    close();
    options = []; // the list does not come back by itself once a hit is open
    input.blur();
    open(option.dataset.section, option.dataset.anchor);
  };

  const render = (results) => {
    const groups = new Map();
    for (const hit of results.hits) {
      if (!groups.has(hit.section)) groups.set(hit.section, []);
      groups.get(hit.section).push(hit);
    }
    options = [];
    const children = [];
    let n = 0;
    for (const [section, hits] of groups) {
      const gid = `search-group-${section}`;
      const group = el('div', { role: 'group', class: 'search-group', 'aria-labelledby': gid },
        el('div', { id: gid, class: 'search-group-title', role: 'presentation', lang: hits[0].lang }, hits[0].title));
      for (const hit of hits) {
        const crumbs = hit.breadcrumbs.slice(1).join(' › ');
        const snippet = document.createElement('span');
        snippet.className = 'search-snippet';
        snippet.innerHTML = hit.snippet; // HTML-escaped by the core, only <mark> added
        const option = el('div', {
          id: `search-option-${n++}`, role: 'option', class: 'search-option', 'aria-selected': 'false',
          'data-section': hit.section, 'data-anchor': hit.anchor, lang: hit.lang,
        },
        crumbs ? el('span', { class: 'search-crumbs' }, crumbs) : null,
        snippet,
        hit.lang !== lang() ? el('span', { class: 'search-lang' }, t('search-other-language', { language: languageName(hit.lang) })) : null);
        option.addEventListener('mousedown', (e) => e.preventDefault());
        option.addEventListener('click', () => choose(option));
        options.push(option);
        group.append(option);
      }
      children.push(group);
    }
    if (!results.hits.length) {
      children.push(el('p', { class: 'search-empty', role: 'presentation' }, t('search-no-results', { query: results.query })));
    }
    if (results.notice) children.push(el('p', { class: 'search-notice', role: 'presentation' }, results.notice));
    list.replaceChildren(...children);
    list.dataset.query = results.query; // which query the list answers (tests wait on it)
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    input.removeAttribute('aria-activedescendant');
    tp('search-results-count', { count: String(results.hits.length) }).then((text) => { status.textContent = text; });
  };

  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    const since = typedAt;
    const handled = handledAt;
    typedAt = 0;
    handledAt = 0;
    if (!q) {
      close();
      list.replaceChildren();
      return;
    }
    inFlight = true;
    let results = null;
    try {
      results = await api.search(q, lang(), 20);
    } catch (error) {
      console.error('search failed', error); // the core never fails a query; a transport might
    }
    inFlight = false;
    if (results && mine === seq && !pending) {
      render(results);
      // Measured to the next frame, when the results are painted. Only durations are kept.
      if (handled) performance.measure(HANDLER_MEASURE, { start: handled, end: performance.now() });
      if (since) requestAnimationFrame(() => performance.measure(KEYSTROKE_MEASURE, { start: since, end: performance.now() }));
    }
    if (pending) {
      pending = false;
      run();
    }
  };

  input.addEventListener('input', (e) => {
    if (!typedAt) {
      handledAt = performance.now();
      typedAt = Math.min(e.timeStamp || handledAt, handledAt);
    }
    if (inFlight) pending = true;
    else run();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) run(); else setActive(active + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(active - 1); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      const option = options[active >= 0 ? active : 0];
      if (option && !list.hidden) choose(option);
    } else if (e.key === 'Escape') {
      if (!list.hidden) { e.preventDefault(); e.stopPropagation(); close(); }
      else if (input.value) { input.value = ''; }
      else input.blur();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('focus', () => { if (input.value.trim() && options.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); } });

  document.addEventListener('keydown', (e) => {
    const typing = e.target.closest && e.target.closest('input, textarea, select, [contenteditable]');
    if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      input.focus();
      input.select();
    } else if (e.key === '/' && !typing && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });

  window.addEventListener('hashchange', close);

  return {
    rerun: () => { if (!list.hidden && input.value.trim()) run(); },
    /** Empties the box and the list (nothing of the query is left on screen). */
    clear: () => { seq++; input.value = ''; close(); list.replaceChildren(); options = []; },
  };
}
