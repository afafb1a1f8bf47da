/**
 * Issue 6 on the committed package: the campaign checks of spec/openapi.yaml (real dates, IANA
 * time zones, ordering, warnings) as `validateCreateCampaignRequest` and the client apply them.
 */
import { describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createVoxoClient, validateCreateCampaignRequest } from '../../generated/src/index.js';
import { VALID_BODY } from '../client/helpers/fixtures.js';

// The client tests' body (the spec's example), with two distinct numbers.
const valid = { ...VALID_BODY, numbers: [{ number: '6015550143' }, { number: '6015550178' }] };

const errorsOf = (body: unknown) => {
  const result = validateCreateCampaignRequest(body, { allErrors: true });
  return (result.issues ?? []).filter((issue) => issue.severity !== 'warning').map((issue) => `${issue.path} ${issue.message}`);
};
const warningsOf = (body: unknown) =>
  (validateCreateCampaignRequest(body, { allErrors: true }).issues ?? []).filter((issue) => issue.severity === 'warning').map((issue) => `${issue.path} ${issue.message}`);

describe('calendar dates', () => {
  it.each([
    ['2027-02-30', false], ['2027-04-31', false], ['2027-06-31', false], ['2027-09-31', false], ['2027-11-31', false],
    ['2027-02-29', false], ['2100-02-29', false], ['2028-02-29', true], ['2000-02-29', true], ['2027-02-28', true],
    ['2027-01-31', true], ['2027-04-30', true],
  ])('dateStart %s valid: %s', (date, ok) => {
    const body = { ...valid, dateStart: date, dateEnd: '2101-01-01' };
    expect(validateCreateCampaignRequest(body).ok).toBe(ok);
    if (!ok) expect(errorsOf(body)[0]).toMatch(/^\/dateStart must match format "date"/);
  });
});

describe('time zones', () => {
  it.each(['Asia/Kolkata', 'UTC', 'America/Chicago', 'Europe/Paris'])('accepts %s', (zone) => {
    expect(errorsOf({ ...valid, timezone: zone })).toEqual([]);
  });

  it.each([['Mars/Olympus_Mons'], ['CST'], ['america/chicago '], ['']])('rejects %j with the path', (zone) => {
    const errors = errorsOf({ ...valid, timezone: zone });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\/timezone /);
  });

  it('says what to use instead of an abbreviation', () => {
    expect(errorsOf({ ...valid, timezone: 'CST' })[0]).toMatch(/IANA|America\//);
  });

  it('accepts every zone the runtime lists', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    expect(zones.filter((zone) => errorsOf({ ...valid, timezone: zone }).length > 0)).toEqual([]);
  });
});

describe('ordering', () => {
  it.each([
    ['dateEnd before dateStart', { dateStart: '2027-03-10', dateEnd: '2027-03-09' }, /^\/dateEnd must not be before dateStart/],
    ['equal dates with crossed times', { dateStart: '2027-03-10', dateEnd: '2027-03-10', timeStart: '17:00', timeEnd: '09:00' }, /^\/timeEnd must be after timeStart when dateStart equals dateEnd/],
    ['equal dates with equal times', { dateStart: '2027-03-10', dateEnd: '2027-03-10', timeStart: '09:00', timeEnd: '09:00' }, /^\/timeEnd must be after timeStart/],
    ['crossed calling hours', { callHoursStart: '18:00', callHoursEnd: '09:00' }, /^\/callHoursEnd must be after callHoursStart/],
    ['equal calling hours', { callHoursStart: '09:00', callHoursEnd: '09:00' }, /^\/callHoursEnd must be after callHoursStart/],
  ])('rejects %s', (_name, change, message) => {
    const errors = errorsOf({ ...valid, ...change });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['equal dates with ordered times', { dateStart: '2027-03-10', dateEnd: '2027-03-10', timeStart: '09:00', timeEnd: '09:01' }],
    ['later end date with an earlier end time', { dateStart: '2027-03-10', dateEnd: '2027-03-11', timeStart: '17:00', timeEnd: '09:00' }],
  ])('accepts %s', (_name, change) => {
    expect(errorsOf({ ...valid, ...change })).toEqual([]);
  });
});

describe('warnings', () => {
  it.each([
    ['duplicate numbers', { numbers: [{ number: '6015550143' }, { number: '6015550143' }] }, /^\/numbers\/1 /],
    ['a number not shaped like callerId', { numbers: [{ number: '+1 601 555 0143' }] }, /^\/numbers\/0\/number does not look like a 10-digit number/],
    ['detection on with both lists empty', { enableVMDetect: '1', matchDestinations: [], notMatchDestinations: [] }, /voicemail detection is on/],
    ['detection off with no destinations', { enableVMDetect: '0', destinations: [] }, /^\/destinations voicemail detection is off/],
  ])('%s: a warning, and the body is still valid', (_name, change, message) => {
    const body = { ...valid, ...change };
    expect(validateCreateCampaignRequest(body).ok).toBe(true);
    expect(warningsOf(body)).toEqual([expect.stringMatching(message)]);
  });

  it('reach onWarning and never stop the request', async () => {
    let requests = 0;
    const server = http.createServer((request, response) => {
      requests++;
      request.resume().on('end', () => response.writeHead(201, { 'content-type': 'application/json' }).end('{}'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const warnings: string[] = [];
    try {
      const client = createVoxoClient({
        token: 'test-token',
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        validateResponses: 'off',
        onWarning: (warning) => warnings.push(JSON.stringify(warning)),
      });
      await client.createCampaign({ ...valid, numbers: [{ number: '6015550143' }, { number: '6015550143' }] } as never);
    } finally {
      server.close();
    }
    expect(requests).toBe(1);
    expect(warnings.join('\n')).toMatch(/numbers\/1/);
  });
});
