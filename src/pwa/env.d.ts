/**
 * Set by vite.config.ts (`offlineGame`): true only in a build that ships the service worker,
 * absent or false in `vite` dev, in the single-file build and in unit tests.
 */
interface ImportMetaEnv {
  readonly SERVICE_WORKER?: boolean;
}
