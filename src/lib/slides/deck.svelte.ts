import { replaceState } from '$app/navigation';
import {
	setSlideMode,
	type ControlAction,
	type SlideMode,
	type WidgetLinkHandlers,
	type WidgetParams
} from '$lib/ui/slideMode';
import { deckAction, focusKind, type DeckAction } from './keys';
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
import { channelName, SlideSync } from './sync';

/**
 * One deck of slides made from a lesson: where it is, what it shows, and the sync with other
 * windows. Created while the page component initializes (it sets the slides-mode context that
 * the lesson's components read), attached to the rendered lesson once mounted.
 */
export class Deck {
	pos = $state<Position>(firstPosition());
	black = $state(false);
	overview = $state(false);
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
	private widgets: WidgetLinkHandlers[] = [];
	/** Each widget's last known state, as JSON, so repeated states do not travel. */
	private known: Record<string, string> = {};

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
			snapshot: () => ({
				...this.pos,
				black: this.black,
				starts: this.starts,
				widgets: Object.fromEntries(
					Object.entries(this.known).map(([id, json]) => [id, JSON.parse(json) as WidgetParams])
				)
			}),
			pages: (starts) => this.pages(starts),
			go: (pos) => this.moveTo(pos, false),
			black: (on) => (this.black = on),
			widget: (id, params) => this.applyWidget(id, params),
			control: (id, action) => this.widgets[Number(id.slice(1))]?.control(action),
			peer: () => (this.connected = true)
		});
		this.sync.hello();
		this.settle();
		return () => this.sync?.close();
	}

	next = () => this.moveTo(nextPosition(this.pos, this.reveals));
	previous = () => this.moveTo(previousPosition(this.pos, this.reveals));
	first = () => this.moveTo(firstPosition());
	last = () => this.moveTo(lastPosition(this.reveals));
	goToSlide = (slide: number) => this.moveTo({ slide, step: 0 });

	toggleBlack = () => {
		this.black = !this.black;
		this.sync?.black(this.black);
	};

	/** Moves, records the place in the address, and tells the other windows if the reader moved. */
	moveTo(target: Position, tell = true): void {
		const pos = clampPosition(target, this.reveals);
		if (samePosition(pos, this.pos)) return;
		this.pos = pos;
		replaceState(location.pathname + positionQuery(pos), {});
		if (tell) this.sync?.go(pos);
	}

	/** The deck's key handling; returns the action taken, if any. */
	key(event: KeyboardEvent): DeckAction | null {
		const action = deckAction(event, focusKind(document.activeElement));
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
		overview: () => (this.overview = !this.overview),
		fullscreen: toggleFullscreen,
		escape: () => {
			if (this.overview) this.overview = false;
			else if (this.black) this.toggleBlack();
			else (document.activeElement as HTMLElement | null)?.blur?.();
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

	private applyWidget(id: string, params: WidgetParams): void {
		const json = JSON.stringify(params);
		if (this.known[id] === json) return;
		this.known[id] = json;
		this.widgets[Number(id.slice(1))]?.apply(params);
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
				this.widgets.push(handlers);
				return {
					report: (params, driven) => {
						const json = JSON.stringify(params);
						if (this.known[id] === json) return false;
						this.known[id] = json;
						if (driven || !this.sync?.hasPeer) return false;
						this.sync.widget(id, params);
						return true;
					},
					control: (action: ControlAction) => this.sync?.control(id, action)
				};
			}
		};
	}
}

function toggleFullscreen(): void {
	if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
	else document.documentElement.requestFullscreen?.().catch(() => {});
}
