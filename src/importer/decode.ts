/** A record file's text, split into lines; or why it is not text. */
export type Decoded = { ok: true; lines: string[] } | { ok: false; line: number; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
// C0 controls other than tab, line feed, form feed and carriage return, and DEL: never in text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/**
 * Reads a record file's bytes as UTF-8 text: strips a byte-order mark, accepts CRLF line ends,
 * and returns the lines with trailing spaces removed (line `n` of the file is `lines[n - 1]`).
 * Refuses, naming the line, an empty file, bytes that are not UTF-8 (UTF-16, GBK, Latin-1) and
 * binary data.
 */
export function decodeRecord(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return notText(1, 'the file is UTF-16 (little-endian)');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return notText(1, 'the file is UTF-16 (big-endian)');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).filter((byte) => byte === 0x0a).length + 1;
    return notText(line, 'NUL bytes: binary data, or UTF-16 text');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return notText(firstInvalidLine(bytes), 'the bytes on this line are not UTF-8');
  }
  const lines = text.split(/\r?\n|\r/).map((line) => line.trimEnd());
  for (const [index, line] of lines.entries()) {
    const control = controlCharacter.exec(line)?.[0];
    if (control !== undefined) {
      const hex = control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      return notText(index + 1, `binary data (control character U+${hex})`);
    }
  }
  if (lines.every((line) => line.trim() === '')) {
    return { ok: false, line: 1, message: 'empty file; expected a record: affiliations, a citation line, abstracts' };
  }
  return { ok: true, lines };
}

function notText(line: number, what: string): Decoded {
  return { ok: false, line, message: `${what}; expected plain text in UTF-8 (save the record as UTF-8)` };
}

/** 1-based line of the first byte sequence that is not UTF-8; a line feed is never inside one. */
function firstInvalidLine(bytes: Uint8Array): number {
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    const slice = bytes.subarray(start, end < 0 ? bytes.length : end);
    try {
      utf8.decode(slice);
    } catch {
      return line;
    }
    if (end < 0) return line;
    start = end + 1;
  }
}
