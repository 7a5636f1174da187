/** Runs a stepped computation (a generator that yields between steps) to its end. */
export function drain<T>(steps: Generator<void, T, void>): { result: T; yields: number } {
	let yields = 0;
	for (;;) {
		const step = steps.next();
		if (step.done) return { result: step.value, yields };
		yields++;
	}
}
