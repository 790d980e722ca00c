import type { Article } from '../../src/domain/article.ts';

/** A hand-written fixture article. */
export function article(body: string, title: string | null = null): Article {
  return { id: 'fixture', sourceId: 'fixture', url: null, title, dateline: null, body, published: '2025-07-15',
    source: null, language: 'en', authors: [], origin: 'test' };
}
