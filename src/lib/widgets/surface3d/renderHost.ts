import { createCore, type SceneCore } from './sceneCore';
import type { FromRenderer, ToRenderer } from './renderProtocol';
import type { SceneBallView, SceneView } from './sceneView';

/**
 * Runs the 3D scene from messages: in render.worker.ts on an OffscreenCanvas, or on the page
 * itself where a browser cannot draw WebGL in a worker. It rebuilds full views from the changes
 * the page sends, and answers with frames drawn, picks and failures.
 */
export function renderHost(post: (msg: FromRenderer) => void): (msg: ToRenderer) => void {
	let core: SceneCore | null = null;
	let view: SceneView | null = null;

	function fail(err: unknown) {
		core?.dispose();
		core = null;
		post({ type: 'lost', reason: err instanceof Error ? err.message : String(err) });
	}

	/** The new runs over the old: an unchanged ball keeps its object, so nothing of it is redone. */
	const merge = (changed: (SceneBallView | null)[], old: SceneBallView[] = []) => {
		const all = changed.map((b, i) => b ?? old[i]);
		return all.every((b) => b !== undefined) ? all : undefined;
	};

	return (msg) => {
		try {
			switch (msg.type) {
				case 'init':
					core = createCore(msg.canvas, {
						software: msg.software,
						onframe: (frame, tag, renderMs, gl) =>
							post({
								type: 'frame',
								frame,
								tag,
								renderMs,
								gl,
								drawnAt: performance.timeOrigin + performance.now()
							}),
						onlost: () => fail('The WebGL context was lost.')
					});
					core.orbit(msg.orbit);
					core.colours(msg.ink, msg.paper);
					core.resize(msg.width, msg.height, msg.ratio, msg.pictureRatio);
					break;
				case 'view': {
					const { grid, labels, balls, ...rest } = msg.change;
					const next = {
						...rest,
						grid: grid ?? view?.grid,
						labels: labels ?? view?.labels,
						balls: balls ? merge(balls, view?.balls) : view?.balls
					};
					// The first view always carries the landscape and runs; later ones may reuse them.
					if (!next.grid || !next.labels || !next.balls) return;
					view = next as SceneView;
					core?.update(view);
					break;
				}
				case 'size':
					core?.resize(msg.width, msg.height, msg.ratio, msg.pictureRatio);
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
