// Small DOM helpers every view uses. No state, no side effects on import, so any page (the app,
// the presenter window) can import them.

/** An element with attributes (`class`, `text`, or any attribute; false/null/undefined left out) and children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/**
 * HTML the core made (sections, slides, notes) as a fragment to insert. The core sanitizes it
 * with an allow-list (ammonia: no script, no event handlers, links only to https:, mailto:, tel:
 * and in-app routes); this is the one place the UI parses HTML, and it never adds any of its own.
 */
export function fragment(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}
