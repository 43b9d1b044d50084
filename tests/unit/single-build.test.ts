import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allowInlineScripts,
  base64DataUrl,
  inlineScriptHashes,
  inlineWorkerCode,
  withoutWoffFallbacks,
} from '../../vite.single.config';

const PAGE = `<meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; worker-src 'self' blob:"
    />
<script type="module" crossorigin>console.log("one")</script>
<script type="module">let two = 2;</script>`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

describe('the single-file build steps', () => {
  it('hashes every inline script exactly as the browser does (its text between the tags)', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([
      sha256('console.log("one")'),
      sha256('let two = 2;'),
    ]);
    expect(inlineScriptHashes('<script src="./x.js"></script>')).toEqual([]);
  });

  it('adds the hashes to script-src only, keeping the other directives', () => {
    const widened = allowInlineScripts(PAGE);
    expect(widened).toContain(
      `script-src 'self' ${sha256('console.log("one")')} ${sha256('let two = 2;')}; worker-src 'self' blob:"`,
    );
    expect(widened).toContain(`default-src 'self'; script-src`);
    expect(widened.replace(/ 'sha256-[^']+'/g, '')).toBe(PAGE);
  });

  it('widens the policy of the real index.html', () => {
    const html = `${readFileSync('index.html', 'utf8')}<script>x()</script>`;
    expect(allowInlineScripts(html)).not.toBe(html);
  });

  it('turns a module worker started from a URL into an inline worker', () => {
    const code = [
      "import * as Comlink from 'comlink';",
      'const worker = new Worker(new URL("./a-worker.ts", import.meta.url), {',
      "  type: 'module',",
      '});',
    ].join('\n');
    const rewritten = inlineWorkerCode(code, 'a.ts');
    expect(rewritten).toContain('import InlineWorker0 from "./a-worker.ts?worker&inline";');
    expect(rewritten).toContain('const worker = new InlineWorker0();');
    expect(rewritten).not.toContain('new Worker(');
    expect(inlineWorkerCode('const x = 1;', 'b.ts')).toBeNull();
  });

  it("rewrites the Lab's worker as lab-client.ts starts it", () => {
    const source = readFileSync('src/ui/lab/lab-client.ts', 'utf8');
    expect(inlineWorkerCode(source, 'lab-client.ts')).toContain('"./lab-worker.ts?worker&inline"');
  });

  it('fails on a worker it cannot inline', () => {
    expect(() => inlineWorkerCode("new Worker('./w.js')", 'c.ts')).toThrow(/c\.ts/);
  });

  it('drops WOFF fallbacks and keeps WOFF2', () => {
    const css =
      "src: url(./files/a-400.woff2) format('woff2'), url(./files/a-400.woff) format('woff');";
    expect(withoutWoffFallbacks(css)).toBe("src: url(./files/a-400.woff2) format('woff2');");
    expect(withoutWoffFallbacks("src: url(./b.woff2) format('woff2');")).toBe(
      "src: url(./b.woff2) format('woff2');",
    );
  });

  it('writes base64 data: URLs, which Phaser and Howler both decode', () => {
    const url = base64DataUrl(new TextEncoder().encode('<svg/>'), 'svg');
    expect(url).toBe(`data:image/svg+xml;base64,${btoa('<svg/>')}`);
    expect(base64DataUrl(new Uint8Array([1, 2]), 'wav')).toMatch(/^data:audio\/wav;base64,/);
  });
});
