import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/ibm-plex-mono/400.css';
import './style.css';
import Phaser from 'phaser';
import { initI18n } from './i18n/i18n';
import { initialLanguage } from './i18n/language';
import { BootScene } from './scenes/boot-scene';
import { PlaceholderScene } from './scenes/placeholder-scene';
import { PreloaderScene } from './scenes/preloader-scene';
import { TitleScene } from './scenes/title-scene';

const language = initialLanguage();
initI18n(language);
document.documentElement.lang = language;

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#0b2419',
  banner: false,
  audio: { noAudio: true },
  scale: {
    mode: Phaser.Scale.RESIZE,
    width: window.innerWidth,
    height: window.innerHeight,
  },
  scene: [BootScene, PreloaderScene, TitleScene, PlaceholderScene],
});

// A handle for the browser suite and for debugging in the console; holds no game rules.
Object.assign(window, { overseer: { game } });
