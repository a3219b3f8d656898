import en from '../../content/en/common.json';
import { BundledContent } from '../content/bundled.js';
import type { CommonContent } from '../content/schemas/common.js';

/** The strings every element shares: disclaimer, call to action, notices. */
export const commonContent = new BundledContent<CommonContent>(en as CommonContent, () => import('../../content/es/common.json'));
