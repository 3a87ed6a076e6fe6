/**
 * The lab's project kept in this browser (IndexedDB), one record per project key. Nothing here
 * leaves the browser. Every call answers instead of throwing: storage can be absent (a private
 * window), full, or blocked.
 */
import { checkRecord, type ProjectRecord } from './projectFile';

const DB = 'descent-lab';
const STORE = 'projects';

export type StoreProblem = 'full' | 'unavailable';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		if (typeof indexedDB === 'undefined') return reject(new Error('no indexedDB'));
		const req = indexedDB.open(DB, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE);
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
		req.onblocked = () => reject(new Error('blocked'));
	});
}

async function run<T>(
	mode: IDBTransactionMode,
	fn: (s: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const req = fn(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(req.result);
			tx.onerror = () => reject(tx.error ?? req.error);
			tx.onabort = () => reject(tx.error ?? req.error);
		});
	} finally {
		db.close();
	}
}

function problemOf(error: unknown): StoreProblem {
	return error instanceof DOMException && error.name === 'QuotaExceededError'
		? 'full'
		: 'unavailable';
}

/** The record kept under `key`, or null (none, unreadable, or from a newer version). */
export async function loadProject(key: string): Promise<ProjectRecord | null> {
	try {
		const raw = await run('readonly', (s) => s.get(key));
		const checked = checkRecord(raw);
		return checked.ok ? checked.record : null;
	} catch {
		return null;
	}
}

export async function saveProject(
	key: string,
	record: ProjectRecord
): Promise<StoreProblem | null> {
	try {
		await run('readwrite', (s) => s.put(record, key));
		return null;
	} catch (error) {
		return problemOf(error);
	}
}

export async function deleteProject(key: string): Promise<StoreProblem | null> {
	try {
		await run('readwrite', (s) => s.delete(key));
		return null;
	} catch (error) {
		return problemOf(error);
	}
}
