/**
 * GraphiQL on the sample graph, in headless Chromium: the API server as `parley serve`
 * runs it, GraphiQL opening with the example queries as tabs, the first one (search,
 * tolerant of spelling) run with the button and its answer shown; nothing is loaded
 * from outside the machine. The last view is the README's screenshot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApi } from '../../src/api/server.ts';
import { loadConfig } from '../../src/config.ts';
import type { Graph } from '../../src/graph/index.ts';
import { openSampleGraph } from '../integration/sample-graph.ts';
import { launchChromium, screenshot, type Chromium } from './chromium.ts';

/** What an editor shows, with its non-breaking spaces and line breaks as single spaces. */
const text = (shown: string) => shown.replace(/\s+/g, ' ');

describe('GraphiQL on the sample graph', () => {
  let graph: Graph;
  let api: RunningApi;
  let chromium: Chromium;

  beforeAll(async () => {
    graph = await openSampleGraph();
    const { api: settings } = loadConfig({});
    api = await startApiServer({ executor: graph.executor, api: { ...settings, host: '127.0.0.1', port: 0, graphiql: true }, log: () => {} });
    chromium = await launchChromium();
  });
  afterAll(async () => {
    if (chromium) {
      await screenshot(chromium.page, 'graphiql-last.png').catch(() => undefined);
      await chromium.close();
    }
    await api?.close();
    await graph?.close();
  });

  it('opens with the example queries and shows the answer to the first one', async () => {
    const { page } = chromium;
    await page.goto(api.url);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    await expect.poll(async () => text(await page.locator('.graphiql-query-editor').innerText()), { timeout: 10_000 }).toContain('search(text: "Zelensky"');

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(async () => text(await response.innerText()), { timeout: 30_000 }).toContain('"totalCount"');
    const shown = text(await response.innerText());
    expect(shown).toContain('"search"');
    expect(shown).toContain('Zelenskyy');
    expect(shown).not.toContain('"errors"');

    await screenshot(page, 'graphiql.png', { readme: true });
  });

  it('loads nothing from outside the machine', () => {
    expect(chromium.offsite).toEqual([]);
  });
});
