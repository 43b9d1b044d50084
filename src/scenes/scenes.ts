import { BootScene } from './boot-scene';
import { LabScene } from './lab-scene';
import { PreloaderScene } from './preloader-scene';
import { SettingsScene } from './settings-scene';
import { SourcesScene } from './sources-scene';
import { TitleScene } from './title-scene';

/** Every scene, boot first. */
export const SCENES = [
  BootScene,
  PreloaderScene,
  TitleScene,
  SettingsScene,
  SourcesScene,
  LabScene,
] as const;
