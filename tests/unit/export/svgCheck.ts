/**
 * A strict-enough XML well-formedness check for the export's SVG (no DOM in Node tests):
 * balanced tags, quoted attributes without raw < or &, text without raw < or stray &, and
 * only characters XML 1.0 allows.
 */
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const BAD_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function checkText(s: string, where: string): void {
  if (s.includes('<')) throw new Error(`raw < in ${where}: ${s.slice(0, 80)}`);
  for (let i = s.indexOf('&'); i !== -1; i = s.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(s)) throw new Error(`stray & in ${where}: ${s.slice(i, i + 20)}`);
  }
}

export function assertWellFormedXml(xml: string): void {
  if (BAD_CHAR.test(xml)) throw new Error('a character XML does not allow');
  const stack: string[] = [];
  let i = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>/y;
  let roots = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt === -1 ? body.length : lt);
    if (text) {
      if (stack.length === 0 && text.trim()) throw new Error(`text outside the root: ${text.slice(0, 40)}`);
      checkText(text, `text of <${stack.at(-1)}>`);
    }
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) throw new Error(`malformed tag at ${lt}: ${body.slice(lt, lt + 60)}`);
    const [, close, name, attrs, selfClose] = m;
    for (const a of attrs!.matchAll(/\s+([\w:.-]+)="([^"]*)"/g)) checkText(a[2]!, `attribute ${a[1]} of <${name}>`);
    const names = [...attrs!.matchAll(/\s+([\w:.-]+)=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) throw new Error(`duplicate attribute on <${name}>`);
    if (close) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element`);
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) roots++;
    i = tag.lastIndex;
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('> <')}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

/** Decodes the five entities and numeric references (test side, independent of the renderer). */
export function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => (
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'"
      : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1)))));
}

/** The text content of every <text> element, unescaped. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!));
}

/** Count of elements carrying `attr` (optionally with a given value). */
export function countAttr(svg: string, attr: string, value?: string): number {
  const re = new RegExp(`\\s${attr}="${value === undefined ? '[^"]*' : value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'g');
  return [...svg.matchAll(re)].length;
}
