/**
 * The Phaser modules that register themselves (scene plugins, factories, file types) when they
 * load: one of the parts of phaser-parts.ts, and imported again by phaser-table.ts.
 */
import 'phaser-src/cameras/2d/CameraManager';
import 'phaser-src/events/EventEmitter';
import 'phaser-src/gameobjects/DisplayList';
import 'phaser-src/gameobjects/GameObjectCreator';
import 'phaser-src/gameobjects/GameObjectFactory';
import 'phaser-src/gameobjects/UpdateList';
import 'phaser-src/scene/ScenePlugin';
import 'phaser-src/loader/LoaderPlugin';
import 'phaser-src/loader/filetypes/SVGFile';
import 'phaser-src/gameobjects/image/ImageFactory';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory';
import 'phaser-src/tweens/TweenManager';
