/**
 * The grammars of the typed formats as regexes, written from their RFCs (not from the
 * generator), for the tests to generate strings from: every string they match must compile
 * against the format's type, calendar or not. RFC 3339 section 5.6 (full-date, full-time,
 * date-time; "T" and "Z" in either case, as its note and JSON Schema allow), and RFC 4122's
 * UUID in any case (not as a `urn:uuid:` URN, which RFC 4122's grammar does not include).
 */
const DATE = String.raw`\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])`;
const TIME = String.raw`([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)`;
const HEX = '[0-9A-Fa-f]';

export const FORMAT_GRAMMARS: Record<string, RegExp> = {
  date: new RegExp(`^${DATE}$`),
  time: new RegExp(`^${TIME}$`),
  'date-time': new RegExp(`^${DATE}[Tt]${TIME}$`),
  uuid: new RegExp(`^${HEX}{8}-(${HEX}{4}-){3}${HEX}{12}$`),
};
