/**
 * Strings shared by every element (the disclaimer line, call to action, error notices).
 * They live in content/<lang>/common.json so Spanish and clinic wording reach every word.
 */
import * as z from 'zod/mini';
import { defineKind } from '../kind.js';
import { isoDate, label, text, version } from './primitives.js';

export const commonContentSchema = z.strictObject({
  version: version(),
  reviewed: isoDate(),
  lang: z.enum(['en', 'es']),
  notMedicalAdvice: text(300),
  reviewedOn: label(),
  call: label(),
  book: label(),
  contactClinic: label(),
  opensInNewTab: label(),
  loadingClinicContent: label(),
  overrideFailed: text(300),
  sourcesHeading: label(),
  crisisShort: text(400),
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
