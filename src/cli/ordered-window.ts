/**
 * Runs `work` over `items` with at most `limit` in flight, and hands the results to `emit` in the
 * order of the items: I/O overlaps, memory stays bounded by `limit`, output is reproducible. An
 * `emit` that returns a promise (a write) is awaited before the next result: back-pressure.
 */
export async function mapOrdered<T, R>(
	items: AsyncIterable<T> | Iterable<T>,
	limit: number,
	work: (item: T) => Promise<R>,
	emit: (result: R) => void | Promise<void>
): Promise<void> {
	const inFlight: Promise<R>[] = [];
	for await (const item of items) {
		const pending = work(item);
		// Attach a handler now so a rejection waiting in the queue is not reported as unhandled.
		pending.catch(() => {});
		inFlight.push(pending);
		if (inFlight.length >= limit) await emit(await (inFlight.shift() as Promise<R>));
	}
	while (inFlight.length > 0) await emit(await (inFlight.shift() as Promise<R>));
}
