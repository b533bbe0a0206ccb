// The referral view: "I am in <country>, the person is from <country>". Two lists of countries,
// then the TRM steps in order, each with what the two countries' files say for that step: who to
// call (the number to dial from where the officer is), what the law gives, each fact with its
// source and dates, or "Not verified". Which facts belong to which step is content
// (guide-content/referral.toml, read by the core); this module only shows them. The choice lives in the address (#/referral/<here>/<origin>), never in storage: it says
// something about a person.

import { api } from './api.js';
import { t, uiLang } from './i18n.js';
import { el } from './dom.js';
import { factRows, languageName, withElement } from './reader.js';

/** The origin chosen as "another country (not in this guide)". */
export const OTHER = 'other';

let codes = null;
let sequence = 0;

/** The guide's country codes (asked once). */
function countryCodes() {
  if (!codes) {
    codes = api.countries('en').then((list) => list.map((c) => c.code));
    codes.catch(() => { codes = null; });
  }
  return codes;
}

const countryName = (code) => t(`country-${code}`);

/** The address of a choice: #/referral, #/referral/se, #/referral//ro, #/referral/se/ro. */
export function referralHash(here, origin) {
  if (origin) return `#/referral/${here}/${origin}`;
  return here ? `#/referral/${here}` : '#/referral';
}

function countrySelect(id, known, selected, extra) {
  const collator = new Intl.Collator(uiLang());
  const sorted = [...known].sort((a, b) => collator.compare(countryName(a), countryName(b)));
  return el('select', { id, name: id },
    el('option', { value: '' }, t('referral-choose')),
    ...sorted.map((code) => el('option', { value: code, selected: code === selected }, countryName(code))),
    extra ? el('option', { value: extra.value, selected: extra.value === selected }, extra.text) : null);
}

function list(items) {
  try {
    return new Intl.ListFormat(uiLang(), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** One country's facts at one step: a heading, the facts, what the guide lacks, the profile. */
function side(step, facts, which) {
  const id = `${step.section}-${which}`;
  const country = countryName(facts.country);
  const missing = facts.missing.map((m) => t(`fact-${m.key}`));
  const profile = facts.profile
    ? el('p', { class: 'referral-profile no-print' },
      el('a', { href: `#/${facts.section}/${facts.profile.anchor}` },
        ...withElement('referral-profile', 'heading', el('span', { lang: step.lang }, facts.profile.text))))
    : null;
  return el('div', { class: `referral-side referral-${which}`, role: 'group', 'aria-labelledby': id },
    el('h3', { id }, t(which === 'here' ? 'referral-side-here' : 'referral-side-origin', { country })),
    facts.facts.length ? el('dl', {}, ...factRows(facts.facts, { label: (f) => t(`fact-${f.key}`), country })) : null,
    missing.length ? el('p', { class: 'fact-missing' }, t('referral-missing', { facts: list(missing) })) : null,
    profile);
}

function stepItem(step) {
  const id = `step-${step.section}`;
  const links = step.links.length
    ? el('ul', { class: 'step-links no-print', 'aria-label': t('referral-step-links') },
      ...step.links.map((link) => el('li', {},
        el('a', { href: `#/${step.section}/${link.anchor}`, lang: step.lang }, link.text))))
    : null;
  return el('li', { class: 'referral-step', 'data-section': step.section },
    el('h2', { id, lang: step.lang }, el('a', { href: `#/${step.section}` }, step.title)),
    el('p', { class: 'step-summary', lang: step.lang }, step.summary),
    links,
    el('div', { class: `referral-sides${step.origin ? '' : ' single'}` },
      side(step, step.here, 'here'),
      step.origin ? side(step, step.origin, 'origin') : null));
}

function caseText(view) {
  const here = countryName(view.here.code);
  return view.origin
    ? t('referral-case', { here, origin: countryName(view.origin.code) })
    : t('referral-case-other', { here });
}

/** Shows the steps for `here` and `origin` in `result`, or what is still to choose. */
async function showSteps(result, status, { here, origin, lang }) {
  const seq = ++sequence;
  const known = await countryCodes();
  if (seq !== sequence) return;
  const unknown = [here, origin].find((code) => code && code !== OTHER && !known.includes(code))
    ?? (here === OTHER ? here : undefined);
  if (unknown !== undefined) {
    result.replaceChildren(el('p', { class: 'notice', role: 'note' }, t('referral-unknown-country', { code: unknown })));
    status.textContent = '';
    return;
  }
  if (!here || !origin) {
    result.replaceChildren(el('p', { class: 'referral-prompt' }, t('referral-prompt')));
    status.textContent = '';
    return;
  }
  const view = await api.referral(lang, here, origin === OTHER ? undefined : origin);
  if (seq !== sequence) return;
  const notes = [];
  if (view.domestic) {
    notes.push(el('p', { class: 'notice', role: 'note' }, t('referral-domestic', { country: countryName(here) })));
  } else if (!view.origin) {
    notes.push(el('p', { class: 'notice', role: 'note' }, t('referral-other-note', { country: countryName(here) })));
  }
  if (view.steps.some((s) => s.fallback)) {
    notes.push(el('p', { class: 'notice notice-fallback', role: 'note' }, t('referral-fallback', { language: languageName(lang) })));
  }
  const text = caseText(view);
  result.replaceChildren(
    el('p', { class: 'referral-case print-only' }, text),
    ...notes,
    el('ol', { class: 'referral-steps' }, ...view.steps.map(stepItem)));
  status.textContent = text;
}

/**
 * Shows the referral view in `main`: the form and, once both countries are chosen, the steps.
 * Step texts are in `lang` (the content language); labels and country names in the UI language.
 * Called again for a new choice, it keeps the form (and the focus in it) and updates the steps.
 */
export async function renderReferral(main, { here, origin, lang }) {
  const key = `${uiLang()}|${lang}`;
  let view = main.querySelector('.referral-view');
  if (!view || view.dataset.key !== key) {
    const known = await countryCodes();
    const hereSelect = countrySelect('referral-here', known, here);
    const originSelect = countrySelect('referral-origin', known, origin,
      { value: OTHER, text: t('referral-origin-other') });
    const form = el('form', { class: 'referral-form no-print', id: 'referral-form' },
      el('div', { class: 'referral-pick' }, el('label', { for: 'referral-here' }, t('referral-here')), hereSelect),
      el('div', { class: 'referral-pick' }, el('label', { for: 'referral-origin' }, t('referral-origin')), originSelect));
    form.addEventListener('submit', (e) => e.preventDefault());
    view = el('section', { class: 'referral-view', 'aria-labelledby': 'section-title', 'data-key': key },
      el('h1', { id: 'section-title', tabindex: '-1' }, t('referral')),
      el('p', { class: 'summary' }, t('referral-intro')),
      form,
      el('p', { id: 'referral-status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }),
      el('div', { id: 'referral-result' }));
    const changed = () => {
      // The same entry of the history: Back leaves the view instead of stepping through choices.
      history.replaceState(null, '', referralHash(hereSelect.value, originSelect.value));
      showSteps(view.querySelector('#referral-result'), view.querySelector('#referral-status'),
        { here: hereSelect.value, origin: originSelect.value, lang });
    };
    hereSelect.addEventListener('change', changed);
    originSelect.addEventListener('change', changed);
    main.classList.add('wide');
    main.replaceChildren(view);
  } else {
    view.querySelector('#referral-here').value = here;
    view.querySelector('#referral-origin').value = origin;
  }
  await showSteps(view.querySelector('#referral-result'), view.querySelector('#referral-status'), { here, origin, lang });
}
