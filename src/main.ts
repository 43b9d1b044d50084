import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/ibm-plex-mono/400.css';
import './style.css';
import { installApp, type DebugHandle } from './app';
import { initI18n } from './i18n/i18n';
import { browserLanguage } from './i18n/language';
import { startOfflineGame } from './pwa/offline';
import { addressShowsTitle, showEarlyTitle } from './scenes/title-menu';
import { holdBusy, nextTask } from './ui/yield';
import { AppStore } from './session/app-store';
import { applySettingsToDocument } from './ui/document-settings';
import { showNotice } from './ui/notices';

// The entry script: the save, the strings and the first screen, painted from the page itself.
// Phaser, the scenes and the sound load behind it (docs/PERFORMANCE.md, "First screen").
const store = AppStore.open(browserLanguage());
installApp({ store });
initI18n(store.settings.language);
applySettingsToDocument(store.settings);
store.onChange((data) => applySettingsToDocument(data.settings));
// Notices from loading the save now, and later ones (a level in progress set aside) as they come.
store.onNotice((notice) => showNotice(notice.key, notice.params));
startOfflineGame();

// The page's one global (typed in app.ts, named in ARCHITECTURE.md); holds no game rules.
const handle: DebugHandle = { store };
window.overseer = handle;

if (addressShowsTitle()) {
  showEarlyTitle();
}

// Each piece in a task of its own, so the title stays responsive while the table loads: Phaser's
// modules, then the scenes' modules, then the sound and the scenes, then the game itself
// (docs/PERFORMANCE.md, "Long tasks").
// The page counts as busy until then: the offline precache waits for it (src/pwa/offline.ts).
const loadTable = async (): Promise<void> => {
  if (import.meta.env.PROD) {
    // The built game's Phaser comes in parts, each set up in a task of its own.
    const { PHASER_PARTS } = await import('./phaser/phaser-parts');
    for (const load of PHASER_PARTS) {
      await load();
      await nextTask();
    }
  }
  await import('phaser');
  await nextTask();
  const { prepareTable, startTable } = await import('./game');
  await nextTask();
  const prepared = prepareTable(store);
  await nextTask();
  startTable(prepared, handle);
};
const tableLoading = holdBusy();
loadTable()
  .catch(() => showNotice('boot.failed'))
  .finally(tableLoading);
