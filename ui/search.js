// Search as you type, on every screen: `/` or Ctrl+K focuses the box, results come grouped by
// section with highlighted snippets, arrows move, Enter opens the paragraph. Hits found in another
// language open in the reader's content language. Nothing typed here is stored.
// Keystroke to results on screen is measured (`performance` entries named KEYSTROKE_MEASURE, and
// HANDLER_MEASURE for the part from our input handler to the results in the DOM). A keystroke whose
// answer is the list already shown (typing on inside a word often is) changes nothing on screen:
// it is counted apart (UNCHANGED_MEASURE, to its answer), not among the lists rendered.

import { api } from './api.js';
import { t, tp, uiLang } from './i18n.js';
import { el } from './dom.js';
import { languageName } from './reader.js';

/**
 * Name of the performance measure, per query shown: keystroke to results on screen, that is to the
 * end of the first frame after the results are in the DOM (its style, layout and paint done).
 */
export const KEYSTROKE_MEASURE = 'search-keystroke-to-results';
/** The same, to the start of that frame (before its style, layout and paint; earlier figures). */
export const FRAME_MEASURE = 'search-keystroke-to-frame';
/** Name of the performance measure, per query shown: input handler to results in the DOM. */
export const HANDLER_MEASURE = 'search-handler-to-dom';
/** Name of the performance measure, per query answered with the list already shown: keystroke to answer. */
export const UNCHANGED_MEASURE = 'search-keystroke-unchanged';

/** How soon a search answered "preparing" is asked again. */
const PREPARING_RETRY_MS = 200;

/** A snippet (plain text and UTF-16 highlight ranges, see src/search/snippet.rs) as text nodes and <mark>s. */
function snippetNode(snippet) {
  const node = el('span', { class: 'search-snippet' });
  let cursor = 0;
  for (const [from, to] of snippet.highlights) {
    node.append(snippet.text.slice(cursor, from), el('mark', {}, snippet.text.slice(from, to)));
    cursor = to;
  }
  node.append(snippet.text.slice(cursor));
  return node;
}

/** One hit as an option of the list: breadcrumbs, snippet, and the language it was found in. */
function hitOption(hit, id, readerLang) {
  const crumbs = hit.breadcrumbs.slice(1).join(' › ');
  return el('div', {
    id, role: 'option', class: 'search-option', 'aria-selected': 'false',
    'data-section': hit.section, 'data-anchor': hit.anchor, lang: hit.lang,
  },
  crumbs ? el('span', { class: 'search-crumbs' }, crumbs) : null,
  snippetNode(hit.snippet),
  hit.lang !== readerLang ? el('span', { class: 'search-lang' }, t('search-other-language', { language: languageName(hit.lang) })) : null);
}

/**
 * The search box and its list of results (a combobox). No fixed debounce: a query runs at once
 * when none is in flight; keystrokes that arrive while one is answered collapse into one query
 * for the latest text.
 */
