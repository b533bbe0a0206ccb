// The app: wires settings, languages, routing (#/section/anchor), the reader, search,
// presentation and the rights leaflet. Views live in their own modules; this file only decides
// what is on screen.

import { api } from './api.js';
import { loadMessages, t, uiLang } from './i18n.js';
import { settings, save, applyLook } from './settings.js';
import {
  setLanguages, renderToc, markToc, renderSection, focusAnchor, readingPosition, restorePosition,
  hideTooltip, handleExternalLinks, el,
} from './reader.js';
import { initSearch } from './search.js';
import { present, presenting } from './slides.js';
import { renderChooser, renderLeaflet } from './leaflet.js';
import { renderReferral } from './referral.js';

const main = document.getElementById('main');
let languages = [];
let shown = { kind: '', id: '' };
let highlightNext = false;
let lastReaderRoute = '#/';
/** The search box (set up in start()). */
let searchBox = { clear() {}, rerun() {} };

function contentLang() {
  return settings.contentLang || uiLang();
}

function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'person') return { kind: 'person', lang: parts[1] || '' };
  if (parts[0] === 'referral') return { kind: 'referral', here: parts[1] || '', origin: parts[2] || '' };
  return { kind: 'section', id: parts[0] || 'about', anchor: parts[1] || '' };
}

function toast(text) {
  const box = document.getElementById('notice');
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 8000);
}

function sectionTools(id) {
  const presentBtn = el('button', { type: 'button', class: 'tool' }, t('present'));
  presentBtn.addEventListener('click', () => present(contentLang(), id, readingPosition().anchor));
  const printBtn = el('button', { type: 'button', class: 'tool' }, t('print'));
  printBtn.addEventListener('click', () => window.print());
  const select = el('select', { id: 'parallel-lang' },
    el('option', { value: '' }, t('parallel-off')),
    ...languages.filter((l) => l.code !== contentLang()).map((l) =>
      el('option', { value: l.code, lang: l.code, selected: l.code === settings.parallelLang }, l.name)));
  select.addEventListener('change', () => {
    save('parallelLang', select.value);
    rerender();
  });
  const label = el('label', { class: 'tool parallel-pick' }, el('span', {}, t('parallel-view')), ' ', select);
  return el('span', { class: 'section-tools no-print' }, presentBtn, printBtn, label);
}

async function show() {
  const r = route();
  const referralLink = document.getElementById('link-referral');
  if (r.kind === 'referral') referralLink.setAttribute('aria-current', 'page');
  else referralLink.removeAttribute('aria-current');
  try {
    document.body.classList.toggle('person-mode', r.kind === 'person');
    if (r.kind === 'referral') {
      const first = shown.kind !== 'referral';
      shown = { kind: 'referral', id: '' };
      markToc('');
      await renderReferral(main, { here: r.here, origin: r.origin, lang: contentLang() });
      if (first) {
        window.scrollTo(0, 0);
        document.getElementById('section-title').focus();
      }
      return;
    }
    if (r.kind === 'person') {
      // The person sees none of the officer's tools, nor what was last searched for.
      searchBox.clear();
      shown = { kind: 'person', id: r.lang };
      markToc('');
      if (r.lang) await renderLeaflet(main, r.lang, lastReaderRoute);
      else renderChooser(main, languages, lastReaderRoute);
      window.scrollTo(0, 0);
      return;
    }
    lastReaderRoute = location.hash || '#/';
    const key = `${r.id}|${contentLang()}|${settings.parallelLang}`;
    if (shown.kind !== 'section' || shown.key !== key) {
      await renderSection(main, { id: r.id, lang: contentLang(), second: settings.parallelLang, tools: sectionTools(r.id) });
      shown = { kind: 'section', id: r.id, key };
      markToc(r.id);
    }
    focusAnchor(r.anchor, highlightNext);
    highlightNext = false;
  } catch (e) {
    main.replaceChildren(el('h1', { tabindex: '-1', id: 'section-title' }, t('not-found')),
      el('p', {}, e && e.message ? e.message : String(e)));
    shown = { kind: 'error' };
  }
}

