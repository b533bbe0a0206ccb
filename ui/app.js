// The app: wires settings, languages, routing (#/section/anchor), the reader, search,
// presentation and the rights leaflet. Views live in their own modules; this file only decides
// what is on screen.

import { api } from './api.js';
import { loadMessages, useMessages, t, uiLang } from './i18n.js';
import { settings, save, store, applyLook, resetSettings, resetSetting } from './settings.js';
import { el } from './dom.js';
import {
  setLanguages, renderToc, markToc, primeSection, renderSection, focusAnchor, readingPosition, restorePosition,
  hideTooltip, handleExternalLinks, clearCaches,
} from './reader.js';
import { initSearch } from './search.js';
import { route } from './route.js';
import { booted, startRoute } from './boot.js';

const main = document.getElementById('main');

/**
 * The views the first screen of the reader does not need, loaded when first shown (and all of
 * them just after the first paint), so fewer modules load before it.
 */
const views = {
  slides: () => import('./slides.js'),
  leaflet: () => import('./leaflet.js'),
  referral: () => import('./referral.js'),
  changes: () => import('./changes.js'),
  updates: () => import('./updates.js'),
};
/** slides.js once loaded: no presentation runs before. */
let slides = null;

/**
 * Everything the app remembers between two screens, in one place:
 * - `languages`: the guide's languages (from the core, once);
 * - `shown`: what is on screen — `{kind, key}`, the key naming exactly what was rendered, so the
 *   same route with the same languages is not rendered twice;
 * - `seq`: the number of the latest navigation; a slower, older one that finishes later does
 *   not paint over it;
 * - `lastReaderRoute`: where "Back" from the person's screen goes;
 * - `searchBox`: the search box's controls (set up in start()).
 * Whether a heading is to be highlighted is not kept here: it belongs to the history entry the
 * search opened (`history.state.highlight`).
 */
const state = {
  languages: [],
  allLanguages: [],
  shown: { kind: '', key: '' },
  seq: 0,
  lastReaderRoute: '#/',
  searchBox: { clear() {}, rerun() {} },
};

function contentLang() {
  return settings.contentLang || uiLang();
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
  presentBtn.addEventListener('click', async () => {
    const anchor = readingPosition().anchor;
    slides = await views.slides();
    slides.present(contentLang(), id, anchor);
  });
  const printBtn = el('button', { type: 'button', class: 'tool' }, t('print'));
  printBtn.addEventListener('click', () => window.print());
  const select = el('select', { id: 'parallel-lang' },
    el('option', { value: '' }, t('parallel-off')),
    ...state.languages.filter((l) => l.code !== contentLang()).map((l) =>
      el('option', { value: l.code, lang: l.code, selected: l.code === settings.parallelLang }, l.name)));
  select.addEventListener('change', () => {
    save('parallelLang', select.value);
    rerender();
  });
  const label = el('label', { class: 'tool parallel-pick' }, el('span', {}, t('parallel-view')), ' ', select);
  return el('span', { class: 'section-tools no-print' }, presentBtn, printBtn, label);
}

/** The key of what `r` shows with the current languages: the same key is the same screen. */
function screenKey(r) {
  if (r.kind === 'section') return `section|${r.id}|${contentLang()}|${settings.parallelLang}`;
  if (r.kind === 'person') return `person|${r.lang}`;
  if (r.kind === 'changes') return `changes|${contentLang()}`;
  return `referral|${contentLang()}`;
}

/**
 * Shows the screen of the current route. `force` renders it again even if it is on screen
 * (after a language or setting changed), keeping the reading position.
 */
async function show({ force = false } = {}) {
  const seq = ++state.seq;
  const current = () => seq === state.seq;
  const r = route();
  const key = screenKey(r);
  const fresh = force || state.shown.key !== key;
  const position = force ? readingPosition() : null;
  const referralLink = document.getElementById('link-referral');
  if (r.kind === 'referral') referralLink.setAttribute('aria-current', 'page');
  else referralLink.removeAttribute('aria-current');
  document.body.classList.toggle('person-mode', r.kind === 'person');
  try {
    if (r.kind === 'referral') {
      const first = state.shown.kind !== 'referral';
      markToc('');
      const { renderReferral } = await views.referral();
      await renderReferral(main, { here: r.here, origin: r.origin, lang: contentLang() });
      if (!current()) return;
      state.shown = { kind: 'referral', key };
      if (first) {
        window.scrollTo(0, 0);
        document.getElementById('section-title').focus();
      }
    } else if (r.kind === 'changes') {
      markToc('');
      const { renderChanges } = await views.changes();
      await renderChanges(main, contentLang());
      if (!current()) return;
      state.shown = { kind: 'changes', key };
      window.scrollTo(0, 0);
      document.getElementById('section-title').focus();
    } else if (r.kind === 'person') {
      // The person sees none of the officer's tools, nor what was last searched for.
      state.searchBox.clear();
      markToc('');
      const { renderChooser, renderLeaflet } = await views.leaflet();
      if (r.lang) await renderLeaflet(main, r.lang, state.lastReaderRoute, state.allLanguages, contentLang());
      else renderChooser(main, state.allLanguages, state.lastReaderRoute);
      if (!current()) return;
      state.shown = { kind: 'person', key };
      window.scrollTo(0, 0);
    } else {
      state.lastReaderRoute = location.hash || '#/';
      if (fresh) {
        await renderSection(main, { id: r.id, lang: contentLang(), second: settings.parallelLang, tools: sectionTools(r.id) });
        if (!current()) return;
        state.shown = { kind: 'section', key };
        markToc(r.id);
      }
      if (position) restorePosition(position);
      else focusAnchor(r.anchor, Boolean(history.state && history.state.highlight));
    }
  } catch (e) {
    if (!current()) return;
    main.replaceChildren(el('h1', { tabindex: '-1', id: 'section-title' }, t('not-found')),
      el('p', {}, e && e.message ? e.message : String(e)));
    state.shown = { kind: 'error', key: '' };
  }
}

