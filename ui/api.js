// The one transport between the UI and the guide: Tauri's `invoke` inside the desktop app,
// `fetch('/api/…')` when the UI is served by `fieldguide serve`. Both answer with the same JSON;
// errors are `{kind, message}` objects in both.

const tauri = window.__TAURI__ && window.__TAURI__.core;

/** Whether the UI runs inside the desktop app. */
export const inApp = Boolean(tauri);

/**
 * One request to the guide (see src/api.rs for the commands and their parameters): Tauri's one
 * IPC command `call` in the desktop app, `GET /api/<command>?<params>` under `fieldguide serve`.
 * Both answer with the same JSON, and fail with the same `{kind, message}`.
 */
async function call(command, params = {}) {
  if (tauri) return tauri.invoke('call', { request: { command, ...params } });
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    if (k === 'args') for (const [name, value] of Object.entries(v)) query.set(name, String(value));
    else if (k === 'requested') query.set('accept', v.join(','));
    else query.set(k, String(v));
  }
  const response = await fetch(`/api/${command}?${query}`, { headers: { accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw body;
  return body;
}

export const api = {
  info: () => call('info'),
  languages: () => call('languages'),
  toc: (lang) => call('toc', { lang }),
  section: (lang, id) => call('section', { lang, id }),
  slides: (lang, id) => call('slides', { lang, id }),
  country: (cc, lang) => call('country', { cc, lang }),
  countries: (lang) => call('countries', { lang }),
  /** `origin` undefined: a country the guide does not cover. */
  referral: (lang, here, origin) => call('referral', { lang, here, origin }),
  glossary: (lang) => call('glossary', { lang }),
  messages: (lang) => call('messages', { lang }),
  format: (lang, id, args = {}) => call('format', { lang, id, args }),
  /** A search; while the index is being prepared the answer has `status: 'preparing'`. */
  search: (q, lang, limit = 20, all = false) => call('search', { q, lang, limit, all }),
  negotiate: (requested) => call('negotiate', { requested }),
  /**
   * Everything the first screen needs in one answer: the languages, the UI messages (negotiated
   * from `requested` unless `ui` is given), the content language, its table of contents and
   * `section` (see src/api.rs, `StartView`).
   */
  start: ({ requested, ui, content, section }) => call('start', { requested, ui, content, section }),
  /** What changed when the guide in use was installed from a pack. */
  changes: (lang) => call('changes', { lang }),
  /** Guide updates: only in the desktop app (`fieldguide serve` is read-only): null elsewhere. */
  guideStatus: () => (tauri ? tauri.invoke('guide_status', {}) : Promise.resolve(null)),
  /** What a pack file holds (its bytes, a Uint8Array), before installing it. */
  inspectPack: (bytes) => tauri.invoke('inspect_pack', bytes),
  /** Installs a pack file; the new guide is in use at once. */
  installPack: (bytes) => tauri.invoke('install_pack', bytes),
  /** Goes back to the previous guide. */
  rollBackGuide: () => tauri.invoke('roll_back_guide', {}),
  /** Opens the presenter window (speaker notes and a timer) for the deck being shown. */
  openPresenter: () => {
    if (tauri) return tauri.invoke('open_presenter', {});
    window.open('presenter.html', 'fieldguide-presenter', 'width=1000,height=700');
    return Promise.resolve();
  },
};
