/**
 * SVG pictures are code, not just pixels: opened on their own (the service worker serves them from the
 * app's origin) an SVG runs its scripts and loads what it links to. Lesson pictures are hand-written by
 * authors, so the compiler reads every SVG with a small XML tokenizer of its own and refuses anything
 * that can run or fetch: <script>, event attributes (on…), <foreignObject> and other embedding elements,
 * links that leave the file (href / xlink:href not "#…" or an inline raster image), javascript: in any
 * attribute, CSS that imports or fetches, and DTD declarations (<!DOCTYPE>, <!ENTITY>: entity expansion
 * attacks, external entities).
 *
 * Names are compared without their namespace prefix and case-insensitively, so `<svg:script>`,
 * `<SCRIPT>` and `XLINK:HREF` are caught; attribute values are checked after decoding character
 * references and dropping whitespace, so `&#106;avascript:` and `" javascript:"` are caught too.
 * A file that is not well-formed XML is refused: what a browser's lenient parser would make of it is
 * exactly what cannot be checked.
 */

export interface SvgProblem {
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** Elements that run code, embed other documents or HTML, or listen to events (SVG Tiny's handler). */
const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'audio', 'video']);
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Inline raster pictures only: an inline SVG could carry the very things this module refuses. */
const INLINE_IMAGE = /^data:image\/(png|jpe?g|gif|webp);/;
const SCRIPT_URL = /(java|vb)script:/;
const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME_CHAR = /[A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]/;

export function checkSvg(text: string): SvgProblem[] {
  return new SvgChecker(text).run();
}

class SvgChecker {
  private readonly problems: SvgProblem[] = [];
  private readonly lineStarts: number[] = [0];
  private readonly open: { name: string; at: number }[] = [];
  private i = 0;

  constructor(private readonly text: string) {
    for (let k = 0; k < text.length; k++) if (text[k] === '\n') this.lineStarts.push(k + 1);
  }

  run(): SvgProblem[] {
    const { text } = this;
    if (text.includes('\0')) {
      this.problem(0, 'the picture is not UTF-8 text', 'save the SVG file as UTF-8');
      return this.problems;
    }
    if (text.startsWith('\uFEFF')) this.i = 1;
    let root = false;
    while (this.i < text.length) {
      const lt = text.indexOf('<', this.i);
      const end = lt === -1 ? text.length : lt;
      this.checkText(this.i, end);
      if (lt === -1) break;
      this.i = lt;
      if (text.startsWith('<!--', lt)) this.skipPast('-->', 'a comment is not closed with -->');
      else if (text.startsWith('<![CDATA[', lt)) this.cdata();
      else if (text.startsWith('<!', lt)) this.declaration();
      else if (text.startsWith('<?', lt)) this.processingInstruction();
      else if (text.startsWith('</', lt)) this.endTag();
      else {
        if (this.open.length === 0 && root) this.problem(lt, 'the picture has more than one root element', 'put everything inside one <svg> element');
        root = true;
        this.startTag();
      }
      if (this.stopped) return this.problems;
    }
    const unclosed = this.open.at(-1);
    if (unclosed) this.malformed(unclosed.at, `<${unclosed.name}> is never closed`);
    if (!root) this.problem(0, 'the picture has no <svg> element', 'an SVG file is one <svg> … </svg> element');
    return this.problems;
  }

  /** Set when the file is so malformed that reading on would only report noise. */
  private stopped = false;

  private problem(offset: number, message: string, hint: string): void {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    this.problems.push({ line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1, message, hint });
  }

  private malformed(offset: number, what: string): void {
    this.problem(offset, `the picture is not well-formed XML: ${what}`, 'open it in a browser or an SVG editor and save it again');
    this.stopped = true;
  }

  private skipPast(terminator: string, unclosed: string): number {
    const start = this.i;
    const end = this.text.indexOf(terminator, start);
    if (end === -1) {
      this.malformed(start, unclosed);
      this.i = this.text.length;
      return this.text.length;
    }
    this.i = end + terminator.length;
    return end;
  }

  private cdata(): void {
    const start = this.i + '<![CDATA['.length;
    const end = this.skipPast(']]>', 'a <![CDATA[ section is not closed with ]]>');
    if (this.currentElement() === 'style') this.checkCss(this.text.slice(start, end), start);
  }

