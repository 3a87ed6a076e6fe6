import type { EngineApi } from './protocol';
import { descentHandlers } from './handlers/descent';
import { losspanelHandlers } from './handlers/losspanel';
import { trainerHandlers } from './handlers/trainer';
import { neuronHandlers } from './handlers/neuron';
import { landscapeHandlers } from './handlers/landscape';
import { labHandlers } from './handlers/lab';

/**
 * The engine's handlers as a plain object: the worker exposes it, and unit tests call it
 * directly in Node. Each handler module validates its own input.
 */
export const api: EngineApi = {
	async ping() {
		return { ok: true, value: 'pong' };
	},
	...descentHandlers,
	...losspanelHandlers,
	...trainerHandlers,
	...neuronHandlers,
	...landscapeHandlers,
	...labHandlers
};
