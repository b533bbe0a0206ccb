// "Show to the person": the rights leaflet in the language of the person being helped, in large
// type, for the screen or for print. The language is chosen from a list of endonyms, each in its
// own language, so the person can point at theirs.

import { api } from './api.js';
import { el, fragment } from './dom.js';
import { loadSection, languageName } from './reader.js';
import { t, uiLang } from './i18n.js';

/** The leaflet's section id: `[roles] leaflet` of guide.toml (asked once). */
let leafletId = null;
const leaflet = () => (leafletId ??= api.info().then((info) => info.leaflet));

/** `code`'s name in `inLang` (Intl), or '' where the platform does not know it. */
function nameIn(code, inLang) {
  try {
    const name = new Intl.DisplayNames([inLang], { type: 'language', fallback: 'none' }).of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : '';
  } catch {
    return '';
  }
}

/** Lowercase, without accents: what a filter compares. */
const plain = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The list of languages, each written in itself (so the person can point at theirs), with its
 * name in the officer's language below; a filter finds one by its own name, its English name or
 * its name in the officer's language ("вьетнамский", "Vietnamese", "Tiếng Việt").
 */
export function renderChooser(main, languages, back) {
  const ui = uiLang();
  const items = languages.map((l) => {
    const local = nameIn(l.code, ui);
    const english = nameIn(l.code, 'en');
    const li = el('li', {},
      el('a', { href: `#/person/${l.code}`, hreflang: l.code, lang: l.code },
        el('span', { class: 'endonym', dir: l.dir }, l.name),
        local && plain(local) !== plain(l.name) ? el('span', { class: 'exonym', lang: ui }, local) : null));
    li.dataset.names = plain([l.name, local, english, l.code].join(' '));
    return li;
  });
  const list = el('ul', { class: 'endonyms' }, ...items);
  const filter = el('input', { type: 'search', id: 'person-filter', class: 'person-filter', 'aria-controls': 'person-languages', autocomplete: 'off' });
  list.id = 'person-languages';
  filter.addEventListener('input', () => {
    const q = plain(filter.value.trim());
    for (const li of items) li.hidden = Boolean(q) && !li.dataset.names.includes(q);
  });
  main.classList.remove('wide');
  main.replaceChildren(el('section', { class: 'person-chooser', 'aria-labelledby': 'chooser-title' },
    el('div', { class: 'leaflet-tools no-print' }, el('a', { href: back, class: 'button-link' }, t('person-back'))),
    el('h1', { id: 'chooser-title', tabindex: '-1' }, t('person-choose-language')),
    el('p', { class: 'muted' }, t('person-choose-hint')),
    el('p', { class: 'no-print' }, el('label', { for: 'person-filter' }, t('person-filter')), ' ', filter),
    list));
  document.getElementById('chooser-title').focus();
}

/** One leaflet as an <article>: in `lang`'s direction, with its language's name over it when
 *  `heading` is set (the second language of a bilingual print). */
async function leafletArticle(lang, languages, { id, cls, heading }) {
  const view = await loadSection(lang, await leaflet());
  const dir = languages.find((l) => l.code === view.shown_lang)?.dir || 'ltr';
  return {
    view,
    node: el('article', { class: cls, lang: view.shown_lang, dir, 'aria-labelledby': id },
      heading ? el('p', { class: 'leaflet-companion-head' }, heading) : null,
      view.fallback ? el('p', { class: 'notice notice-fallback', role: 'note' }, t('fallback-notice', { language: languageName(lang) })) : null,
      el('h1', { id, tabindex: '-1' }, view.title),
      fragment(view.html)),
  };
}

/**
 * The leaflet in `lang`, large type, with Print, "Print with <the officer's language>" (the
 * person's leaflet, then the same leaflet in the officer's content language `officer`, so the
 * officer knows what the person holds), Another language and Back.
 */
export async function renderLeaflet(main, lang, back, languages, officer) {
  const { node } = await leafletArticle(lang, languages, { id: 'section-title', cls: 'leaflet' });
  const print = el('button', { type: 'button', class: 'no-print' }, t('print'));
  print.addEventListener('click', () => window.print());
  const tools = [print];
  let companion = null;
  if (officer && officer !== lang) {
    const both = el('button', { type: 'button', class: 'no-print', id: 'print-both' },
      t('person-print-both', { language: languageName(officer) }));
    both.addEventListener('click', async () => {
      if (!companion) {
        companion = (await leafletArticle(officer, languages, {
          id: 'companion-title', cls: 'leaflet leaflet-companion', heading: languageName(officer),
        })).node;
        main.append(companion);
      }
      window.print();
    });
    tools.push(both);
  }
  const other = el('a', { href: '#/person', class: 'no-print button-link' }, t('person-other-language'));
  const done = el('a', { href: back, class: 'no-print button-link' }, t('person-back'));
  tools.push(other, done);
  main.classList.remove('wide');
  // The tools are in the officer's language and direction, above the person's leaflet.
  main.replaceChildren(el('div', { class: 'leaflet-tools no-print' }, ...tools), node);
  document.getElementById('section-title').focus();
}
