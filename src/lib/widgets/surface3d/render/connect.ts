import type { FromRenderer, ToRenderer } from './protocol';

/**
 * Starts the renderer for scene.ts and keeps an eye on it: a worker that stops, or answers no
 * ping in time, is reported through `fail`, and the view mounts a new one or shows the 2D map.
 */

/** Where scene.ts sends its messages, wherever the renderer runs. */
export interface Renderer {
	send(msg: ToRenderer, transfer?: Transferable[]): void;
	stop(): void;
}

/** The renderer in a worker when the browser can hand it the canvas, else on this page. */
export function startRenderer(
	canvas: HTMLCanvasElement,
	receive: (msg: FromRenderer) => void,
	fail: () => void
): Renderer {
	if (typeof canvas.transferControlToOffscreen === 'function' && typeof Worker === 'function') {
		try {
			const worker = new Worker(new URL('./render.worker.ts', import.meta.url), {
				type: 'module'
			});
			const watch = watchRenderer(worker, fail);
			worker.onmessage = (e: MessageEvent<FromRenderer>) => {
				watch.heard();
				if (e.data.type !== 'pong') receive(e.data);
			};
			worker.onerror = (e) => (e.preventDefault(), watch.stop(), fail());
			const offscreen = canvas.transferControlToOffscreen();
			return {
				send(msg, transfer = []) {
					if (msg.type === 'init') worker.postMessage({ ...msg, canvas: offscreen }, [offscreen]);
					else worker.postMessage(msg, transfer);
					watch.sent();
				},
				stop: () => (watch.stop(), worker.terminate())
			};
		} catch {
			// A worker refused (a strict policy, an old browser): draw on the page.
		}
	}
	// Messages wait while three.js loads; the host then takes them in order.
	const queue: ToRenderer[] = [];
	let handle: ((msg: ToRenderer) => void) | null = null;
	let stopped = false;
	import('./host').then(
		({ renderHost }) => {
			if (stopped) return;
			handle = renderHost(receive);
			for (const msg of queue.splice(0)) handle(msg);
		},
		() => fail()
	);
	return {
		send: (msg) => (handle ? handle(msg) : queue.push(msg)),
		stop: () => (stopped = true)
	};
}

/** Longest a render worker may take to answer a ping: a frame or two of software WebGL. */
const ANSWER_MS = 2000;
/** The same for its first answer, while it still loads three.js. */
const STARTUP_MS = 10_000;

/**
 * Notices a render worker that stopped: one that calls `self.close()` or is terminated fires no
 * event, and the view would freeze without a word. After each message the page sends, it asks
 * the worker whether it is there (it draws on demand, so it is silent when nothing changes);
 * no answer in time counts as a stop.
 */
function watchRenderer(worker: Worker, dead: () => void) {
	let heardOnce = false;
	let askedAt = 0;
	let lastTick = performance.now();
	const timer = setInterval(() => {
		const now = performance.now();
		// A page that was itself busy read no messages meanwhile: the answer may be waiting.
		if (askedAt && now - lastTick > 750) askedAt = now;
		lastTick = now;
		if (askedAt && now - askedAt > (heardOnce ? ANSWER_MS : STARTUP_MS)) {
			clearInterval(timer);
			dead();
		}
	}, 250);
	return {
		heard() {
			heardOnce = true;
			askedAt = 0;
		},
		sent() {
			if (askedAt) return;
			askedAt = performance.now();
			worker.postMessage({ type: 'ping' } satisfies ToRenderer);
		},
		stop: () => clearInterval(timer)
	};
}