  private declaration(): void {
    const start = this.i;
    const keyword = /^<!\s*([A-Za-z]*)/.exec(this.text.slice(start, start + 20))?.[1]?.toUpperCase() || 'declaration';
    this.problem(start, `<!${keyword}> declarations are not allowed in pictures`, 'delete the <!DOCTYPE …> / <!ENTITY …> lines: an SVG needs none, and entities can blow up or leak files');
    // A DOCTYPE may hold an internal subset in [ … ]; skip to the ">" that closes the declaration.
    let depth = 0;
    for (let k = start + 2; k < this.text.length; k++) {
      const c = this.text[k];
      if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (c === '>' && depth <= 0) {
        this.i = k + 1;
        return;
      }
    }
    this.malformed(start, 'a declaration is not closed with >');
    this.i = this.text.length;
  }

  private processingInstruction(): void {
    const start = this.i;
    const end = this.skipPast('?>', 'a <? … ?> line is not closed with ?>');
    const target = /^<\?([^\s?]*)/.exec(this.text.slice(start, end))?.[1] ?? '';
    if (target.toLowerCase() !== 'xml') {
      this.problem(start, `<?${target} …?> is not allowed in pictures`, 'only the <?xml version="1.0"?> line may start an SVG; stylesheets and other instructions can load files');
    } else if (start > (this.text.startsWith('\uFEFF') ? 1 : 0)) {
      this.malformed(start, 'the <?xml …?> line must be the very first thing in the file');
    }
  }

  private endTag(): void {
    const start = this.i;
    const match = /^<\/([^\s>]+)\s*>/.exec(this.text.slice(start, start + 300));
    if (!match) {
      this.malformed(start, 'a closing tag is broken');
      return;
    }
    const name = match[1] ?? '';
    const top = this.open.pop();
    if (!top || top.name !== name) {
      this.malformed(start, top ? `</${name}> closes <${top.name}>` : `</${name}> closes nothing`);
      return;
    }
    this.i = start + match[0].length;
  }

  private startTag(): void {
    const { text } = this;
    const start = this.i;
    let k = start + 1;
    if (!NAME_START.test(text[k] ?? '')) {
      this.malformed(start, 'a "<" that starts no tag (write &lt; for a "<" in text)');
      return;
    }
    while (k < text.length && NAME_CHAR.test(text[k] ?? '')) k++;
    const name = text.slice(start + 1, k);
    const attributes: { name: string; value: string; at: number }[] = [];
    for (;;) {
      const spaceStart = k;
      while (/\s/.test(text[k] ?? '')) k++;
      if (text.startsWith('/>', k) || text[k] === '>') break;
      if (k >= text.length) {
        this.malformed(start, `<${name}> is not closed with >`);
        return;
      }
      if (k === spaceStart || !NAME_START.test(text[k] ?? '')) {
        this.malformed(k, `unexpected "${text[k] ?? ''}" in <${name}>`);
        return;
      }
      const nameStart = k;
      while (k < text.length && NAME_CHAR.test(text[k] ?? '')) k++;
      const attribute = text.slice(nameStart, k);
      while (/\s/.test(text[k] ?? '')) k++;
      if (text[k] !== '=') {
        this.malformed(nameStart, `the attribute ${attribute} has no value`);
        return;
      }
      k++;
      while (/\s/.test(text[k] ?? '')) k++;
      const quote = text[k];
      if (quote !== '"' && quote !== "'") {
        this.malformed(nameStart, `the value of ${attribute} is not in quotes`);
        return;
      }
      k++;
      const close = text.indexOf(quote, k);
      if (close === -1) {
        this.malformed(nameStart, `the value of ${attribute} is not closed with ${quote}`);
        return;
      }
      const raw = text.slice(k, close);
      if (raw.includes('<')) {
        this.malformed(nameStart, `the value of ${attribute} contains "<" (write &lt;)`);
        return;
      }
      if (attributes.some((a) => a.name === attribute)) {
        this.malformed(nameStart, `the attribute ${attribute} is written twice`);
        return;
      }
      attributes.push({ name: attribute, value: this.decode(raw, k), at: nameStart });
      k = close + 1;
    }
    const selfClosing = text.startsWith('/>', k);
    this.i = k + (selfClosing ? 2 : 1);
    this.checkElement(name, attributes, start);
    if (!selfClosing) this.open.push({ name, at: start });
  }

  private currentElement(): string {
    return localName(this.open.at(-1)?.name ?? '');
  }

