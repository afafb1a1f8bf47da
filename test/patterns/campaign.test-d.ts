/**
 * Type tests of the pattern types on the committed snapshot of the VOXO output: literals typed
 * by hand are checked at compile time, strings from outside are narrowed by the guards ("parse,
 * don't validate"). Checked by `npm run typecheck` and by spec-types.test.ts, which fails if a
 * `@ts-expect-error` below stops being an error.
 */
import { assertType, expectTypeOf } from 'vitest';
import type { components } from './generated/types.gen.js';
import {
  asCallerId,
  isHourMinute,
  isIsoDate,
  PatternMismatchError,
  type CalendarDate,
  type CallerId,
  type HourMinute,
  type IsoDate,
} from './generated/patterns.gen.js';

type CreateCampaignRequest = components['schemas']['CreateCampaignRequest'];

/**
 * Type identity, checked cheaply. vitest's `toEqualTypeOf` compares unions member by member
 * through deep brands, which takes minutes on a 3,348-member union.
 */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const base: CreateCampaignRequest = {
  tenantId: 1042,
  name: 'Dental appointment reminders',
  tech: 'VOICE',
  dateStart: '2027-03-01',
  timeStart: '09:00',
  dateEnd: '2027-12-31',
  timeEnd: '23:59',
  callerId: '6013151002',
  recording: 'yes',
  numbers: [{ number: '6015550143' }],
  destinations: [{ id: 301, type: 'EXT' }],
  timezone: 'America/Chicago',
  callFrequency: 30,
  matchDestinations: [],
  notMatchDestinations: [],
  enableVMDetect: '0',
  callHoursStart: '00:00',
  callHoursEnd: '17:00',
};

// The properties carry the pattern types, not string.
assertType<Equal<CreateCampaignRequest['timeStart'], HourMinute>>(true);
assertType<Equal<CreateCampaignRequest['callHoursEnd'], HourMinute>>(true);
assertType<Equal<CreateCampaignRequest['dateEnd'], CalendarDate>>(true);
assertType<Equal<CreateCampaignRequest['callerId'], CallerId>>(true);
// The response's fields have no pattern in the spec.
assertType<Equal<components['schemas']['Campaign']['timeStart'], string | null>>(true);

// HourMinute is exact: all 1,440 times and nothing else.
assertType<HourMinute>('00:00');
assertType<HourMinute>('23:59');
assertType<HourMinute>('19:30');
// @ts-expect-error hour 25
assertType<CreateCampaignRequest>({ ...base, timeStart: '25:00' });
// @ts-expect-error hour 24
assertType<CreateCampaignRequest>({ ...base, timeEnd: '24:00' });
// @ts-expect-error one-digit hour
assertType<CreateCampaignRequest>({ ...base, callHoursEnd: '9:00' });
// @ts-expect-error minute 60
assertType<CreateCampaignRequest>({ ...base, callHoursStart: '12:60' });
// @ts-expect-error seconds are not part of the pattern
assertType<CreateCampaignRequest>({ ...base, timeStart: '12:00:00' });

// CallerId is approximate (`[1-9]` then any digits): the first character is checked.
assertType<CallerId>('2125550100');
// @ts-expect-error a leading +
assertType<CreateCampaignRequest>({ ...base, callerId: '+6013151002' });
// @ts-expect-error a leading 0
assertType<CreateCampaignRequest>({ ...base, callerId: '0123456789' });
// @ts-expect-error a letter
assertType<CreateCampaignRequest>({ ...base, callerId: '601315100a' });

// CalendarDate is approximate (the year is any digits): month and day are checked.
assertType<CalendarDate>('2027-02-31');
// Accepted by the type, rejected by the pattern and isCalendarDate: a year starting with 0.
assertType<CalendarDate>('0999-03-01');
// @ts-expect-error month 13
assertType<CreateCampaignRequest>({ ...base, dateStart: '2027-13-01' });
// @ts-expect-error month 00
assertType<CreateCampaignRequest>({ ...base, dateStart: '2027-00-01' });
// @ts-expect-error day 32
assertType<CreateCampaignRequest>({ ...base, dateEnd: '2027-01-32' });
// @ts-expect-error slashes
assertType<CreateCampaignRequest>({ ...base, dateStart: '2027/03/01' });

// A plain string (a form field, a CSV cell) is not assignable until a guard has checked it.
declare const fromForm: string;
// @ts-expect-error string is not HourMinute
assertType<CreateCampaignRequest>({ ...base, timeStart: fromForm });
if (isHourMinute(fromForm)) {
  assertType<Equal<typeof fromForm, HourMinute>>(true);
  assertType<CreateCampaignRequest>({ ...base, timeStart: fromForm });
}
// dateStart has format: date too: isIsoDate checks the calendar (2027-02-30 fails), and its
// type is the same set as CalendarDate's, so a checked date fits.
if (isIsoDate(fromForm)) {
  assertType<Equal<typeof fromForm, IsoDate>>(true);
  assertType<CreateCampaignRequest>({ ...base, dateStart: fromForm });
}
// ...or an assertion, which throws a PatternMismatchError on a bad value.
assertType<CreateCampaignRequest>({ ...base, callerId: asCallerId(fromForm) });
expectTypeOf<PatternMismatchError>().toHaveProperty('patternName').toEqualTypeOf<string>();
