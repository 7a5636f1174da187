/** The door into worker/: the main-thread clients of the parse and QA workers. */
export {
	createParseClient,
	ParseClient,
	type ParsedFileResult,
	type ProgressListener
} from './client.ts';
export type { FileToParse } from './batches.ts';
export {
	createQaClient,
	QaClient,
	type FileReviewer,
	type KeyedProblem,
	type QaFileUpdate,
	type QaReport,
	type RepetitionMap,
	type TokenChecker,
	type TokenPair
} from './qa-client.ts';
export { QaSession } from './qa-session.ts';
export { summarizeFile } from './summarize.ts';
export { createReviewClient, ReviewClient, type ReviewIndex } from './review-client.ts';
export type {
	ConcordanceAnswer,
	ConcordanceHit,
	MatchLookup,
	OpenFileMatch
} from './review-protocol.ts';
export {
	createInteropClient,
	InteropClient,
	type InteropAnswer,
	type InteropCall,
	type InteropRunner,
	type WorkspaceFileData
} from './interop-client.ts';