/** Shows the same place again after a language or setting changed. */
async function rerender() {
  const pos = readingPosition();
  shown = { kind: '' };
  const r = route();
  if (r.kind === 'section') {
    const key = `${r.id}|${contentLang()}|${settings.parallelLang}`;
    await renderSection(main, { id: r.id, lang: contentLang(), second: settings.parallelLang, tools: sectionTools(r.id) });
    shown = { kind: 'section', id: r.id, key };
    markToc(r.id);
    restorePosition(pos);
  } else {
    await show();
  }
}

function fillLanguageSelect(select, value) {
  select.replaceChildren(...languages.map((l) =>
    el('option', { value: l.code, lang: l.code, selected: l.code === value }, l.name)));
}

/** Keeps --topbar-h equal to the sticky bar's height, so anchors land below it. */
function trackTopbar() {
  const bar = document.querySelector('.topbar');
  const set = () => {
    const sticky = getComputedStyle(bar).position === 'sticky';
    document.documentElement.style.setProperty('--topbar-h', sticky ? `${bar.offsetHeight}px` : '0px');
  };
  new ResizeObserver(set).observe(bar);
  window.addEventListener('resize', set);
  set();
}

async function start() {
  applyLook();
  trackTopbar();
  // Start-up path: two rounds of calls in parallel, then the first section (see docs/app.md).
  const [langs, ui] = await Promise.all([
    api.languages(),
    settings.uiLang || api.negotiate([...(navigator.languages || [navigator.language || 'en'])]),
  ]);
  languages = langs;
  setLanguages(languages);
  const resolved = await loadMessages(ui);
  document.documentElement.lang = resolved;
  // The content starts in the UI language; from then on the two are chosen separately.
  if (!settings.contentLang) save('contentLang', languages.some((l) => l.code === resolved) ? resolved : 'en');

  const uiSelect = document.getElementById('ui-lang');
  const contentSelect = document.getElementById('content-lang');
  fillLanguageSelect(uiSelect, settings.uiLang || resolved);
  fillLanguageSelect(contentSelect, contentLang());
  uiSelect.addEventListener('change', async () => {
    save('uiLang', uiSelect.value);
    document.documentElement.lang = await loadMessages(uiSelect.value);
    await rerender();
  });
  contentSelect.addEventListener('change', async () => {
    save('contentLang', contentSelect.value);
    if (settings.parallelLang === contentSelect.value) save('parallelLang', '');
    await renderToc(contentLang(), shown.id);
    await rerender();
    searchBox.rerun();
  });

  const fontSize = document.getElementById('font-size');
  fontSize.value = settings.fontScale;
  fontSize.addEventListener('change', () => save('fontScale', fontSize.value));
  const theme = document.getElementById('theme');
  theme.value = settings.theme;
  theme.addEventListener('change', () => save('theme', theme.value));
  const settingsBtn = document.getElementById('btn-settings');
  const panel = document.getElementById('settings');
  settingsBtn.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    settingsBtn.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) fontSize.focus();
  });
  document.getElementById('btn-person').addEventListener('click', () => { location.hash = '#/person'; });
  api.version().then((v) => { document.getElementById('guide-version').textContent = t('guide-version', { version: v }); });

  searchBox = initSearch({
    lang: contentLang,
    open: (section, anchor) => {
      highlightNext = true;
      const target = `#/${section}${anchor ? `/${anchor}` : ''}`;
      if (location.hash === target) show(); else location.hash = target;
    },
  });
  handleExternalLinks(toast);

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !presenting()) {
      if (hideTooltip()) return;
      if (!panel.hidden) { panel.hidden = true; settingsBtn.setAttribute('aria-expanded', 'false'); settingsBtn.focus(); }
    }
  });
  window.addEventListener('hashchange', show);

  await Promise.all([renderToc(contentLang(), route().id), show()]);
  // Ready once the first section is painted (two frames), with the wall-clock time for the
  // start-up measurement in docs/app.md.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    document.body.dataset.ready = 'true';
    document.body.dataset.paintedAt = String(performance.timeOrigin + performance.now());
  }));
}

start();
