/** The only door into the core: pure format and model logic, no DOM, storage or UI. */
export type * from './model/types.ts';
export {
	decodeSxsBytes,
	decodeSxsBytesInSlices,
	encodeSxsText,
	type DecodeResult
} from './sxs/decode.ts';
export {
	parseSxs,
	parseSxsBytes,
	parseSxsInSteps,
	withDecodeDiagnostics,
	type ParseBytesResult
} from './sxs/parse.ts';
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
	isCompareTarget,
	START_CURSOR,
	toFileId,
	type CompareTarget,
	type Cursor,
	type Edits,
	type FileId,
	type FileSummary,
	type MergeInProgress,
	type SegmentRow,
	type SegmentState,
	type TokenPair
} from './model/workspace.ts';
export {
	afterWrite,
	freshLedger,
	mergeForWrite,
	reconcileLedger,
	recordChange,
	resolveConflict,
	type FileLedger,
	type Reconciled,
	type SegmentConflict,
	type SegmentText
} from './tab-sync/segment-ledger.ts';
export { alignedTexts } from './align/aligned-texts.ts';
export { documentKeyOf, isSameDocument } from './model/document-key.ts';
export type {
	ConflictKind,
	DroppedSegment,
	MergeConflict,
	MergePair,
	MergeResult,
	RefusedCarry,
	Resolution,
	Resolutions,
	VersionMerge
} from './merge/merge-model.ts';
export { mergeVersions } from './merge/merge-versions.ts';
export { checkSameSegments } from './merge/check-same-segments.ts';
export { resolveMerge, writeMerge } from './merge/write-merge.ts';
export { carryConfirmations } from './merge/carry-confirmations.ts';
export { createFilePatch, MAX_PATCH_EDIT_LENGTH } from './patch/create-file-patch.ts';
export { createMultiFilePatch, type PatchFile } from './patch/create-multi-file-patch.ts';
export { diffWordsOf, type WordDiffPart } from './diff/word-diff.ts';
export type { CodeRole, CodeType, InlineCode, InlineRun } from './inline/inline-code.ts';
export { joinRuns } from './inline/inline-code.ts';
export { splitCodes } from './inline/split-codes.ts';
export { codeSegment, type CodedSegment } from './inline/code-pair.ts';
export type { InterchangeFile } from './interop/interchange-file.ts';
export {
	exportXliff,
	type XliffExportOptions,
	type XliffExportResult,
	type XliffVersion
} from './xliff/export-xliff.ts';
export { importXliff } from './xliff/import-xliff.ts';
export type {
	ImportedFile,
	ImportProblem,
	RefusedUnit,
	XliffImportFile,
	XliffImportResult
} from './xliff/import-model.ts';
export { exportTmx, type TmxExportOptions } from './tmx/export-tmx.ts';
export { parseTmx, type ParseTmxResult, type TmxEntry } from './tmx/parse-tmx.ts';
export { MAX_XML_BYTES, type ReadXmlOptions } from './xml/stream-xml.ts';
export { toInterchangeFiles, type WorkspaceFileData } from './interop/workspace-files.ts';
export {
	buildMemoryIndex,
	findMemoryMatches,
	type MemoryIndex,
	type MemoryMatch,
	type MemoryPair
} from './memory/memory-index.ts';
export { isSameLanguage } from './memory/memory-language.ts';
export {
	findInMemories,
	indexMemory,
	type IndexedMemory,
	type MemorySetMatch
} from './memory/memory-set.ts';
export {
	packMemory,
	summarizeMemory,
	unpackMemory,
	type MemorySummary
} from './memory/packed-memory.ts';
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
export {
	compileSegmentFilter,
	isFilterActive,
	type FilterableSegment,
	type FilterField,
	type SegmentFilterCriteria,
	type SegmentPredicate
} from './review/segment-filter.ts';
