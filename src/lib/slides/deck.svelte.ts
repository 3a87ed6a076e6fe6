import { tick } from 'svelte';
import { replaceState } from '$app/navigation';
import {
	samePlayerState,
	setSlideMode,
	type LinkedPlayer,
	type PlayerState,
	type SlideMode,
	type WidgetLinkHandlers,
	type WidgetParams
} from '$lib/ui/slideMode';
import { deckAction, focusKind, numberKey, type DeckAction } from './keys';
import {
	clampPosition,
	firstPosition,
	lastPosition,
	nextPosition,
	positionQuery,
	previousPosition,
	readPosition,
	samePosition,
	type Position
} from './navigation';
import { fragmentPlaces, slidesFromStarts, validStarts, type SlideInfo } from './split';
import { channelName, SlideSync, type DeckState, type WidgetState } from './sync';

/**
 * One deck of slides made from a lesson: where it is, what it shows, and the sync with other
 * windows. Created while the page component initializes (it sets the slides-mode context that
 * the lesson's components read), attached to the rendered lesson once mounted.
 */
export class Deck {
	pos = $state<Position>(firstPosition());
	black = $state(false);
	overview = $state(false);
	/** The "go to slide" field is open. */
	goto = $state(false);
	/** The digits of a slide's number typed so far, outside any field. */
	typed = $state('');
	/** A slide number asked for that the deck does not have, to say so. */
	missed = $state<number | null>(null);
	/** Where focus goes back to after a toolbar button; without one, the page itself. */
	home: HTMLElement | null = null;
	/** Another window (presenter or audience) is in sync with this one. */
	connected = $state(false);
	slides = $state.raw<SlideInfo[]>([]);
	/** Each slide's fit: how much larger than the base slide its content is laid out. */
	fits = $state.raw<number[]>([]);
	readonly reveals = $derived(this.slides.map((s) => s.fragments.length));
	private places = $derived(fragmentPlaces(this.slides));

	private sync: SlideSync | null = null;
	private container: Element | null = null;
	private starts: number[] = [];
	private settle: () => void = () => {};
	private laidOut = new Promise<void>((resolve) => (this.settle = resolve));
	private fragments = 0;
	private widgets: { handlers: WidgetLinkHandlers; players: LinkedPlayer[] }[] = [];
	/** Each widget's settings as it last reported them, as JSON. */
	private known: Record<string, string> = {};
	/** The other window's state being applied; a newer one makes an older one stop. */
	private applying = 0;
	/** The last state taken from another window, for players made after it came. */
	private taken: DeckState | null = null;
	private typedTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(private channel: string) {
		setSlideMode(this.mode());
	}

	static forLesson(lang: string, slug: string): Deck {
		return new Deck(channelName(lang, slug));
	}

	setFit(index: number, fit: number): void {
		if (this.fits[index] === fit) return;
		const fits = [...this.fits];
		fits[index] = fit;
		this.fits = fits;
	}

	get current(): SlideInfo | undefined {
		return this.slides[this.pos.slide];
	}

	/**
	 * Takes the lesson's slides (the rendered lesson and where its slides start), restores the
	 * place in the address and joins the other windows.
	 */
	attach(container: Element, starts: number[]): () => void {
		this.container = container;
		this.starts = starts;
		this.slides = slidesFromStarts(container, starts);
		this.pos = clampPosition(readPosition(location.search), this.reveals);
		this.sync = SlideSync.open(this.channel, {
			snapshot: () => this.snapshot(),
			apply: (state) => this.apply(state),
			peer: () => (this.connected = true)
		});
		this.sync.hello();
		this.settle();
		// Whatever the reader does here (a key, a click, a drag, typing) makes this the window
		// the others follow. Captured, so it counts before the change it causes.
		const lead = () => this.sync?.lead();
		const events = ['keydown', 'pointerdown', 'input'] as const;
		for (const e of events) window.addEventListener(e, lead, { capture: true });
		window.addEventListener('click', this.afterClick);
		return () => {
			clearTimeout(this.typedTimer);
			window.removeEventListener('click', this.afterClick);
			for (const e of events) window.removeEventListener(e, lead, { capture: true });
			this.sync?.close();
		};
	}

	next = () => this.moveTo(nextPosition(this.pos, this.reveals));
	previous = () => this.moveTo(previousPosition(this.pos, this.reveals));
	first = () => this.moveTo(firstPosition());
	last = () => this.moveTo(lastPosition(this.reveals));
	goToSlide = (slide: number) => this.moveTo({ slide, step: 0 });

	/** Goes to slide `n` as the audience counts (from 1); false when the deck has no such slide. */
	jumpTo(n: number): boolean {
		if (!Number.isInteger(n) || n < 1 || n > this.slides.length) {
			this.forgetTyped();
			this.missed = n;
			this.typedTimer = setTimeout(() => (this.missed = null), 4000);
			return false;
		}
		this.missed = null;
		this.goToSlide(n - 1);
		return true;
	}

	/** Puts focus back on the slide, so the next Space or arrow moves the deck. */
	refocus = () => {
		if (this.home) this.home.focus({ preventScroll: true });
		else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
	};

	closeOverview = () => {
		this.overview = false;
		this.refocus();
	};

	/**
	 * After a click on one of the page's own buttons (a toolbar's, the timer's, not a widget's on
	 * the slide), focus returns to the deck: otherwise the next Space presses that button again.
	 */
	private afterClick = (event: MouseEvent) => {
		const target = event.target instanceof Element ? event.target : null;
		const button = target?.closest('button');
		if (!button || button.closest('.slides.live') || this.overview || this.goto) return;
		// The presenter's panel keeps the focus of a keyboard's press (detail 0), so its reader
		// keeps their place among its controls; a mouse's click gives the keys back to the deck.
		if (button.closest('.control-panel') && event.detail === 0) return;
		this.refocus();
	};

