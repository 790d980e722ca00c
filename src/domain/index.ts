export type * from './article.ts';
export type * from './diagnostic.ts';
export * from './graph.ts';
