/**
 * SVG pictures are code, not just pixels: opened on their own (the service worker serves them from the
 * app's origin) an SVG runs its scripts and loads what it links to. So the compiler never ships an
 * author's SVG bytes: it reads the file as UTF-8 (nothing else: a file declaring another encoding is
 * read by the browser as that encoding, where escape bytes can turn a comment into a live <script>),
 * parses it with a small XML reader of its own, checks it, and writes a fresh file from what it parsed:
 *
 *   - only drawing elements and attributes on the lists below are written; editors' own markup
 *     (<metadata>, inkscape:…, sodipodi:…) is left out, and an attribute the app does not know is left
 *     out with a warning;
 *   - anything that can run or fetch is refused with its line: <script>, event attributes (on…),
 *     <foreignObject> and other embedding elements, links that leave the file (href not "#…" or an
 *     inline raster image), javascript: anywhere, CSS that imports or fetches (url() other than #id,
 *     image-set(), @import — in style attributes, presentation attributes and the joined text of
 *     <style>, read both with and without its comments), DTD declarations (<!DOCTYPE>, <!ENTITY>:
 *     entity expansion attacks, external entities), processing instructions;
 *   - the output is ASCII (every other character written as &#x…;), so it reads the same under any
 *     charset a server may send; elements are in the SVG namespace whatever prefixes the file used.
 *
 * Names are compared without their namespace prefix and case-insensitively when refusing, so
 * `<svg:script>`, `<SCRIPT>` and `XLINK:HREF` are caught; attribute values are checked after decoding
 * character references, so `&#106;avascript:` is caught too. A file that is not well-formed XML is
 * refused: what a browser's lenient parser would make of it is exactly what cannot be checked.
 */
import { SaxesParser } from 'saxes';
import { codePointName, decodeUtf8, FORBIDDEN_CHARACTER } from './textSafety.ts';

export interface SvgProblem {
  line: number;
  column: number;
  message: string;
  hint: string;
  severity?: 'warning';
}

export interface SanitizedSvg {
  problems: SvgProblem[];
  /** The file to ship, written afresh; absent when any problem is an error. */
  svg?: string;
}

/** A picture larger than this is not a hand-drawn lesson picture (the curriculum's largest is 4 KB). */
export const MAX_SVG_BYTES = 1_000_000;
/** Nesting deeper than this is no drawing either, and would only make the reader recurse. */
export const MAX_SVG_DEPTH = 64;

/** Elements that run code, embed other documents or HTML, or listen to events (SVG Tiny's handler). */
const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'audio', 'video']);
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);

/** The elements written out, by their lowercase name. */
const ELEMENTS = canonical(
  'svg g defs symbol use title desc style path rect circle ellipse line polyline polygon text tspan textPath',
  'linearGradient radialGradient stop pattern clipPath mask marker image filter',
  'feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap',
  'feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge',
  'feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence',
  'animate animateMotion animateTransform set mpath',
);
/** Editors' notes: left out with everything inside them. */
const DROPPED_ELEMENTS = new Set(['metadata']);

