import { describe, expect, it } from 'vitest';
import { LAB_PIXELS } from '$lib/math/labImage';
import {
	checkRecord,
	decodeProject,
	encodeProject,
	FORMAT,
	VERSION
} from '$lib/widgets/lab/projectFile';
import type { ProjectRecord } from '$lib/widgets/lab/projectFile';
import { labCodec } from '$lib/widgets/lab/state';
import { statusText } from '$lib/widgets/lab/status';
import { strings } from '$lib/widgets/lab/strings';

function picture(seed: number): Uint8Array {
	const p = new Uint8Array(LAB_PIXELS);
	for (let i = 0; i < p.length; i++) p[i] = (i * 31 + seed * 7) % 256;
	return p;
}

const record = (): ProjectRecord => ({
	format: FORMAT,
	version: VERSION,
	names: ['貓', 'dog'],
	samples: [[picture(1), picture(2)], [picture(3)]],
	settings: { epochs: '50', lr: '0.001' },
	model: {
		params: Float64Array.from([0.1, -2.5e-7, Math.PI]),
		trainIndex: Uint32Array.from([2, 0]),
		epoch: 3
	}
});

describe('the lab project file', () => {
	it('gives back the same pictures, settings and weights, bit for bit', () => {
		const back = decodeProject(encodeProject(record()));
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		expect(back.record.names).toEqual(['貓', 'dog']);
		expect(back.record.samples[0][1]).toEqual(picture(2));
		expect(back.record.samples[1]).toHaveLength(1);
		expect(back.record.settings).toEqual({ epochs: '50', lr: '0.001' });
		const model = back.record.model as { params: Float64Array; trainIndex: Uint32Array };
		expect(model.params).toBeInstanceOf(Float64Array);
		expect([...model.params]).toEqual([0.1, -2.5e-7, Math.PI]);
		expect([...model.trainIndex]).toEqual([2, 0]);
	});

	it('refuses what is not a lab project, and names a newer version', () => {
		expect(decodeProject('not json')).toEqual({ ok: false, problem: 'not-project' });
		expect(decodeProject('{"a":1}')).toEqual({ ok: false, problem: 'not-project' });
		expect(decodeProject(JSON.stringify({ format: FORMAT, version: 7 }))).toEqual({
			ok: false,
			problem: 'future',
			version: 7
		});
		const one = { ...record(), names: ['only'], samples: [[]] };
		expect(checkRecord(one).ok).toBe(false);
		const short = { ...record(), samples: [[new Uint8Array(10)], []] };
		expect(checkRecord(short).ok).toBe(false);
		const broken = encodeProject(record()).replace(/"b64":"[^"]*"/, '"b64":"%%%"');
		expect(decodeProject(broken).ok).toBe(false);
	});
});

describe('the lab settings', () => {
	it('takes two to five class names, and refuses others with a note', () => {
		expect(labCodec.parse({ names: ' 貓 | 狗 |鳥' }).state.names).toBe('貓|狗|鳥');
		const one = labCodec.parse({ names: 'cat' });
		expect(one.state.names).toBe('');
		expect(one.notes).toHaveLength(1);
		expect(labCodec.parse({ names: 'a|b|c|d|e|f' }).notes).toHaveLength(1);
		expect(labCodec.parse({ names: 'a||b' }).notes).toHaveLength(1);
		expect(labCodec.parse({ lr: 'abc' }).state.lr).toBe(0.001);
	});
});

describe('the lab status line', () => {
	const base = { names: ['貓', '狗'], counts: [3, 1], playing: false, history: [] };
	it('counts each class, with Chinese punctuation in zh-TW', () => {
		expect(statusText(strings['zh-TW'], { ...base, snap: null })).toBe(
			'圖片：貓 3 張、狗 1 張。還沒訓練。'
		);
		expect(statusText(strings.en, { ...base, names: ['cat', 'dog'], snap: null })).toBe(
			'Pictures: cat 3 pictures, dog 1 picture. Not trained yet.'
		);
	});
	it('gives the validation accuracy and each class’s once training has finished', () => {
		const snap = {
			status: 'done',
			epoch: 2,
			epochs: 2,
			perClass: {
				val: [
					{ correct: 3, total: 4 },
					{ correct: 2, total: 2 }
				]
			}
		} as unknown as Parameters<typeof statusText>[1]['snap'];
		const history = [
			{ epoch: 2, trainLoss: 0.1, trainAccuracy: 1, valLoss: 0.2, valAccuracy: 5 / 6 }
		];
		expect(statusText(strings.en, { ...base, names: ['cat', 'dog'], snap, history })).toBe(
			'Pictures: cat 3 pictures, dog 1 picture. Training finished. Validation accuracy 83.3%; per class: cat 75.0%, dog 100.0%.'
		);
	});
});
