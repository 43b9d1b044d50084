/** Every scene's key, in one place. */
export const SceneKey = {
  boot: 'boot',
  preloader: 'preloader',
  title: 'title',
  placeholder: 'placeholder',
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];
