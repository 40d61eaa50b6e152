import './fuzz-seed.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { expandRecurrence, parseRRule, useRecurrenceRules, zonedParts } from '@maillage/feed';

// What the loader does when a feed has rules, and parseFeed always.
useRecurrenceRules();

const PARIS = 'Europe/Paris';
const pad = (n: number) => String(n).padStart(2, '0');

/** Rules made of the supported parts, with values both sensible and not. */
const ruleText = fc
  .record(
    {
      freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'HOURLY', 'daily', ''),
      interval: fc.integer({ min: -2, max: 400 }),
      count: fc.integer({ min: -1, max: 2000 }),
      byday: fc.array(fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU', '1SA', '-1FR', '5SU', '9XX'), { maxLength: 4 }),
      bymonthday: fc.array(fc.integer({ min: -32, max: 32 }), { maxLength: 3 }),
      until: fc.constantFrom('20270630', '20270630T120000Z', '2027-06-30', 'nonsense'),
    },
    { requiredKeys: ['freq'] },
  )
  .map((r) =>
    [
      `FREQ=${r.freq}`,
      r.interval !== undefined ? `INTERVAL=${r.interval}` : '',
      r.count !== undefined ? `COUNT=${r.count}` : '',
      r.byday?.length ? `BYDAY=${r.byday.join(',')}` : '',
      r.bymonthday?.length ? `BYMONTHDAY=${r.bymonthday.join(',')}` : '',
      r.until !== undefined && r.count === undefined ? `UNTIL=${r.until}` : '',
    ]
      .filter(Boolean)
      .join(';'),
  );

const start = fc
  .record({
    day: fc.integer({ min: 0, max: 3 * 365 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.constantFrom(0, 15, 30, 45),
    allDay: fc.boolean(),
  })
  .map(({ day, hour, minute, allDay }) => {
    const date = new Date(Date.UTC(2026, 0, 1 + day));
    const text = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    return { text: allDay ? text : `${text}T${pad(hour)}:${pad(minute)}`, hour, minute, allDay };
  });

describe('recurrence: properties', () => {
  it('parses any rule text without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(ruleText, fc.string()), (text) => {
        parseRRule(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('expands any rule into a bounded, sorted list of occurrences in the window, at the local time of the start', () => {
    fc.assert(
      fc.property(ruleText, start, fc.integer({ min: 1, max: 500 }), (rule, first, max) => {
        const window = { from: Date.UTC(2026, 5, 1), to: Date.UTC(2027, 5, 1) };
        const occurrences = expandRecurrence({ start: first.text, rrule: rule }, PARIS, window, max);
        expect(occurrences.length).to.be.at.most(max);
        for (let i = 0; i < occurrences.length; i++) {
          const o = occurrences[i]!;
          if (i > 0) expect(o.start).to.be.greaterThan(occurrences[i - 1]!.start);
          expect(o.end).to.be.at.least(o.start);
          expect(o.start < window.to && (o.end > window.from || o.start >= window.from)).to.equal(true);
          const local = zonedParts(o.start, PARIS);
          if (first.allDay) {
            expect([local.hour, local.minute]).to.deep.equal([0, 0]);
          } else if (!(local.hour === first.hour + 1 && local.minute === first.minute)) {
            // The only other allowed time is one hour later: a start in the spring-forward gap.
            expect([local.hour, local.minute]).to.deep.equal([first.hour, first.minute]);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
