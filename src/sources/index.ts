/**
 * The loaders: article dumps of every common shape → one stream of normalised articles
 * and diagnostics. See README.md in this folder for formats, field names and diagnostics.
 */
export { readDumps, type DumpStream } from './read-dumps.ts';
export { readOptions, DEFAULT_MAX_RECORD_BYTES, type ReadOptions } from './options.ts';
export { createSummary, countItem, formatSummary, type LoadSummary } from './summary.ts';
export { openRejects, rejectLine, type RejectLine, type RejectsWriter } from './rejects.ts';
export { formatDiagnostic } from './format-diagnostic.ts';
export type { Format, RawSample, ReadProgress, SourceItem } from './types.ts';
