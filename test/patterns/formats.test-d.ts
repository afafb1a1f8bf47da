/**
 * Type tests of the format types on the committed snapshot of the fixture spec's output
 * (fixtures/formats.yaml): literals typed by hand are checked at compile time, strings from
 * outside are narrowed by the guards. Checked by `npm run typecheck` and by formats.test.ts,
 * which fails if a `@ts-expect-error` below stops being an error.
 */
import { assertType, expectTypeOf } from 'vitest';
import type { components } from './generated-formats/types.gen.js';
import {
  asIsoDateTime,
  FormatMismatchError,
  isIsoDate,
  isUuid,
  type CalendarDate,
  type EventArchivedAt,
  type IsoDate,
  type IsoDateTime,
  type IsoTime,
  type Uuid,
} from './generated-formats/patterns.gen.js';

type Event = components['schemas']['Event'];

/** Type identity, checked cheaply (see campaign.test-d.ts). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const base: Event = {
  id: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  day: '2027-03-01',
  opensAt: '09:30:00Z',
  startsAt: '2027-03-01T09:30:00Z',
  tags: [],
};

// The properties carry the format types; with a pattern too, the tighter type or both.
assertType<Equal<Event['day'], IsoDate>>(true);
assertType<Equal<Event['opensAt'], IsoTime>>(true);
assertType<Equal<Event['startsAt'], IsoDateTime>>(true);
assertType<Equal<Event['endsAt'], IsoDateTime | null | undefined>>(true);
assertType<Equal<Event['tags'], Uuid[]>>(true);
assertType<Equal<Event['bookedOn'], CalendarDate | undefined>>(true);
assertType<Equal<Event['reviewedOn'], IsoDate | undefined>>(true);
assertType<Equal<Event['archivedAt'], (EventArchivedAt & IsoDateTime) | undefined>>(true);
assertType<Equal<Event['archive'], Array<EventArchivedAt & IsoDateTime> | undefined>>(true);

// IsoDate: RFC 3339 full-date; the month and day are checked, the calendar by isIsoDate.
assertType<IsoDate>('2028-02-29');
assertType<IsoDate>('0001-12-31');
assertType<IsoDate>('2027-02-31'); // accepted by the type, rejected by isIsoDate
// @ts-expect-error month 13
assertType<Event>({ ...base, day: '2027-13-01' });
// @ts-expect-error day 32
assertType<Event>({ ...base, day: '2027-01-32' });
// @ts-expect-error slashes
assertType<Event>({ ...base, day: '2027/03/01' });
// @ts-expect-error a date-time is not a date
assertType<Event>({ ...base, day: '2027-03-01T09:30:00Z' });

// IsoTime: RFC 3339 full-time, with seconds and an offset ("Z", "z" or +hh:mm).
assertType<IsoTime>('23:59:60Z');
assertType<IsoTime>('09:30:00.123456z');
assertType<IsoTime>('09:30:00-05:00');
// @ts-expect-error hour 25
assertType<Event>({ ...base, opensAt: '25:00:00Z' });
// @ts-expect-error a one-digit hour
assertType<Event>({ ...base, opensAt: '9:30:00Z' });
// @ts-expect-error no offset
assertType<Event>({ ...base, opensAt: '09:30:00' });
// @ts-expect-error no seconds
assertType<Event>({ ...base, opensAt: '09:30Z' });

// IsoDateTime: a full-date, "T" or "t", a full-time.
assertType<IsoDateTime>('2027-03-01t09:30:00.5+01:00');
assertType<IsoDateTime>('2027-12-31T23:59:60Z');
// @ts-expect-error a space instead of "T"
assertType<Event>({ ...base, startsAt: '2027-03-01 09:30:00Z' });
// @ts-expect-error no offset: a local time is not an RFC 3339 date-time
assertType<Event>({ ...base, startsAt: '2027-03-01T09:30:00' });
// @ts-expect-error month 13
assertType<Event>({ ...base, endsAt: '2027-13-01T09:30:00Z' });
// @ts-expect-error a one-digit hour
assertType<Event>({ ...base, startsAt: '2027-03-01T9:30:00Z' });
// @ts-expect-error hour 30
assertType<Event>({ ...base, startsAt: '2027-03-01T30:00:00Z' });

// Uuid: five dash-separated groups, any case.
assertType<Uuid>('1B4E28BA-2FA1-11D2-883F-0016D3CCA427');
// @ts-expect-error no dashes
assertType<Event>({ ...base, id: '1b4e28ba2fa111d2883f0016d3cca427' });
// @ts-expect-error not a UUID
assertType<Event>({ ...base, tags: ['not-a-uuid'] });

// Both a pattern (^2) and format date-time: both types apply.
assertType<Event>({ ...base, archivedAt: '2027-03-01T09:30:00Z' });
// @ts-expect-error the pattern wants a year from 2000
assertType<Event>({ ...base, archivedAt: '1999-12-31T23:59:59Z' });
// @ts-expect-error so it does in an array
assertType<Event>({ ...base, archive: ['2027-03-01T09:30:00Z', '1999-12-31T23:59:59Z'] });

// A plain string is not assignable until a guard has checked it.
declare const fromForm: string;
// @ts-expect-error string is not IsoDate
assertType<Event>({ ...base, day: fromForm });
if (isIsoDate(fromForm)) {
  assertType<Equal<typeof fromForm, IsoDate>>(true);
  assertType<Event>({ ...base, day: fromForm });
  // IsoDate and the CalendarDate pattern's type are the same set: a checked date fits both.
  assertType<Event>({ ...base, bookedOn: fromForm });
}
if (isUuid(fromForm)) assertType<Event>({ ...base, tags: [fromForm] });
// ...or an assertion, which throws a FormatMismatchError on a bad value.
assertType<Event>({ ...base, startsAt: asIsoDateTime(fromForm) });
expectTypeOf<FormatMismatchError>().toHaveProperty('format').toEqualTypeOf<string>();
