// UI strings: every visible word comes from the Fluent locales (locales/<lang>/app.ftl) through
// the API. Messages arrive with variables as "{$name}" placeholders; `t` fills them in. Plurals
// need Fluent itself: `tp` asks the core to format.

import { api } from './api.js';

let current = { lang: 'en', messages: {} };

/** Loads the messages of `lang` (English fills any gaps) and translates the static page. */
export async function loadMessages(lang) {
  return useMessages(await api.messages(lang));
}

/** Uses `messages` (an answer of `messages`, or the start-up's) and translates the static page. */
export function useMessages(messages) {
  current = messages;
  applyToDocument(document);
  return current.lang;
}

/** The UI language actually in use. */
export function uiLang() {
  return current.lang;
}

/** Message `id` with `{$name}` placeholders replaced from `args`. */
export function t(id, args = {}) {
  const text = current.messages[id];
  if (text === undefined) return id;
  return text.replace(/\{\s*\$([a-zA-Z0-9_-]+)\s*\}/g, (_, name) => (name in args ? String(args[name]) : ''));
}

/** Message `id` formatted by Fluent in the core (for plurals). */
export async function tp(id, args) {
  try {
    return await api.format(current.lang, id, args);
  } catch {
    return t(id, args);
  }
}

/** Fills elements marked data-i18n (text), data-i18n-placeholder, data-i18n-aria-label, data-i18n-title. */
export function applyToDocument(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  if (root === document) {
    document.title = t('app-title');
  }
}
