import { describe, expect, test } from 'vitest';
import { HINT, compileHints, startupChunks } from '../../scripts/compileHints.js';

type Chunk = {
	type: 'chunk';
	fileName: string;
	code: string;
	isEntry: boolean;
	isDynamicEntry: boolean;
	facadeModuleId: string | null;
	imports: string[];
};

function chunk(fileName: string, imports: string[] = [], more: Partial<Chunk> = {}): Chunk {
	return {
		type: 'chunk',
		fileName,
		code: `export const x = 1;`,
		isEntry: false,
		isDynamicEntry: false,
		facadeModuleId: null,
		imports,
		...more
	};
}

/** A client build as SvelteKit shapes it: entries, route nodes, lesson bodies, lazy widgets. */
function bundle() {
	const list = [
		chunk('entry/start.js', ['chunks/kit.js'], { isEntry: true }),
		chunk('entry/app.js', ['chunks/svelte.js'], { isEntry: true }),
		chunk('chunks/kit.js', ['chunks/svelte.js']),
		chunk('chunks/svelte.js'),
		chunk('nodes/5.js', ['chunks/ui.js'], {
			isDynamicEntry: true,
			facadeModuleId: '/p/.svelte-kit/generated/client-optimized/nodes/5.js'
		}),
		chunk('chunks/ui.js', ['chunks/svelte.js']),
		chunk('chunks/neuron-en.js', ['chunks/quiz.js'], {
			isDynamicEntry: true,
			facadeModuleId: '/p/content/lessons/02-neuron/en.md'
		}),
		chunk('chunks/quiz.js'),
		// A widget, imported lazily by a node; three.js, imported by the widget.
		chunk('chunks/surface3d.js', ['chunks/three.js'], {
			isDynamicEntry: true,
			facadeModuleId: '/p/src/lib/widgets/surface3d/Surface3d.svelte'
		}),
		chunk('chunks/three.js')
	];
	return Object.fromEntries(list.map((c) => [c.fileName, c]));
}

describe('compile hints', () => {
	test('entries, route nodes and lesson bodies are hinted, with all they import statically', () => {
		expect([...startupChunks(bundle())].sort()).toEqual([
			'chunks/kit.js',
			'chunks/neuron-en.js',
			'chunks/quiz.js',
			'chunks/svelte.js',
			'chunks/ui.js',
			'entry/app.js',
			'entry/start.js',
			'nodes/5.js'
		]);
	});

	test('lazy widgets and three.js are left to compile as they are called', () => {
		const found = startupChunks(bundle());
		expect(found.has('chunks/surface3d.js')).toBe(false);
		expect(found.has('chunks/three.js')).toBe(false);
	});

	test('assets are skipped, and an import cycle ends', () => {
		const b: Record<string, Chunk | { type: 'asset' }> = {
			'a.css': { type: 'asset' },
			'entry/start.js': chunk('entry/start.js', ['chunks/a.js'], { isEntry: true }),
			'chunks/a.js': chunk('chunks/a.js', ['chunks/b.js']),
			'chunks/b.js': chunk('chunks/b.js', ['chunks/a.js'])
		};
		expect([...startupChunks(b)].sort()).toEqual(['chunks/a.js', 'chunks/b.js', 'entry/start.js']);
	});

	test('the client build gets the comment as its first line, once; the server build none', () => {
		const plugin = compileHints();
		const hook = plugin.generateBundle as unknown as {
			handler: (this: unknown, options: unknown, bundle: Record<string, Chunk>) => void;
		};
		const client = bundle();
		client['entry/app.js'].code = 'const __vite__mapDeps = () => [];\nexport {};';
		const asClient = { environment: { config: { consumer: 'client' } } };
		hook.handler.call(asClient, {}, client);
		hook.handler.call(asClient, {}, client);
		expect(client['entry/app.js'].code).toBe(
			HINT + 'const __vite__mapDeps = () => [];\nexport {};'
		);
		expect(client['chunks/three.js'].code.startsWith(HINT)).toBe(false);

		const server = bundle();
		hook.handler.call({ environment: { config: { consumer: 'server' } } }, {}, server);
		expect(Object.values(server).some((c) => c.code.startsWith(HINT))).toBe(false);
	});
});
