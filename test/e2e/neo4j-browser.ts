/**
 * Neo4j Browser 5 as a user drives it, for the end-to-end tests: open the address
 * `parley browse` prints, log in, type into the editor and run, read the newest
 * result frame. Selectors are Browser's own `data-testid`s.
 */
import type { Locator, Page } from 'playwright-core';

const FRAME = '[data-testid=frame]';

export class Neo4jBrowser {
  constructor(readonly page: Page) {}

  /** Opens `url` (with `dbms` and `db` filled in), enters the password and connects. */
  async login(url: string, password: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByTestId('password').fill(password);
    await this.page.getByTestId('connect').click();
    await this.page.getByText('You are connected as user').first().waitFor({ timeout: 30_000 });
    await this.dismissUsageBanner();
  }

  /** The connect form's fields, as the address filled them in. */
  async connectForm(): Promise<{ address: string; database: string; username: string }> {
    return {
      address: await this.page.getByTestId('boltaddress').inputValue(),
      database: await this.page.getByTestId('database').inputValue(),
      username: await this.page.getByTestId('username').inputValue(),
    };
  }

  /** Types `text` into the main editor as a paste would and runs it; returns the frame it made. */
  async run(text: string): Promise<Locator> {
    const frames = this.page.locator(FRAME);
    const before = await frames.count();
    await this.page.getByTestId('activeEditor').click();
    await this.page.keyboard.insertText(text);
    await this.page.getByTestId('editor-Run').click();
    await this.page.waitForFunction(
      ([selector, n]) => document.querySelectorAll(selector as string).length > (n as number),
      [FRAME, before] as const,
      { timeout: 30_000 },
    );
    return frames.first();
  }

  /** Removes every frame (`:clear`), so the next result is alone on the page. */
  async clear(): Promise<void> {
    await this.page.getByTestId('activeEditor').click();
    await this.page.keyboard.insertText(':clear');
    await this.page.getByTestId('editor-Run').click();
    await this.page.waitForFunction((selector) => document.querySelectorAll(selector).length === 0, FRAME);
  }

  /** The status of each statement of a multi-statement frame, once none is pending. */
  async statementStatuses(frame: Locator, count: number): Promise<string[]> {
    const icons = frame.getByTestId('multi-statement-list-icon');
    await this.page.waitForFunction(
      ([n]) => {
        const titles = [...document.querySelectorAll('[data-testid=frame]')][0]?.querySelectorAll('[data-testid=multi-statement-list-icon]') ?? [];
        return titles.length === n && [...titles].every((t) => !/pending|waiting/.test(t.getAttribute('title') ?? ''));
      },
      [count] as const,
      { timeout: 30_000 },
    );
    return (await icons.evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''))).map((t) => t.replace(/^Status:\s*/, ''));
  }

  /** The nodes drawn in a result frame's graph view: caption (its lines joined) and fill colour. */
  async drawnNodes(frame: Locator): Promise<{ caption: string; fill: string }[]> {
    await frame.locator('svg g.node').first().waitFor({ timeout: 30_000 });
    // The force layout settles for a moment; captions are drawn from the start.
    await this.page.waitForTimeout(1500);
    return frame.locator('svg g.node').evaluateAll((nodes) =>
      nodes.map((n) => ({
        caption: [...n.querySelectorAll('text.caption')].map((t) => (t.textContent ?? '').trim()).join(' ').replace(/\s+/g, ' ').trim(),
        fill: (n.querySelector('circle.b-outline')?.getAttribute('fill') ?? '').toUpperCase(),
      })),
    );
  }

  /** The captions drawn on relationships. */
  async drawnRelationshipCaptions(frame: Locator): Promise<string[]> {
    return frame.locator('svg g.relationship text').evaluateAll((texts) => texts.map((t) => (t.textContent ?? '').trim()).filter(Boolean));
  }

  /** Moves the pointer to the empty stream below the frames, so no menu or tooltip shows. */
  async moveMouseAway(): Promise<void> {
    const viewport = this.page.viewportSize();
    if (viewport) await this.page.mouse.move(viewport.width / 2, viewport.height - 5);
  }

  /** Closes the product-usage notice, so screenshots show the graph only. */
  async dismissUsageBanner(): Promise<void> {
    const notice = this.page.getByText('To help make Neo4j Browser better').first();
    if (!(await notice.isVisible().catch(() => false))) return;
    // The close mark is drawn by CSS on the span after the text.
    const box = await notice.locator('xpath=following-sibling::span').first().boundingBox();
    if (box) await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
}

/**
 * True when a drawn caption shows `text`: Browser fits a caption into its circle line by
 * line and cuts it when it does not fit (with an ellipsis, or clipped), so the words
 * drawn must be the text's words in order, the last one possibly cut short.
 */
export function captionShows(caption: string, text: string): boolean {
  const drawn = caption.replace(/…/g, ' ').split(/\s+/).filter(Boolean);
  const words = text.split(/\s+/).filter(Boolean);
  if (drawn.length === 0) return words.length === 0;
  let at = 0;
  for (const [i, word] of drawn.entries()) {
    const last = i === drawn.length - 1;
    while (at < words.length && !(words[at] === word || (last && words[at]!.startsWith(word)))) at += 1;
    if (at === words.length) return false;
    if (i === 0 && at !== 0) return false;
    at += 1;
  }
  return true;
}
