// The reader: table of contents, one section (or two languages side by side), glossary terms with
// their definitions, country facts with their sources and honest dates (as of when the source says
// it, when it was checked and how), what each section's status means.

import { api, inApp } from './api.js';
import { el, fragment } from './dom.js';
import { t, uiLang } from './i18n.js';

export { el };

const sectionCache = new Map();
const glossaryCache = new Map();
let languageNames = {};

/** Remembers the endonyms, for notices such as "not yet available in Svenska". */
export function setLanguages(languages) {
  languageNames = Object.fromEntries(languages.map((l) => [l.code, l.name]));
}

/** The endonym of `code`. */
export function languageName(code) {
  return languageNames[code] || code;
}

/** A section view, cached per language. */
export function loadSection(lang, id) {
  const key = `${lang}/${id}`;
  if (!sectionCache.has(key)) {
    sectionCache.set(key, api.section(lang, id).catch((e) => { sectionCache.delete(key); throw e; }));
  }
  return sectionCache.get(key);
}

/** Keeps `view`, section `id` in `lang` the start-up answer brought, as if it had been loaded. */
export function primeSection(lang, id, view) {
  sectionCache.set(`${lang}/${id}`, Promise.resolve(view));
}

/** Forgets every section and glossary loaded, after the guide in use changed. */
export function clearCaches() {
  sectionCache.clear();
  glossaryCache.clear();
}

function loadGlossary(lang) {
  if (!glossaryCache.has(lang)) glossaryCache.set(lang, api.glossary(lang).catch(() => []));
  return glossaryCache.get(lang);
}


/** Renders the table of contents of `lang` (`entries` if already loaded), marking `current`. */
export async function renderToc(lang, current, entries) {
  const list = document.getElementById('toc-list');
  if (!entries) entries = await api.toc(lang);
  list.replaceChildren(
    ...entries.map((entry) => {
      const link = el('a', { href: `#/${entry.id}`, lang: entry.lang, 'data-section': entry.id }, entry.title);
      if (entry.id === current) link.setAttribute('aria-current', 'page');
      return el('li', {}, link);
    }),
  );
}

