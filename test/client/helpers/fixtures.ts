/** Bodies the client tests send and answer with: the spec's examples. */
export const TOKEN = 'tok_live_3f9a7c1e5b2d4086a1c9e7f5b3d1a0c8';

export const VALID_BODY = {
  tenantId: 1042,
  name: 'Dental appointment reminders',
  tech: 'VOICE',
  dateStart: '2027-03-01',
  timeStart: '09:00',
  dateEnd: '2027-03-31',
  timeEnd: '17:30',
  callerId: '6013151002',
  recording: 'yes',
  numbers: [{ number: '6015550143', description: 'Jane Doe' }],
  destinations: [{ id: 301, type: 'EXT' }],
  timezone: 'America/Chicago',
  callFrequency: 30,
  matchDestinations: [],
  notMatchDestinations: [],
  enableVMDetect: '0',
  callHoursStart: '13:00',
  callHoursEnd: '17:00',
  state: 'READY',
  message: 'Reminder of your appointment',
} as const;

/** The campaign the server answers with for a body (as the spec's 201 example). */
export function campaignFor(body: Record<string, unknown>, id = 5521): Record<string, unknown> {
  return {
    id,
    tenantId: body.tenantId,
    name: body.name,
    type: 'SCHEDULED',
    dateStart: body.dateStart,
    dateEnd: body.dateEnd,
    callerId: body.callerId,
    callDelay: 30000,
    state: body.state ?? 'READY',
    lastrun: null,
    dialtimeout: 30,
    tech: body.tech,
    message: body.message ?? null,
    timeStart: body.timeStart,
    timeEnd: body.timeEnd,
    timezone: body.timezone,
    callFrequency: body.callFrequency,
    callHoursStart: body.callHoursStart,
    callHoursEnd: body.callHoursEnd,
    recording: body.recording,
    numbers: ((body.numbers as Array<Record<string, string>>) ?? []).map((n) => ({ number: n.number, description: n.description ?? '', disposition: '' })),
    destinations: [],
    enableVMDetect: Number(body.enableVMDetect),
    matchDestinations: [],
    notMatchDestinations: [],
  };
}
