// Bytes ↔ base64 with what both Node 20 and extension pages have (btoa/atob; no Buffer, no
// Uint8Array.toBase64 yet), in slices so a large image does not overflow the argument limit.

/** Arguments per String.fromCharCode call: well under every engine's limit (V8's is about 65,000). */
const SLICE = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

/** Throws on text that is not base64. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
