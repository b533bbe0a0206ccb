// Where the app is: the route of the address (#/section/anchor, #/person/<lang>, #/changes,
// #/referral/<here>/<origin>). No imports and no state, so the start-up call (boot.js) can use it
// before the rest of the UI has loaded.

/** The current route. */
export function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'person') return { kind: 'person', lang: parts[1] || '' };
  if (parts[0] === 'changes') return { kind: 'changes' };
  if (parts[0] === 'referral') return { kind: 'referral', here: parts[1] || '', origin: parts[2] || '' };
  return { kind: 'section', id: parts[0] || 'about', anchor: parts[1] || '' };
}