/** The attributes written out (href is checked on its own), by their lowercase name. */
const ATTRIBUTES = canonical(
  // core and accessibility
  'id class style lang xml:space xml:lang role aria-label aria-labelledby aria-describedby aria-hidden focusable',
  // geometry and text layout
  'viewBox preserveAspectRatio version baseProfile width height x y rx ry cx cy r fx fy fr x1 y1 x2 y2 d points',
  'pathLength dx dy rotate textLength lengthAdjust startOffset method spacing side transform',
  // presentation attributes (parsed as CSS values by the browser, so checked as CSS)
  'alignment-baseline baseline-shift clip clip-path clip-rule color color-interpolation color-interpolation-filters',
  'color-rendering direction display dominant-baseline fill fill-opacity fill-rule filter flood-color flood-opacity',
  'font font-family font-size font-size-adjust font-stretch font-style font-variant font-weight image-rendering',
  'letter-spacing lighting-color marker marker-start marker-mid marker-end mask mask-type opacity overflow',
  'paint-order pointer-events shape-rendering stop-color stop-opacity stroke stroke-dasharray stroke-dashoffset',
  'stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width text-anchor text-decoration',
  'text-rendering transform-origin unicode-bidi vector-effect visibility word-spacing writing-mode',
  // gradients, patterns, clipping, masks, markers
  'gradientUnits gradientTransform spreadMethod offset patternUnits patternContentUnits patternTransform',
  'clipPathUnits maskUnits maskContentUnits markerWidth markerHeight markerUnits orient refX refY',
  // filters
  'filterUnits primitiveUnits in in2 result stdDeviation mode type values operator k1 k2 k3 k4 radius scale',
  'xChannelSelector yChannelSelector baseFrequency numOctaves seed stitchTiles kernelMatrix order divisor bias',
  'targetX targetY edgeMode preserveAlpha surfaceScale diffuseConstant specularConstant specularExponent',
  'kernelUnitLength azimuth elevation z pointsAtX pointsAtY pointsAtZ limitingConeAngle tableValues slope',
  'intercept amplitude exponent',
  // animation
  'attributeName attributeType begin dur end min max restart repeatCount repeatDur calcMode keyTimes keySplines',
  'keyPoints from to by additive accumulate path',
);
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
/** Inline raster pictures only: an inline SVG could carry the very things this module refuses. */
const INLINE_IMAGE = /^data:image\/(png|jpe?g|gif|webp)[;,]/;
const SCRIPT_URL = /(java|vb)script:/;
/** CSS functions that fetch a file (url() is allowed for "#id" and inline rasters, see cssProblems). */
const FETCHING_CSS = /(^|[^a-z0-9_-])(-webkit-|-moz-)?(image-set|image|cross-fade|element|src|paint)\s*\(/;

function canonical(...lists: string[]): Map<string, string> {
  return new Map(lists.flatMap((list) => list.split(' ')).map((name) => [name.toLowerCase(), name]));
}

/** Checks an SVG file's bytes and writes the picture afresh (see the top of this file). */
export function sanitizeSvg(bytes: Uint8Array): SanitizedSvg {
  if (bytes.length > MAX_SVG_BYTES) {
    return { problems: [{ line: 1, column: 1, message: `the picture is ${bytes.length} bytes; a lesson picture may have at most ${MAX_SVG_BYTES}`, hint: 'simplify the drawing, or save it as a PNG or WebP' }] };
  }
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded)) return { problems: [{ ...decoded.at, message: `the picture: ${decoded.message}`, hint: decoded.hint }] };
  return new SvgReader(decoded.text).run();
}

/** The problems of an SVG given as text (tests, and pictures already decoded). */
export function checkSvg(text: string): SvgProblem[] {
  return new SvgReader(text).run().problems;
}

interface Attribute {
  name: string;
  value: string;
  at: number;
}
interface Element {
  name: string;
  at: number;
  attributes: Attribute[];
  children: Node[];
}
type Node = Element | { text: string; at: number };

class SvgReader {
  private readonly problems: SvgProblem[] = [];
  private readonly lineStarts: number[] = [0];
  private readonly open: Element[] = [];
  private readonly warned = new Set<string>();
  private root: Element | undefined;

  constructor(private readonly text: string) {
    for (let k = 0; k < text.length; k++) if (text[k] === '\n') this.lineStarts.push(k + 1);
  }

  run(): SanitizedSvg {
    this.read();
    // Reading stops at the first malformed part and reports it as an error: then nothing more is checked.
    if (this.failed() || !this.root) return { problems: this.problems };
    this.checkTree(this.root);
    if (this.failed()) return { problems: this.problems };
    return { problems: this.problems, svg: writeElement(this.root, true) + '\n' };
  }

  private failed(): boolean {
    return this.problems.some((p) => p.severity !== 'warning');
  }

