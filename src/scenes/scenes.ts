import { BoardScene } from './board-scene';
import { BootScene } from './boot-scene';
import { BriefingScene } from './briefing-scene';
import { DayScene } from './day-scene';
import { DebriefScene } from './debrief-scene';
import { JoinScene } from './join-scene';
import { LabScene } from './lab-scene';
import { LevelSelectScene } from './level-select-scene';
import { LoadoutScene } from './loadout-scene';
import { PreloaderScene } from './preloader-scene';
import { PrintScene } from './print-scene';
import { SettingsScene } from './settings-scene';
import { SourcesScene } from './sources-scene';
import { TitleScene } from './title-scene';
import { WorkshopScene } from './workshop-scene';

/** Every scene, boot first. */
export const SCENES = [
  BootScene,
  PreloaderScene,
  TitleScene,
  LevelSelectScene,
  BriefingScene,
  LoadoutScene,
  DayScene,
  DebriefScene,
  SettingsScene,
  SourcesScene,
  LabScene,
  BoardScene,
  WorkshopScene,
  JoinScene,
  PrintScene,
] as const;
