/** Collects the buffers of every typed array inside `value`, so they move instead of copying. */
export function transferables(value: unknown, found: ArrayBuffer[] = []): ArrayBuffer[] {
	if (ArrayBuffer.isView(value)) {
		const buffer = value.buffer;
		if (buffer instanceof ArrayBuffer && !found.includes(buffer)) found.push(buffer);
	} else if (Array.isArray(value)) {
		for (const item of value) transferables(item, found);
	} else if (value && typeof value === 'object') {
		for (const item of Object.values(value)) transferables(item, found);
	}
	return found;
}
