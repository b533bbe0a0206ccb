// Settings kept on this device (localStorage): UI language, content language, second language of
// the parallel view, text size and colours. Nothing else is stored: no search history.

const KEY = 'fieldguide.settings';
const defaults = { uiLang: null, contentLang: null, parallelLang: '', fontScale: '1', theme: 'auto' };

/** The values a setting may have (languages are checked against the guide's, in app.js). */
const allowed = {
  fontScale: ['1', '1.2', '1.45', '1.75'],
  theme: ['auto', 'light', 'dark', 'contrast'],
};
const isCode = (v) => v === null || v === '' || (typeof v === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v));

/**
 * The settings that could not be read and were reset to their defaults (names of `defaults`, or
 * 'all' when nothing could be read): the app tells the user so once.
 */
export const resetSettings = [];

/** Reads the stored settings, keeping each value only if it is one the app can have. */
function read() {
  let stored;
  try {
    stored = JSON.parse(localStorage.getItem(KEY) || '{}');
  } catch {
    stored = undefined;
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    resetSettings.push('all');
    return { ...defaults };
  }
  const out = { ...defaults };
  for (const name of Object.keys(defaults)) {
    if (!(name in stored)) continue;
    const value = stored[name];
    const ok = allowed[name] ? allowed[name].includes(value) : isCode(value);
    if (ok) out[name] = value;
    else resetSettings.push(name);
  }
  return out;
}

export const settings = read();

/** Resets `name` to its default (a stored value the app cannot use) and remembers it was reset. */
export function resetSetting(name) {
  resetSettings.push(name);
  save(name, defaults[name]);
}

/** Changes one setting and saves all of them. */
export function save(name, value) {
  settings[name] = value;
  store();
}

/** Writes all settings to this device's storage and applies the look. */
export function store() {
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
