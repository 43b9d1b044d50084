/**
 * The table's Phaser (phaser-table.ts) in parts, to load one per task before it. Each of
 * Phaser's modules runs its own set-up the first time it loads (the device checks draw on
 * canvases and read them back; the game-object classes are put together from their
 * components), and all of it in one task was a long task on a slow CPU (docs/PERFORMANCE.md,
 * "Sixth round"). Loaded in these parts first, phaser-table.ts then finds most of it done.
 */
export const PHASER_PARTS: readonly (() => Promise<unknown>)[] = [
  // The browser's features, checked once.
  () => import('phaser-src/device'),
  // The array helpers (some forty modules) that the components and most of the rest require.
  () => import('phaser-src/utils/array'),
  // The components every game object is made of.
  () => import('phaser-src/gameobjects/components'),
  // The scene plugins and factories that register themselves as they load.
  () => import('./phaser-plugins'),
];
