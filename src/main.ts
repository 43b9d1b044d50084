import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/ibm-plex-mono/400.css';
import './style.css';
import Phaser from 'phaser';
import { installApp } from './app';
import { initI18n } from './i18n/i18n';
import { browserLanguage } from './i18n/language';
import { startOfflineGame } from './pwa/offline';
import { drawOnResize } from './scenes/render-gate';
import { SCENES } from './scenes/scenes';
import { AppStore } from './session/app-store';
import { connectAudio } from './session/audio-bridge';
import { captionView } from './ui/captions';
import { applySettingsToDocument } from './ui/document-settings';
import { showNotice } from './ui/notices';

const store = AppStore.open(browserLanguage());
installApp({ store });
initI18n(store.settings.language);
applySettingsToDocument(store.settings);
store.onChange((data) => applySettingsToDocument(data.settings));
connectAudio(store, captionView());
// Notices from loading the save now, and later ones (a level in progress set aside) as they come.
store.onNotice((notice) => showNotice(notice.key, notice.params));
startOfflineGame();

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  // The felt is the page's CSS background: a still image the browser composites for free.
  transparent: true,
  banner: false,
  audio: { noAudio: true },
  // A tabletop needs no more: half the frames leaves the CPU to the page's text on slow laptops.
  fps: { limit: 30 },
  scale: {
    mode: Phaser.Scale.RESIZE,
    width: window.innerWidth,
    height: window.innerHeight,
  },
  scene: [...SCENES],
});

drawOnResize(game);

// The page's one global (typed in app.ts, named in ARCHITECTURE.md); holds no game rules.
window.overseer = { game, store };
