// Makes YAML scalars read the same in every front-matter reader: the `yaml` library (YAML 1.2),
// Jekyll (Ruby's Psych) and PyYAML (YAML 1.1, where `yes`, `no`, `on`, `1:20` and `2024-09-27`
// are not text), Hugo, Hexo and Obsidian. The `yaml` library quotes only what YAML 1.2 misreads.
import { Document, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';

/** Characters that YAML forbids raw in a file, or that YAML 1.1 reads as line breaks. */
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const NEEDS_ESCAPE_ALL = new RegExp(NEEDS_ESCAPE.source, 'g');
/** `=` alone is PyYAML's "value" tag, which fails to load. */
const YAML_11_VALUE_KEY = /^=$/;
/** What the date fields hold (see date-value.ts): left plain so YAML 1.1 readers load a timestamp. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const YAML_11_TAGS = new Document(null, { version: '1.1' }).schema.tags.flatMap((tag) =>
  'test' in tag && tag.test && tag.tag !== 'tag:yaml.org,2002:str' ? [{ test: tag.test, keyOnly: tag.default === 'key' }] : [],
);

export interface PortableOptions {
  /** Top-level keys whose ISO 8601 values should load as timestamps in YAML 1.1 readers. */
  dateKeys: ReadonlySet<string>;
}

/** Sets the quoting style of a flat map's keys, values and list items in place. */
export function protectScalars(root: Node | null, { dateKeys }: PortableOptions): void {
  if (!isMap(root)) return;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? pair.key : null;
    if (key) protect(key, { isKey: true, isDate: false });
    const isDate = typeof key?.value === 'string' && dateKeys.has(key.value);
    if (isScalar(pair.value)) protect(pair.value, { isKey: false, isDate });
    else if (isSeq(pair.value)) for (const item of pair.value.items) if (isScalar(item)) protect(item, { isKey: false, isDate: false });
  }
}

/**
 * The `yaml` library writes DEL, C1 controls, U+2028/9, BOM and noncharacters raw even inside
 * double quotes. protectScalars double-quotes every scalar holding one, so each raw occurrence in
 * the output is inside double quotes, where an escape means the same character.
 */
export function escapeUnprintable(yamlText: string): string {
  return yamlText.replace(NEEDS_ESCAPE_ALL, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function protect(node: Scalar, { isKey, isDate }: { isKey: boolean; isDate: boolean }): void {
  const { value } = node;
  if (typeof value !== 'string') return;
  if (NEEDS_ESCAPE.test(value)) node.type = 'QUOTE_DOUBLE';
  else if (!(isDate && ISO_DATE.test(value)) && misreadInYaml11(value, isKey)) node.type = 'QUOTE_SINGLE';
}

function misreadInYaml11(text: string, isKey: boolean): boolean {
  if (YAML_11_VALUE_KEY.test(text)) return true;
  return YAML_11_TAGS.some(({ test, keyOnly }) => (!keyOnly || isKey) && test.test(text));
}
