import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lighthouseLines, type LighthouseRun } from '../../scripts/bench/lighthouse';
import { serveFolder, type StaticServer } from '../e2e/static-server';
import { blockingFindings, countByImpact, type ScreenAudit } from '../e2e/screen-walk';
import {
  PRECACHE_PATTERNS,
  PRECOMPRESS_THRESHOLD_BYTES,
  PRECOMPRESSED,
  precompressedAssets,
} from '../../vite.config';

interface Reply {
  status: number;
  encoding: string | undefined;
  body: string;
}

function get(url: string, acceptEncoding?: string): Promise<Reply> {
  return new Promise((done, fail) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({
          status: response.statusCode ?? 0,
          encoding: response.headers['content-encoding'],
          body: Buffer.concat(chunks).toString('latin1'),
        }),
      );
    })
      .on('error', fail)
      .end();
  });
}

describe('the static server', () => {
  let folder = '';
  let plain: StaticServer;
  let precompressed: StaticServer;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'overseer-serve-'));
    writeFileSync(join(folder, 'game.js'), 'original');
    writeFileSync(join(folder, 'game.js.br'), 'brotli copy');
    writeFileSync(join(folder, 'game.js.gz'), 'gzip copy');
    writeFileSync(join(folder, 'tiny.css'), 'tiny');
    plain = await serveFolder(folder);
    precompressed = await serveFolder(folder, { precompressed: true });
  });
  afterAll(async () => {
    await plain.close();
    await precompressed.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('sends every file as it is unless asked to serve precompressed copies', async () => {
    const reply = await get(`${plain.url}game.js`, 'gzip, deflate, br');
    expect(reply).toEqual({ status: 200, encoding: undefined, body: 'original' });
  });

  it('prefers the brotli copy, then the gzip copy, by what the request accepts', async () => {
    await expect(get(`${precompressed.url}game.js`, 'gzip, deflate, br')).resolves.toEqual({
      status: 200,
      encoding: 'br',
      body: 'brotli copy',
    });
    await expect(get(`${precompressed.url}game.js`, 'gzip;q=1.0')).resolves.toEqual({
      status: 200,
      encoding: 'gzip',
      body: 'gzip copy',
    });
    await expect(get(`${precompressed.url}game.js`)).resolves.toEqual({
      status: 200,
      encoding: undefined,
      body: 'original',
    });
  });

  it('sends the original of a file that has no copy', async () => {
    await expect(get(`${precompressed.url}tiny.css`, 'br')).resolves.toEqual({
      status: 200,
      encoding: undefined,
      body: 'tiny',
    });
  });
});

describe('the precompressed build', () => {
  it('compresses the text assets and nothing the service worker would precache twice', () => {
    for (const name of ['index.html', 'a.js', 'b.css', 'c.json', 'd.svg', 'manifest.webmanifest']) {
      expect(PRECOMPRESSED.test(name), name).toBe(true);
    }
    for (const name of ['felt.png', 'click.wav', 'font.woff2', 'a.js.gz', 'a.js.br']) {
      expect(PRECOMPRESSED.test(name), name).toBe(false);
    }
    expect(PRECOMPRESS_THRESHOLD_BYTES).toBeGreaterThan(0);
    expect(PRECACHE_PATTERNS.join(' ')).not.toMatch(/\bgz\b|\bbr\b/);
  });

  it("leaves the process's output alone when the plugin is made (a build may never apply it)", () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      precompressedAssets();
      // The kind of line the plugin would hold back until a closeBundle that never comes.
      process.stdout.write('index.html: 3327.1 kB raw (one file; built in 3.5 s)\n');
    } finally {
      spy.mockRestore();
    }
    expect(written).toEqual(['index.html: 3327.1 kB raw (one file; built in 3.5 s)\n']);
  });
});

describe('the audits’ verdicts', () => {
  const audit = (screen: string, impacts: ScreenAudit['findings'][number]['impact'][]) => ({
    screen,
    ms: 1,
    findings: impacts.map((impact, index) => ({
      rule: `rule-${index}`,
      impact,
      help: 'help',
      targets: [`#node-${index}`],
    })),
  });

  it('fails axe only on serious and critical findings, naming screen, rule and target', () => {
    const audits = [audit('title', ['minor', 'moderate']), audit('day', ['minor', 'serious'])];
    expect(blockingFindings(audits)).toEqual(['day: rule-1 (serious) help — #node-1']);
    expect(countByImpact(audits[1]!)).toEqual({ minor: 1, moderate: 0, serious: 1, critical: 0 });
    expect(blockingFindings([audit('board', ['critical'])])).toHaveLength(1);
  });

  it('holds Lighthouse to the issue’s targets: mobile performance 80, the rest 100 and SEO 90', () => {
    const run = (
      formFactor: LighthouseRun['formFactor'],
      performance: number,
      seo: number,
    ): LighthouseRun => ({
      formFactor,
      compressed: true,
      scores: { performance, accessibility: 100, 'best-practices': 100, seo },
      metrics: { fcpMs: 1000, lcpMs: 2000, tbtMs: 100, cls: 0, speedIndexMs: 1500 },
      failed: [],
      errored: [],
      warnings: [],
      loadAverage1m: 0.5,
      seconds: 20,
      lighthouseVersion: '12.2.3',
    });
    const verdict = (runs: LighthouseRun[]) => lighthouseLines(runs).at(-1) ?? '';
    expect(verdict([run('mobile', 80, 90), run('desktop', 40, 100)])).toMatch(/holds$/);
    expect(verdict([run('mobile', 79, 90)])).toMatch(/MISSES \(mobile performance\)$/);
    expect(verdict([run('mobile', 95, 89)])).toMatch(/MISSES \(mobile seo\)$/);
  });
});
