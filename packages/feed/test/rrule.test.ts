import { expect } from '@open-wc/testing';
import { expandRecurrence, parseRRule, useRecurrenceRules, type RecurrenceInput } from '../src/rrule.js';

// What the loader does when a feed has rules, and parseFeed always.
useRecurrenceRules();

const PARIS = 'Europe/Paris';
const YEAR_2027 = { from: Date.UTC(2027, 0, 1), to: Date.UTC(2028, 0, 1) };

// Read back with Intl itself, independently of the code under test: "2027-03-28 03:30".
const parisFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const local = (epoch: number): string => parisFormat.format(epoch);

function starts(input: RecurrenceInput, window = YEAR_2027, max?: number): string[] {
  return expandRecurrence(input, PARIS, window, max).map((o) => local(o.start));
}

describe('parseRRule', () => {
  it('reads every supported part', () => {
    expect(parseRRule('FREQ=MONTHLY;INTERVAL=2;BYDAY=1SA,-1FR;COUNT=10')).to.deep.equal({
      freq: 'MONTHLY',
      interval: 2,
      byDay: [
        { weekday: 5, ordinal: 1 },
        { weekday: 4, ordinal: -1 },
      ],
      count: 10,
    });
    expect(parseRRule('FREQ=MONTHLY;BYMONTHDAY=1,15,-1')?.byMonthDay).to.deep.equal([1, 15, -1]);
    expect(parseRRule('FREQ=WEEKLY;BYDAY=MO,WE;WKST=SU')).to.deep.include({
      byDay: [{ weekday: 0 }, { weekday: 2 }],
      weekStart: 6,
    });
  });

  it('accepts an RRULE: prefix, any case and a trailing semicolon', () => {
    expect(parseRRule('RRULE:freq=weekly;byday=we;')).to.deep.equal({ freq: 'WEEKLY', interval: 1, byDay: [{ weekday: 2 }] });
  });

  it('rewrites UNTIL as a feed date-time', () => {
    expect(parseRRule('FREQ=DAILY;UNTIL=20270630')?.until).to.equal('2027-06-30');
    expect(parseRRule('FREQ=DAILY;UNTIL=20270630T120000')?.until).to.equal('2027-06-30T12:00:00');
    expect(parseRRule('FREQ=DAILY;UNTIL=20270630T120000Z')?.until).to.equal('2027-06-30T12:00:00Z');
    expect(parseRRule('FREQ=DAILY;UNTIL=2027-06-30T12:00:00Z')?.until).to.equal('2027-06-30T12:00:00Z');
  });

  it('returns null for what it cannot honour', () => {
    const unsupported = [
      '',
      'FREQ=HOURLY',
      'FREQ=SECONDLY',
      'INTERVAL=2',
      'FREQ=WEEKLY;BYSETPOS=1',
      'FREQ=DAILY;BYHOUR=10',
      'FREQ=YEARLY;BYMONTH=3',
      'FREQ=WEEKLY;COUNT=3;UNTIL=20270101',
      'FREQ=WEEKLY;COUNT=0',
      'FREQ=WEEKLY;COUNT=-2',
      'FREQ=WEEKLY;COUNT=two',
      'FREQ=WEEKLY;INTERVAL=0',
      'FREQ=WEEKLY;INTERVAL=1.5',
      'FREQ=WEEKLY;BYDAY=XX',
      'FREQ=WEEKLY;BYDAY=1MO',
      'FREQ=MONTHLY;BYDAY=6MO',
      'FREQ=MONTHLY;BYDAY=0MO',
      'FREQ=MONTHLY;BYMONTHDAY=32',
      'FREQ=MONTHLY;BYMONTHDAY=0',
      'FREQ=WEEKLY;BYMONTHDAY=3',
      'FREQ=DAILY;UNTIL=20270230',
      'FREQ=DAILY;UNTIL=tomorrow',
      'FREQ=DAILY;FREQ=WEEKLY',
      'FREQ=DAILY;WKST=XY',
      'FREQ',
      'FREQ=DAILY;=3',
    ];
    for (const text of unsupported) expect(parseRRule(text), text).to.equal(null);
  });

  it('never throws on values that are not strings', () => {
    for (const value of [null, undefined, 7, {}, 'x'.repeat(10_000)]) {
      expect(parseRRule(value as unknown as string)).to.equal(null);
    }
  });
});

