// "What changed": the facts and sections a guide update changed, each linking to where it is.

import { api } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import { formatDay, languageName, notVerified, phoneDetails } from './reader.js';

/**
 * A fact before or after the update: its value (English, from the content files) with the number,
 * its hours and whether it answers from abroad in the UI language, as the country profile says
 * them; or "Not verified: …". A change an older version recorded is one line of English.
 */
function factState(s) {
  if (typeof s === 'string') return [el('span', { lang: 'en' }, s)];
  if (s.to_verify !== undefined) return notVerified(s.to_verify);
  const parts = [el('span', { lang: 'en' }, s.value)];
  const c = s.contact;
  if (c) {
    parts.push(' — ', el('span', { class: 'change-phone' }, c.local));
    if (c.international && c.abroad !== 'no') {
      parts.push(' ', el('span', { class: 'phone-intl' }, t('phone-international', { number: c.international })));
    }
    parts.push(' (', ...phoneDetails(c).flatMap((d, i) => (i ? [' · ', d] : [d])), ')');
  }
  return parts;
}

function factItem(f) {
  const change = f.old && f.new
    ? [el('del', {}, ...factState(f.old)), ' → ', el('ins', {}, ...factState(f.new))]
    : f.new ? [el('ins', {}, ...factState(f.new)), ` (${t('changes-new')})`]
      : [el('del', {}, ...factState(f.old)), ` (${t('changes-gone')})`];
  const source = f.source
    ? el('span', { class: 'fact-source' }, ' · ', el('a', { href: f.source, class: 'external', rel: 'noopener noreferrer', target: '_blank' }, t('fact-source')))
    : null;
  return el('li', { class: 'change-fact', 'data-country': f.country, 'data-key': f.key },
    el('a', { href: `#/${f.section}` }, `${f.country_name} — ${f.label}`), ': ', ...change, source);
}

/** Shows what changed with the last update, in `lang`. */
export async function renderChanges(main, lang) {
  const view = await api.changes(lang);
  const parts = [el('h1', { id: 'section-title', tabindex: '-1' }, t('changes'))];
  if (!view.installed) {
    parts.push(el('p', {}, t('changes-none')));
  } else {
    parts.push(el('p', { class: 'summary' }, t('changes-intro', { date: formatDay(view.installed, 'long') })));
    if (view.facts.length) {
      parts.push(el('h2', {}, t('changes-facts')), el('ul', { class: 'changes-facts' }, ...view.facts.map(factItem)));
    }
    if (view.sections.length) {
      parts.push(el('h2', {}, t('changes-sections')), el('ul', { class: 'changes-sections' },
        ...view.sections.map((s) => el('li', {},
          el('a', { href: `#/${s.id}` }, s.title),
          s.in_reader_language ? null
            : el('span', { class: 'muted' }, ` ${t('changes-other-languages', { languages: s.langs.map(languageName).join(', ') })}`)))));
    }
  }
  main.classList.remove('wide');
  main.replaceChildren(el('section', { class: 'changes-view', 'aria-labelledby': 'section-title' }, ...parts));
}
