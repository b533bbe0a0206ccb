// Settings kept on this device (localStorage): UI language, content language, second language of
// the parallel view, text size and colours. Nothing else is stored: no search history.

const KEY = 'fieldguide.settings';
const defaults = { uiLang: null, contentLang: null, parallelLang: '', fontScale: '1', theme: 'auto' };

function read() {
  try {
    return { ...defaults, ...JSON.parse(localStorage.getItem(KEY) || '{}') };
  } catch {
    return { ...defaults };
  }
}

export const settings = read();

/** Changes one setting and saves all of them. */
export function save(name, value) {
  settings[name] = value;
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage may be unavailable (private mode); the setting still holds for this session.
  }
  applyLook();
}

/** Applies text size and colours to the document. */
export function applyLook() {
  const root = document.documentElement;
  root.style.setProperty('--font-scale', settings.fontScale);
  root.dataset.theme = settings.theme;
}
