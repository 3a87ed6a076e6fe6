import * as Comlink from 'comlink';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { api } from '$lib/engine/api';
import { EngineClient } from '$lib/engine/client';

/** A stand-in for the browser's Worker: the real api behind comlink, over a MessageChannel. */
class FakeWorker extends EventTarget {
	static created = 0;
	static last: FakeWorker | null = null;
	port: MessagePort;
	terminated = false;
	constructor() {
		super();
		FakeWorker.created++;
		FakeWorker.last = this;
		const { port1, port2 } = new MessageChannel();
		this.port = port1;
		// Slow answers for the first request, so a newer one can overtake it.
		let calls = 0;
		const slowApi = Object.fromEntries(
			Object.entries(api).map(([name, fn]) => [
				name,
				async (req: unknown) => {
					const delay = calls++ === 0 ? 60 : 5;
					await new Promise((r) => setTimeout(r, delay));
					return (fn as (r: unknown) => Promise<unknown>)(req);
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
}

const g = globalThis as Record<string, unknown>;

describe('EngineClient', () => {
	beforeEach(() => {
		g.window = globalThis;
		g.Worker = FakeWorker;
		FakeWorker.created = 0;
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

	it('answers pending calls with worker-failed when the worker dies, then restarts it', async () => {
		const client = new EngineClient();
		const pending = client.call('descendCurve', req(0.1));
		FakeWorker.last?.crash();
		const answer = await pending;
		expect(answer?.ok).toBe(false);
		if (answer && !answer.ok) expect(answer.error.code).toBe('worker-failed');
		expect(FakeWorker.last?.terminated).toBe(true);
		const again = await client.call('ping', undefined as never);
		expect(again?.ok).toBe(true);
		expect(FakeWorker.created).toBe(2);
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
	it('comlink’s Remote<EngineApi> keeps every handler’s request and answer types', async () => {
		type Remote = Comlink.Remote<import('$lib/engine/protocol').EngineApi>;
		expectTypeOf<Parameters<Remote['descendLandscape']>[0]>().toEqualTypeOf<
			import('$lib/engine/landscapeProtocol').DescendLandscapeRequest
		>();
		expectTypeOf<Awaited<ReturnType<Remote['sampleLandscape']>>>().toEqualTypeOf<
			import('$lib/engine/protocol').Result<import('$lib/engine/landscapeProtocol').LandscapeAnswer>
		>();
		// api.ts implements the protocol exactly (a compile error otherwise).
		expectTypeOf(api).toEqualTypeOf<import('$lib/engine/protocol').EngineApi>();
		for (const handler of Object.values(api)) expect(typeof handler).toBe('function');
	});
});
