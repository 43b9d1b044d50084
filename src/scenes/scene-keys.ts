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
  /** The facilitator sets up a workshop session and gets its code. */
  workshop: 'workshop',
  /** A team enters a session code and its name. */
  join: 'join',
  /** The facilitator's board: the teams' result codes, side by side. */
  board: 'board',
  /** A printable: the card deck, the team worksheet, a facilitator sheet, the after-action report. */
  print: 'print',
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];
