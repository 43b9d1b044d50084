import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadText, resolveCssVariables, standaloneSvg, svgToPngBlob } from './download';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A blob's text (jsdom's Blob has no text()). */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

/** Replaces a property for a test; returns what puts it back. */
function replaceProperty<T extends object>(
  target: T,
  key: PropertyKey,
  value: unknown,
): () => void {
  const before = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => {
    if (before === undefined) {
      Reflect.deleteProperty(target, key);
    } else {
      Object.defineProperty(target, key, before);
    }
  };
}

/** Records the blobs handed to URL.createObjectURL and the links clicked. */
function recordDownloads(): {
  blobs: Blob[];
  names: string[];
  revoked: string[];
  restore: () => void;
} {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const revoked: string[] = [];
  const restores = [
    replaceProperty(URL, 'createObjectURL', (blob: Blob) => {
      blobs.push(blob);
      return `blob:test-${blobs.length}`;
    }),
    replaceProperty(URL, 'revokeObjectURL', (url: string) => revoked.push(url)),
    replaceProperty(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
      names.push(this.download);
    }),
  ];
  return {
    blobs,
    names,
    revoked,
    restore: () => restores.reverse().forEach((restore) => restore()),
  };
}

function sampleSvg(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '200');
  svg.setAttribute('height', '100');
  svg.setAttribute('viewBox', '0 0 200 100');
  const dot = document.createElementNS(SVG_NS, 'circle');
  dot.setAttribute('r', '4');
  dot.setAttribute('fill', 'var(--series)');
  svg.append(dot);
  return svg;
}

describe('downloads', () => {
  beforeEach(() => {
    document.documentElement.style.setProperty('--navy', '#1d3557');
    document.documentElement.style.setProperty('--series', 'var(--navy)');
  });

  afterEach(() => {
    document.documentElement.removeAttribute('style');
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('saves a text under its name with its media type, and leaves no link behind', async () => {
    vi.useFakeTimers();
    const record = recordDownloads();
    const { revoked } = record;
    try {
      downloadText('lab.csv', 'text/csv', 'model,harm\nClaude Opus 4,0.96\n');
      expect(revoked).toEqual([]);
      vi.advanceTimersByTime(10_000);
      expect(revoked).toEqual(['blob:test-1']);
    } finally {
      record.restore();
      vi.useRealTimers();
    }
    expect(record.names).toEqual(['lab.csv']);
    expect(record.blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(await readBlob(record.blobs[0] as Blob)).toBe('model,harm\nClaude Opus 4,0.96\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('resolves custom properties, also one that names another, and keeps a fallback', () => {
    expect(resolveCssVariables('var(--series)')).toBe('#1d3557');
    expect(resolveCssVariables('1px solid var(--navy)')).toBe('1px solid #1d3557');
    expect(resolveCssVariables('var(--unknown, #000)')).toBe('#000');
    expect(resolveCssVariables('red')).toBe('red');
  });

  it('makes a standalone SVG copy with the palette written in, leaving the page untouched', () => {
    const svg = sampleSvg();
    document.body.append(svg);
    const copy = standaloneSvg(svg);
    expect(copy).not.toBe(svg);
    expect(copy.querySelector('circle')?.getAttribute('fill')).toBe('#1d3557');
    expect(svg.querySelector('circle')?.getAttribute('fill')).toBe('var(--series)');
    expect(new XMLSerializer().serializeToString(copy)).not.toContain('var(--');
  });

  it('draws an SVG into a PNG at twice its size through an image and a canvas', async () => {
    const record = recordDownloads();
    const drawn: string[] = [];
    const sizes: [number, number][] = [];
    class LoadingImage {
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      decoding = 'auto';
      set src(url: string) {
        drawn.push(url);
        queueMicrotask(() => this.onload?.());
      }
    }
    const fakeContext = { scale: vi.fn(), drawImage: vi.fn() };
    const getContext = vi
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockImplementation(() => fakeContext as unknown as CanvasRenderingContext2D);
    const toBlob = vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (
      this: HTMLCanvasElement,
      callback: BlobCallback,
    ) {
      sizes.push([this.width, this.height]);
      callback(new Blob(['png'], { type: 'image/png' }));
    });
    vi.stubGlobal('Image', LoadingImage);
    try {
      const svg = sampleSvg();
      document.body.append(svg);
      const png = await svgToPngBlob(svg);
      expect(png.type).toBe('image/png');
      expect(sizes).toEqual([[400, 200]]);
      expect(fakeContext.scale).toHaveBeenCalledWith(2, 2);
      expect(fakeContext.drawImage).toHaveBeenCalledTimes(1);
      // The image was given the standalone SVG: sized, with the palette resolved.
      expect(drawn).toEqual(['blob:test-1']);
      const text = await readBlob(record.blobs[0] as Blob);
      expect(text).toContain('width="200"');
      expect(text).toContain('fill="#1d3557"');
      expect(text).not.toContain('var(--');
    } finally {
      record.restore();
      getContext.mockRestore();
      toBlob.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
