/** The only door into the core: pure format and model logic, no DOM, storage or UI. */
export type * from './model/types.ts';
export { decodeSxsBytes, encodeSxsText, type DecodeResult } from './sxs/decode.ts';
export { parseSxs, parseSxsBytes, type ParseBytesResult } from './sxs/parse.ts';
export { serializeSxs, type RefusedEdit, type SerializeResult } from './sxs/serialize.ts';
export { checkEdit } from './sxs/check-edit.ts';
export { cleanSxs, type CleanOptions } from './sxs/clean.ts';
export { localeFromPath } from './model/locale.ts';
export {
	alignDocuments,
	type Alignment,
	type MatchKind,
	type SegmentPair
} from './align/align-documents.ts';
export type { QaToken, TextRange, TokenKind } from './qa/token.ts';
export { extractTokens } from './qa/extract-tokens.ts';
export { checkTokens, type TokenCheck, type TokenProblem } from './qa/check-tokens.ts';
export {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	type BackupCompare,
	type BackupEntry,
	type BackupFile,
	type BackupSettings,
	type DecodeBackupResult,
	type WorkspaceBackup
} from './workspace-backup/backup-model.ts';
export { encodeWorkspaceBackup } from './workspace-backup/encode-backup.ts';
export { decodeWorkspaceBackup } from './workspace-backup/decode-backup.ts';
export { sha256Hex } from './workspace-backup/sha256.ts';
export {
	compareWithFile,
	START_CURSOR,
	toFileId,
	type CompareTarget,
	type Cursor,
	type Edits,
	type FileId,
	type FileSummary,
	type SegmentRow,
	type SegmentState
} from './model/workspace.ts';
export { CHECK_NAMES, type CheckName, type QaProblem, type QaSegment } from './qa/problem.ts';
export { checkSegments, type QaOptions } from './qa/check-segments.ts';
export { checkConsistency } from './qa/check-consistency.ts';
export { checkFiles } from './qa/check-files.ts';
export type { FileProblems, QaFile } from './qa/qa-file.ts';
export { dismissalKey } from './qa/dismissal-key.ts';
export {
	countFileWords,
	createWordCounter,
	type FileWordCount,
	type WordCount,
	type WordCounters
} from './review/count-words.ts';
export { sumWordCounts, type WordCountTotals } from './review/sum-word-counts.ts';
export { currentTranslation, type ReviewFile, type SegmentRef } from './review/review-file.ts';
export { compileQuery, type CompiledQuery, type SearchQuery } from './review/compile-query.ts';
export { buildSearchIndex, type FieldIndex, type SearchIndex } from './review/search-index.ts';
export {
	DEFAULT_HIT_LIMIT,
	searchSegments,
	type SearchField,
	type SearchHit,
	type SearchResult
} from './review/search-segments.ts';
export {
	hitKey,
	replaceInFiles,
	type FileReplacement,
	type Replacement,
	type ReplaceResult,
	type SkippedReplacement
} from './review/replace-in-files.ts';
export {
	findConcordance,
	type ConcordanceEntry,
	type ConcordanceResult
} from './review/find-concordance.ts';
export { groupRepetitions, type RepetitionGroup } from './review/group-repetitions.ts';
export { fillTranslations } from './review/fill-translations.ts';
export {
	buildMatchIndex,
	findMatches,
	MIN_MATCH_SIMILARITY,
	type FuzzyMatch,
	type MatchIndex
} from './review/find-matches.ts';
export { toQaFile } from './qa/to-qa-file.ts';
