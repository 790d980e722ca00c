/**
 * Neo4j Browser on the sample graph, in headless Chromium, as a new user would use it:
 * open the address `parley browse` prints (the connect form filled in), log in, apply
 * cypher/browser/style.grass with the `:style` command `parley browse --style` prints,
 * paste each explore query as it is, then draw one (the sources of Trump's threats) and
 * check that its nodes carry the style's captions and colours. That view is the README's
 * screenshot.
 */
import { readFileSync } from 'node:fs';
import { Node, Path } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jBrowserUrl, styleCommand, STYLE_FILE } from '../../src/cli/browse.ts';
import type { Graph } from '../../src/graph/index.ts';
import { openSampleGraph } from '../integration/sample-graph.ts';
import { testNeo4j } from '../integration/test-graph.ts';
import { exploreFiles } from '../support/explore-file.ts';
import { launchChromium, screenshot, type Chromium } from './chromium.ts';
import { Neo4jBrowser, captionShows } from './neo4j-browser.ts';

const grass = readFileSync(STYLE_FILE, 'utf8');
const files = exploreFiles();
/** The query drawn for the screenshot: an actor's threats, and the articles and sentences behind each. */
const PICTURED = 'sources-of-a-fact.cypher';

/** The style sheet's rule for `node.<label>`: its colour and caption template. */
function styleOf(label: string): { colour: string; caption: string } {
  const block = new RegExp(`^node\\.${label}\\s*\\{([\\s\\S]*?)^\\}`, 'm').exec(grass)?.[1] ?? '';
  return {
    colour: (/(?:^|;)\s*color:\s*(#[0-9A-Fa-f]{6})/.exec(block)?.[1] ?? '').toUpperCase(),
    caption: /caption:\s*"([^"]*)"/.exec(block)?.[1] ?? '',
  };
}

interface ExpectedNode {
  label: string;
  caption: string;
  colour: string;
}

/** The nodes in a result (nodes, paths, lists of them), each with the caption and colour the style gives it. */
function expectedNodes(rows: Record<string, unknown>[]): ExpectedNode[] {
  const byId = new Map<string, ExpectedNode>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value instanceof Path) return value.segments.forEach((s) => (visit(s.start), visit(s.end)));
    if (value instanceof Node) {
      const label = value.labels.find((l) => l !== 'Entity') ?? value.labels[0]!;
      const { colour, caption } = styleOf(label);
      const props = value.properties as Record<string, unknown>;
      byId.set(value.elementId, { label, colour, caption: caption.replace(/\{(\w+)\}/g, (_m, key: string) => String(props[key] ?? '')) });
    }
  };
  rows.forEach((row) => Object.values(row).forEach(visit));
  return [...byId.values()];
}

describe('Neo4j Browser on the sample graph', () => {
  let graph: Graph;
  let chromium: Chromium;
  let browser: Neo4jBrowser;

  beforeAll(async () => {
    graph = await openSampleGraph();
    chromium = await launchChromium();
    browser = new Neo4jBrowser(chromium.page);
  });
  afterAll(async () => {
    if (chromium) {
      await screenshot(chromium.page, 'neo4j-browser-last.png').catch(() => undefined);
      await chromium.close();
    }
    await graph?.close();
  });

  it('opens with the connect form filled in from the address and logs in', async () => {
    const { connection, httpUrl } = testNeo4j();
    expect(httpUrl, 'the test server has no HTTP connector (PARLEY_TEST_NEO4J_URI?)').toBeTruthy();
    const url = neo4jBrowserUrl({ browserBase: `${httpUrl}/browser/`, boltUri: connection.uri, username: connection.username, database: connection.database });
    await chromium.page.goto(url);
    const bolt = new URL(connection.uri);
    expect(await browser.connectForm()).toEqual({ address: bolt.host, database: connection.database, username: connection.username });
    await browser.login(url, connection.password);
  });

  it('applies the style sheet with one :style command', async () => {
    const frame = await browser.run(styleCommand(grass));
    await expect.poll(() => frame.textContent(), { timeout: 10_000 }).toContain('node.Person');
    expect(await frame.textContent()).toContain('{name} ({status})');
  });

  it.each(files.map((f) => [f.name, f] as const))('runs %s pasted as it is', async (_name, file) => {
    const frame = await browser.run(readFileSync(file.path, 'utf8'));
    const statuses = await browser.statementStatuses(frame, file.params.length + 1);
    expect(statuses).toEqual(statuses.map(() => 'success'));
  });

  it('draws an explore query with the style’s captions and colours', async () => {
    const file = files.find((f) => f.name === PICTURED)!;
    const params = Object.fromEntries(
      await Promise.all(file.params.map(async (p) => [p.name, (await graph.executor.read<{ v: unknown }>({ name: 'param', text: `RETURN ${p.expression} AS v` }))[0]!.v])),
    );
    const expected = expectedNodes(await graph.executor.read({ name: `explore/${file.name}`, text: file.query }, params));
    expect(expected.length).toBeGreaterThan(1);

    // As the README says: paste the file as it is (it sets the parameters and runs), then
    // run its query alone, which Browser draws (a multi-statement run shows summaries only).
    await browser.statementStatuses(await browser.run(readFileSync(file.path, 'utf8')), file.params.length + 1);
    await browser.clear();
    const frame = await browser.run(file.query);
    const drawn = await browser.drawnNodes(frame);
    for (const node of expected) {
      const shown = drawn.find((d) => captionShows(d.caption, node.caption));
      expect(shown, `a ${node.label} captioned "${node.caption}" among ${JSON.stringify(drawn.map((d) => d.caption))}`).toBeTruthy();
      expect(shown!.fill, `the colour of ${node.label} "${node.caption}"`).toBe(node.colour);
    }
    expect(drawn.every((d) => d.caption !== ''), 'every node has a caption').toBe(true);
    expect((await browser.drawnRelationshipCaptions(frame)).length).toBeGreaterThan(0);

    await browser.dismissUsageBanner();
    await browser.moveMouseAway();
    await screenshot(chromium.page, 'neo4j-browser.png', { readme: true, clipTo: frame });
  });
});
