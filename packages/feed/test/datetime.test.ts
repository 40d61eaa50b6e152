import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  dayNumber,
  daysInMonth,
  formatLocalDate,
  formatLocalDateTime,
  fromDayNumber,
  isValidTimeZone,
  localToEpoch,
  offsetAt,
  readDateTime,
  toEndEpoch,
  toEpoch,
  weekday,
  zonedParts,
} from '../src/datetime.js';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;

describe('readDateTime', () => {
  it('reads a date alone as all-day, without offset', () => {
    const parts = readDateTime('2027-03-14');
    expect(parts).to.deep.equal({ year: 2027, month: 3, day: 14, hour: 0, minute: 0, second: 0, allDay: true });
  });

  it('reads local date-times with and without seconds and fractions', () => {
    expect(readDateTime('2027-03-14T14:05')).to.include({ hour: 14, minute: 5, second: 0, allDay: false });
    expect(readDateTime('2027-03-14T14:05:09')).to.include({ second: 9 });
    expect(readDateTime('2027-03-14T14:05:09.250')).to.include({ second: 9 });
    expect(readDateTime('2027-03-14T14:05')).not.to.have.property('offsetMinutes');
  });

  it('reads Z and numeric offsets in minutes', () => {
    expect(readDateTime('2027-03-14T14:00:00Z')?.offsetMinutes).to.equal(0);
    expect(readDateTime('2027-03-14T14:00:00+01:00')?.offsetMinutes).to.equal(60);
    expect(readDateTime('2027-03-14T14:00-09:30')?.offsetMinutes).to.equal(-570);
  });

  it('refuses what is not strict ISO 8601 or not a real calendar date', () => {
    const invalid = [
      '',
      '2027-3-14',
      '14/03/2027',
      '2027-02-29',
      '2028-02-30',
      '2027-04-31',
      '2027-13-01',
      '2027-00-10',
      '0999-12-31',
      '2027-03-14T24:00',
      '2027-03-14T14:60',
      '2027-03-14T14:00:60',
      '2027-03-14 14:00',
      '2027-03-14T14',
      '2027-03-14Z',
      '2027-03-14T14:00+0100',
      '2027-03-14T14:00+25:00',
      ' 2027-03-14',
      '2027-03-14T14:00:00.1234567890',
    ];
    for (const text of invalid) expect(readDateTime(text), text).to.equal(null);
    expect(readDateTime('2028-02-29')?.day).to.equal(29);
  });

  it('never throws on values that are not strings', () => {
    for (const value of [null, undefined, 42, {}, [], Symbol.iterator]) {
      expect(readDateTime(value as unknown as string)).to.equal(null);
    }
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and refuses the rest without throwing', () => {
    expect(isValidTimeZone('Europe/Paris')).to.equal(true);
    expect(isValidTimeZone('America/Cayenne')).to.equal(true);
    expect(isValidTimeZone('UTC')).to.equal(true);
    for (const tz of ['Europe/Nowhere', '', 'Paris', '../etc', 42 as unknown as string]) {
      expect(isValidTimeZone(tz), String(tz)).to.equal(false);
    }
  });
});

describe('toEpoch', () => {
  it('uses the offset written in the text, whatever the feed zone', () => {
    expect(toEpoch('2027-03-14T14:00:00+01:00', 'America/Cayenne')).to.equal(Date.UTC(2027, 2, 14, 13));
    expect(toEpoch('2027-03-14T14:00:00Z', PARIS)).to.equal(Date.UTC(2027, 2, 14, 14));
  });

  it('reads local times in the zone, winter and summer', () => {
    expect(toEpoch('2027-01-10T14:00', PARIS)).to.equal(Date.UTC(2027, 0, 10, 13));
    expect(toEpoch('2027-07-10T14:00', PARIS)).to.equal(Date.UTC(2027, 6, 10, 12));
    expect(toEpoch('2027-07-10T14:00', 'America/Cayenne')).to.equal(Date.UTC(2027, 6, 10, 17));
  });

  it('gives local midnight for a date alone', () => {
    expect(toEpoch('2027-07-10', PARIS)).to.equal(Date.UTC(2027, 6, 9, 22));
  });

  it('moves a time skipped by the spring change forward by the gap (2027-03-28 in Paris)', () => {
    // 02:30 does not exist: clocks go from 02:00 to 03:00; 02:30 is read as 03:30 summer time.
    expect(toEpoch('2027-03-28T02:30', PARIS)).to.equal(Date.UTC(2027, 2, 28, 1, 30));
    expect(toEpoch('2027-03-28T01:59', PARIS)).to.equal(Date.UTC(2027, 2, 28, 0, 59));
    expect(toEpoch('2027-03-28T03:00', PARIS)).to.equal(Date.UTC(2027, 2, 28, 1, 0));
  });

  it('picks the first of the two 02:30 of the autumn change (2027-10-31 in Paris)', () => {
    expect(toEpoch('2027-10-31T02:30', PARIS)).to.equal(Date.UTC(2027, 9, 31, 0, 30));
    expect(toEpoch('2027-10-31T03:00', PARIS)).to.equal(Date.UTC(2027, 9, 31, 2, 0));
  });

  it('returns null for invalid text or an unknown zone', () => {
    expect(toEpoch('2027-02-30', PARIS)).to.equal(null);
    expect(toEpoch('2027-03-14T14:00', 'Mars/Olympus')).to.equal(null);
  });
});

