import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChannelQueue } from '$lib/engine/channels';

/** A request whose answer comes when the test says so. */
function deferred(value: number) {
	let answer!: () => void;
	const sent: number[] = [];
	const send = () => {
		sent.push(value);
		return new Promise<number>((resolve) => (answer = () => resolve(value)));
	};
	return { send, sent, answer: () => answer() };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('ChannelQueue: newest wins, one request in flight', () => {
	it('a drag of many requests sends the first, the newest waiting one, and skips the rest', async () => {
		const q = new ChannelQueue();
		const calls = [1, 2, 3, 4, 5].map(deferred);
		const results = calls.map((c) => q.run('lr', c.send));
		await tick();
		// Only the first went to the worker; 2–4 were replaced before they could be sent.
		expect(calls.map((c) => c.sent.length)).toEqual([1, 0, 0, 0, 0]);
		calls[0].answer();
		expect(await results[0]).toBe(1);
		expect(await Promise.all(results.slice(1, 4))).toEqual([null, null, null]);
		await tick();
		expect(calls[4].sent).toEqual([5]);
		calls[4].answer();
		expect(await results[4]).toBe(5);
	});

	it('delivers an answer even when a newer request waits, so the view keeps moving', async () => {
		const q = new ChannelQueue();
		const a = deferred(1);
		const b = deferred(2);
		const first = q.run('x', a.send);
		const second = q.run('x', b.send);
		a.answer();
		expect(await first).toBe(1);
		await tick();
		b.answer();
		expect(await second).toBe(2);
	});

	it('channels do not wait for one another', async () => {
		const q = new ChannelQueue();
		const a = deferred(1);
		const b = deferred(2);
		q.run('curve', a.send);
		const other = q.run('run', b.send);
		await tick();
		expect(b.sent).toEqual([2]);
		b.answer();
		expect(await other).toBe(2);
	});

	it('a failed request frees the channel for the next', async () => {
		const q = new ChannelQueue();
		await expect(q.run('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		expect(await q.run('x', async () => 7)).toBe(7);
	});

	it('whatever the order of calls and answers, the last call is always sent and answered', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.nat(3), { minLength: 1, maxLength: 12 }), async (gaps) => {
				const q = new ChannelQueue();
				const sent: number[] = [];
				const results: Promise<number | null>[] = [];
				for (let i = 0; i < gaps.length; i++) {
					results.push(
						q.run('c', async () => {
							sent.push(i);
							for (let t = 0; t < gaps[i]; t++) await tick();
							return i;
						})
					);
					if (gaps[i] % 2) await tick();
				}
				const out = await Promise.all(results);
				const last = gaps.length - 1;
				expect(out[last]).toBe(last);
				// Answers are never out of order, and each sent call got its own answer.
				expect(sent).toEqual([...sent].sort((x, y) => x - y));
				for (const i of sent) expect(out[i]).toBe(i);
				expect(out.filter((x) => x !== null).length).toBe(sent.length);
			})
		);
	});
});