  private checkElement(name: string, attributes: { name: string; value: string; at: number }[], at: number): void {
    const local = localName(name);
    if (FORBIDDEN_ELEMENTS.has(local)) {
      this.problem(at, `<${name}> is not allowed in pictures`, 'pictures may only draw: remove scripts, embedded HTML (<foreignObject>) and embedded documents');
    }
    for (const attribute of attributes) {
      const attributeLocal = localName(attribute.name);
      const compact = compactUrl(attribute.value);
      if (attributeLocal.startsWith('on')) {
        this.problem(attribute.at, `the event attribute ${attribute.name} is not allowed in pictures`, 'remove it: a picture does not react to clicks or loading');
      } else if (attributeLocal === 'href' || attributeLocal === 'src') {
        if (!compact.startsWith('#') && !INLINE_IMAGE.test(compact)) {
          this.problem(attribute.at, `the link ${attribute.name}="${attribute.value.trim()}" leaves the picture`, 'pictures may link only inside themselves (href="#id") or embed a PNG/JPEG/GIF/WebP as data:image/…; draw the shape instead');
        }
      } else if (SCRIPT_URL.test(compact)) {
        this.problem(attribute.at, `the attribute ${attribute.name} holds a script URL`, 'remove it');
      } else if (attribute.name === 'xml:base') {
        this.problem(attribute.at, 'xml:base is not allowed in pictures', 'remove it: it makes "#…" links point to another file');
      } else if ((attributeLocal === 'xmlns' || attribute.name.startsWith('xmlns:')) && compact === XHTML_NAMESPACE) {
        this.problem(attribute.at, 'HTML inside a picture is not allowed', `remove the ${XHTML_NAMESPACE} namespace and the HTML elements`);
      } else if (attributeLocal === 'style') {
        this.checkCss(attribute.value, attribute.at);
      }
      if (ANIMATIONS.has(local) && attributeLocal === 'attributename' && /^(\w+:)?(href|src)$/i.test(attribute.value.trim())) {
        this.problem(attribute.at, `<${name}> may not animate a link`, 'animate shapes and colours only');
      }
    }
  }

  private checkText(start: number, end: number): void {
    if (start >= end) return;
    const text = this.text.slice(start, end);
    if (this.open.length === 0 && text.trim() !== '') {
      this.malformed(start + text.search(/\S/), 'text outside the <svg> element');
      return;
    }
    const decoded = this.decode(text, start);
    if (this.currentElement() === 'style') this.checkCss(decoded, start);
  }

  /** Character references decoded; a named entity other than XML's five would need a DTD. */
  private decode(raw: string, offset: number): string {
    return raw.replace(/&([^;\s&<]*);?/g, (whole, body: string, index: number) => {
      if (!whole.endsWith(';')) {
        this.malformed(offset + index, 'a bare "&" (write &amp;)');
        return whole;
      }
      const numeric = /^#(x[0-9a-f]+|[0-9]+)$/i.exec(body);
      if (numeric) {
        const code = body[1]?.toLowerCase() === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      }
      const named = XML_ENTITIES[body];
      if (named === undefined) {
        this.problem(offset + index, `the entity &${body}; is not allowed in pictures`, 'use a character reference such as &#160; or the character itself');
        return '';
      }
      return named;
    });
  }

  /** Stylesheets may colour and place; they may not import or fetch (url() other than #id / inline raster). */
  private checkCss(css: string, at: number): void {
    const plain = css
      .replace(/\/\*[^]*?\*\//g, '')
      .replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16) || 0xfffd, 0x10ffff)))
      .replace(/\\(.)/g, '$1')
      .toLowerCase();
    if (/@import/.test(plain)) this.problem(at, 'the picture\'s CSS imports another file', 'remove the @import');
    if (/expression\s*\(|behavior\s*:|-moz-binding/.test(plain)) this.problem(at, 'the picture\'s CSS runs code', 'remove expression(), behavior and -moz-binding');
    if (SCRIPT_URL.test(compactUrl(plain))) this.problem(at, 'the picture\'s CSS holds a script URL', 'remove it');
    for (const match of plain.matchAll(/url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/g)) {
      const target = compactUrl(match[2] ?? '');
      if (!target.startsWith('#') && !INLINE_IMAGE.test(target)) {
        this.problem(at, `the picture's CSS loads url(${match[2] ?? ''})`, 'use url(#id) for gradients and patterns inside the picture');
      }
    }
  }
}

function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1).toLowerCase();
}

/** A URL as a browser reads it: no ASCII whitespace or control characters, lowercase. */
function compactUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
}