	/** A slide's number is being typed: it is forgotten if Enter does not come soon. */
	private typeDigit(digit: string): void {
		this.typed = (this.typed + digit).slice(-4);
		this.missed = null;
		clearTimeout(this.typedTimer);
		this.typedTimer = setTimeout(() => this.forgetTyped(), 4000);
	}

	private forgetTyped(): void {
		clearTimeout(this.typedTimer);
		this.typed = '';
	}

	toggleBlack = () => {
		this.black = !this.black;
		this.sync?.changed();
	};

	/** Moves and records the place in the address. */
	moveTo(target: Position): void {
		const pos = clampPosition(target, this.reveals);
		if (samePosition(pos, this.pos)) return;
		this.pos = pos;
		replaceState(location.pathname + positionQuery(pos), {});
		this.sync?.changed();
	}

	/** The deck's key handling; returns the action taken, if any. */
	key(event: KeyboardEvent): DeckAction | 'number' | null {
		const focus = focusKind(document.activeElement);
		const number = numberKey(event, focus, this.typed !== '');
		if (number) {
			event.preventDefault();
			if (number === 'enter') {
				const n = Number(this.typed);
				this.forgetTyped();
				this.jumpTo(n);
			} else if (number === 'backspace') this.typed = this.typed.slice(0, -1);
			else this.typeDigit(number.digit);
			return 'number';
		}
		const action = deckAction(event, focus);
		if (!action) return null;
		event.preventDefault();
		this.actions[action]();
		return action;
	}

	private actions: Record<DeckAction, () => void> = {
		next: this.next,
		previous: this.previous,
		first: this.first,
		last: this.last,
		black: this.toggleBlack,
		overview: () => (this.overview ? this.closeOverview() : (this.overview = true)),
		goto: () => (this.goto = true),
		fullscreen: toggleFullscreen,
		escape: () => {
			if (this.typed) this.forgetTyped();
			else if (this.goto) {
				this.goto = false;
				this.refocus();
			} else if (this.overview) this.closeOverview();
			else if (this.black) this.toggleBlack();
			// Out of a control (a slider on the slide, the presenter's panel): the keys are the deck's.
			else this.refocus();
		}
	};

	/** Takes another window's slides, if they differ from this one's and fit this lesson. */
	private pages(starts: number[]): void {
		const count = this.container?.children.length ?? 0;
		if (!this.container || !validStarts(starts, count)) return;
		if (starts.join() === this.starts.join()) return;
		this.starts = starts;
		this.fits = [];
		this.slides = slidesFromStarts(this.container, starts);
	}

	private snapshot(): DeckState {
		const widgets: Record<string, WidgetState> = {};
		this.widgets.forEach((w, i) => {
			const id = `w${i}`;
			const json = this.known[id];
			widgets[id] = {
				params: json ? (JSON.parse(json) as WidgetParams) : undefined,
				players: w.players.map((p) => p.state)
			};
		});
		return { ...this.pos, black: this.black, starts: this.starts, widgets };
	}

	/**
	 * Shows another window's state: the slide first, then (once the reveal has set each widget's
	 * settings) the widgets' settings, then (once those have reset the players) the players.
	 * Settings equal to what a widget shows are not applied again, so a state applied twice
	 * changes nothing. A newer state, or the reader acting here, stops this one part-way.
	 */
	private async apply(state: DeckState): Promise<void> {
		const gen = ++this.applying;
		this.taken = state;
		this.pages(state.starts);
		this.moveTo({ slide: state.slide, step: state.step });
		this.black = state.black;
		await tick();
		if (gen !== this.applying || this.sync?.leading) return;
		for (const [id, w] of Object.entries(state.widgets)) {
			const json = w.params && JSON.stringify(w.params);
			if (json && json !== this.known[id])
				this.widgets[Number(id.slice(1))]?.handlers.apply(w.params!);
		}
		await tick();
		if (gen !== this.applying || this.sync?.leading) return;
		for (const [id, w] of Object.entries(state.widgets)) {
			const players = this.widgets[Number(id.slice(1))]?.players ?? [];
			players.forEach((p, i) => follow(p, w.players[i]));
		}
	}

	private mode(): SlideMode {
		return {
			laidOut: this.laidOut,
			fragment: () => `f${this.fragments++}`,
			shown: (key) => {
				const place = this.places.get(key);
				const { slide, step } = this.pos;
				return !!place && (place.slide < slide || (place.slide === slide && place.order < step));
			},
			linkWidget: (handlers) => {
				const id = `w${this.widgets.length}`;
				const widget = { handlers, players: [] as LinkedPlayer[] };
				this.widgets.push(widget);
				return {
					report: (params) => {
						const json = JSON.stringify(params);
						if (this.known[id] === json) return;
						this.known[id] = json;
						this.sync?.changed();
					},
					join: (player) => {
						widget.players.push(player);
						// A player made after the other window's state came (a widget that was
						// still loading) takes its place from it, once its settings are in.
						const shown = this.taken?.widgets[id]?.players[widget.players.length - 1];
						if (shown && !this.sync?.leading) tick().then(() => follow(player, shown));
					},
					leave: (player) => {
						const i = widget.players.indexOf(player);
						if (i >= 0) widget.players.splice(i, 1);
					},
					moved: () => this.sync?.changed()
				};
			}
		};
	}
}

/** Moves a player to another window's state, unless it is there already. */
function follow(player: LinkedPlayer, state: PlayerState | undefined): void {
	if (!state) return;
	if (!samePlayerState(player.state, state)) player.follow(state);
}

function toggleFullscreen(): void {
	if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
	else document.documentElement.requestFullscreen?.().catch(() => {});
}
