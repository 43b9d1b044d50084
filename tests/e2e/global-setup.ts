import { rmSync } from 'node:fs';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { serveFolder, type StaticServer } from './static-server';

let server: StaticServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the production bundle once and serves it for every browser test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium();
  rmSync('test-results/screens', { recursive: true, force: true });
  // Its own folder, so a browser run never serves a dist/ that another build is rewriting.
  const outDir = 'dist-e2e';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await serveFolder(outDir);
  project.provide('baseUrl', server.url);
  return async () => {
    await server?.close();
  };
}
