import { expect } from '@open-wc/testing';
import { dateShortcut, dayRange } from '../src/date-ranges.js';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;
// Wednesday 24 March 2027, 11:00 in Paris; summer time begins on Sunday the 28th.
const WEDNESDAY = Date.UTC(2027, 2, 24, 10);

describe('dateShortcut', () => {
  it('gives today, the weekend, the week and the month', () => {
    expect(dateShortcut('today', WEDNESDAY, PARIS)).to.deep.equal({ from: '2027-03-24', to: '2027-03-24' });
    expect(dateShortcut('weekend', WEDNESDAY, PARIS)).to.deep.equal({ from: '2027-03-27', to: '2027-03-28' });
    expect(dateShortcut('week', WEDNESDAY, PARIS)).to.deep.equal({ from: '2027-03-22', to: '2027-03-28' });
    expect(dateShortcut('month', WEDNESDAY, PARIS)).to.deep.equal({ from: '2027-03-01', to: '2027-03-31' });
  });

  it('gives the current weekend on a Saturday or a Sunday, the next one from Monday', () => {
    const at = (day: number) => dateShortcut('weekend', Date.UTC(2027, 2, day, 10), PARIS);
    expect(at(26)).to.deep.equal({ from: '2027-03-27', to: '2027-03-28' }); // Friday
    expect(at(27)).to.deep.equal({ from: '2027-03-27', to: '2027-03-28' }); // Saturday
    expect(at(28)).to.deep.equal({ from: '2027-03-27', to: '2027-03-28' }); // Sunday
    expect(at(29)).to.deep.equal({ from: '2027-04-03', to: '2027-04-04' }); // Monday
  });

  it('reads the day in the feed zone, not in UTC', () => {
    // 23:30 UTC on Saturday 27 is already Sunday 28 in Paris, still Saturday in New York.
    const lateEvening = Date.UTC(2027, 2, 27, 23, 30);
    expect(dateShortcut('today', lateEvening, PARIS).from).to.equal('2027-03-28');
    expect(dateShortcut('today', lateEvening, 'America/New_York').from).to.equal('2027-03-27');
    expect(dateShortcut('week', Date.UTC(2027, 2, 28, 22, 30), PARIS)).to.deep.equal({ from: '2027-03-29', to: '2027-04-04' });
  });

  it('crosses years and knows leap months', () => {
    expect(dateShortcut('week', Date.UTC(2027, 11, 31, 12), PARIS)).to.deep.equal({ from: '2027-12-27', to: '2028-01-02' });
    expect(dateShortcut('month', Date.UTC(2028, 1, 10), PARIS)).to.deep.equal({ from: '2028-02-01', to: '2028-02-29' });
    expect(dateShortcut('month', Date.UTC(2027, 1, 10), PARIS)).to.deep.equal({ from: '2027-02-01', to: '2027-02-28' });
  });
});

describe('dayRange', () => {
  it('runs from the local midnight of the first day to the one after the last', () => {
    expect(dayRange('2027-01-16', '2027-01-16', PARIS)).to.deep.equal({
      from: Date.UTC(2027, 0, 15, 23),
      to: Date.UTC(2027, 0, 16, 23),
    });
  });

  it('is an hour short over the week summer time begins', () => {
    const range = dayRange('2027-03-22', '2027-03-28', PARIS)!;
    expect(range).to.deep.equal({ from: Date.UTC(2027, 2, 21, 23), to: Date.UTC(2027, 2, 28, 22) });
    expect(range.to - range.from).to.equal(7 * 24 * HOUR - HOUR);
  });

  it('is an hour long over the day summer time ends', () => {
    const range = dayRange('2027-10-31', '2027-10-31', PARIS)!;
    expect(range).to.deep.equal({ from: Date.UTC(2027, 9, 30, 22), to: Date.UTC(2027, 9, 31, 23) });
    expect(range.to - range.from).to.equal(25 * HOUR);
  });

  it('swaps days given the wrong way round', () => {
    expect(dayRange('2027-03-28', '2027-03-22', PARIS)).to.deep.equal(dayRange('2027-03-22', '2027-03-28', PARIS));
  });

  it('refuses what is not a date', () => {
    expect(dayRange('demain', '2027-03-22', PARIS)).to.equal(null);
    expect(dayRange('2027-02-30', '2027-03-22', PARIS)).to.equal(null);
    expect(dayRange('2027-03-01T10:00', '2027-03-22', PARIS)).to.equal(null);
    expect(dayRange('2027-3-1', '2027-03-22', PARIS)).to.equal(null);
    expect(dayRange('2027-03-01', '2027-03-22', 'Europe/Atlantis')).to.equal(null);
  });
});
