import { describe, expect, test } from 'vitest';
import { SlideSync, type Channel, type SyncHandlers } from '../../src/lib/slides/sync';

/** Channels that deliver to every other channel of the same bus, at once, like windows do. */
function bus() {
	const channels: Channel[] = [];
	return () => {
		const channel: Channel = {
			onmessage: null,
			postMessage(message) {
				for (const other of channels)
					if (other !== channel)
						other.onmessage?.({ data: structuredClone(message) } as MessageEvent);
			},
			close() {
				channels.splice(channels.indexOf(channel), 1);
			}
		};
		channels.push(channel);
		return channel;
	};
}

/** A window's side of the sync, recording what it was told to do. */
function windowState(start = { slide: 0, step: 0 }) {
	const log: string[] = [];
	const state = {
		...start,
		black: false,
		starts: [0, 1, 3],
		widgets: {} as Record<string, Record<string, string>>
	};
	const handlers: SyncHandlers = {
		snapshot: () => state,
		pages: (starts) => {
			state.starts = starts;
			log.push(`pages ${starts.join(',')}`);
		},
		go: (pos) => {
			Object.assign(state, pos);
			log.push(`go ${pos.slide}.${pos.step}`);
		},
		black: (on) => {
			state.black = on;
			log.push(`black ${on}`);
		},
		widget: (id, params) => {
			state.widgets[id] = params;
			log.push(`widget ${id} ${JSON.stringify(params)}`);
		},
		control: (id, action) => log.push(`control ${id} ${action}`),
		peer: () => log.push('peer')
	};
	return { log, state, handlers };
}

describe('syncing windows', () => {
	test('a new window adopts the state of the one already open', () => {
		const open = bus();
		const presenter = windowState({ slide: 2, step: 1 });
		presenter.state.widgets.w0 = { lr: '0.5' };
		presenter.state.starts = [0, 2, 4, 5];
		const a = new SlideSync(open(), presenter.handlers);
		const audience = windowState();
		const b = new SlideSync(open(), audience.handlers);
		b.hello();
		expect(audience.log).toEqual([
			'peer',
			'pages 0,2,4,5',
			'go 2.1',
			'black false',
			'widget w0 {"lr":"0.5"}'
		]);
		expect(a.hasPeer && b.hasPeer).toBe(true);
	});

	test('what one window does, the other applies; no window hears itself', () => {
		const open = bus();
		const one = windowState();
		const two = windowState();
		const a = new SlideSync(open(), one.handlers);
		new SlideSync(open(), two.handlers);
		a.go({ slide: 3, step: 0 });
		a.widget('w1', { lr: '2.1' });
		a.control('w1', 'play');
		a.black(true);
		expect(two.log).toEqual([
			'peer',
			'go 3.0',
			'widget w1 {"lr":"2.1"}',
			'control w1 play',
			'black true'
		]);
		expect(one.log).toEqual([]);
	});

	test('malformed messages and answers meant for another window are dropped', () => {
		const me = windowState();
		const sync = new SlideSync(null, me.handlers);
		sync.receive({ type: 'go', from: 'x', slide: -1, step: 0 });
		sync.receive({ type: 'go', from: 'x', slide: 1.5, step: 0 });
		sync.receive({ type: 'widget', from: 'x', id: 'w0', params: { lr: 3 } });
		sync.receive({ type: 'control', from: 'x', id: 'w0', action: 'explode' });
		sync.receive('hello');
		sync.receive(null);
		expect(me.log).toEqual([]);
		sync.receive({
			type: 'state',
			from: 'x',
			to: 'someone-else',
			slide: 4,
			step: 0,
			black: false,
			starts: [0],
			widgets: {}
		});
		expect(me.log).toEqual(['peer']);
		sync.receive({ type: 'go', from: sync.id, slide: 1, step: 0 });
		expect(me.log).toEqual(['peer']);
	});
});
