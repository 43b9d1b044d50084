import Phaser from 'phaser';

/**
 * Draws every image texture (the SVG art, the dice faces) once into a canvas as it is added, and
 * lets the canvas renderer draw that canvas from then on. Drawn as an image, an SVG is rasterised
 * again on each frame it is scaled or turned, in software: frames of 100–300 ms behind the title
 * (docs/PERFORMANCE.md, "Long tasks"). The canvas has the size the loader rasterised the SVG at.
 */
export function rasteriseImageTextures(game: Phaser.Game): void {
  game.textures.on(
    Phaser.Textures.Events.ADD,
    (_key: string, texture: Phaser.Textures.Texture): void => {
      for (const source of texture.source) {
        const image: unknown = source.image;
        if (!(image instanceof HTMLImageElement) || source.width === 0 || source.height === 0) {
          continue;
        }
        const canvas = document.createElement('canvas');
        canvas.width = source.width;
        canvas.height = source.height;
        const context = canvas.getContext('2d');
        if (context === null) {
          continue;
        }
        context.drawImage(image, 0, 0, source.width, source.height);
        source.updateSource(canvas);
      }
    },
  );
}
