import { langs } from '$lib/i18n/lang';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => langs.map((lang) => ({ lang }));
