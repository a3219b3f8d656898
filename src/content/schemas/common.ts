/**
 * Strings shared by every element (the disclaimer line, call to action, error notices).
 * They live in content/<lang>/common.json so Spanish and clinic wording reach every word.
 */
import * as z from 'zod/mini';
import { defineKind } from '../kind.js';
import { documentHeader, label, text } from './primitives.js';

export const commonContentSchema = z.strictObject({
  ...documentHeader(),
  notMedicalAdvice: text(300),
  reviewedOn: label(),
  /**
   * How the footer writes the review date: `{day}`, `{month}` and `{year}` are filled in, from
   * `months`. Written out here rather than formatted with `Intl.DateTimeFormat`, whose first use
   * on a page loads ICU data (150–200 ms on a throttled phone) before the first frame.
   */
  dateFormat: label().check(z.regex(/\{day\}/, 'must contain {day}'), z.regex(/\{month\}/, 'must contain {month}'), z.regex(/\{year\}/, 'must contain {year}')),
  /** The twelve month names, January first, as they appear inside a date. */
  months: z.array(label()).check(z.minLength(12, 'needs the 12 month names'), z.maxLength(12, 'needs the 12 month names')),
  call: label(),
  book: label(),
  contactClinic: label(),
  opensInNewTab: label(),
  loadingClinicContent: label(),
  overrideFailed: text(300),
  sourcesHeading: label(),
  crisisShort: text(400),
  /** Pre-rendered cost estimator and quiz without JavaScript: one short line (issue 18). */
  needsJavaScript: text(200),
});

export type CommonContent = z.infer<typeof commonContentSchema>;

export const commonKind = defineKind({
  name: 'common',
  file: 'common.json',
  schema: commonContentSchema,
  readable: (content) => [
    { id: 'notMedicalAdvice', text: content.notMedicalAdvice },
    { id: 'crisisShort', text: content.crisisShort },
  ],
});
