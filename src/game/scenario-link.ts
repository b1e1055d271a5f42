/**
 * A designer's own scenario carried inside a class link: the file's JSON, minified, compressed
 * (deflate, the browser's own CompressionStream) and written in URL-safe base64 after `#own=`.
 *
 * Why in the link, and in its fragment: a static class has no server to hold the file, and a
 * student should need nothing but the link — it works offline (the game is cached) and from any
 * host. The fragment is never sent to the server, so no server's request-line limit applies (a
 * static host refuses a long query string with 414), and it stays out of the host's logs. A
 * typical scenario (4 items, a few events) packs to 4–12 thousand characters; links are refused
 * above LINK_LIMIT, where some browsers' address bars stop (a live class sends any size).
 */

/** The fragment's key: index.html?session=CODE#own=PACKED. */
export const OWN_PARAM = 'own';
/** The longest packed scenario a link carries (Firefox's address bar shows 65,536 characters). */
export const LINK_LIMIT = 60_000;
/** Above this, say that some mail and chat tools may cut the link (paste it whole, or post it). */
export const LONG_LINK = 8_000;

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes; null when the text is not base64 (a cut link can leave a length base64 never has). */
function fromBase64Url(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

const CUT = 'the scenario in the link is incomplete or damaged: ask your teacher for the whole link';

/** The scenario's data (already checked by the engine) as the fragment's value. */
export async function packScenario(data: unknown): Promise<string> {
  return toBase64Url(await through(new TextEncoder().encode(JSON.stringify(data)), new CompressionStream('deflate-raw')));
}

/** The scenario's text back from the fragment's value, or why it cannot be read. */
export async function unpackScenario(packed: string): Promise<{ text: string } | { error: string }> {
  if (!/^[A-Za-z0-9_-]+$/.test(packed)) return { error: 'the scenario in the link is damaged (it has characters a packed scenario never has)' };
  const bytes = fromBase64Url(packed);
  if (!bytes) return { error: CUT };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(await through(bytes, new DecompressionStream('deflate-raw'))) };
  } catch {
    return { error: CUT };
  }
}

/** The packed scenario in an address's fragment (#own=…), if there is one. */
export function packedFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(OWN_PARAM);
}
