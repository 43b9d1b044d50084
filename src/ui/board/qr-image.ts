/**
 * Reads the text of a QR code in a picture (a photo or screenshot of a team's result code):
 * the image is drawn on a canvas and its pixels handed to jsQR, which loads only when the
 * first picture is read. Nothing leaves the page.
 */

/** The longest side a picture is scaled down to before it is read (large photos are slow). */
const MAX_SIDE = 1600;

/** Why a picture gave no text. */
export type QrImageProblem = 'unreadable-image' | 'no-code';

/** The QR code's text, or why there is none. */
export type QrImageResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: QrImageProblem };

/** Decodes the picture in a file into a bitmap; null when the browser cannot. */
async function bitmapOf(file: Blob): Promise<ImageBitmap | null> {
  try {
    return await createImageBitmap(file);
  } catch {
    return null;
  }
}

/** Reads the QR code in an image file. */
export async function readQrImage(file: Blob): Promise<QrImageResult> {
  const [bitmap, jsqr] = await Promise.all([bitmapOf(file), import('jsqr')]);
  if (bitmap === null) {
    return { ok: false, problem: 'unreadable-image' };
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height, 1));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (context === null) {
    bitmap.close();
    return { ok: false, problem: 'unreadable-image' };
  }
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const pixels = context.getImageData(0, 0, width, height);
  const found = jsqr.default(pixels.data, width, height, { inversionAttempts: 'attemptBoth' });
  const text = found?.data.trim() ?? '';
  return text === '' ? { ok: false, problem: 'no-code' } : { ok: true, text };
}
