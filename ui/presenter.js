// The presenter window: the current slide, the next slide's title, the speaker notes and a timer.
// It follows the audience window over a BroadcastChannel and can drive it (arrows, space, buttons).
// Notes exist only here.

import { api } from './api.js';
import { loadMessages, t } from './i18n.js';
import { settings, applyLook } from './settings.js';
import { el, fragment } from './dom.js';

const channel = new BroadcastChannel('fieldguide-presentation');
const main = document.getElementById('presenter');
let deck = null;
let key = '';
let index = 0;
let started = 0;
let elapsed = 0;
let running = false;

function clock() {
  const ms = elapsed + (running ? Date.now() - started : 0);
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}


function render() {
  if (!deck) return;
  const slide = deck.slides[index];
  const next = deck.slides[index + 1];
  const timer = el('p', { class: 'presenter-timer', id: 'timer', role: 'timer', 'aria-label': t('presenter-timer') }, clock());
  const toggle = el('button', { type: 'button' }, t(running ? 'presenter-pause' : 'presenter-start'));
  toggle.addEventListener('click', () => {
    if (running) { elapsed += Date.now() - started; running = false; } else { started = Date.now(); running = true; }
    render();
  });
  const reset = el('button', { type: 'button' }, t('presenter-reset'));
  reset.addEventListener('click', () => { elapsed = 0; started = Date.now(); render(); });
  const prev = el('button', { type: 'button' }, t('slide-prev'));
  prev.addEventListener('click', () => channel.postMessage({ type: 'go', index: index - 1 }));
  const fwd = el('button', { type: 'button' }, t('slide-next'));
  fwd.addEventListener('click', () => channel.postMessage({ type: 'go', index: index + 1 }));
  main.replaceChildren(
    el('header', { class: 'presenter-head' },
      el('h1', {}, deck.title),
      el('p', {}, t('slide-count', { n: index + 1, total: deck.slides.length })),
      timer, toggle, reset, prev, fwd),
    el('section', { class: 'presenter-current', 'aria-label': t('presenter-current'), lang: deck.shown_lang },
      index === 0 ? el('h2', {}, deck.title) : null, fragment(slide.html)),
    el('section', { class: 'presenter-notes', 'aria-labelledby': 'notes-title', lang: deck.shown_lang },
      el('h2', { id: 'notes-title' }, t('presenter-notes')),
      slide.notes_html ? fragment(slide.notes_html) : el('p', { class: 'muted' }, t('presenter-no-notes'))),
    el('p', { class: 'presenter-next' }, next ? t('presenter-next', { title: next.title }) : t('presenter-last')));
}

channel.onmessage = async (m) => {
  if (m.data.type === 'end') { deck = null; key = ''; main.replaceChildren(el('p', {}, t('presenter-waiting'))); return; }
  if (m.data.type !== 'state') return;
  const k = `${m.data.lang}/${m.data.id}`;
  index = m.data.index; // before any await: a later message may overtake this one
  if (k !== key) {
    key = k;
    deck = null;
    const loaded = await api.slides(m.data.lang, m.data.id);
    if (key !== k) return;
    deck = loaded;
    if (!running) { started = Date.now(); running = true; elapsed = 0; }
  }
  render();
};

document.addEventListener('keydown', (e) => {
  const step = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 }[e.key];
  if (step && deck && !e.target.closest('button')) {
    e.preventDefault();
    channel.postMessage({ type: 'go', index: index + step });
  }
});

setInterval(() => {
  const timer = document.getElementById('timer');
  if (timer) timer.textContent = clock();
}, 500);

applyLook();
const lang = await loadMessages(settings.uiLang || 'en');
document.documentElement.lang = lang;
channel.postMessage({ type: 'hello' });