class SearchBox {
  /** `lang()` gives the content language; `open(section, anchor)` shows a hit. */
  constructor({ lang, open }) {
    this.lang = lang;
    this.open = open;
    this.input = document.getElementById('search-input');
    this.list = document.getElementById('search-results');
    this.status = document.getElementById('search-status');
    this.inFlight = false;
    this.pending = false;
    /** When the oldest keystroke not yet answered happened (for KEYSTROKE_MEASURE). */
    this.typedAt = 0;
    this.handledAt = 0;
    /** The number of the latest query: an older answer arriving late is dropped. */
    this.seq = 0;
    this.options = [];
    this.active = -1;
    /** What the list shows (see `shows`), or null when it shows nothing to keep. */
    this.shown = null;
    this.retry = 0;
    /** The result counts' texts, per UI language and number (see countText). */
    this.counts = new Map();
    this.input.addEventListener('input', (e) => this.onInput(e));
    this.input.addEventListener('keydown', (e) => this.onKeydown(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    this.input.addEventListener('focus', () => {
      if (this.input.value.trim() && this.options.length) this.reopen();
    });
    document.addEventListener('keydown', (e) => this.onGlobalKey(e));
    window.addEventListener('hashchange', () => this.close());
  }

  close() {
    this.list.hidden = true;
    document.body.classList.remove('search-open');
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  reopen() {
    this.list.hidden = false;
    document.body.classList.add('search-open'); // see style.css, .toc
    this.input.setAttribute('aria-expanded', 'true');
  }

  /** No option is the active one (a new answer is not moved through yet). */
  unselect() {
    if (this.active >= 0 && this.options[this.active]) this.options[this.active].setAttribute('aria-selected', 'false');
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
  }

  setActive(i) {
    if (!this.options.length) return;
    this.active = (i + this.options.length) % this.options.length;
    this.options.forEach((o, j) => o.setAttribute('aria-selected', String(j === this.active)));
    this.input.setAttribute('aria-activedescendant', this.options[this.active].id);
    this.options[this.active].scrollIntoView({ block: 'nearest' });
  }

  choose(option) {
    this.close();
    this.options = []; // the list does not come back by itself once a hit is open
    this.shown = null;
    this.input.blur();
    this.open(option.dataset.section, option.dataset.anchor);
  }

  /**
   * What a list of `results` shows, as one string: the same string, the same list on screen (the
   * hits with their snippets and highlights, the notice, and the languages that label them).
   */
  shows(results) {
    const hits = results.hits.map((h) => [h.section, h.anchor, h.lang, h.title, h.breadcrumbs, h.snippet]);
    return JSON.stringify([uiLang(), this.lang(), results.status, results.notice || null, hits]);
  }

  /**
   * Shows `results`: hits grouped by section, or why there are none. Says whether the list
   * changed (false: it already showed them).
   */
  render(results) {
    const shows = this.shows(results);
    if (shows === this.shown) {
      // The list already says this: keep its nodes (nothing to lay out or paint again, unless
      // it was closed).
      const closed = this.list.hidden;
      this.list.dataset.query = results.query;
      this.reopen();
      this.unselect();
      return closed;
    }
    this.shown = shows;
    const groups = new Map();
    for (const hit of results.hits) {
      if (!groups.has(hit.section)) groups.set(hit.section, []);
      groups.get(hit.section).push(hit);
    }
    this.options = [];
    const children = [];
    for (const [section, hits] of groups) {
      const gid = `search-group-${section}`;
      const group = el('div', { role: 'group', class: 'search-group', 'aria-labelledby': gid },
        el('div', { id: gid, class: 'search-group-title', role: 'presentation', lang: hits[0].lang }, hits[0].title));
      for (const hit of hits) {
        const option = hitOption(hit, `search-option-${this.options.length}`, this.lang());
        option.addEventListener('mousedown', (e) => e.preventDefault());
        option.addEventListener('click', () => this.choose(option));
        this.options.push(option);
        group.append(option);
      }
      children.push(group);
    }
    if (!results.hits.length && results.status === 'ready') {
      children.push(el('p', { class: 'search-empty', role: 'presentation' }, t('search-no-results', { query: results.query })));
    }
    if (results.notice) {
      children.push(el('p', { class: `search-notice search-${results.status}`, role: 'presentation' },
        t(results.notice.id, results.notice.args)));
    }
    this.list.replaceChildren(...children);
    this.list.dataset.query = results.query; // which query the list answers (tests wait on it)
    this.list.dataset.status = results.status;
    this.reopen();
    this.unselect();
    const announce = results.status === 'ready'
      ? this.countText(results.hits.length)
      : Promise.resolve(t(results.notice.id, results.notice.args));
    announce.then((text) => { this.status.textContent = text; });
    return true;
  }

  /**
   * "20 results" in the UI language, formatted by the core (plurals) once per number and UI
   * language: typing does not ask for it again on every keystroke.
   */
  countText(count) {
    const key = `${uiLang()}|${count}`;
    if (!this.counts.has(key)) {
      this.counts.set(key, tp('search-results-count', { count: String(count) }));
    }
    return this.counts.get(key);
  }

  async run() {
    const q = this.input.value.trim();
    const mine = ++this.seq;
    const since = this.typedAt;
    const handled = this.handledAt;
    this.typedAt = 0;
    this.handledAt = 0;
    clearTimeout(this.retry);
    if (!q) {
      this.close();
      this.list.replaceChildren();
      this.shown = null;
      return;
    }
    this.inFlight = true;
    let results = null;
    const asked = performance.now();
    try {
      results = await api.search(q, this.lang(), 20);
    } catch (error) {
      console.error('search failed', error); // the core never fails a query; a transport might
    }
    this.inFlight = false;
    const answered = performance.now();
    if (results && mine === this.seq && !this.pending) {
      const changed = this.render(results);
      // The index is still being prepared (a first start): say so now, ask again shortly.
      if (results.status === 'preparing') {
        this.retry = setTimeout(() => { if (mine === this.seq) this.run(); }, PREPARING_RETRY_MS);
      }
      // Measured to the end of the next frame, when the results are painted: a task queued from
      // the frame's animation callback runs after its style, layout and paint. Only durations
      // are kept.
      const inDom = performance.now();
      if (since && !changed) {
        // The list on screen already showed these results: nothing was rendered.
        performance.measure(UNCHANGED_MEASURE, { start: since, end: answered });
      } else if (since) {
        if (handled) performance.measure(HANDLER_MEASURE, { start: handled, end: inDom });
        // Its parts: key event to our handler, the query's round trip, rendering, the wait for the
        // frame, and the frame's own work (style, layout, paint).
        performance.measure('search-part-input', { start: since, end: handled });
        performance.measure('search-part-ipc', { start: asked, end: answered });
        performance.measure('search-part-render', { start: answered, end: inDom });
        requestAnimationFrame(() => {
          const frame = performance.now();
          performance.measure('search-part-frame', { start: inDom, end: frame });
          performance.measure(FRAME_MEASURE, { start: since, end: frame });
          setTimeout(() => {
            const painted = performance.now();
            performance.measure('search-part-paint', { start: frame, end: painted });
            performance.measure(KEYSTROKE_MEASURE, { start: since, end: painted });
          }, 0);
        });
      }
    }
    if (this.pending) {
      this.pending = false;
      this.run();
    }
  }

  onInput(e) {
    if (!this.typedAt) {
      this.handledAt = performance.now();
      this.typedAt = Math.min(e.timeStamp || this.handledAt, this.handledAt);
    }
    if (this.inFlight) this.pending = true;
    else this.run();
  }

  onKeydown(e) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (this.list.hidden) this.run(); else this.setActive(this.active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      this.setActive(this.active - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const option = this.options[this.active >= 0 ? this.active : 0];
      if (option && !this.list.hidden) this.choose(option);
    } else if (e.key === 'Escape') {
      if (!this.list.hidden) { e.preventDefault(); e.stopPropagation(); this.close(); }
      else if (this.input.value) this.input.value = '';
      else this.input.blur();
    }
  }

  /** `/` or Ctrl+K anywhere focuses the box. */
  onGlobalKey(e) {
    const typing = e.target.closest && e.target.closest('input, textarea, select, [contenteditable]');
    const ctrlK = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey);
    const slash = e.key === '/' && !typing && !e.ctrlKey && !e.altKey && !e.metaKey;
    if (ctrlK || slash) {
      e.preventDefault();
      this.input.focus();
      this.input.select();
    }
  }

  /** Empties the box and the list (nothing of the query is left on screen). */
  clear() {
    this.seq++;
    clearTimeout(this.retry);
    this.input.value = '';
    this.close();
    this.list.replaceChildren();
    this.options = [];
    this.shown = null;
  }
}

/** Wires the search box; returns what the app needs of it. */
export function initSearch(options) {
  const box = new SearchBox(options);
  return {
    rerun: () => { if (!box.list.hidden && box.input.value.trim()) box.run(); },
    clear: () => box.clear(),
  };
}
