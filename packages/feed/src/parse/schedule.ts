/** Dates of a record that belong together: an end after its start, a recurrence rule the widgets understand. */
import { parseRRule } from '../rrule.js';
import { childPath } from './context.js';
import type { ParseContext } from './context.js';
import { endsBeforeStart } from './date-order.js';
import { readDated } from './fields.js';
import type { Dated } from './fields.js';
import { own } from './input.js';
import type { JsonObject } from './input.js';

/** The `endKey` date, dropped with a warning when it comes before `start`. */
export function readEndAfter(
  ctx: ParseContext,
  input: JsonObject,
  endKey: string,
  path: string,
  start: Dated | undefined,
): string | undefined {
  const end = readDated(ctx, input, endKey, path);
  if (end === undefined || start === undefined || !endsBeforeStart(start.parts, end.parts, ctx.timezone)) {
    return end?.text;
  }
  ctx.report('end-before-start', childPath(path, endKey), 'warning', { value: end.text });
  return undefined;
}

const RRULE_PREFIX = /^rrule:/i;

/** A supported recurrence rule, stored without its optional `RRULE:` prefix. */
export function readRRule(ctx: ParseContext, input: JsonObject, path: string): string | undefined {
  const value = own(input, 'rrule');
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value.trim().replace(RRULE_PREFIX, '').trim() : null;
  if (text === '') return undefined;
  if (text !== null && parseRRule(text) !== null) return text;
  ctx.report('invalid-rrule', childPath(path, 'rrule'), 'warning', { value });
  return undefined;
}
