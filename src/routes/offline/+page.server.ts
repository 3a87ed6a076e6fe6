import { courseMap } from '$lib/content/courseMap.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ map: courseMap() });
