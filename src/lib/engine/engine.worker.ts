/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { api } from './api';
import type { EngineApi } from './protocol';
import { transferables } from './transfer';

// The worker only exposes the api; each answer's typed arrays are transferred, not copied.
const exposed = Object.fromEntries(
	Object.entries(api).map(([name, handler]) => [
		name,
		async (req: unknown) => {
			const answer = await (handler as (r: unknown) => Promise<unknown>)(req);
			return Comlink.transfer(answer, transferables(answer));
		}
	])
) as unknown as EngineApi;

Comlink.expose(exposed);
