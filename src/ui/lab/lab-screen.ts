/**
 * Everything the Strategy Lab loads when it opens, as one module: its rules from core (the
 * set-up's address, the set-up a debrief opens), its screen, its runs and its worker. The scenes
 * import it on demand and only through here, so the Lab is one chunk of its own and none of it
 * (nor the part of core only it uses) weighs on the first screen.
 */
export {
  DEFAULT_LAB_SETUP,
  decodeLabSetup,
  encodeLabSetup,
  labSetupForLevel,
} from '../../core/lab';
export { LabView } from './lab-panel';
export { loadLabLevels } from './lab-levels';
export { LabRuns } from './lab-runs';
export { labWorker, terminateLabWorker } from './lab-client';
