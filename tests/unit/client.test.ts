import * as Comlink from 'comlink';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { api } from '$lib/engine/api';
import { EngineClient } from '$lib/engine/client';

/**
 * A stand-in for the browser's Worker: the real api behind comlink, over a MessageChannel. Like a
 * real worker it takes one message at a time: a slow answer holds back the heartbeat too.
 */
class FakeWorker extends EventTarget {
	static created = 0;
	static last: FakeWorker | null = null;
	/** Extra milliseconds a method takes in every fake worker made from now on. */
	static slow: Record<string, number> = {};
	/** Methods that kill the worker they reach, as a crash in the handler would. */
	static deadly = new Set<string>();
	port: MessagePort;
	#inside: MessagePort;
	terminated = false;
	constructor() {
		super();
		FakeWorker.created++;
		FakeWorker.last = this;
		const { port1, port2 } = new MessageChannel();
		this.port = port1;
		this.#inside = port2;
		// Slow answers for the first request, so a newer one can overtake it.
		let calls = 0;
		let queue: Promise<unknown> = Promise.resolve();
		const slowApi = Object.fromEntries(
			Object.entries(api).map(([name, fn]) => [
				name,
				(req: unknown) => {
					if (FakeWorker.deadly.has(name)) setTimeout(() => this.crash(), 1);
					const delay = (calls++ === 0 ? 60 : 5) + (FakeWorker.slow[name] ?? 0);
					const run = queue.then(async () => {
						await new Promise((r) => setTimeout(r, delay));
						return (fn as (r: unknown) => Promise<unknown>)(req);
					});
					queue = run.catch(() => {});
					return run;
				}
			])
		);
		Comlink.expose(slowApi, port2 as unknown as Comlink.Endpoint);
	}
	postMessage(message: unknown, transfer: Transferable[] = []) {
		this.port.postMessage(message, transfer as never);
	}
	override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
		if (type === 'message') this.port.addEventListener('message', listener as never);
		else super.addEventListener(type, listener);
		this.port.start();
	}
	override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
		if (type === 'message') this.port.removeEventListener('message', listener as never);
		else super.removeEventListener(type, listener);
	}
	terminate() {
		this.terminated = true;
		this.port.close();
	}
	crash() {
		this.dispatchEvent(new Event('error'));
	}
	/** Stops answering without a word, as `self.close()` or a released endpoint does. */
	silence() {
		this.#inside.close();
	}
}

const g = globalThis as Record<string, unknown>;

