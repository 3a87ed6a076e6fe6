import { createCore, type SceneCore } from './core';
import type { FromRenderer, ToRenderer } from './protocol';

/**
 * Runs the 3D scene from messages: in render.worker.ts on an OffscreenCanvas, or on the page
 * itself where a browser cannot draw WebGL in a worker. It hands the view's changes to the core,
 * and answers with frames drawn, picks and failures.
 */
export function renderHost(post: (msg: FromRenderer) => void): (msg: ToRenderer) => void {
	let core: SceneCore | null = null;
	/** The latest view's tag, which each frame reports (protocol.ts). */
	let tag: string | undefined;

	function fail(err: unknown) {
		core?.dispose();
		core = null;
		post({ type: 'lost', reason: err instanceof Error ? err.message : String(err) });
	}

	return (msg) => {
		try {
			switch (msg.type) {
				case 'init':
					core = createCore(msg.canvas, {
						software: msg.software,
						onframe: (frame, renderMs, gl, labelPx) =>
							post({
								type: 'frame',
								frame,
								tag,
								renderMs,
								gl,
								labelPx,
								drawnAt: performance.timeOrigin + performance.now()
							}),
						onlost: () => fail('The WebGL context was lost.')
					});
					core.orbit(msg.orbit);
					core.colours(msg.ink, msg.paper);
					core.resize(msg);
					break;
				case 'view':
					tag = msg.tag;
					core?.update(msg.change);
					break;
				case 'size':
					core?.resize(msg);
					break;
				case 'colours':
					core?.colours(msg.ink, msg.paper);
					break;
				case 'orbit':
					core?.orbit(msg.orbit);
					break;
				case 'pick': {
					const hit = core?.pick(msg.x, msg.y);
					if (hit) post({ type: 'picked', w1: hit[0], w2: hit[1] });
					break;
				}
				case 'ping':
					post({ type: 'pong' });
					break;
				case 'dispose':
					core?.dispose();
					core = null;
					break;
			}
		} catch (err) {
			fail(err);
		}
	};
}
