/**
 * The toolbar's buttons after the compare switch, with where each one lives at each width.
 * Every action keeps its accessible name wherever it is shown: a button on the bar, or an item
 * of the More menu. The widths are the viewport's (the bar spans it), matching Toolbar.svelte's
 * media queries.
 */
export type ActionPlace =
	/** Always a button on the bar. */
	| 'bar'
	/** On the bar from 1280 px; in the More menu below. */
	| 'bar-from-1280'
	/** On the bar from 1600 px; in the More menu below. */
	| 'bar-from-1600'
	/** Always in the More menu. */
	| 'menu';

export interface ToolbarAction {
	readonly label: string;
	/** The accessible name when it differs from the label (a contract for tests and scripts). */
	readonly name?: string;
	readonly place: ActionPlace;
	readonly isDisabled: boolean;
	readonly run: () => void;
	/** Starts a new group of buttons on the bar (a gap before it). */
	readonly startsGroup?: boolean;
}

/** Whether the action can be in the More menu at some width. */
export function canBeInMenu(action: ToolbarAction): boolean {
	return action.place !== 'bar';
}

/** Whether the More button is needed even at the widest layout. */
export function needsMenuAlways(actions: readonly ToolbarAction[]): boolean {
	return actions.some((action) => action.place === 'menu');
}
