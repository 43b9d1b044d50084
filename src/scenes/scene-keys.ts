/** Every scene's key, in one place. */
export const SceneKey = {
  boot: 'boot',
  preloader: 'preloader',
  title: 'title',
  levelSelect: 'level-select',
  briefing: 'briefing',
  loadout: 'loadout',
  day: 'day',
  debrief: 'debrief',
  sources: 'sources',
  settings: 'settings',
  lab: 'lab',
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];
