/**
 * Just enough PNG decoding (8-bit greyscale/RGB/RGBA, not interlaced, as Chromium writes them) to
 * check screenshots for see-through pixels: the page always paints an opaque background, so any
 * pixel with alpha below 255 is a hole in what the compositor drew.
 */
import { inflateSync } from 'node:zlib';

export interface Decoded {
  width: number;
  height: number;
  channels: number;
  data: Buffer;
}

export function decodePng(buf: Buffer): Decoded {
  let p = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (p < buf.length) {
    const len = buf.readUInt32BE(p);
    const type = buf.toString('ascii', p + 4, p + 8);
    const chunk = buf.subarray(p + 8, p + 8 + len);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      if (chunk[8] !== 8 || chunk[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
      colorType = chunk[9];
    } else if (type === 'IDAT') idat.push(chunk);
    p += 12 + len;
  }
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels) throw new Error(`unsupported PNG colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? data[row + x - channels] : 0;
      const b = y > 0 ? data[row - stride + x] : 0;
      const c = x >= channels && y > 0 ? data[row - stride + x - channels] : 0;
      let v = raw[line + x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const q = a + b - c;
        const pa = Math.abs(q - a);
        const pb = Math.abs(q - b);
        const pc = Math.abs(q - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      data[row + x] = v & 255;
    }
  }
  return { width, height, channels, data };
}

/** The bounding box and count of pixels that are not fully opaque, or null if there are none. */
export function seeThrough(buf: Buffer): { count: number; box: { x0: number; y0: number; x1: number; y1: number } } | null {
  const img = decodePng(buf);
  if (img.channels !== 2 && img.channels !== 4) return null;
  let count = 0;
  const box = { x0: Infinity, y0: Infinity, x1: -1, y1: -1 };
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      if (img.data[(y * img.width + x) * img.channels + img.channels - 1] === 255) continue;
      count++;
      box.x0 = Math.min(box.x0, x);
      box.y0 = Math.min(box.y0, y);
      box.x1 = Math.max(box.x1, x);
      box.y1 = Math.max(box.y1, y);
    }
  return count === 0 ? null : { count, box };
}

/** Pixels that differ visibly between two screenshots of the same box (all of them if the sizes differ). */
export function changedPixels(a: Buffer, b: Buffer): number {
  const [x, y] = [decodePng(a), decodePng(b)];
  if (x.width !== y.width || x.height !== y.height) return x.width * x.height;
  let n = 0;
  for (let i = 0; i < x.data.length; i += 4) if (Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]) > 24) n++;
  return n;
}
