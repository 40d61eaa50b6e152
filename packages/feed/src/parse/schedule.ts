/** Dates of a record that belong together: an end after its start, a recurrence rule the widgets understand. */
import { readDateTime } from '../datetime.js';
import { childPath } from './context.js';
import { endsBeforeStart } from './date-order.js';
import type { FieldReader } from './field-table.js';
import { readDated } from './fields.js';
import { own } from './input.js';
import { readers } from './optional.js';

/**
 * The reader of an end date, dropped with a warning when it comes before the `startKey` date. A start that is
 * not a valid date was dropped already, with its own problem: the end is then kept as it is.
 */
export const endAfter =
  (startKey: string): FieldReader<string> =>
  (ctx, input, key, path) => {
    const end = readDated(ctx, input, key, path);
    const start = own(input, startKey);
    const startParts = typeof start === 'string' ? readDateTime(start.trim()) : null;
    if (end === undefined || startParts === null || !endsBeforeStart(startParts, end.parts, ctx.timezone)) {
      return end?.text;
    }
    ctx.report('end-before-start', childPath(path, key), 'warning', { value: end.text });
    return undefined;
  };

const RRULE_PREFIX = /^rrule:/i;

/** A supported recurrence rule, stored without its optional `RRULE:` prefix. */
export const readRRule: FieldReader<string> = (ctx, input, key, path) => {
  const value = own(input, key);
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value.trim().replace(RRULE_PREFIX, '').trim() : null;
  if (text === '') return undefined;
  // The reading fetched the rule reader before any record with a rule (see parse/read.ts).
  const accepts = readers.rrule;
  if (!accepts) throw new Error('recurrence rule reader missing');
  if (text !== null && accepts(text)) return text;
  ctx.report('invalid-rrule', childPath(path, key), 'warning', { value });
  return undefined;
};