/** Shows the same place again after a language or setting changed. */
function rerender() {
  return show({ force: true });
}

function fillLanguageSelect(select, value) {
  select.replaceChildren(...state.languages.map((l) =>
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
  // Start-up marks (performance entries, read by the desktop suite's start-up measurement).
  performance.mark('start');
  applyLook();
  trackTopbar();
  // Start-up path: one call brings everything the first screen needs, sent by boot.js while
  // this module loaded (see docs/app.md).
  const boot = await booted;
  performance.mark('start-answer');
  const langs = boot.languages;
  // The guide's languages (the reader, the lists of languages); leaflet-only languages have
  // only the rights leaflet, offered under "Show to the person".
  state.allLanguages = langs;
  state.languages = langs.filter((l) => l.scope !== 'leaflet');
  setLanguages(langs);
  const resolved = useMessages(boot.messages);
  document.documentElement.lang = resolved;
  // Stored languages the guide does not have (damaged storage, or a language since removed).
  const isGuideLang = (code) => state.languages.some((l) => l.code === code);
  if (settings.contentLang && !isGuideLang(settings.contentLang)) resetSetting('contentLang');
  if (settings.parallelLang && !isGuideLang(settings.parallelLang)) resetSetting('parallelLang');
  if (settings.uiLang && settings.uiLang !== resolved) resetSetting('uiLang');
  // The content starts in the UI language; from then on the two are chosen separately.
  if (!settings.contentLang) save('contentLang', langs.some((l) => l.code === resolved) ? resolved : 'en');
  if (resetSettings.length) {
    // Stored cleaned; the user is told what was reset (nothing else is lost: there is nothing else).
    store();
    const label = { uiLang: 'ui-language', contentLang: 'content-language', parallelLang: 'parallel-view', fontScale: 'font-size', theme: 'theme' };
    toast(resetSettings.includes('all') ? t('settings-reset-all')
      : t('settings-reset', { settings: [...new Set(resetSettings)].map((n) => t(label[n])).join(', ') }));
  }

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
    const r = route();
    await renderToc(contentLang(), r.kind === 'section' ? r.id : '');
    await rerender();
    state.searchBox.rerun();
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
  const showVersion = () => api.info().then((info) => {
    document.getElementById('guide-version').textContent = t('guide-version', { version: info.version });
  });

  state.searchBox = initSearch({
    lang: contentLang,
    // A hit opens as a new history entry that carries its highlight: Back returns to where the
    // officer was, and going forward again highlights the paragraph again.
    open: (section, anchor) => {
      history.pushState({ highlight: true }, '', `#/${section}${anchor ? `/${anchor}` : ''}`);
      show();
    },
  });
  handleExternalLinks(toast);
  // After a guide update is installed or rolled back, nothing loaded from the old guide stays:
  // the caches go, the contents and the screen are built again, a search runs again.
  const updates = () => views.updates().then(({ initUpdates }) => initUpdates({
    toast,
    changed: async () => {
      clearCaches();
      showVersion();
      const r = route();
      await renderToc(contentLang(), r.kind === 'section' ? r.id : '');
      await rerender();
      state.searchBox.rerun();
    },
  })).catch((e) => toast(e && e.message ? e.message : String(e)));

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !(slides && slides.presenting())) {
      if (hideTooltip()) return;
      if (!panel.hidden) { panel.hidden = true; settingsBtn.setAttribute('aria-expanded', 'false'); settingsBtn.focus(); }
    }
  });
  window.addEventListener('hashchange', () => show());

  // The start-up answer's contents and section, when they are in the content language chosen
  // here (the core chose it the same way; otherwise they are asked for again).
  const fromBoot = boot.content === contentLang();
  if (fromBoot && boot.section && startRoute.kind === 'section') primeSection(boot.content, startRoute.id, boot.section);
  let shown = false;
  try {
    await Promise.all([renderToc(contentLang(), route().id, fromBoot ? boot.toc : undefined), show()]);
    shown = true;
    performance.mark('start-content');
  } finally {
    requestAnimationFrame(() => { performance.mark('start-frame'); requestAnimationFrame(() => {
      // Ready once the first section is painted (two frames), with the wall-clock time for the
      // start-up measurement in docs/app.md.
      if (shown) {
        document.body.dataset.ready = 'true';
        document.body.dataset.paintedAt = String(performance.timeOrigin + performance.now());
      }
      // Only then what the first screen does not show (both live in Settings): the guide's
      // version and the guide update controls, so their calls do not delay the first paint.
      showVersion();
      updates();
      for (const load of Object.values(views)) load();
    }); });
  }
}

start();
