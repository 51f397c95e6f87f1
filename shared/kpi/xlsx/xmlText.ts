/** Minimal XML helpers for SpreadsheetML parts (entities, attributes, OOXML `_xHHHH_` escapes). */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character references and the five named entities. */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e]!;
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
  });
}

/** Decodes OOXML's `_xHHHH_` escapes in shared/inline strings (`_x000D_` → CR). */
export function decodeOoxmlEscapes(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Attributes of a tag's attribute text (`r="A1" s="3"`), names without a namespace prefix. */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1]!.includes(':') && !m[1]!.startsWith('xmlns') ? m[1]!.slice(m[1]!.indexOf(':') + 1) : m[1]!;
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') continue;
    out[name] = decodeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** The text of every `<t>` inside `xml` (a shared-string item or inline string), phonetic runs skipped. */
export function runText(xml: string): string {
  const noPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t(?:\s[^>]*)?\/>/g;
  for (let m = re.exec(noPhonetic); m; m = re.exec(noPhonetic)) out += m[1] ?? '';
  return decodeOoxmlEscapes(decodeXml(out));
}
