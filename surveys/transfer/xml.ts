// Reading XML with fast-xml-parser, kept to what a translation file needs: well-formedness with a line
// and column, no DOCTYPE (so no entity expansion), the five XML entities and character references,
// namespace prefixes dropped (CAT tools pick their own), element order kept for mixed content.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { TransferError } from './errors.js';

/** An element as fast-xml-parser gives it with `preserveOrder`: `{ tag: children, ':@': attributes }`. */
export type XmlNode = Record<string, unknown>;

const predefined: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Characters XML 1.0 can carry at all, even as a character reference. */
export const xmlChar = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

function decodeReference(match: string, ref: string): string {
  const code = ref.startsWith('#x')
    ? parseInt(ref.slice(2), 16)
    : ref.startsWith('#')
      ? Number(ref.slice(1))
      : NaN;
  if (ref.startsWith('#')) {
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : '';
    if (!char || !xmlChar.test(char)) throw new Error(`${match} is not a character XML allows`);
    return char;
  }
  const named = predefined[ref];
  if (named === undefined)
    throw new Error(`${match} is not defined (an XLIFF file uses only &amp; &lt; &gt; &quot; &apos;)`);
  return named;
}

// fast-xml-parser's own decoder takes HTML's named entities too, or no character references at all.
const entityDecoder = {
  setExternalEntities() {},
  addInputEntities() {},
  reset() {},
  setXmlVersion() {},
  decode: (text: string) => text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[^\s&;]*);/g, decodeReference),
};

/** The top-level nodes of `xml`, or BAD_XML with where the problem is. */
export function parseXml(xml: string): XmlNode[] {
  if (/<!DOCTYPE/i.test(xml))
    throw new TransferError('BAD_XML', 'The file has a DOCTYPE, which an XLIFF file never needs.');
  const checked = XMLValidator.validate(xml);
  if (checked !== true) {
    const { line, col, msg } = checked.err;
    throw new TransferError(
      'BAD_XML',
      `Not well-formed XML at line ${line}${col ? `, column ${col}` : ''}: ${msg}`,
    );
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    removeNSPrefix: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    captureMetaData: true,
    entityDecoder,
  });
  try {
    return parser.parse(xml) as XmlNode[];
  } catch (e) {
    throw new TransferError('BAD_XML', `Not well-formed XML: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The element's name, or `#text` for text. */
export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attrOf(node: XmlNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, unknown> | undefined;
  const value = attrs?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

export function elementsOf(nodes: readonly XmlNode[], name: string): XmlNode[] {
  return nodes.filter((n) => tagOf(n) === name);
}

/** The 1-based line an element starts on in `xml`. */
export function lineOf(node: XmlNode, xml: string): number {
  // Typed as the Symbol wrapper object, but it is a symbol.
  const key = XMLParser.getMetaDataSymbol() as unknown as symbol;
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[key];
  const at = meta?.startIndex ?? 0;
  let line = 1;
  for (let i = xml.indexOf('\n'); i !== -1 && i < at; i = xml.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The plain text of a `<source>` or `<target>`: XLIFF 2.0's `<cp>` gives a character XML cannot carry,
 * annotations (`<mrk>`, `<pc>`) keep their text, markers (`<sm>`, `<em>`) have none. Any other inline
 * code (`<ph>`, `<sc>`, `<ec>`) has no place in a survey's plain text, so the text is refused.
 */
export function plainText(nodes: readonly XmlNode[]): { text: string } | { refused: string } {
  let text = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === '#text') text += String(node['#text']);
    else if (tag === 'cp') {
      const hex = attrOf(node, 'hex') ?? '';
      const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
      if (!(code <= 0x10ffff)) return { refused: `<cp hex="${hex}"> is not a character` };
      text += String.fromCodePoint(code);
    } else if (tag === 'mrk' || tag === 'pc') {
      const inner = plainText(childrenOf(node));
      if ('refused' in inner) return inner;
      text += inner.text;
    } else if (tag !== 'sm' && tag !== 'em') {
      return { refused: `inline code <${tag}> in the text: survey texts are plain text` };
    }
  }
  return { text };
}
