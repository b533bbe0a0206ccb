// "Show to the person": the rights leaflet in the language of the person being helped, in large
// type, for the screen or for print. The language is chosen from a list of endonyms, each in its
// own language, so the person can point at theirs.

import { api } from './api.js';
import { el, fragment } from './dom.js';
import { loadSection, languageName } from './reader.js';
import { t } from './i18n.js';

/** The leaflet's section id: `[roles] leaflet` of guide.toml (asked once). */
let leafletId = null;
const leaflet = () => (leafletId ??= api.info().then((info) => info.leaflet));

/** The list of languages, each written in itself, and the way back to `back`. */
export function renderChooser(main, languages, back) {
  const list = el('ul', { class: 'endonyms' }, ...languages.map((l) =>
    el('li', {}, el('a', { href: `#/person/${l.code}`, lang: l.code, dir: l.dir, hreflang: l.code }, l.name))));
  main.classList.remove('wide');
  main.replaceChildren(el('section', { class: 'person-chooser', 'aria-labelledby': 'chooser-title' },
    el('div', { class: 'leaflet-tools no-print' }, el('a', { href: back, class: 'button-link' }, t('person-back'))),
    el('h1', { id: 'chooser-title', tabindex: '-1' }, t('person-choose-language')),
    el('p', { class: 'muted' }, t('person-choose-hint')),
    list));
  document.getElementById('chooser-title').focus();
}

/** The leaflet in `lang`, large type, with Print and Back. */
export async function renderLeaflet(main, lang, back) {
  const view = await loadSection(lang, await leaflet());
  const print = el('button', { type: 'button', class: 'no-print' }, t('print'));
  print.addEventListener('click', () => window.print());
  const other = el('a', { href: '#/person', class: 'no-print button-link' }, t('person-other-language'));
  const done = el('a', { href: back, class: 'no-print button-link' }, t('person-back'));
  main.classList.remove('wide');
  main.replaceChildren(el('article', { class: 'leaflet', lang: view.shown_lang, 'aria-labelledby': 'section-title' },
    el('div', { class: 'leaflet-tools no-print' }, print, other, done),
    view.fallback ? el('p', { class: 'notice notice-fallback', role: 'note' }, t('fallback-notice', { language: languageName(lang) })) : null,
    el('h1', { id: 'section-title', tabindex: '-1' }, view.title),
    fragment(view.html)));
  document.getElementById('section-title').focus();
}
