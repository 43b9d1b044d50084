/**
 * `npm run build:single`: the whole game as one HTML file (dist-single/index.html) that opens
 * from the file system, e.g. from a USB stick, without a server. It extends vite.config.ts and
 * changes only what a file:// page needs; the normal build is untouched.
 *
 * - Every chunk (Phaser, each level, the Lab, Observable Plot, Howler, the locales) is inlined
 *   into one `<script type="module">` (vite-plugin-singlefile turns code splitting off).
 * - Every asset becomes a data: URL: fonts, the felt, the SVG art (base64, because Phaser's
 *   loader decodes every data: URL as base64) and the sounds. The favicon is inlined too.
 * - The Lab's module worker is started from a blob: URL (Vite's `?worker&inline`): Chromium
 *   refuses a worker script from a file:// URL.
 * - The page's Content-Security-Policy allows exactly the inlined script, by its sha256 hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, mergeConfig, type Plugin, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import baseConfig from './vite.config.ts';

/** Where the single file is written. */
export const SINGLE_OUT_DIR = 'dist-single';

const ROOT = import.meta.dirname;

const MIME: Readonly<Record<string, string>> = {
  svg: 'image/svg+xml',
  wav: 'audio/wav',
  png: 'image/png',
  woff2: 'font/woff2',
};

/** A file's bytes as a base64 data: URL, typed by its extension. */
export function base64DataUrl(bytes: Uint8Array, extension: string): string {
  const type = MIME[extension] ?? 'application/octet-stream';
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

const ASSET_URL = /^(.+\.(?:svg|wav|png))\?url$/;
const BASE64_URL = '\0base64-url:';

/**
 * `import url from './x.svg?url'` (and .wav) as a base64 data: URL. Vite would inline an SVG
 * as URL-encoded text, which Phaser's loader cannot read: it runs every data: URL through atob.
 */
export function base64AssetUrls(): Plugin {
  return {
    name: 'overseer:base64-asset-urls',
    enforce: 'pre',
    resolveId: {
      filter: { id: ASSET_URL },
      async handler(source, importer) {
        const file = ASSET_URL.exec(source)?.[1];
        if (file === undefined) {
          return null;
        }
        const resolved = await this.resolve(file, importer, { skipSelf: true });
        return resolved === null ? null : `${BASE64_URL}${resolved.id}`;
      },
    },
    load: {
      filter: { id: new RegExp(`^${BASE64_URL}`) },
      handler(id) {
        const file = id.slice(BASE64_URL.length);
        const extension = file.slice(file.lastIndexOf('.') + 1);
        this.addWatchFile(file);
        return `export default ${JSON.stringify(base64DataUrl(readFileSync(file), extension))};`;
      },
    },
  };
}

/** `new Worker(new URL('<path>', import.meta.url), { type: 'module' })`, as the source writes it. */
const MODULE_WORKER =
  /new Worker\(\s*new URL\(\s*(['"])([^'"]+)\1,\s*import\.meta\.url\s*\),\s*\{\s*type:\s*(['"])module\3,?\s*\}\s*\)/g;

/**
 * Rewrites each module worker started from a URL in one module's code into Vite's inline worker
 * (its code in the bundle, started from a blob: URL). Returns null if the code starts no worker;
 * throws if a `new Worker(` is left in another form, so a worker never silently stays a file.
 */
export function inlineWorkerCode(code: string, id: string): string | null {
  if (!code.includes('new Worker(')) {
    return null;
  }
  const imports: string[] = [];
  const rewritten = code.replace(MODULE_WORKER, (_all, _quote: string, path: string) => {
    const name = `InlineWorker${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
    return `new ${name}()`;
  });
  if (rewritten.includes('new Worker(')) {
    throw new Error(`${id}: a Worker the single-file build cannot inline`);
  }
  return `${imports.join('\n')}\n${rewritten}`;
}

/** {@link inlineWorkerCode} for the game's own modules. */
export function inlineWorkers(): Plugin {
  return {
    name: 'overseer:inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[cm]?[jt]s$/.test(id)) {
        return null;
      }
      const rewritten = inlineWorkerCode(code, id);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}

/**
 * A `@font-face` source list without its WOFF fallbacks: Chromium, Firefox and Safari all read
 * WOFF2, and in one file every fallback would be carried along as base64 (about 115 kB).
 */
export function withoutWoffFallbacks(css: string): string {
  return css.replace(/,\s*url\([^)]*\.woff\)\s*format\(\s*(['"])woff\1\s*\)/g, '');
}

/** {@link withoutWoffFallbacks} for the @fontsource style sheets. */
export function woff2Only(): Plugin {
  return {
    name: 'overseer:woff2-only',
    enforce: 'pre',
    transform: {
      filter: { id: /@fontsource[\\/].*\.css$/ },
      handler(code) {
        return { code: withoutWoffFallbacks(code), map: null };
      },
    },
  };
}

/** The favicon as a data: URL in the page itself (a file:// page would look for a second file). */
export function inlineFavicon(): Plugin {
  return {
    name: 'overseer:inline-favicon',
    transformIndexHtml(html) {
      const url = base64DataUrl(readFileSync(resolve(ROOT, 'public/favicon.svg')), 'svg');
      return html.replace('href="./favicon.svg"', `href="${url}"`);
    },
  };
}

/** sha256 source expressions for every inline `<script>` of a page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const code = match[1] ?? '';
    if (code !== '') {
      hashes.push(`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
    }
  }
  return hashes;
}

/** The policy's `script-src` widened by the inline scripts' hashes; other directives unchanged. */
export function allowInlineScripts(html: string): string {
  const hashes = inlineScriptHashes(html);
  return html.replace(
    /(http-equiv="Content-Security-Policy"\s+content="[^"]*script-src )([^;"]*)/,
    (_all, before: string, sources: string) => `${before}${sources} ${hashes.join(' ')}`,
  );
}

/** Runs after vite-plugin-singlefile: lets the page's CSP accept the script it now carries. */
function cspForInlineScript(): Plugin {
  return {
    name: 'overseer:csp-inline-script',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'asset' && output.fileName.endsWith('.html')) {
            const html = String(output.source);
            const allowed = allowInlineScripts(html);
            if (allowed === html) {
              this.error('single-file build: no script-src in the page CSP to widen');
            }
            output.source = allowed;
          }
        }
      },
    },
  };
}

/**
 * vite.config.ts without its `manualChunks` (the Phaser chunk): one file has no chunks to split.
 * Every other option, output options included, is kept.
 */
function withoutChunks(config: UserConfig): UserConfig {
  const output = config.build?.rollupOptions?.output;
  if (output === undefined || Array.isArray(output)) {
    return config;
  }
  const { manualChunks: _chunks, ...rest } = output;
  return {
    ...config,
    build: { ...config.build, rollupOptions: { ...config.build?.rollupOptions, output: rest } },
  };
}

const singleConfig: UserConfig = {
  publicDir: false,
  plugins: [
    base64AssetUrls(),
    inlineWorkers(),
    woff2Only(),
    inlineFavicon(),
    viteSingleFile(),
    cspForInlineScript(),
  ],
  build: {
    outDir: SINGLE_OUT_DIR,
    emptyOutDir: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // vite-plugin-singlefile warns that the CSP blocks the inlined script; the next plugin,
        // cspForInlineScript, allows that script by its hash, so the warning no longer holds.
        if (
          !/Content-Security-Policy meta tag does not allow inline <script>/.test(warning.message)
        ) {
          warn(warning);
        }
      },
    },
  },
};

export default defineConfig(mergeConfig(withoutChunks(baseConfig), singleConfig));
