/**
 * Render on demand: `invalidate` asks for one frame, and many asks before it comes cost one
 * `draw`. With nothing asked for, nothing runs, so an idle surface costs no CPU.
 */
export interface FrameScheduler {
	invalidate(): void;
	/** Whether a frame is asked for and not drawn yet. */
	readonly pending: boolean;
	cancel(): void;
}

export function frameScheduler(draw: (now: number) => void): FrameScheduler {
	let id = 0;
	const run = (now: number) => {
		id = 0;
		draw(now);
	};
	return {
		invalidate() {
			if (!id) id = nextFrame(run);
		},
		get pending() {
			return id !== 0;
		},
		cancel() {
			cancelFrame(id);
			id = 0;
		}
	};
}

// Dedicated workers have animation frames in Chromium and Firefox; elsewhere a timer stands in.
const nextFrame = (cb: (now: number) => void): number =>
	typeof requestAnimationFrame === 'function'
		? requestAnimationFrame(cb)
		: (setTimeout(() => cb(performance.now()), 16) as unknown as number);
const cancelFrame = (id: number) =>
	typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id);
