/**
 * The floor of `npm run bench`: Phaser 4 booting one empty scene, built with the game's Vite
 * settings and the game's Phaser configuration. It sets `body[data-screen="ready"]` when the
 * scene is created, as the game does for its title.
 */
import Phaser from 'phaser';

class EmptyScene extends Phaser.Scene {
  constructor() {
    super('empty');
  }

  create(): void {
    document.body.dataset.screen = 'ready';
  }
}

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
  scene: [EmptyScene],
});

Object.assign(window, { bare: { game } });