  private read(): void {
    const { text } = this;
    const bom = text.startsWith('\uFEFF') ? 1 : 0;
    const forbidden = FORBIDDEN_CHARACTER.exec(text.slice(bom));
    if (forbidden) {
      // Reported, and read on: the <?xml …?> line may say why (another encoding's escape bytes).
      this.problem(forbidden.index + bom, `the picture holds the control character ${codePointName(forbidden[0])}, which XML does not allow`, 'save the SVG file again as UTF-8 from a drawing program');
    }
    // DTDs first, in any case: saxes would call "<!doctype" only bad syntax.
    const declaration = /<!\s*(doctype|entity)\b/i.exec(text);
    if (declaration) {
      this.problem(declaration.index, '<!DOCTYPE> declarations are not allowed in pictures', 'delete the <!DOCTYPE …> / <!ENTITY …> lines: an SVG needs none, and entities can blow up or leak files');
      return;
    }
    // saxes: a maintained, strict XML parser (well-formedness as the XML spec has it, namespaces). Its
    // first error ends the reading: what a lenient parser would make of the rest cannot be checked.
    const parser = new SaxesParser({ xmlns: true, position: true });
    const STOP = new Error('stop');
    /** Where the markup that just ended began: the last "<" before the parser's position. */
    const markupStart = () => text.lastIndexOf('<', parser.position - 1);
    parser.on('error', (error) => {
      const offset = Math.min(parser.position, text.length);
      const what = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
      if (what.startsWith('undefined entity')) {
        const name = text.slice(text.lastIndexOf('&', offset - 1) + 1, offset).replace(/;$/, '');
        this.problem(offset, `the entity &${name}; is not allowed in pictures`, 'use a character reference such as &#160; or the character itself');
      } else {
        this.problem(offset, `the picture is not well-formed XML: ${what}`, 'open it in a browser or an SVG editor and save it again');
      }
      throw STOP;
    });
    parser.on('xmldecl', ({ encoding }) => {
      if (encoding !== undefined && !/^utf-?8$/i.test(encoding.trim())) {
        this.problem(bom, `the picture says it is written in ${encoding}; pictures must be UTF-8`, 'save the SVG as UTF-8 and write encoding="UTF-8" (or nothing) in the <?xml …?> line');
      }
    });
    parser.on('processinginstruction', ({ target }) => {
      this.problem(text.lastIndexOf('<?', parser.position - 1), `<?${target} …?> is not allowed in pictures`, 'only the <?xml version="1.0"?> line may start an SVG; stylesheets and other instructions can load files');
    });
    parser.on('opentag', (tag) => {
      const at = markupStart();
      const source = text.slice(at, parser.position);
      const element: Element = {
        name: tag.name,
        at,
        attributes: Object.values(tag.attributes).map(({ name, value }) => ({ name, value, at: at + attributeOffset(source, name) })),
        children: [],
      };
      if (this.open.length >= MAX_SVG_DEPTH) {
        this.problem(at, `the picture nests elements more than ${MAX_SVG_DEPTH} deep`, 'flatten the groups (<g>) of the drawing');
        throw STOP;
      }
      this.append(element);
      this.open.push(element);
    });
    parser.on('closetag', () => {
      this.open.pop();
    });
    parser.on('text', (value) => {
      if (this.open.length > 0) this.append({ text: value, at: Math.max(0, parser.position - value.length) });
    });
    parser.on('cdata', (value) => this.append({ text: value, at: markupStart() }));
    try {
      // With a forbidden character, only what comes before it is read (for the <?xml …?> line's reasons).
      if (forbidden) parser.write(text.slice(bom, bom + forbidden.index));
      else parser.write(text.slice(bom)).close();
    } catch (error) {
      if (error !== STOP) throw error;
      return;
    }
    if (forbidden) return;
    if (!this.root) this.problem(0, 'the picture has no <svg> element', 'an SVG file is one <svg> … </svg> element');
    else if (localName(this.root.name) !== 'svg') this.problem(this.root.at, `the picture's outer element is <${this.root.name}>, not <svg>`, 'an SVG file is one <svg> … </svg> element');
  }

  private problem(offset: number, message: string, hint: string, severity?: 'warning'): void {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    this.problems.push({ line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1, message, hint, ...(severity ? { severity } : {}) });
  }

  private append(node: Node): void {
    const parent = this.open.at(-1);
    if (parent) parent.children.push(node);
    else if ('name' in node) this.root ??= node;
  }

