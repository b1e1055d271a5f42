/**
 * Minimal byte writing/reading for result codes: unsigned varints and short strings.
 * A reader never throws: running past the end sets `overrun`, which callers check once.
 */
export class ByteWriter {
  private bytes: number[] = [];

  uint(n: number): this {
    // Infinity would never stop halving: a code holds finite numbers only.
    if (!Number.isFinite(Number(n))) throw new RangeError('a code holds finite numbers only');
    let v = Math.max(0, Math.floor(n));
    while (v >= 0x80) {
      this.bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.bytes.push(v);
    return this;
  }

  byte(n: number): this {
    this.bytes.push(n & 0xff);
    return this;
  }

  raw(data: ArrayLike<number>): this {
    for (let i = 0; i < data.length; i++) this.bytes.push(data[i] & 0xff);
    return this;
  }

  text(s: string): this {
    const data = new TextEncoder().encode(s);
    return this.uint(data.length).raw(data);
  }

  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class ByteReader {
  private at = 0;
  overrun = false;

  constructor(private readonly data: Uint8Array) {}

  get remaining(): number {
    return this.data.length - this.at;
  }

  byte(): number {
    if (this.at >= this.data.length) {
      this.overrun = true;
      return 0;
    }
    return this.data[this.at++];
  }

  uint(): number {
    let result = 0;
    let scale = 1;
    for (let k = 0; k < 8; k++) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return result;
      scale *= 128;
    }
    this.overrun = true;
    return 0;
  }

  raw(length: number): Uint8Array {
    if (length > this.remaining) {
      this.overrun = true;
      return new Uint8Array(0);
    }
    const out = this.data.slice(this.at, this.at + length);
    this.at += length;
    return out;
  }

  text(): string {
    return new TextDecoder().decode(this.raw(this.uint()));
  }
}

/** Crockford's base32: case-insensitive, no I/L/O/U, so codes survive being read aloud or retyped. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function toBase32(data: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of data) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Returns null on a character outside the alphabet (after Crockford's forgiving substitutions). */
export function fromBase32(text: string): Uint8Array | null {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text.toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0')) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    buffer = (buffer << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  // The last character's spare bits are always zero when encoded: anything else is a typo.
  if (bits >= 5 || buffer !== 0) return null;
  return Uint8Array.from(out);
}

export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16) || 0;
  return out;
}

export function bytesToHex(data: Uint8Array): string {
  return Array.from(data, (b) => b.toString(16).padStart(2, '0')).join('');
}
