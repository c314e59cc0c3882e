// fast-check generators for text that breaks naive YAML writers and file namers: YAML indicators,
// `---`, line breaks of every kind, control characters, lone surrogates, emoji, Chinese, words that
// YAML 1.1 reads as booleans or numbers, and very long strings.
import fc from 'fast-check';

const TRICKY_PIECES = [
  '"', "'", ':', ': ', '#', ' #', '-', '- ', '---', '...', '\n', '\r\n', '\r', '\t', ' ', '  ',
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff',
  '\ud800', '\udfff', '😀', '👨‍👩‍👧', '漳州', '，', '、', '「」',
  'yes', 'No', 'on', 'y', '~', 'null', 'true', '1:20', '010', '0o17', '0x1F', '1e3', '.inf', '1_000', '2024-09-27', '2024-09-27T10:30:00+08:00',
  '<<', '=', '{', '}', '[', ']', '&a', '*a', '!tag', '|', '>', '%', '@', '`', '?', ',', '\\', '/', '..', '{{title}}',
  'CON', 'nul', 'COM1', 'LPT¹', '\u202e', '\u200f',
];

export const trickyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.oneof(fc.constantFrom(...TRICKY_PIECES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 12 }).map((pieces) => pieces.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 200, maxLength: 3000 }) },
);

export const urlLike: fc.Arbitrary<string> = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), trickyText);

/** What a UTF-8 file holds for the text: lone surrogates as U+FFFD (independent of the code under test). */
export const asWritten = (text: string) => text.toWellFormed();

/** Raw characters a YAML file may hold: YAML 1.2's printable set, without those YAML 1.1 reads as line breaks. */
export const YAML_SAFE_TEXT = /^[\t\n\u0020-\u007e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;

/**
 * Zones off the whole hour (India +05:30, Nepal +05:45, Chatham +12:45…). Offsets that no zone
 * uses, such as +00:15, are left out: the `yaml` library reads offsets under 30 minutes as hours.
 */
const HALF_AND_QUARTER_HOUR_OFFSETS = [-570, -210, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825];

/** An ISO 8601 date as the pipeline writes them: date only, floating time, or a time with an offset. */
export const isoDate: fc.Arbitrary<string> = fc
  .record({
    instant: fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
    form: fc.constantFrom('date', 'floating', 'zoned'),
    offset: fc.oneof(fc.integer({ min: -12, max: 14 }).map((hours) => hours * 60), fc.constantFrom(...HALF_AND_QUARTER_HOUR_OFFSETS)),
  })
  .map(({ instant, form, offset }) => {
    const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
    if (form === 'date') return local.slice(0, 10);
    if (form === 'floating') return local;
    const abs = Math.abs(offset);
    const zone = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    return `${local}${zone}`;
  });
