// The empty page of the desktop app's baseline measurement (TRM_FIELDGUIDE_BLANK=1, docs/app.md):
// the same window and web view as the guide, with nothing in it. Marks "ready" after one paint,
// like app.js does after the first section.
requestAnimationFrame(() => requestAnimationFrame(() => {
  document.body.dataset.ready = 'true';
  document.body.dataset.paintedAt = String(performance.timeOrigin + performance.now());
}));
