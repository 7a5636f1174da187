/** ANSI colour for terminal output; plain text whenever the settings say no colour. */
const CODES = { red: 31, yellow: 33, dim: 2, bold: 1 } as const;

export type Colour = keyof typeof CODES;

/** `text` in `colour` when `enabled`, else `text` unchanged (pipes and NO_COLOR get plain bytes). */
export function paint(enabled: boolean, colour: Colour, text: string): string {
	return enabled ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}
