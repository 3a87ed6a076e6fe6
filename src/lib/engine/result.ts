/**
 * What every engine call answers: a value or a typed error, never a throw. In a file of its own
 * so that each protocol file, the validator and the client import it without importing each other.
 */
/**
 * `lost`: the request names a session the worker does not hold (it restarted, or the session was
 * closed or pushed out by newer ones); open it again. The trainer answers this as a `lost` value;
 * handlers whose answer has no room for it (the lab's) answer this error.
 */
export type EngineErrorCode = 'invalid-input' | 'internal' | 'lost';
/** Errors the client adds when no answer can come from the worker. */
export type ClientErrorCode = 'no-worker' | 'worker-failed' | 'timeout';

export interface EngineError {
	code: EngineErrorCode | ClientErrorCode;
	message: string;
	/** Which fields were wrong, for invalid input. */
	issues?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: EngineError };