  /** Checks every element the output would hold, and leaves out what it does not write. */
  private checkTree(element: Element): void {
    const local = localName(element.name);
    if (FORBIDDEN_ELEMENTS.has(local)) {
      this.problem(element.at, `<${element.name}> is not allowed in pictures`, 'pictures may only draw: remove scripts, embedded HTML (<foreignObject>) and embedded documents');
    } else if (!ELEMENTS.has(local) && !isDropped(element.name)) {
      this.problem(element.at, `<${element.name}> is not an element lesson pictures may use`, 'pictures may use shapes, paths, text, groups, gradients, patterns, masks, filters and animations; remove it or draw it with those');
    }
    for (const attribute of element.attributes) this.checkAttribute(element, attribute);
    if (local === 'style') {
      // The stylesheet the browser applies is all of the element's text joined (comments dropped).
      const css = element.children.map((child) => ('text' in child ? child.text : '')).join('');
      this.checkCss(css, element.at);
      if (element.children.some((child) => 'name' in child)) this.problem(element.at, '<style> may hold only CSS', 'move the elements out of the <style> element');
    }
    for (const child of element.children) if ('name' in child && !isDropped(child.name)) this.checkTree(child);
  }

  private checkAttribute(element: Element, { name, value, at }: Attribute): void {
    const local = localName(name);
    const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')).toLowerCase() : '';
    const compact = compactUrl(value);
    if (local.startsWith('on')) {
      this.problem(at, `the event attribute ${name} is not allowed in pictures`, 'remove it: a picture does not react to clicks or loading');
    } else if (local === 'href' || local === 'src') {
      if (!compact.startsWith('#') && !INLINE_IMAGE.test(compact)) {
        this.problem(at, `the link ${name}="${value.trim()}" leaves the picture`, 'pictures may link only inside themselves (href="#id") or embed a PNG/JPEG/GIF/WebP as data:image/…; draw the shape instead');
      }
    } else if (name === 'xml:base') {
      this.problem(at, 'xml:base is not allowed in pictures', 'remove it: it makes "#…" links point to another file');
    } else if (prefix === 'xmlns' || name === 'xmlns') {
      if (compact === XHTML_NAMESPACE) this.problem(at, 'HTML inside a picture is not allowed', `remove the ${XHTML_NAMESPACE} namespace and the HTML elements`);
    } else {
      // Presentation attributes are CSS values to the browser, and animations set them: all are read as CSS.
      this.checkCss(value, at, name);
      if (!ATTRIBUTES.has(local.toLowerCase()) && !prefix && !this.warned.has(name)) {
        this.warned.add(name);
        this.problem(at, `the attribute ${name} is not used by lesson pictures and is left out`, 'remove it from the file to silence this warning', 'warning');
      }
    }
    if (ANIMATIONS.has(localName(element.name)) && local === 'attributename') {
      const target = localName(value.trim());
      if (target === 'href' || target === 'src' || target.startsWith('on') || target === 'style' || !ATTRIBUTES.has(target)) {
        this.problem(at, `<${element.name}> may not animate ${value.trim()}`, 'animate shapes and colours only');
      }
    }
  }

  /** Stylesheets may colour and place; they may not import, fetch or run anything. */
  private checkCss(css: string, at: number, attribute?: string): void {
    const where = attribute ? `the attribute ${attribute}` : "the picture's CSS";
    for (const message of cssProblems(css)) this.problem(at, `${where} ${message}`, 'pictures may use url(#id) for gradients, patterns, masks and filters inside the picture, nothing else');
  }
}

/**
 * What a piece of CSS (a stylesheet, a style attribute or a presentation attribute's value) does that a
 * picture may not. Read twice — as written and with /* comments *\/ removed — with escapes decoded, so
 * neither a comment hiding a url( in a string nor one splitting @import gets through.
 */
