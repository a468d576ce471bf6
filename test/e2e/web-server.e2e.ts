/// <reference lib="dom" />
// The language server's web build (dist/web/server.js) in a web worker of headless Chromium, as
// the web extension will run it for vscode.dev and github.dev (#12, item 1). The protocol
// tests' client (test/lsp/client.ts) talks to the worker through the page. Posts there have no
// file path (here `vscode-vfs:` URIs, as github.dev gives), and the server must check them as
// the Node server checks the same text: the same diagnostics, quick fixes, fix-all, hover and
// budgets, the editor settings applied, and a post too large to check skipped.

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AbstractMessageReader, AbstractMessageWriter, createProtocolConnection, type DataCallback, type Diagnostic, type Message } from 'vscode-languageserver-protocol/node';
import { codes, TestClient, type RunningServer } from '../lsp/client';
import { ROOT } from './workbench';

const CHROMIUM = process.env.POSTLINT_E2E_CHROMIUM ?? '/usr/bin/chromium';
/** The page and the worker's script are served by the test itself (Playwright's routing), never from the network. */
const ORIGIN = 'http://postlint.test';
const FOLDER = 'vscode-vfs://github/clinic/calendar';

const POST = [
  '---',
  'platform: x',
  '---',
  'Flu shots are in at Smile Studio this week. Book now!',
  '',
  'Hypertension often has no symptoms, so a yearly check matters.',
  '',
  'Thanks for coming in, John, hope the knee is healing!',
  '',
].join('\n');

declare global {
  interface Window {
    postlintWorker: Worker;
    postlintFromWorker(message: unknown): void;
    postlintWorkerError(message: string): void;
  }
}

/** Messages the worker posts, handed to the connection. */
class PageReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  private readonly early: Message[] = [];
  listen(callback: DataCallback) {
    this.callback = callback;
    for (const message of this.early.splice(0)) callback(message);
    return { dispose: () => (this.callback = undefined) };
  }
  deliver(message: Message): void {
    if (this.callback) this.callback(message);
    else this.early.push(message);
  }
}

/** Messages for the worker, posted to it in the page. */
class PageWriter extends AbstractMessageWriter {
  constructor(private readonly page: Page) {
    super();
  }
  async write(message: Message): Promise<void> {
    await this.page.evaluate((m) => window.postlintWorker.postMessage(m), message as unknown as Record<string, unknown>);
  }
  end(): void {}
}

/** A diagnostic as both servers send it, but for the rule page's address (beside each server's files). */
const comparable = ({ codeDescription: _href, ...rest }: Diagnostic) => rest;

