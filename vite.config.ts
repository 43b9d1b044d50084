import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA, type ManifestOptions, type VitePWAOptions } from 'vite-plugin-pwa';

/** The felt of the favicon and the icons: the installed game's title bar. */
export const THEME_COLOR = '#1f5c40';
/** The page's own background (`--felt-dark` in src/style.css): the splash screen behind the icon. */
export const BACKGROUND_COLOR = '#0b2419';

/**
 * The web app manifest. Every address is relative to the manifest, which sits next to
 * index.html, so the installed game works from any folder of a static host, not only its root.
 */
export const MANIFEST: Partial<ManifestOptions> = {
  id: './',
  name: 'Overseer',
  short_name: 'Overseer',
  description:
    'A tabletop simulation game about overseeing an AI agent, built on the published rates of the 2025 Agentic Misalignment study.',
  lang: 'en',
  start_url: './',
  scope: './',
  display: 'standalone',
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

/**
 * What the service worker precaches: the whole game. Scripts and styles (every level and
 * locale is a chunk of its own), the page, the art, the sounds, the icons and the WOFF2 fonts.
 * The style sheet names a WOFF fallback after each WOFF2; every browser with service workers
 * reads WOFF2, so the fallbacks stay out. Precompressed copies (.gz, .br) stay out too. The
 * plugin adds the manifest itself; the icons are PNGs from public/, matched here once.
 */
export const PRECACHE_PATTERNS = ['**/*.{js,css,html,svg,png,wav,woff2}'];

/**
 * The largest file the service worker will precache: far above the largest chunk (the game's own
 * or Phaser's, each under 0.5 MB), so that no file of the game is ever left out.
 */
export const MAX_PRECACHED_BYTES = 4 * 1024 * 1024;

/** The name vite-plugin-singlefile gives its plugin. */
const SINGLE_FILE_PLUGIN = 'vite:singlefile';

/** Whether a plugin list (as written in a config, nested or not) holds the single-file plugin. */
export function hasSingleFilePlugin(plugins: readonly PluginOption[]): boolean {
  return plugins.some((plugin) =>
    Array.isArray(plugin)
      ? hasSingleFilePlugin(plugin)
      : typeof plugin === 'object' &&
        plugin !== null &&
        'name' in plugin &&
        plugin.name === SINGLE_FILE_PLUGIN,
  );
}

/**
 * The installable, offline game: vite-plugin-pwa's web app manifest and Workbox service worker,
 * plus `import.meta.env.SERVICE_WORKER` (true only in a build that has the worker, which is
 * when src/pwa registers it) and the Apple touch icon's link.
 *
 * A new version waits (`registerType: 'prompt'`, no skipWaiting) until the player accepts the
 * prompt of src/pwa. The single-file build (vite.single.config.ts, which extends this config)
 * gets none of it: a file:// page can have no service worker, and a manifest or icon link
 * would name files that are not there.
 */
export function offlineGame(): PluginOption[] {
  let singleFile = false;
  const options: Partial<VitePWAOptions> = {
    registerType: 'prompt',
    // src/pwa registers the worker from the game's own script: the CSP allows no inline one.
    injectRegister: false,
    manifest: MANIFEST,
    includeManifestIcons: false,
    workbox: {
      // Workbox takes its mode from NODE_ENV, which is "test" in the browser suite: the suite
      // tests the minified, quiet production worker that ships.
      mode: 'production',
      globPatterns: PRECACHE_PATTERNS,
      maximumFileSizeToCacheInBytes: MAX_PRECACHED_BYTES,
      cleanupOutdatedCaches: true,
      // The first visit's page is controlled as soon as the game is cached, so a room can go
      // offline without a reload. A new version still waits for the player (no skipWaiting).
      clientsClaim: true,
      skipWaiting: false,
      navigateFallback: 'index.html',
    },
    integration: {
      configureOptions(_viteConfig, pwaOptions) {
        pwaOptions.disable = singleFile;
      },
    },
  };
  const gate: Plugin = {
    name: 'overseer:offline-game',
    config(config, env) {
      singleFile = hasSingleFilePlugin(config.plugins ?? []);
      const enabled = env.command === 'build' && !singleFile;
      return { define: { 'import.meta.env.SERVICE_WORKER': JSON.stringify(enabled) } };
    },
    transformIndexHtml() {
      return singleFile
        ? []
        : [
            {
              tag: 'link',
              attrs: { rel: 'apple-touch-icon', href: './apple-touch-icon.png' },
              injectTo: 'head',
            },
          ];
    },
  };
  return [gate, VitePWA(options)];
}

/** The text assets that get precompressed copies: scripts, styles, the page, data, art. */
export const PRECOMPRESSED = /\.(?:js|css|html|json|svg|webmanifest)$/;

/** Files smaller than this are served as they are: a copy would save next to nothing. */
export const PRECOMPRESS_THRESHOLD_BYTES = 1024;

/**
 * Precompressed copies (`.gz` and `.br`) of the text assets beside the originals, for hosts that
 * serve them (nginx `gzip_static`, Caddy `precompressed`, Netlify and most CDNs do it
 * themselves). The originals stay, the service worker precaches only the originals
 * ({@link PRECACHE_PATTERNS}), and the single-file build gets no copies. Brotli at its best
 * quality is slow (tens of seconds of one core for the whole game), so a build made inside
 * Vitest (the browser suite's, whose static server never sends the copies) skips them.
 */
export function precompressedAssets(): Plugin {
  // vite-plugin-compression2 replaces `process.stdout.write` when it is created, holding back
  // every line that contains "built in" until its closeBundle puts the original back. A build
  // that does not apply it (the single file, a build inside Vitest) never gets there, and such
  // lines were lost for the rest of the process: `npm run bench` printed no single-file report.
  const own = Object.getOwnPropertyDescriptor(process.stdout, 'write');
  const plugin = compression({
    include: PRECOMPRESSED,
    threshold: PRECOMPRESS_THRESHOLD_BYTES,
    algorithms: ['gzip', 'brotliCompress'],
    deleteOriginalAssets: false,
    skipIfLargerOrEqual: true,
    logLevel: 'silent',
  });
  if (own === undefined) {
    Reflect.deleteProperty(process.stdout, 'write');
  } else {
    Object.defineProperty(process.stdout, 'write', own);
  }
  return {
    ...plugin,
    apply: (config, env) =>
      env.command === 'build' &&
      !hasSingleFilePlugin(config.plugins ?? []) &&
      process.env.VITEST === undefined,
  };
}

/** What Phaser's source asks its build for: a canvas renderer only, no WebGL, no sound. */
const PHASER_FLAGS: Readonly<Record<string, string>> = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

/**
 * Lines of Phaser's source the table's build changes, by file. Each must be found as written, so
 * that a Phaser upgrade which moves one stops the build instead of shipping the old behaviour.
 */
const PHASER_PATCHES: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  // Phaser probes WebGL when its module loads, by making a WebGL context (tens of milliseconds
  // on a software GPU, in the task that loads Phaser). The table never draws with WebGL.
  'device/Features.js': [['Features.webGL = testWebGL();', 'Features.webGL = false;']],
};

