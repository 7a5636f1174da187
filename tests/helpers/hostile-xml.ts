/** Hostile and broken XML inputs (issue 11): each must be refused with a message, never parsed. */

const encoder = new TextEncoder();

/** The classic exponential entity expansion, nine levels deep. */
export function billionLaughs(root = 'xliff'): string {
	const entities = ['<!ENTITY lol "lol">'];
	for (let level = 1; level <= 9; level++) {
		const previous = level === 1 ? 'lol' : `lol${level - 1}`;
		entities.push(`<!ENTITY lol${level} "${`&${previous};`.repeat(10)}">`);
	}
	return `<?xml version="1.0"?>\n<!DOCTYPE ${root} [\n${entities.join('\n')}\n]>\n<${root}>&lol9;</${root}>`;
}

/** Inputs by name, as bytes; each holds a would-be XLIFF 1.2 document. */
export function hostileInputs(): Record<string, Uint8Array> {
	const xliff = (body: string): string =>
		`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">${body}</xliff>`;
	const invalidUtf8 = encoder.encode(xliff('<file original="a.md"><body>ok</body></file>'));
	const bad = new Uint8Array(invalidUtf8.length + 1);
	bad.set(invalidUtf8.subarray(0, 60));
	bad[60] = 0xff;
	bad.set(invalidUtf8.subarray(60), 61);
	return {
		'a DTD with internal entities': encoder.encode(
			`<!DOCTYPE xliff [<!ENTITY t "boom">]>${xliff('&t;')}`
		),
		'billion laughs': encoder.encode(billionLaughs()),
		'an external entity (XXE)': encoder.encode(
			`<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>${xliff('&x;')}`
		),
		'an undeclared entity': encoder.encode(xliff('&x;')),
		'invalid UTF-8': bad,
		'UTF-16': new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00, 0x2f, 0x00, 0x3e, 0x00]),
		'a Latin-1 declaration': encoder.encode(
			`<?xml version="1.0" encoding="ISO-8859-1"?>${xliff('')}`
		),
		'malformed XML': encoder.encode(xliff('<file><body></file>')),
		'a control character': encoder.encode(xliff('\u0001')),
		'deep nesting': encoder.encode('<a>'.repeat(10_000) + '</a>'.repeat(10_000)),
		'no element at all': encoder.encode('<?xml version="1.0"?>')
	};
}

/** A well-formed XLIFF 1.2 document of `megabytes` MB (10^6 bytes; one huge comment). */
export function oversizedXliff(megabytes: number): Uint8Array {
	const head = encoder.encode(
		'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><!--'
	);
	const tail = encoder.encode('--></xliff>');
	const bytes = new Uint8Array(megabytes * 1_000_000).fill(0x61);
	bytes.set(head);
	bytes.set(tail, bytes.length - tail.length);
	return bytes;
}
