/**
 * Resolves in a later task, so the browser can paint and handle input in between: the yield
 * point of work spread over tasks (a big file's parse, its models). `scheduler.yield` where the
 * browser has it, because chained `setTimeout(0)`s are held to 4 ms each from the fifth on
 * (HTML's timer nesting clamp), which adds ~150 ms of idle waiting to a 40-step job.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
