/**
 * The checks of the string formats (`date`, `time`, `date-time`, `email`, `uri`, `uuid`, `ipv4`,
 * `ipv6`) as TypeScript source. The validators copy them into a module for the `format` keyword
 * (validators/runtime.ts), and the pattern stage into its format guards (patterns/formats.ts):
 * one source, so a guard and a validator cannot disagree about a value.
 */

/** A function (or a few) as TypeScript source, with the helpers it calls. */
export interface SourceHelper {
  /** The helpers this one calls. */
  needs: string[];
  source: string;
}

export const FORMAT_CHECKS: Record<string, SourceHelper> = {
  formatDate: {
    needs: [],
    source: `// Formats, after ajv-formats' "full" mode (MIT): RFC 3339 dates and times with real calendars.
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * RFC 3339 full-date, with leap years: 2028-02-29 passes, 2027-02-29 fails. Read with
 * charCodeAt rather than a RegExp and Number(): no match array, no substrings (half the time
 * of a whole check of VOXO's campaign body went to the regex version). The month first, and the
 * leap year only for a 29 February: a month 13 is refused after two digits (a guard refusing a
 * body for it took 34 ns when the year was read and the leap rule computed first, 20 ns now).
 */
function matchesDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const month = asciiDigits(text, 5, 2);
  if (month < 1 || month > 12) return false;
  const day = asciiDigits(text, 8, 2);
  const year = asciiDigits(text, 0, 4);
  if (day < 1 || year < 0) return false;
  if (day <= DAYS[month]!) return true;
  return month === 2 && day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The number written by \`count\` ASCII digits at \`start\`, or -1 where one is not a digit. */
function asciiDigits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}`,
  },
  formatTime: {
    needs: [],
    source: `// RFC 3339 full-time: the offset is "Z" or ±hh:mm; 23:59:60 only where it is 23:59:60 UTC.
const TIME = /^(\\d\\d):(\\d\\d):(\\d\\d)(?:\\.\\d+)?(?:z|([+-])(\\d\\d):(\\d\\d))$/i;

function matchesTime(text: string): boolean {
  const match = TIME.exec(text);
  if (!match) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const offset = (match[4] === "-" ? -1 : 1) * (Number(match[5] ?? 0) * 60 + Number(match[6] ?? 0));
  if (hour > 23 || minute > 59 || second > 60 || Number(match[5] ?? 0) > 23 || Number(match[6] ?? 0) > 59) return false;
  return second < 60 || (((hour * 60 + minute - offset) % 1440) + 1440) % 1440 === 1439;
}`,
  },
  formatDateTime: {
    needs: ['formatDate', 'formatTime'],
    source: `/** RFC 3339 date-time: a full-date, "T" (or "t"), a full-time. */
function matchesDateTime(text: string): boolean {
  const parts = text.split(/[tT]/);
  return parts.length === 2 && matchesDate(parts[0]!) && matchesTime(parts[1]!);
}`,
  },
  formatEmail: {
    needs: ['formatIpv4', 'formatIpv6'],
    source: `// RFC 5321 Mailbox: a dot-string or a quoted string, "@", a domain or an address literal.
const EMAIL = /^(?:[a-z0-9!#$%&'*+/=?^_\`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_\`{|}~-]+)*|"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*")@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\\[([\\x21-\\x5a\\x5e-\\x7e]+)\\])$/i;
const EMAIL_GENERAL_LITERAL = /^[a-z0-9-]*[a-z0-9]:[\\x21-\\x5a\\x5e-\\x7e]+$/i;

function matchesEmail(text: string): boolean {
  const match = EMAIL.exec(text);
  if (!match) return false;
  const literal = match[1];
  if (literal === undefined) return true;
  if (/^ipv6:/i.test(literal)) return matchesIpv6(literal.slice(5));
  return matchesIpv4(literal) || EMAIL_GENERAL_LITERAL.test(literal);
}`,
  },
  formatUri: {
    needs: ['formatIpv6'],
    source: `// RFC 3986 URI: split as its appendix B does, then each part checked against its grammar.
const URI = /^([a-z][a-z0-9+.-]*):(?:\\/\\/([^/?#@]*@)?(\\[[^\\]]*\\]|[^/?#:\\[\\]]*)(?::([^/?#]*))?)?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$/i;
const URI_USERINFO = /^(?:[a-z0-9\\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@$/i;
const URI_HOST = /^(?:[a-z0-9\\-._~!$&'()*+,;=]|%[0-9a-f]{2})*$/i;
const URI_IP_FUTURE = /^v[0-9a-f]+\\.[a-z0-9\\-._~!$&'()*+,;=:]+$/i;
const URI_PATH = /^(?:[a-z0-9\\-._~!$&'()*+,;=:@/]|%[0-9a-f]{2})*$/i;
const URI_QUERY = /^(?:[a-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*$/i;

/** An absolute URI (scheme required), as RFC 3986 defines it. */
function matchesUri(text: string): boolean {
  const match = URI.exec(text);
  if (!match) return false;
  const [, , userinfo, host, port, path = "", query, fragment] = match;
  if (host !== undefined) {
    if (userinfo !== undefined && !URI_USERINFO.test(userinfo)) return false;
    const literal = host.startsWith("[") ? host.slice(1, -1) : undefined;
    if (literal !== undefined ? !matchesIpv6(literal) && !URI_IP_FUTURE.test(literal) : !URI_HOST.test(host)) return false;
    if (port !== undefined && !/^\\d*$/.test(port)) return false;
    if (path !== "" && !path.startsWith("/")) return false;
  } else if (path.startsWith("//")) return false;
  return URI_PATH.test(path) && (query === undefined || URI_QUERY.test(query)) && (fragment === undefined || URI_QUERY.test(fragment));
}`,
  },
  formatUuid: {
    needs: [],
    source: `const UUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

function matchesUuid(text: string): boolean {
  return UUID.test(text);
}`,
  },
  formatIpv4: {
    needs: [],
    source: `const IPV4 = /^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$/;

/** Dotted-quad IPv4, no leading zeros. */
function matchesIpv4(text: string): boolean {
  return IPV4.test(text);
}`,
  },
  formatIpv6: {
    needs: [],
    source: `const IPV6 = /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:)))$/i;

function matchesIpv6(text: string): boolean {
  return IPV6.test(text);
}`,
  },
};

/** The names to emit for a set of used helpers of `table`, dependencies included, in the table's order. */
export function resolveSources(table: Record<string, SourceHelper>, used: Iterable<string>): string[] {
  const needed = new Set<string>();
  const add = (name: string): void => {
    if (needed.has(name)) return;
    const helper = table[name];
    if (!helper) throw new Error(`unknown runtime helper ${name}`);
    needed.add(name);
    helper.needs.forEach(add);
  };
  for (const name of used) add(name);
  return Object.keys(table).filter((name) => needed.has(name));
}