describe('toEndEpoch', () => {
  it('makes a date alone last its whole local day', () => {
    expect(toEndEpoch('2027-06-30', PARIS)).to.equal(Date.UTC(2027, 5, 30, 22));
    expect(toEndEpoch('2027-06-30T12:00', PARIS)).to.equal(Date.UTC(2027, 5, 30, 10));
    expect(toEndEpoch('nope', PARIS)).to.equal(null);
  });
});

describe('zonedParts and localToEpoch', () => {
  it('give wall-clock parts on both sides of both changes', () => {
    expect(zonedParts(Date.UTC(2027, 2, 28, 0, 59), PARIS)).to.include({ day: 28, hour: 1, minute: 59 });
    expect(zonedParts(Date.UTC(2027, 2, 28, 1, 0), PARIS)).to.include({ day: 28, hour: 3, minute: 0 });
    expect(zonedParts(Date.UTC(2027, 9, 31, 0, 30), PARIS)).to.include({ hour: 2, minute: 30 });
    expect(zonedParts(Date.UTC(2027, 9, 31, 1, 30), PARIS)).to.include({ hour: 2, minute: 30 });
    expect(zonedParts(Date.UTC(2027, 11, 31, 23, 30), PARIS)).to.include({ year: 2028, month: 1, day: 1, hour: 0 });
  });

  it('round-trip every hour of 2027 in Paris, except the skipped one', () => {
    const start = Date.UTC(2027, 0, 1);
    for (let epoch = start; epoch < Date.UTC(2028, 0, 1); epoch += HOUR) {
      const parts = zonedParts(epoch, PARIS);
      const back = localToEpoch(parts, PARIS);
      // In the repeated autumn hour both instants read the same, and the first is returned.
      const repeated = epoch === Date.UTC(2027, 9, 31, 1);
      expect(back, new Date(epoch).toISOString()).to.equal(repeated ? epoch - HOUR : epoch);
    }
  });

  it('know the offset in minutes, including half-hour zones', () => {
    expect(offsetAt(Date.UTC(2027, 0, 1), PARIS)).to.equal(60);
    expect(offsetAt(Date.UTC(2027, 6, 1), PARIS)).to.equal(120);
    expect(offsetAt(Date.UTC(2027, 0, 1), 'Asia/Kolkata')).to.equal(330);
    expect(offsetAt(Date.UTC(2027, 0, 1), 'UTC')).to.equal(0);
  });

  it('read instants in UTC when the zone is unknown rather than throwing', () => {
    expect(zonedParts(Date.UTC(2027, 0, 1, 5), 'Nowhere/Else')).to.include({ hour: 5 });
  });

  it('do not throw on instants Intl refuses', () => {
    expect(zonedParts(Number.MAX_VALUE, PARIS).year).to.be.a('number');
    expect(zonedParts(Number.NaN, PARIS).year).to.equal(1970);
    expect(localToEpoch({ year: Number.NaN, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, PARIS)).to.be.NaN;
  });
});

describe('calendar helpers', () => {
  it('know month lengths and leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2027, m))).to.deep.equal([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2028, 2)).to.equal(29);
    expect(daysInMonth(2100, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
  });

  it('number days like Date does, in both directions', () => {
    for (const [y, m, d] of [
      [1970, 1, 1],
      [1000, 1, 1],
      [1600, 2, 29],
      [2027, 3, 28],
      [9999, 12, 31],
    ] as const) {
      const days = dayNumber({ year: y, month: m, day: d });
      const viaDate = new Date(0);
      viaDate.setUTCFullYear(y, m - 1, d);
      expect(days).to.equal(viaDate.getTime() / 86_400_000);
      expect(fromDayNumber(days)).to.deep.equal({ year: y, month: m, day: d });
    }
  });

  it('add days across months, years and leap days', () => {
    expect(addDays({ year: 2027, month: 12, day: 31 }, 1)).to.deep.equal({ year: 2028, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(addDays({ year: 2027, month: 3, day: 1 }, -1)).to.deep.equal({ year: 2027, month: 2, day: 28 });
  });

  it('add months only when the day exists', () => {
    expect(addMonths({ year: 2027, month: 1, day: 31 }, 1)).to.equal(null);
    expect(addMonths({ year: 2027, month: 1, day: 31 }, 2)).to.deep.equal({ year: 2027, month: 3, day: 31 });
    expect(addMonths({ year: 2027, month: 11, day: 15 }, 3)).to.deep.equal({ year: 2028, month: 2, day: 15 });
  });

  it('number weekdays from Monday (0) to Sunday (6)', () => {
    // 2027-03-28 is a Sunday, 2027-03-29 a Monday.
    expect(weekday({ year: 2027, month: 3, day: 28 })).to.equal(6);
    expect(weekday({ year: 2027, month: 3, day: 29 })).to.equal(0);
    expect(weekday({ year: 2027, month: 4, day: 3 })).to.equal(5);
  });

  it('format local dates and date-times', () => {
    expect(formatLocalDate({ year: 2027, month: 3, day: 4 })).to.equal('2027-03-04');
    const parts = { year: 2027, month: 3, day: 4, hour: 9, minute: 5, second: 0 };
    expect(formatLocalDateTime(parts)).to.equal('2027-03-04T09:05:00');
    expect(readDateTime(formatLocalDateTime(parts))).to.include(parts);
  });
});
