/** Public API of the extraction stage. */
export { extractArticle } from './extract-article.ts';
export type { EventStageResult } from './extract-article.ts';
export { buildMentionLayer } from './entities.ts';
export { splitSentences } from './sentences.ts';
export type * from './types.ts';
