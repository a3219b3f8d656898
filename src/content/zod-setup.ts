/**
 * zod settings for every place we validate. `zod/mini` ships no messages by default; the
 * English locale makes errors readable ("Too big: expected string to have <=5000 characters").
 * `jitless` stops zod's JIT probe (`new Function`), which a strict CSP reports (THREAT-MODEL E7).
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());
z.config({ jitless: true });