/**
 * The built game's Phaser is the part the table uses (src/phaser/phaser-table.ts), built from
 * Phaser's source modules with its canvas renderer only, instead of the whole prebuilt bundle:
 * about a third of its size, and its module's task at load fell from 160–270 ms to under 60 ms
 * (docs/PERFORMANCE.md, "Phaser for the table"). Types still come from the `phaser` package, and
 * the browser suite plays the built game with it.
 */
export function phaserForTheTable(): Plugin {
  const source = fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url));
  const entry = fileURLToPath(new URL('./src/phaser/phaser-table.ts', import.meta.url));
  const flags = new RegExp(
    Object.keys(PHASER_FLAGS)
      .map((flag) => flag.replace(' ', '\\s+'))
      .join('|'),
    'g',
  );
  return {
    name: 'overseer:phaser-for-the-table',
    // `npm start` (the dev server) serves the whole prebuilt Phaser: its source modules are
    // CommonJS, which only the build bundles.
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: entry },
          { find: /^phaser-src\//, replacement: source },
        ],
      },
    }),
    transform(code, id) {
      if (!id.startsWith(source)) {
        return null;
      }
      let out = code.replace(flags, (flag) => PHASER_FLAGS[flag.replace(/\s+/, ' ')] ?? flag);
      const file = id.slice(source.length).replaceAll('\\', '/');
      for (const [from, to] of PHASER_PATCHES[file] ?? []) {
        if (!out.includes(from)) {
          this.error(
            `Phaser's ${file} no longer has "${from}": see PHASER_PATCHES in vite.config.ts.`,
          );
        }
        out = out.replace(from, to);
      }
      return { code: out, map: null };
    },
  };
}

// Relative base so that dist/ works from any static host or folder.
export default defineConfig({
  base: './',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  plugins: [offlineGame(), precompressedAssets(), phaserForTheTable()],
  build: {
    outDir: 'dist',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      // src/core is pure (no DOM, globals or I/O; its lint rules see to it): a core module nothing
      // uses is dropped whole, so a screen that takes one function from core's index does not
      // also load the level parser, the rates table and the engine.
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/]src[\\/]core[\\/]/.test(id),
      },
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) {
            return 'phaser';
          }
          // The game's own modules that load Phaser's stay out of its chunk: that chunk only
          // defines Phaser's modules, and each part sets up its own when it loads
          // (src/phaser/phaser-parts.ts).
          return undefined;
        },
      },
    },
  },
});
