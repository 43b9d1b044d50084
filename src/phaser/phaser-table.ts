/**
 * The part of Phaser the table uses, built from Phaser's own source modules: the game, scenes,
 * the loader's SVG files, images, rectangles, tweens, the scale manager and the canvas renderer.
 * vite.config.ts points `phaser` here in the built game; the types stay Phaser's own.
 */
import Game from 'phaser-src/core/Game';
import CoreEvents from 'phaser-src/core/events';
import CONST from 'phaser-src/const';
import Scene from 'phaser-src/scene/Scene';
import SceneEvents from 'phaser-src/scene/events';
import ScaleEvents from 'phaser-src/scale/events';
import ScaleModes from 'phaser-src/scale/const/SCALE_MODE_CONST';
import Texture from 'phaser-src/textures/Texture';
import TextureEvents from 'phaser-src/textures/events';
import LoaderEvents from 'phaser-src/loader/events';
import Image from 'phaser-src/gameobjects/image/Image';
// Modules that register themselves (scene plugins, factories, file types) when they load.
import './phaser-plugins';

const Phaser = {
  ...(CONST as object),
  Game,
  Scene,
  Core: { Events: CoreEvents },
  Scenes: { Events: SceneEvents },
  Scale: { ...(ScaleModes as object), Events: ScaleEvents },
  Textures: { Texture, Events: TextureEvents },
  Loader: { Events: LoaderEvents },
  GameObjects: { Image },
};

export default Phaser;
