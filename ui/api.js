// The one transport between the UI and the guide: Tauri's `invoke` inside the desktop app,
// `fetch('/api/…')` when the UI is served by `fieldguide serve`. Both answer with the same JSON;
// errors are `{kind, message}` objects in both.

const tauri = window.__TAURI__ && window.__TAURI__.core;

/** Whether the UI runs inside the desktop app. */
export const inApp = Boolean(tauri);

async function call(command, params) {
  if (tauri) return tauri.invoke(command, params);
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) query.set(k, String(v));
  const response = await fetch(`/api/${command}?${query}`, { headers: { accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw body;
  return body;
}

export const api = {
  version: () => call('version', {}),
  languages: () => call('languages', {}),
  toc: (lang) => call('toc', { lang }),
  section: (lang, id) => call('section', { lang, id }),
  slides: (lang, id) => call('slides', { lang, id }),
  country: (cc, lang) => call('country', { cc, lang }),
  countries: (lang) => call('countries', { lang }),
  /** `origin` undefined: a country the guide does not cover. */
  referral: (lang, here, origin) => call('referral', { lang, here, origin }),
  glossary: (lang) => call('glossary', { lang }),
  messages: (lang) => call('messages', { lang }),
  format: (lang, id, args = {}) =>
    tauri ? tauri.invoke('format', { lang, id, args }) : call('format', { ...args, lang, id }),
  search: (q, lang, limit = 20, all = false) => call('search', { q, lang, limit, all }),
  negotiate: (requested) =>
    tauri ? tauri.invoke('negotiate', { requested }) : call('negotiate', { accept: requested.join(',') }),
  /** Opens the presenter window (speaker notes and timer) for the deck being shown. */
  openPresenter: () => {
    if (tauri) return tauri.invoke('open_presenter', {});
    window.open('presenter.html', 'fieldguide-presenter', 'width=1000,height=700');
    return Promise.resolve();
  },
};
