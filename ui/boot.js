// The start-up call, sent as soon as this small module has loaded: index.html loads it on its own
// (async), so the answer is on its way while the rest of the UI's modules load. app.js waits for
// it (see docs/app.md, start-up).

import { api } from './api.js';
import { settings } from './settings.js';
import { route } from './route.js';

/** The route the app started on. */
export const startRoute = route();

performance.mark('start-asked');
/** The start-up answer: languages, UI messages, content language, contents, first section. */
export const booted = api.start({
  requested: [...(navigator.languages || [navigator.language || 'en'])],
  ui: settings.uiLang || undefined,
  content: settings.contentLang || undefined,
  section: startRoute.kind === 'section' ? startRoute.id : undefined,
});