describe('the language server in a web worker (web build, headless Chromium)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;
  const workerErrors: string[] = [];
  /** The reader of the worker started last. */
  let reader = new PageReader();

  async function startWorker(options: Parameters<typeof TestClient.connect>[2] = {}): Promise<TestClient> {
    reader = new PageReader();
    const exitListeners: (() => void)[] = [];
    const ended = () => exitListeners.splice(0).forEach((l) => l());
    const worker: RunningServer = {
      onExit: (listener) => exitListeners.push(listener),
      kill: () => void page.evaluate(() => window.postlintWorker.terminate()).finally(ended),
      exitSent: ended, // the worker closes itself on `exit`
    };
    await page.evaluate(() => {
      const w = new Worker('/server.js');
      w.onmessage = (event) => window.postlintFromWorker(event.data);
      w.onerror = (event) => window.postlintWorkerError(event.message);
      window.postlintWorker = w;
    });
    const connection = createProtocolConnection(reader, new PageWriter(page));
    return TestClient.connect(worker, connection, {
      pull: true,
      clientName: 'postlint-web-tests',
      initializationOptions: { ruleDocsUri: `${ORIGIN}/docs/rules` },
      ...options,
    });
  }

  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'], headless: true });
    page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/server.js') return route.fulfill({ path: join(ROOT, 'dist/web/server.js'), contentType: 'text/javascript' });
      return route.fulfill({ body: '<!doctype html><title>Postlint web worker</title>', contentType: 'text/html' });
    });
    await page.exposeFunction('postlintWorkerError', (message: string) => workerErrors.push(message));
    await page.exposeFunction('postlintFromWorker', (message: Message) => reader.deliver(message));
    await page.goto(`${ORIGIN}/`);
  });

  afterEach(() => {
    assert.deepEqual(workerErrors.splice(0), [], 'the worker threw nothing');
  });

  after(async () => {
    await browser?.close();
  });

  it('checks an open post as the Node server does: the same diagnostics, its budgets, and no error logged', async () => {
    const web = await startWorker({ root: undefined });
    const node = await TestClient.start({ pull: true });
    try {
      const webUri = `${FOLDER}/flu.post.md`;
      const nodeUri = 'untitled:flu.post.md';
      await web.open(webUri, POST);
      await node.open(nodeUri, POST);
      const [fromWeb, fromNode] = [await web.pull(webUri), await node.pull(nodeUri)];
      assert.ok(codes(fromWeb).includes('hard-sell') && codes(fromWeb).includes('patient-identifier'), JSON.stringify(codes(fromWeb)));
      assert.deepEqual(fromWeb.items.map(comparable), fromNode.items.map(comparable));
      assert.ok(fromWeb.items.every((d: Diagnostic) => d.codeDescription?.href === `${ORIGIN}/docs/rules/${d.code}.md`), 'rule pages where the editor said');
      const budgets = await web.budgetsFor(webUri);
      assert.deepEqual(budgets.budgets.map((b) => [b.platform, b.limit]), [['x', 280]]);
      assert.deepEqual(web.logs.filter((l) => /failed|error/i.test(l)), []);
    } finally {
      await web.stop();
      await node.stop();
    }
  });

  it('offers the quick fixes, ignore-on-this-line and fix-all, and hovers, on a post without a file path', async () => {
    const client = await startWorker();
    try {
      const uri = `${FOLDER}/actions.post.md`;
      await client.open(uri, POST);
      const diagnostics: Diagnostic[] = (await client.pull(uri)).items;
      const hardSell = diagnostics.find((d) => d.code === 'hard-sell')!;
      const actions = await client.codeActions(uri, [hardSell]);
      assert.ok(actions.some((a) => a.title === 'Ignore hard-sell on this line'), JSON.stringify(actions.map((a) => a.title)));
      const preferred = actions.find((a) => a.isPreferred)!;
      await client.applyWorkspaceEdit(preferred.edit, uri);
      assert.ok(!codes(await client.pull(uri)).includes('hard-sell'), 'the quick fix removed the finding');

      const hover = await client.hover(uri, 7, 22); // on "John"
      assert.match(hover.contents.value, /patient-identifier/);

      const fixAll = await client.fixAll(uri);
      assert.ok(fixAll?.edit, 'fix-all offered for the jargon');
      await client.applyWorkspaceEdit(fixAll.edit, uri);
      assert.ok(!codes(await client.pull(uri)).includes('jargon'), 'fix-all replaced the jargon');
    } finally {
      await client.stop();
    }
  });

  it('checks all posts the editor sends with their text (Check All Posts in the browser), pushing the diagnostics of those not open', async () => {
    const client = await startWorker();
    try {
      const clean = '---\nplatform: x\n---\nFlu shots are available at the clinic this week.\n';
      const documents = [
        { uri: `${FOLDER}/a.post.md`, text: POST },
        { uri: `${FOLDER}/b.post.md`, text: clean },
      ];
      const result = await client.connection.sendRequest<any>('postlint/checkFiles', { uris: documents.map((d) => d.uri), documents });
      assert.deepEqual(result.files.map((f: { uri: string }) => f.uri), documents.map((d) => d.uri));
      assert.equal(result.total, 2);
      const [a, b] = result.files;
      assert.ok(!a.error && a.counts.error + a.counts.warning > 0, JSON.stringify(a));
      assert.ok(!b.error, JSON.stringify(b));
      const pushed = await client.diagnostics(documents[0].uri);
      assert.ok(codes(pushed).includes('patient-identifier'), JSON.stringify(pushed.diagnostics.map((d) => d.code)));
      assert.ok(result.summary, 'the calendar summary');
    } finally {
      await client.stop();
    }
  });

  it('applies the editor settings (postlint.rules) and skips a post too large to check', async () => {
    const client = await startWorker({ settings: { rules: { 'hard-sell': 'off' } } });
    try {
      const uri = `${FOLDER}/settings.post.md`;
      await client.open(uri, POST);
      const found = codes(await client.pull(uri));
      assert.ok(!found.includes('hard-sell') && found.includes('patient-identifier'), JSON.stringify(found));

      // Over 1 MB in UTF-8 but not in characters: the size is counted without Node's Buffer.
      const large = `${POST}${'é'.repeat(600_000)}\n`;
      const largeUri = `${FOLDER}/large.post.md`;
      await client.open(largeUri, large);
      assert.deepEqual(codes(await client.pull(largeUri)), ['not-checked']);
      assert.match((await client.budgetsFor(largeUri)).notChecked ?? '', /larger than/);
    } finally {
      await client.stop();
    }
  });
});