describe('expandRecurrence', () => {
  it('gives the single occurrence of an event without rule when it overlaps', () => {
    const event = { start: '2027-05-01T10:00', end: '2027-05-01T12:00' };
    const [occurrence] = expandRecurrence(event, PARIS, YEAR_2027);
    expect(occurrence).to.deep.equal({ start: Date.UTC(2027, 4, 1, 8), end: Date.UTC(2027, 4, 1, 10), allDay: false });
    expect(expandRecurrence(event, PARIS, { from: Date.UTC(2027, 4, 1, 10), to: Date.UTC(2027, 5, 1) })).to.have.length(0);
    // Still running at the start of the window: it overlaps.
    expect(expandRecurrence(event, PARIS, { from: Date.UTC(2027, 4, 1, 9), to: Date.UTC(2027, 5, 1) })).to.have.length(1);
  });

  it('keeps an event without end only when its start is in the window', () => {
    const event = { start: '2027-05-01T10:00' };
    const at = Date.UTC(2027, 4, 1, 8);
    expect(expandRecurrence(event, PARIS, { from: at, to: at + 1 })).to.deep.equal([{ start: at, end: at, allDay: false }]);
    expect(expandRecurrence(event, PARIS, { from: at - 1000, to: at })).to.have.length(0);
    expect(expandRecurrence(event, PARIS, { from: at + 1, to: at + 1000 })).to.have.length(0);
  });

  it('keeps a weekly 14:00 at 14:00 local across both changes of 2027', () => {
    const event = { start: '2027-03-21T14:00', end: '2027-03-21T16:00', rrule: 'FREQ=WEEKLY;UNTIL=20271107' };
    const occurrences = expandRecurrence(event, PARIS, YEAR_2027);
    expect(occurrences).to.have.length(34);
    for (const occurrence of occurrences) {
      expect(local(occurrence.start).slice(11)).to.equal('14:00');
      expect(occurrence.end - occurrence.start).to.equal(2 * 3_600_000);
    }
    // Winter time (UTC+1) before 28 March, summer time (UTC+2) after it, winter again after 31 October.
    expect(occurrences[0]!.start).to.equal(Date.UTC(2027, 2, 21, 13));
    expect(occurrences[1]!.start).to.equal(Date.UTC(2027, 2, 28, 12));
    expect(occurrences.at(-2)!.start).to.equal(Date.UTC(2027, 9, 31, 13));
    expect(occurrences.at(-1)!.start).to.equal(Date.UTC(2027, 10, 7, 13));
  });

  it('moves a weekly 02:30 to 03:30 on the spring change only, and takes the first 02:30 in autumn', () => {
    const spring = starts({ start: '2027-03-21T02:30', rrule: 'FREQ=WEEKLY;COUNT=3' });
    expect(spring).to.deep.equal(['2027-03-21 02:30', '2027-03-28 03:30', '2027-04-04 02:30']);
    const autumn = expandRecurrence({ start: '2027-10-24T02:30', rrule: 'FREQ=WEEKLY;COUNT=3' }, PARIS, YEAR_2027);
    expect(autumn.map((o) => local(o.start))).to.deep.equal(['2027-10-24 02:30', '2027-10-31 02:30', '2027-11-07 02:30']);
    expect(autumn[1]!.start).to.equal(Date.UTC(2027, 9, 31, 0, 30));
  });

  it('recurs at the local wall time of a start written with an offset', () => {
    const event = { start: '2027-03-21T14:00:00+01:00', rrule: 'FREQ=WEEKLY;COUNT=2' };
    expect(starts(event)).to.deep.equal(['2027-03-21 14:00', '2027-03-28 14:00']);
  });

  it('expands all-day events by local days, an end date being inclusive', () => {
    const event = { start: '2027-03-27', end: '2027-03-28', rrule: 'FREQ=WEEKLY;COUNT=2' };
    const occurrences = expandRecurrence(event, PARIS, YEAR_2027);
    expect(occurrences.map((o) => o.allDay)).to.deep.equal([true, true]);
    // Two local days, the first of which is only 47 hours long with the spring change.
    expect(occurrences[0]).to.deep.include({ start: Date.UTC(2027, 2, 26, 23), end: Date.UTC(2027, 2, 28, 22) });
    expect(occurrences[1]).to.deep.include({ start: Date.UTC(2027, 3, 2, 22), end: Date.UTC(2027, 3, 4, 22) });
  });

  it('makes an all-day event without end last its day', () => {
    const [day] = expandRecurrence({ start: '2027-07-14' }, PARIS, YEAR_2027);
    expect(day).to.deep.equal({ start: Date.UTC(2027, 6, 13, 22), end: Date.UTC(2027, 6, 14, 22), allDay: true });
    const lateEvening = { from: Date.UTC(2027, 6, 14, 21), to: Date.UTC(2027, 6, 15) };
    expect(expandRecurrence({ start: '2027-07-14' }, PARIS, lateEvening)).to.have.length(1);
  });

  it('removes exdates given as local date-time, instant or date, and counts them in COUNT', () => {
    const event = {
      start: '2027-01-04T18:00',
      rrule: 'FREQ=WEEKLY;COUNT=6',
      exdates: ['2027-01-11T18:00', '2027-01-18T17:00:00Z', '2027-01-25', '2027-02-01T19:00', 'garbage'],
    };
    expect(starts(event)).to.deep.equal(['2027-01-04 18:00', '2027-02-01 18:00', '2027-02-08 18:00']);
  });

  it('removes all-day exdates by date', () => {
    const event = { start: '2027-06-01', rrule: 'FREQ=DAILY;COUNT=4', exdates: ['2027-06-02', '2027-06-03T10:00'] };
    expect(starts(event)).to.deep.equal(['2027-06-01 00:00', '2027-06-04 00:00']);
  });

  it('counts COUNT from the start of the series, even before the window', () => {
    const event = { start: '2027-01-01T09:00', rrule: 'FREQ=DAILY;COUNT=10' };
    const window = { from: Date.UTC(2027, 0, 8), to: Date.UTC(2027, 1, 1) };
    expect(starts(event, window)).to.deep.equal(['2027-01-08 09:00', '2027-01-09 09:00', '2027-01-10 09:00']);
  });

  it('includes UNTIL, given as a date or as an instant', () => {
    expect(starts({ start: '2027-01-01T09:00', rrule: 'FREQ=DAILY;UNTIL=20270103' })).to.have.length(3);
    expect(starts({ start: '2027-01-01T09:00', rrule: 'FREQ=DAILY;UNTIL=20270103T080000Z' })).to.have.length(3);
    expect(starts({ start: '2027-01-01T09:00', rrule: 'FREQ=DAILY;UNTIL=20270103T075959Z' })).to.have.length(2);
    expect(starts({ start: '2027-01-01T09:00', rrule: 'FREQ=DAILY;UNTIL=20270103T085959' })).to.have.length(2);
  });

  it('honours INTERVAL and several days a week', () => {
    const event = { start: '2027-01-04T18:00', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5' };
    expect(starts(event)).to.deep.equal([
      '2027-01-04 18:00',
      '2027-01-07 18:00',
      '2027-01-18 18:00',
      '2027-01-21 18:00',
      '2027-02-01 18:00',
    ]);
  });

  it('finds the first Saturday and the last Friday of each month', () => {
    const event = { start: '2027-01-02T10:00', rrule: 'FREQ=MONTHLY;BYDAY=1SA,-1FR;UNTIL=20270430' };
    expect(starts(event)).to.deep.equal([
      '2027-01-02 10:00',
      '2027-01-29 10:00',
      '2027-02-06 10:00',
      '2027-02-26 10:00',
      '2027-03-06 10:00',
      '2027-03-26 10:00',
      '2027-04-03 10:00',
      '2027-04-30 10:00',
    ]);
  });

  it('skips months without a 31st, and counts from the end with negative days', () => {
    const on31 = { start: '2027-01-31T20:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4' };
    expect(starts(on31)).to.deep.equal(['2027-01-31 20:00', '2027-03-31 20:00', '2027-05-31 20:00', '2027-07-31 20:00']);
    const plainMonthly = { start: '2027-01-31T20:00', rrule: 'FREQ=MONTHLY;COUNT=3' };
    expect(starts(plainMonthly)).to.deep.equal(['2027-01-31 20:00', '2027-03-31 20:00', '2027-05-31 20:00']);
    const lastDay = { start: '2027-01-31T20:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3' };
    expect(starts(lastDay)).to.deep.equal(['2027-01-31 20:00', '2027-02-28 20:00', '2027-03-31 20:00']);
  });

  it('repeats yearly on the same date, and on leap days only in leap years', () => {
    expect(starts({ start: '2027-06-21', rrule: 'FREQ=YEARLY;COUNT=3' }, { from: 0, to: Date.UTC(2040, 0, 1) })).to.deep.equal([
      '2027-06-21 00:00',
      '2028-06-21 00:00',
      '2029-06-21 00:00',
    ]);
    const leap = starts({ start: '2028-02-29', rrule: 'FREQ=YEARLY;COUNT=3' }, { from: 0, to: Date.UTC(2040, 0, 1) });
    expect(leap).to.deep.equal(['2028-02-29 00:00', '2032-02-29 00:00', '2036-02-29 00:00']);
  });

  it('filters DAILY rules by BYDAY', () => {
    const event = { start: '2027-03-01T08:00', rrule: 'FREQ=DAILY;BYDAY=MO,FR;COUNT=4' };
    expect(starts(event)).to.deep.equal(['2027-03-01 08:00', '2027-03-05 08:00', '2027-03-08 08:00', '2027-03-12 08:00']);
  });

  it('stops at 500 occurrences by default, and at the given maximum', () => {
    const endless = { start: '2027-01-01T09:00', rrule: 'FREQ=DAILY' };
    const window = { from: Date.UTC(2027, 0, 1), to: Date.UTC(2030, 0, 1) };
    const occurrences = expandRecurrence(endless, PARIS, window);
    expect(occurrences).to.have.length(500);
    expect(local(occurrences.at(-1)!.start)).to.equal('2028-05-14 09:00');
    expect(expandRecurrence(endless, PARIS, window, 3)).to.have.length(3);
  });

  it('reads a never-ending rule far from its start, and an unbounded window without looping forever', () => {
    const endless = { start: '2001-01-01T09:00', rrule: 'FREQ=DAILY' };
    const window = { from: Date.UTC(2027, 5, 1), to: Date.UTC(2027, 5, 4) };
    expect(starts(endless, window)).to.deep.equal(['2027-06-01 09:00', '2027-06-02 09:00', '2027-06-03 09:00']);
    expect(expandRecurrence(endless, PARIS, { from: -Infinity, to: Infinity })).to.have.length(500);
    // A rule that can never produce anything (no 31st in February) must end too.
    const never = { start: '2027-02-01T09:00', rrule: 'FREQ=YEARLY;BYMONTHDAY=31;BYDAY=1MO' };
    expect(expandRecurrence(never, PARIS, { from: Date.UTC(2027, 1, 2), to: Infinity })).to.be.an('array');
  });

  it('keeps the start as first occurrence even when the rule does not match it', () => {
    const event = { start: '2027-03-03T10:00', rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=3' };
    expect(starts(event)).to.deep.equal(['2027-03-03 10:00', '2027-03-06 10:00', '2027-03-13 10:00']);
  });

  it('returns nothing, without throwing, for unreadable input', () => {
    expect(expandRecurrence({ start: 'soon' }, PARIS, YEAR_2027)).to.deep.equal([]);
    expect(expandRecurrence({ start: '2027-05-01' }, PARIS, { from: 10, to: 5 })).to.deep.equal([]);
    expect(expandRecurrence({ start: '2027-05-01' }, PARIS, { from: Number.NaN, to: 5 })).to.deep.equal([]);
    const everything = { from: -Number.MAX_VALUE, to: Number.MAX_VALUE };
    expect(expandRecurrence({ start: '2027-05-01T10:00', rrule: 'FREQ=DAILY' }, PARIS, everything)).to.have.length(500);
    expect(expandRecurrence(null as unknown as RecurrenceInput, PARIS, YEAR_2027)).to.deep.equal([]);
    // An unknown zone reads local times as UTC rather than failing.
    expect(expandRecurrence({ start: '2027-05-01T10:00' }, 'Nowhere', YEAR_2027)[0]?.start).to.equal(Date.UTC(2027, 4, 1, 10));
  });
});
