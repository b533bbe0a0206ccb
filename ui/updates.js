// Guide updates in the desktop app: which guide is in use, installing a signed update file the
// user picks or drops on the window (verified and shown for confirmation first), and going back.
// `fieldguide serve` is read-only: there these controls stay hidden.

import { api, inApp } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import { formatDay } from './reader.js';

/** The status line: "Guide 0.2.0 of 1 Dec 2026, installed on …" or "built into the program". */
function statusText(s) {
  return s.source === 'installed'
    ? t('guide-in-use-installed', { version: s.version, date: formatDay(s.date), installed: formatDay(s.installed), signer: s.signer })
    : t('guide-in-use-builtin', { version: s.version });
}

/**
 * Wires the update controls. `changed(status)` is called after the guide in use changed (the app
 * clears its caches and shows the same place again); `toast(text)` tells the user.
 */
export async function initUpdates({ changed, toast }) {
  if (!inApp) return;
  const panel = document.getElementById('guide-updates');
  const file = document.getElementById('pack-file');
  const rollBack = document.getElementById('btn-roll-back');
  const dialog = document.getElementById('pack-dialog');

  const show = (s) => {
    panel.hidden = false;
    document.getElementById('guide-status').textContent = statusText(s);
    const notice = document.getElementById('guide-notice');
    const noticeText = s.notice ? t(s.notice.id, { reason: s.notice.detail }) : '';
    notice.hidden = !s.notice;
    notice.textContent = noticeText;
    document.getElementById('link-changes').hidden = s.source !== 'installed';
    rollBack.hidden = !s.previous;
    rollBack.textContent = s.previous === 'built-in'
      ? t('update-roll-back-builtin')
      : t('update-roll-back', { version: s.previous || '' });
    if (s.notice) toast(noticeText);
  };

  /** Verify, ask, install: nothing is installed without the user seeing what it is. */
  const offer = async (bytes) => {
    let summary;
    try {
      summary = await api.inspectPack(bytes);
    } catch (e) {
      toast(t('update-refused', { reason: e.message || String(e) }));
      return;
    }
    document.getElementById('pack-dialog-body').textContent = t('update-confirm-body', {
      version: summary.version, date: formatDay(summary.date), signer: summary.signer, replaces: summary.replaces,
    });
    document.getElementById('pack-dialog-summary').replaceChildren(...summary.summary.map((line) => el('li', { lang: 'en' }, line)));
    dialog.returnValue = '';
    dialog.showModal();
    await new Promise((done) => dialog.addEventListener('close', done, { once: true }));
    if (dialog.returnValue !== 'install') return;
    try {
      const s = await api.installPack(bytes);
      show(s);
      toast(t('update-installed', { version: s.version }));
      await changed(s);
    } catch (e) {
      toast(t('update-refused', { reason: e.message || String(e) }));
    }
  };

  document.getElementById('btn-install-update').addEventListener('click', () => file.click());
  file.addEventListener('change', async () => {
    const picked = file.files[0];
    file.value = '';
    if (picked) await offer(new Uint8Array(await picked.arrayBuffer()));
  });
  // Dropping an update file anywhere on the window (the app lets the page handle drops).
  document.addEventListener('dragover', (e) => { if (e.dataTransfer.types.includes('Files')) e.preventDefault(); });
  document.addEventListener('drop', async (e) => {
    const dropped = [...e.dataTransfer.files].find((f) => f.name.endsWith('.trmpack'));
    if (!dropped) return;
    e.preventDefault();
    await offer(new Uint8Array(await dropped.arrayBuffer()));
  });
  rollBack.addEventListener('click', async () => {
    try {
      const s = await api.rollBackGuide();
      show(s);
      toast(t('update-rolled-back', { version: s.version }));
      await changed(s);
    } catch (e) {
      toast(t('update-refused', { reason: e.message || String(e) }));
    }
  });
  show(await api.guideStatus());
}
