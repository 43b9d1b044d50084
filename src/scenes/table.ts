import Phaser from 'phaser';
import { app } from '../app';
import { resolveReducedMotion } from '../session/settings';

/**
 * Lays the felt across the whole canvas and keeps it covering the canvas when the window resizes.
 * Returns the felt image so a scene can layer its objects above it.
 */
export function layTable(scene: Phaser.Scene): Phaser.GameObjects.Image {
  const felt = scene.add.image(0, 0, 'felt').setOrigin(0.5);
  const fit = (): void => {
    const { width, height } = scene.scale;
    felt.setPosition(width / 2, height / 2);
    const scale = Math.max(width / felt.width, height / felt.height);
    felt.setScale(scale);
  };
  fit();
  scene.scale.on(Phaser.Scale.Events.RESIZE, fit);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.scale.off(Phaser.Scale.Events.RESIZE, fit);
  });
  return felt;
}

/** True when the player asked for less motion, in Settings or in the system. */
export function prefersReducedMotion(): boolean {
  const system = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return resolveReducedMotion(app().store.settings.reducedMotion, system);
}
