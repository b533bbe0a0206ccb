// Presentation mode: a section as slides for an audience, full screen, driven by the keyboard
// (arrows, space, PageUp/PageDown, Home/End, Esc; O for the overview, P for the presenter window).
// The audience screen never shows speaker notes: it does not even receive them — it strips
// `notes_html` on arrival; only presenter.html asks for the notes.

import { api } from './api.js';
import { t } from './i18n.js';
import { el, fragment } from './dom.js';

const CHANNEL = 'fieldguide-presentation';

let deck = null;
let index = 0;
let overview = false;
let returnFocus = null;
let channel = null;

function broadcast() {
  if (channel && deck) channel.postMessage({ type: 'state', id: deck.id, lang: deck.lang, index });
}

function render() {
  const root = document.getElementById('presentation');
  const slide = deck.slides[index];
  const counter = el('p', { class: 'slide-counter', 'aria-live': 'polite' },
    t('slide-count', { n: index + 1, total: deck.slides.length }));
  const controls = el('div', { class: 'slide-controls' },
    button('slide-prev', () => go(index - 1)),
    button('slide-next', () => go(index + 1)),
    button('slide-overview', toggleOverview),
    button('presenter-open', () => api.openPresenter().then(broadcast)),
    button('presentation-exit', stop));
  if (overview) {
    const grid = el('ol', { class: 'slide-overview', 'aria-label': t('slide-overview') },
      ...deck.slides.map((s, i) => {
        const b = el('button', { type: 'button', class: 'slide-thumb', 'aria-current': i === index ? 'step' : null },
          el('span', { class: 'slide-thumb-n' }, String(i + 1)), ' ', s.title);
        b.addEventListener('click', () => { overview = false; go(i); });
        return el('li', {}, b);
      }));
    root.replaceChildren(grid, el('div', { class: 'slide-footer' }, counter, controls));
    const current = grid.querySelector('[aria-current]');
    if (current) current.focus();
    return;
  }
  const content = el('div', { class: 'slide-content', lang: deck.shown_lang });
  if (index === 0) content.append(el('h1', {}, deck.title));
  content.append(fragment(slide.html)); // carries no notes
  const frame = el('section', { class: 'slide', 'aria-roledescription': t('slide'), 'aria-label': slide.title || deck.title, tabindex: '-1' }, content);
  root.replaceChildren(frame, el('div', { class: 'slide-footer' }, counter, controls));
  frame.focus();
}

function button(id, action) {
  const b = el('button', { type: 'button', class: `slide-btn slide-btn-${id}` }, t(id));
  b.addEventListener('click', action);
  return b;
}

function go(i) {
  if (!deck) return;
  index = Math.max(0, Math.min(deck.slides.length - 1, i));
  render();
  broadcast();
}

function toggleOverview() {
  overview = !overview;
  render();
}

function onKey(e) {
  if (!deck) return;
  const key = e.key;
  const handled = {
    ArrowRight: () => go(index + 1), ArrowDown: () => go(index + 1), PageDown: () => go(index + 1),
    ArrowLeft: () => go(index - 1), ArrowUp: () => go(index - 1), PageUp: () => go(index - 1),
    ' ': () => go(index + (e.shiftKey ? -1 : 1)),
    Home: () => go(0), End: () => go(deck.slides.length - 1),
    Escape: () => (overview ? toggleOverview() : stop()),
    o: toggleOverview, O: toggleOverview,
    p: () => api.openPresenter().then(broadcast), P: () => api.openPresenter().then(broadcast),
  }[key];
  // In the overview, arrows and Enter move between the thumbnails (buttons) as usual.
  if (overview && ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', ' ', 'Enter', 'Tab'].includes(key)) {
    if (key.startsWith('Arrow')) {
      e.preventDefault();
      const thumbs = [...document.querySelectorAll('.slide-thumb')];
      const at = thumbs.indexOf(document.activeElement);
      const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1;
      thumbs[Math.max(0, Math.min(thumbs.length - 1, at + step))].focus();
    }
    e.stopPropagation();
    return;
  }
  if (key === 'Tab' || key === 'Enter') { e.stopPropagation(); return; }
  e.stopPropagation();
  if (handled && !e.ctrlKey && !e.altKey && !e.metaKey) {
    // A focused control button keeps Space/Enter for itself.
    if (key === ' ' && e.target.closest('button')) return;
    e.preventDefault();
    handled();
  }
}

/**
 * The page behind the presentation is `inert` while it is shown: it is a modal dialog, so Tab,
 * the mouse and assistive technology reach only the slides and their controls.
 */
function setBackgroundInert(dialog, inert) {
  for (const node of document.body.children) {
    if (node !== dialog) node.inert = inert;
  }
}

/** Presents section `id` in `lang`, starting at the slide of `anchor` when given. */
export async function present(lang, id, anchor = '') {
  const loaded = await api.slides(lang, id);
  deck = { ...loaded, slides: loaded.slides.map(({ notes_html: _notes, ...rest }) => rest) };
  index = Math.max(0, deck.slides.findIndex((s) => anchor && s.anchor === anchor));
  overview = false;
  returnFocus = document.activeElement;
  const root = document.getElementById('presentation');
  root.hidden = false;
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-modal', 'true');
  root.setAttribute('aria-label', deck.title);
  document.body.classList.add('presenting');
  setBackgroundInert(root, true);
  document.addEventListener('keydown', onKey, true);
  if ('BroadcastChannel' in window) {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (m) => {
      if (m.data.type === 'go') go(m.data.index);
      else if (m.data.type === 'hello') broadcast();
    };
  }
  render();
  broadcast();
  if (root.requestFullscreen) {
    root.requestFullscreen().then(() => {
      // In full screen the browser takes Esc for itself: leaving full screen ends the show.
      const onExit = () => {
        if (!document.fullscreenElement) {
          document.removeEventListener('fullscreenchange', onExit);
          stop();
        }
      };
      document.addEventListener('fullscreenchange', onExit);
    }).catch(() => {});
  }
}

/** Leaves presentation mode. */
export function stop() {
  if (!deck) return;
  if (channel) { channel.postMessage({ type: 'end' }); channel.close(); channel = null; }
  deck = null;
  const root = document.getElementById('presentation');
  root.hidden = true;
  root.replaceChildren();
  document.body.classList.remove('presenting');
  setBackgroundInert(root, false);
  document.removeEventListener('keydown', onKey, true);
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  if (returnFocus && returnFocus.focus) returnFocus.focus();
}

/** Whether a presentation is on screen. */
export function presenting() {
  return deck !== null;
}
