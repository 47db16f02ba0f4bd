import { en, th } from 'zod/locales';
import { provideZodLocales } from './localized-issues';

// zod's own error wording in Thai and English, supplied once by whoever imports this module (see localized-issues.ts).
provideZodLocales({ th: th(), en: en() });
