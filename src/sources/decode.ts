import { gunzipSync } from 'node:zlib';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';

/** Signatures of binary formats people point newsgraph at by mistake. */
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'WebP/RIFF', bytes: [0x52, 0x49, 0x46, 0x46] },
];
const GZIP_MAGIC = [0x1f, 0x8b];
/** How many leading bytes are sniffed for a BOM, NUL bytes or a `<meta charset>`. */
const SNIFF_BYTES = 4096;

export interface DecodedText {
  readonly text: string;
  readonly charset: string;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

export function isGzip(bytes: Uint8Array): boolean {
  return startsWith(bytes, GZIP_MAGIC);
}

/** Expands gzip, refusing streams that grow past `maxBytes` (gzip bombs) or stop short. */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new InputError('NG_GZIP_TOO_LARGE', `gzip expands past the ${maxBytes}-byte limit`);
    }
    throw new InputError('NG_GZIP_INVALID', `gzip stream is corrupt or truncated (${(error as Error).message})`);
  }
}

function rejectBinary(bytes: Uint8Array): void {
  for (const signature of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) {
      throw new InputError('NG_INPUT_BINARY', `input is a ${signature.name} file, not text or HTML`);
    }
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (bomCharset(head) === null && head.includes(0)) {
    throw new InputError('NG_INPUT_BINARY', 'input contains NUL bytes: binary data, not text or HTML');
  }
}

function bomCharset(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/** The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv). */
function declaredMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes bytes to text. The order of trust: a byte-order mark, then the charset the
 * transport or the page declares (when it exists and the bytes agree), then strict UTF-8,
 * then statistical detection.
 */
export function decodeBytes(bytes: Uint8Array, declaredCharset: string | null): DecodedText {
  rejectBinary(bytes);
  const bom = bomCharset(bytes);
  if (bom) return { text: stripBom(iconv.decode(Buffer.from(bytes), bom)), charset: bom };

  const declared = declaredCharset ?? declaredMetaCharset(bytes);
  if (declared && iconv.encodingExists(declared)) {
    const normalized = declared.replace(/[^a-z0-9]/g, '');
    if (normalized !== 'utf8') return { text: iconv.decode(Buffer.from(bytes), declared), charset: declared };
    const text = decodeStrictUtf8(bytes);
    if (text !== null) return { text, charset: 'utf-8' };
    // Declared UTF-8 but the bytes disagree: fall through to detection.
  }

  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, charset: 'utf-8' };

  const detected = chardet.detect(bytes)?.toLowerCase() ?? null;
  if (detected && iconv.encodingExists(detected)) {
    return { text: iconv.decode(Buffer.from(bytes), detected), charset: detected };
  }
  throw new InputError(
    'NG_DECODE_FAILED',
    `cannot decode the input${declared ? ` (declared charset "${declared}" is unknown or wrong)` : ''}`,
  );
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