describe('EngineClient', () => {
	beforeEach(() => {
		g.window = globalThis;
		g.Worker = FakeWorker;
		FakeWorker.created = 0;
		FakeWorker.slow = {};
		FakeWorker.deadly.clear();
	});
	afterEach(() => {
		delete g.window;
		delete g.Worker;
	});

	const req = (lr: number) => ({
		curve: 'parabola' as const,
		optimizer: { id: 'gd' as const, lr },
		start: 1,
		maxSteps: 10
	});

	it('keeps one request per channel in the worker; a waiting one displaced by a newer resolves to null', async () => {
		const client = new EngineClient();
		const first = client.call('descendCurve', req(0.1), 'slider');
		const second = client.call('descendCurve', req(0.2), 'slider');
		const third = client.call('descendCurve', req(0.3), 'slider');
		const [a, b, c] = await Promise.all([first, second, third]);
		// The first was already in the worker, so its answer still arrives; the second never left.
		expect(a?.ok).toBe(true);
		if (a?.ok) expect(a.value.path[1]).toBeCloseTo(1 - 0.1, 12);
		expect(b).toBeNull();
		expect(c?.ok).toBe(true);
		if (c?.ok) expect(c.value.path[1]).toBeCloseTo(1 - 0.3, 12);
		client.dispose();
	});

	it('keeps requests on different channels apart', async () => {
		const client = new EngineClient();
		const [a, b] = await Promise.all([
			client.call('descendCurve', req(0.1), 'one'),
			client.call('descendCurve', req(0.2), 'two')
		]);
		expect(a?.ok && b?.ok).toBe(true);
		client.dispose();
	});

	const quick = { heartbeatMs: 20, graceMs: 150, startupMs: 150 };

	it('sends a call again to a new worker when the worker crashes, and answers it', async () => {
		const client = new EngineClient(20_000, quick);
		const pending = client.call('descendCurve', req(0.1));
		const first = FakeWorker.last;
		first?.crash();
		const answer = await pending;
		expect(first?.terminated).toBe(true);
		expect(answer?.ok).toBe(true);
		if (answer?.ok) expect(answer.value.path[1]).toBeCloseTo(1 - 0.1, 12);
		expect(FakeWorker.created).toBe(2);
		client.dispose();
	});

	it('notices a worker that stops without a word, restarts it and replays each channel’s newest request', async () => {
		const client = new EngineClient(20_000, quick);
		expect((await client.call('ping', undefined as never))?.ok).toBe(true);
		const first = FakeWorker.last!;
		first.silence();
		const began = performance.now();
		const inWorker = client.call('descendCurve', req(0.1), 'slider');
		const displaced = client.call('descendCurve', req(0.2), 'slider');
		const newest = client.call('descendCurve', req(0.3), 'slider');
		const [a, b, c] = await Promise.all([inWorker, displaced, newest]);
		const took = performance.now() - began;
		expect(first.terminated).toBe(true);
		expect(FakeWorker.created).toBe(2);
		expect(client.restarts).toBe(1);
		expect(a?.ok).toBe(true);
		expect(b).toBeNull();
		expect(c?.ok).toBe(true);
		if (c?.ok) expect(c.value.path[1]).toBeCloseTo(1 - 0.3, 12);
		// Grace plus a heartbeat or two and the new worker's answers: far from the 20 s timeout.
		expect(took).toBeLessThan(1500);
		client.dispose();
	});

	it('does not take a worker busy with a long legitimate request for a dead one', async () => {
		// The step takes 400 ms, four times the grace; its own budget says it may.
		FakeWorker.slow = { trainerStep: 400 };
		const client = new EngineClient(20_000, { heartbeatMs: 20, graceMs: 100, startupMs: 100 });
		expect((await client.call('ping', undefined as never))?.ok).toBe(true);
		const answer = await client.call('trainerStep', {
			session: 'none',
			unit: 'iteration',
			count: 1,
			budgetMs: 300,
			since: 0,
			detail: false
		});
		expect(answer?.ok && answer.value.kind).toBe('lost');
		expect(FakeWorker.created).toBe(1);
		client.dispose();
	});

	it('gives a call up with worker-failed once it has killed three workers', async () => {
		FakeWorker.deadly.add('descendCurve');
		const client = new EngineClient(20_000, quick);
		const answer = await client.call('descendCurve', req(0.1));
		expect(answer && !answer.ok && answer.error.code).toBe('worker-failed');
		expect(FakeWorker.created).toBe(3);
		FakeWorker.deadly.clear();
		expect((await client.call('ping', undefined as never))?.ok).toBe(true);
		client.dispose();
	});

	it('gives up on a hung worker after its timeout', async () => {
		const client = new EngineClient(20);
		const answer = await client.call('descendCurve', req(0.1));
		expect(answer && !answer.ok && answer.error.code).toBe('timeout');
	});

	it('says no-worker where Web Workers do not exist', async () => {
		delete g.Worker;
		const answer = await new EngineClient().call('ping', undefined as never);
		expect(answer && !answer.ok && answer.error.code).toBe('no-worker');
	});
});

describe('the protocol’s types', () => {
	// The type assertions are checked by the compiler; the calls are checked when the test runs.
	it('keeps every handler’s types through comlink, and every handler but ping refuses a malformed request with a typed error', async () => {
		type Remote = Comlink.Remote<import('$lib/engine/protocol').EngineApi>;
		expectTypeOf<Parameters<Remote['descendLandscape']>[0]>().toEqualTypeOf<
			import('$lib/engine/landscapeProtocol').DescendLandscapeRequest
		>();
		expectTypeOf<Awaited<ReturnType<Remote['sampleLandscape']>>>().toEqualTypeOf<
			import('$lib/engine/protocol').Result<import('$lib/engine/landscapeProtocol').LandscapeAnswer>
		>();
		// The trainer's settings and checkpoint are the math core's types, not copies of them.
		type OpenRequest = import('$lib/engine/trainerProtocol').TrainerOpenRequest;
		expectTypeOf<OpenRequest['settings']>().toEqualTypeOf<
			import('$lib/math/training').TrainSettings
		>();
		expectTypeOf<NonNullable<OpenRequest['resume']>['checkpoint']>().toEqualTypeOf<
			import('$lib/math/training').TrainerCheckpoint
		>();
		expectTypeOf<Parameters<Remote['descendCurve']>[0]['optimizer']>().toEqualTypeOf<
			import('$lib/math/optimizers').OptimizerSettings
		>();
		// api.ts implements the protocol exactly (a compile error otherwise).
		expectTypeOf(api).toEqualTypeOf<import('$lib/engine/protocol').EngineApi>();

		const answers: Record<string, unknown> = {};
		for (const [name, handler] of Object.entries(api)) {
			if (name === 'ping') continue;
			const call = handler as (request: unknown) => Promise<unknown>;
			for (const request of [null, 'w=1', { lr: 'fast' }]) {
				const answer = (await call(request)) as { ok: boolean; error?: { code: string } };
				answers[`${name}(${JSON.stringify(request)})`] = answer.ok || answer.error?.code;
			}
		}
		expect(Object.keys(answers).length).toBeGreaterThanOrEqual(3 * 8);
		for (const [call, code] of Object.entries(answers)) expect(code, call).toBe('invalid-input');
		expect(await api.ping()).toEqual({ ok: true, value: 'pong' });
	});
});