function cssProblems(css: string): string[] {
  const readings = [css, css.replace(/\/\*[^]*?(\*\/|$)/g, '')].map((text) =>
    text
      .replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16) || 0xfffd, 0x10ffff)))
      .replace(/\\(.)/g, '$1')
      .toLowerCase(),
  );
  const problems = new Set<string>();
  for (const plain of readings) {
    if (/@import/.test(plain)) problems.add('imports another file (@import)');
    if (/expression\s*\(|behavior\s*:|-moz-binding/.test(plain)) problems.add('runs code (expression(), behavior, -moz-binding)');
    if (SCRIPT_URL.test(compactUrl(plain))) problems.add('holds a script URL');
    const fetching = FETCHING_CSS.exec(plain);
    if (fetching) problems.add(`loads a file with ${fetching[3]}()`);
    for (const match of plain.matchAll(/url\s*\(/g)) {
      const rest = plain.slice((match.index ?? 0) + match[0].length);
      const close = rest.indexOf(')');
      const target = compactUrl(rest.slice(0, close === -1 ? rest.length : close)).replace(/^['"]|['"]$/g, '');
      if (close === -1 || (!target.startsWith('#') && !INLINE_IMAGE.test(target))) problems.add(`loads url(${target})`);
    }
  }
  return [...problems];
}

function isDropped(name: string): boolean {
  const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')).toLowerCase() : '';
  return DROPPED_ELEMENTS.has(localName(name)) || (prefix !== '' && prefix !== 'svg');
}

/** The element written afresh: known elements and attributes only, in the SVG namespace, as ASCII. */
function writeElement(element: Element, isRoot = false): string {
  const name = ELEMENTS.get(localName(element.name)) ?? 'g';
  let out = `<${name}`;
  if (isRoot) out += ` xmlns="${SVG_NAMESPACE}"`;
  for (const { name: attribute, value } of element.attributes) {
    const written = writtenAttributeName(attribute);
    if (written) out += ` ${written}="${escapeXml(written === 'viewBox' ? canonicalViewBox(value) : value, true)}"`;
  }
  const children = element.children.filter((child) => !('name' in child) || !isDropped(child.name));
  if (children.length === 0) return `${out}/>`;
  const inner = children.map((child) => ('name' in child ? writeElement(child) : escapeXml(child.text, false))).join('');
  return `${out}>${inner}</${name}>`;
}

/** href and xlink:href are written as href (SVG 2, Chrome 50+); editors' and namespace attributes not at all. */
function writtenAttributeName(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower === 'href' || lower === 'xlink:href') return 'href';
  if (lower === 'xml:space' || lower === 'xml:lang') return lower;
  if (name.includes(':')) return undefined;
  return ATTRIBUTES.get(lower);
}

/**
 * A viewBox as four numbers between single spaces ("0,0, 90 30" → "0 0 90 30", as the browser reads it),
 * so a reader of the root tag (pictureSize.ts) reads what the browser does. Anything else is kept as
 * written: the browser ignores it, and the picture has no size from it.
 */
function canonicalViewBox(value: string): string {
  const numbers = value.trim().split(/\s*,\s*|\s+/);
  return numbers.length === 4 && numbers.every((n) => /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(n)) ? numbers.join(' ') : value;
}

/** Attribute values are written double-quoted with no quote of either kind inside, so no reader can take a value for an attribute. */
function escapeXml(value: string, inAttribute: boolean): string {
  let out = '';
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    if (character === '&') out += '&amp;';
    else if (character === '<') out += '&lt;';
    else if (character === '>') out += '&gt;';
    else if (inAttribute && character === '"') out += '&quot;';
    else if (inAttribute && character === "'") out += '&#39;';
    else if (code > 0x7e || (code < 0x20 && character !== '\n' && character !== '\t' && character !== '\r') || (inAttribute && code < 0x20)) out += `&#x${code.toString(16).toUpperCase()};`;
    else out += character;
  }
  return out;
}

function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1).toLowerCase();
}

/** A URL as a browser reads it: no ASCII whitespace or control characters, lowercase. */
function compactUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
}

/** Where an attribute is written in its start tag (for its line and column). */
function attributeOffset(tag: string, name: string): number {
  const match = new RegExp(`\\s(${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\s*=`).exec(tag);
  return match ? match.index + 1 : 0;
}
