import type { EntryGenerator, PageServerLoad } from './$types';
import { deckData, deckEntries } from '../deck.server';

export const entries: EntryGenerator = deckEntries;

export const load: PageServerLoad = ({ params }) => deckData(params);