/** Marks `id` as the current entry of the table of contents. */
export function markToc(id) {
  for (const a of document.querySelectorAll('#toc-list a')) {
    if (a.dataset.section === id) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

/** The status badge; its tooltip (and accessible description) says what the status means. */
function statusBadge(view) {
  const status = view.stale ? 'stale' : view.status;
  const meaning = t(`status-meaning-${status}`);
  return el('span', { class: `badge badge-${status}`, title: meaning, 'aria-label': `${t(`status-${status}`)}: ${meaning}` },
    t(`status-${status}`));
}

function notices(view) {
  const out = [];
  if (view.fallback) {
    out.push(el('p', { class: 'notice notice-fallback', role: 'note' },
      t('fallback-notice', { language: languageName(view.lang) })));
  } else if (view.stale) {
    out.push(el('p', { class: 'notice notice-stale', role: 'note' }, t('stale-notice')));
  }
  return out;
}

function sectionHeader(view, tools) {
  return el('header', { class: 'section-header' },
    el('h1', { id: 'section-title', tabindex: '-1' }, view.title),
    el('p', { class: 'summary' }, view.summary),
    el('div', { class: 'section-meta' }, statusBadge(view), tools),
    ...notices(view));
}

/** The HTML of a section as a fragment, with links fixed up for the app. */
function body(view) {
  const content = fragment(view.html);
  // Task-list boxes: a checklist to tick at the scene, named by its item.
  for (const box of content.querySelectorAll('li > input[type="checkbox"]')) {
    box.disabled = false;
    box.setAttribute('aria-label', box.parentElement.textContent.trim());
  }
  for (const a of content.querySelectorAll('a[href^="http"]')) {
    a.classList.add('external');
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
  }
  return content;
}

function external(href, text) {
  return el('a', { href, class: 'external', rel: 'noopener noreferrer', target: '_blank' }, text);
}

function factValue(fact) {
  const v = fact.value;
  if (fact.key === 'website' && /^https:\/\/[^\s"'<>]+$/.test(v)) return external(v, v);
  if (fact.key === 'email' && /^[^@\s"'<>]+@[^@\s"'<>]+$/.test(v)) return el('a', { href: `mailto:${v}` }, v);
  return document.createTextNode(v);
}

/** A source's "as of" date as precise as the source is: 2024, October 2024 or 18 October 2024. */
export function formatAsOf(asOf) {
  if (asOf === 'undated') return null;
  const [y, m, d] = asOf.split('-').map(Number);
  const options = d ? { dateStyle: 'long' } : m ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(uiLang(), { ...options, timeZone: 'UTC' }).format(Date.UTC(y, (m || 1) - 1, d || 1));
}

/** A day (`YYYY-MM-DD`) in the UI language: "1 Dec 2026" (`medium`) or "1 December 2026". */
export function formatDay(day, dateStyle = 'medium') {
  if (!day) return '';
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(uiLang(), { dateStyle, timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** "information as of 2024 · checked on 1 Dec 2026 against a stored copy of the source". */
export function provenanceText(p) {
  const asOf = formatAsOf(p.as_of);
  return [asOf ? t('fact-as-of', { date: asOf }) : t('fact-undated'),
    t(`fact-checked-${p.checked_against}`, { date: formatDay(p.checked) })].join(' · ');
}

/** The provenance line as elements: an undated source is marked in the warning colour. */
function provenanceNodes(p) {
  const text = provenanceText(p);
  if (p.as_of !== 'undated') return [text];
  const undated = t('fact-undated');
  return [el('span', { class: 'source-undated' }, undated), text.slice(undated.length)];
}

/** Opening hours in the UI language: "Mon–Fri 09:00–16:30" with localized day names. */
function hoursText(hours) {
  if (hours.kind === 'always') return t('phone-hours-always');
  if (hours.kind === 'not-stated') return t('phone-hours-not-stated');
  const day = new Intl.DateTimeFormat(uiLang(), { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday: day n (1 = Monday) is 2024-01-0n.
  const name = (n) => day.format(Date.UTC(2024, 0, n));
  const ranges = hours.ranges.map((r) => `${r.from_day === r.to_day ? name(r.from_day) : `${name(r.from_day)}–${name(r.to_day)}`} ${r.open}–${r.close}`);
  return t('phone-hours', { hours: ranges.join('; ') });
}

function list(items) {
  try {
    return new Intl.ListFormat(uiLang(), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * When a number answers and whether it answers from abroad, in the UI language: the country
 * profile, the referral view and "What changed" all say it with these.
 */
export function phoneDetails(c) {
  const night = c.hours.kind === 'always';
  return [
    el('span', { class: night ? 'phone-hours phone-night' : 'phone-hours' }, hoursText(c.hours)),
    el('span', { class: `phone-abroad phone-abroad-${c.abroad}` }, t(`phone-abroad-${c.abroad}`)),
  ];
}

/** "Not verified: <what>", the reason (English, from the content files) marked as such. */
export function notVerified(what) {
  return withElement('fact-not-verified', 'reason', el('span', { lang: 'en' }, what || ''));
}

/** A number to call: the form to dial from where the reader is, when it answers, from abroad, for whom. */
function contactRow(fact, countryName) {
  const c = fact.contact;
  const number = el('a', { href: `tel:${c.tel}`, class: 'phone' }, c.dial);
  const parts = [number];
  // The international form only where a caller abroad can use it (a free or short number cannot).
  if (c.international && c.dialling !== 'abroad' && c.abroad !== 'no') {
    parts.push(' ', el('span', { class: 'phone-intl' }, t('phone-international', { number: c.international })));
  }
  const details = [...phoneDetails(c), el('span', { class: 'phone-for' }, t(`phone-for-${c.for}`))];
  if (fact.languages.length) {
    let names;
    try {
      const display = new Intl.DisplayNames([uiLang()], { type: 'language' });
      names = fact.languages.map((code) => display.of(code));
    } catch {
      names = fact.languages;
    }
    details.push(el('span', { class: 'phone-languages' }, t('phone-languages', { languages: list(names) })));
  }
  const warning = c.reachable ? null
    : el('p', { class: 'phone-unreachable', role: 'note' }, t('phone-unreachable', { country: countryName }));
  return el('dd', { class: `fact-contact${c.reachable ? '' : ' unreachable'}` },
    el('span', { class: 'phone-number' }, ...parts), warning,
    el('span', { class: 'phone-details' }, ...details.flatMap((d, i) => (i ? [' · ', d] : [d]))));
}

/** Message `id` with `arg` as an element (so it keeps its own `lang`), the rest as text. */
export function withElement(id, name, node) {
  const marker = '\u{E000}';
  const [before, after = ''] = t(id, { [name]: marker }).split(marker);
  return [before, node, after].filter((part) => part !== '');
}

/**
 * Country facts as <div class="fact"> rows of a <dl>: the value, who runs it, the number to call
 * (for where the reader is), its source with "information as of" and "checked on" dates, and a
 * warning when the information is old; or "Not verified: <what is missing>". Values, notes and
 * reasons are written in English in countries/<cc>.toml, so they say so.
 */
export function factRows(facts, { label = (fact) => fact.label, country = '' } = {}) {
  return facts.map((fact) => {
    if (!fact.value) {
      return el('div', { class: 'fact', 'data-key': fact.key }, el('dt', {}, label(fact)),
        el('dd', { class: 'not-verified' }, ...notVerified(fact.to_verify)));
    }
    const value = el('dd', { class: 'fact-value' }, el('span', { lang: 'en' }, factValue(fact)),
      fact.run_by ? el('span', { class: 'fact-run-by' }, ' — ', ...withElement('fact-run-by', 'name', el('span', { lang: 'en' }, fact.run_by))) : null);
    const note = fact.note ? el('dd', { class: 'fact-note', lang: 'en' }, fact.note) : null;
    const p = fact.source;
    const proof = el('dd', { class: 'fact-source' }, external(p.url, t('fact-source')), ' · ', ...provenanceNodes(p));
    // No role on the dd: a role would take it out of the definition list's structure.
    const outdated = p.outdated ? el('dd', { class: 'fact-outdated' }, el('strong', {}, t('fact-outdated'))) : null;
    // A fact the latest guide update changed says so, linking to what changed.
    const changed = fact.changed
      ? [' ', el('a', { class: 'fact-changed', href: '#/changes' }, t('fact-changed'))] : [];
    return el('div', { class: `fact${p.outdated ? ' outdated' : ''}${fact.changed ? ' changed' : ''}`, 'data-key': fact.key },
      el('dt', {}, label(fact), ...changed), value, fact.contact ? contactRow(fact, country) : null, note, proof, outdated);
  });
}

function countryFacts(country) {
  const refer = el('p', { class: 'referral-links no-print' },
    el('a', { href: `#/referral/${country.code}` }, t('referral-link-here', { country: t(`country-${country.code}`) })),
    el('a', { href: `#/referral//${country.code}` }, t('referral-link-origin', { country: t(`country-${country.code}`) })));
  return el('section', { class: 'country-facts', 'aria-labelledby': 'facts-title' },
    el('h2', { id: 'facts-title' }, t('country-facts', { country: country.name })),
    refer,
    el('dl', {}, ...factRows(country.facts, { country: country.name })));
}

function sourcesList(view) {
  if (!view.sources.length) return null;
  return el('section', { class: 'sources', 'aria-labelledby': 'sources-title' },
    el('h2', { id: 'sources-title' }, t('sources-title')),
    el('ul', {}, ...view.sources.map((s) => el('li', { class: s.outdated ? 'outdated' : null },
      external(s.url, s.title), ` (${provenanceText(s)})`,
      s.outdated ? el('span', { class: 'source-outdated' }, ` — ${t('fact-outdated')}`) : null))));
}

/** Shows section `id` in `lang` (and, when `second` is set, in `second` beside it). */
export async function renderSection(main, { id, lang, second, tools }) {
  const view = await loadSection(lang, id);
  const article = el('article', { class: 'section', lang: view.shown_lang, 'aria-labelledby': 'section-title' });
  if (second && second !== lang) {
    const other = await loadSection(second, id);
    article.append(sectionHeader(view, tools));
    article.append(parallel(view, other));
    main.classList.add('wide');
  } else {
    main.classList.remove('wide');
    article.append(sectionHeader(view, tools));
    if (view.country) article.append(countryFacts(view.country));
    article.append(body(view));
    const sources = sourcesList(view);
    if (sources) article.append(sources);
  }
  main.replaceChildren(article);
  attachTerms(article, view.shown_lang);
  return view;
}

/** Splits a section's HTML into blocks, one per heading (the intro first, anchor ""). */
function blocks(view) {
  const out = [{ anchor: '', nodes: [] }];
  for (const node of [...body(view).childNodes]) {
    if (node.nodeType === 1 && /^H[2-6]$/.test(node.tagName) && node.id) out.push({ anchor: node.id, nodes: [] });
    out.at(-1).nodes.push(node);
  }
  return out;
}

/** Two languages side by side, one row per heading anchor, so the same place is level. */
function parallel(left, right) {
  const a = blocks(left);
  const b = new Map(blocks(right).map((blk) => [blk.anchor, blk]));
  const grid = el('div', { class: 'parallel', role: 'table', 'aria-label': t('parallel-view') });
  grid.append(el('div', { class: 'parallel-row parallel-head', role: 'row' },
    el('div', { role: 'columnheader', lang: left.shown_lang }, languageName(left.shown_lang), ' ', statusBadge(left)),
    el('div', { role: 'columnheader', lang: right.shown_lang }, el('span', {}, right.title), ' — ',
      languageName(right.shown_lang), ' ', statusBadge(right), ...notices(right))));
  for (const blk of a) {
    const other = b.get(blk.anchor);
    const row = el('div', { class: 'parallel-row', role: 'row' },
      el('div', { role: 'cell', lang: left.shown_lang }, ...blk.nodes),
      el('div', { role: 'cell', lang: right.shown_lang, class: 'parallel-second' }, ...(other ? other.nodes : [])));
    grid.append(row);
  }
  // The second column repeats the anchors; only the first keeps ids, so links land there.
  for (const h of grid.querySelectorAll('.parallel-second [id]')) h.removeAttribute('id');
  return grid;
}

let tooltipFor = null;
let tooltipNode = null;
/** The glossary tooltip: made on first use and kept by reference, because views replace
 * <main>'s children and the tooltip is put back on use. */
function tooltipEl() {
  tooltipNode ??= el('div', { id: 'tooltip', class: 'term-tooltip', role: 'tooltip', hidden: true });
  return tooltipNode;
}

/** Glossary terms (a.term[data-term]) show their definition on hover and keyboard focus. */
async function attachTerms(root, lang) {
  const terms = root.querySelectorAll('a.term[data-term]');
  if (!terms.length) return;
  const glossary = new Map((await loadGlossary(lang)).map((term) => [term.id, term]));
  // The tooltip lives inside <main>, so it is inside a landmark like the term it explains.
  // The view may have been replaced while the glossary loaded (a quick change of language):
  // then there is nothing left to attach to.
  const main = root.closest('main');
  if (!main) return;
  const tip = tooltipEl();
  main.append(tip);
  const show = (a) => {
    const term = glossary.get(a.dataset.term);
    if (!term) return;
    tooltipFor = a;
    tip.replaceChildren(el('strong', {}, term.term), el('span', {}, ` — ${term.definition_text}`));
    tip.lang = term.lang;
    tip.hidden = false;
    const r = a.getBoundingClientRect();
    const top = r.bottom + window.scrollY + 6;
    tip.style.top = `${top}px`;
    tip.style.left = `${Math.max(8, Math.min(r.left + window.scrollX, window.innerWidth - tip.offsetWidth - 16))}px`;
    a.setAttribute('aria-describedby', 'tooltip');
  };
  const hide = (a) => {
    if (tooltipFor !== a) return;
    tip.hidden = true;
    tooltipFor = null;
    a.removeAttribute('aria-describedby');
  };
  for (const a of terms) {
    a.addEventListener('mouseenter', () => show(a));
    a.addEventListener('focus', () => show(a));
    a.addEventListener('mouseleave', () => hide(a));
    a.addEventListener('blur', () => hide(a));
  }
}

/** Hides the glossary tooltip (Esc). */
export function hideTooltip() {
  const tip = tooltipEl();
  if (!tip.hidden && tooltipFor) {
    tooltipFor.removeAttribute('aria-describedby');
    tip.hidden = true;
    tooltipFor = null;
    return true;
  }
  return false;
}

function topbarBottom() {
  const bar = document.querySelector('.topbar');
  return getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().bottom : 0;
}

/** The heading nearest the top of the screen and how far past it the reader is. */
export function readingPosition() {
  const headings = [...document.querySelectorAll('#main article [id]')]
    .filter((h) => /^H[1-6]$/.test(h.tagName));
  const top = topbarBottom();
  let current = null;
  for (const h of headings) {
    if (h.getBoundingClientRect().top <= top + 8) current = h;
    else break;
  }
  if (!current) return { anchor: '', offset: window.scrollY };
  return { anchor: current.id === 'section-title' ? '' : current.id, offset: top - current.getBoundingClientRect().top };
}

/** Scrolls back to a position from `readingPosition`. */
export function restorePosition(pos) {
  if (!pos.anchor) {
    window.scrollTo(0, pos.offset);
    return;
  }
  const h = document.getElementById(pos.anchor);
  if (!h) return;
  const top = topbarBottom();
  window.scrollTo(0, window.scrollY + h.getBoundingClientRect().top - top + pos.offset);
}

/** Scrolls to `anchor` and highlights its paragraph (the heading and what follows it). */
export function focusAnchor(anchor, highlight) {
  for (const old of document.querySelectorAll('.hit-highlight')) old.classList.remove('hit-highlight');
  const target = anchor ? document.getElementById(anchor) : document.getElementById('section-title');
  if (!target) return;
  if (highlight) {
    const level = /^H([1-6])$/.exec(target.tagName);
    target.classList.add('hit-highlight');
    let next = target.closest('.parallel-row') ? null : target.nextElementSibling;
    while (next && !(/^H[1-6]$/.test(next.tagName) && level && Number(next.tagName[1]) <= Number(level[1]))) {
      next.classList.add('hit-highlight');
      next = next.nextElementSibling;
    }
  }
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  if (anchor) target.scrollIntoView({ block: 'start' });
  else window.scrollTo(0, 0);
  target.focus({ preventScroll: true });
}

/** In the app, a web page cannot open in the guide's window: say where it is instead. */
export function handleExternalLinks(show) {
  if (!inApp) return;
  document.addEventListener('click', (event) => {
    const a = event.target.closest('a[href^="http"]');
    if (!a) return;
    event.preventDefault();
    show(t('external-link', { url: a.href }));
  });
}
