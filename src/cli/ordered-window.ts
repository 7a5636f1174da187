/**
 * Runs `work` over `items` with at most `limit` in flight, and hands the results to `emit` in the
 * order of the items: I/O overlaps, memory stays bounded by `limit`, output is reproducible.
 */
export async function mapOrdered<T, R>(
	items: AsyncIterable<T> | Iterable<T>,
	limit: number,
	work: (item: T) => Promise<R>,
	emit: (result: R) => void
): Promise<void> {
	const inFlight: Promise<R>[] = [];
	for await (const item of items) {
		const pending = work(item);
		// Attach a handler now so a rejection waiting in the queue is not reported as unhandled.
		pending.catch(() => {});
		inFlight.push(pending);
		if (inFlight.length >= limit) emit(await (inFlight.shift() as Promise<R>));
	}
	while (inFlight.length > 0) emit(await (inFlight.shift() as Promise<R>));
}
