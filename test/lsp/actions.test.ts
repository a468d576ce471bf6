// Protocol tests: code actions and hover. Each quick fix is applied the way an editor does
// (to the client's copy of the text, sent back as incremental changes) and the post is
// re-checked, so a fix that does not remove its finding fails here.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { GUIDELINE_TITLES, getRule } from '../../server/src/engine';
import { codes, UNDER_TEST, TestClient } from './client';
import { startFixtureServer, useFixtureServer } from './fixtures';

const POST = [
  '---',
  'platform: instagram',
  '---',
  'Flu shots are in at Smile Studio this week. Book now!',
  '',
  'Hypertension often has no symptoms, so a yearly check matters.',
  '',
  'Thanks for coming in, John, hope the knee is healing!',
  '',
].join('\n');

const sameSpot = (a: Diagnostic, b: Diagnostic) => a.code === b.code && JSON.stringify(a.range) === JSON.stringify(b.range);

describe('language server: code actions', () => {
  let root: string;
  let client: TestClient;
  let n = 0;
  useFixtureServer((s) => ({ root, client } = s));

  async function openPost(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = TestClient.uri(path.join(root, 'posts', `actions-${++n}.post.md`));
    await client.open(uri, text);
    return { uri, diagnostics: (await client.diagnostics(uri, 1)).diagnostics };
  }

  it('offers each suggestion (first preferred), ignore-on-this-line and documentation for a finding', async () => {
    const { uri, diagnostics } = await openPost(POST);
    const hardSell = diagnostics.find((d) => d.code === 'hard-sell')!;
    const actions = await client.codeActions(uri, [hardSell]);
    const data = hardSell.data as { suggestions: { title: string }[] };
    const fixes = actions.filter((a) => a.edit && !a.title.startsWith('Ignore'));
    assert.deepEqual(
      fixes.map((a) => a.title),
      data.suggestions.map((s) => s.title),
    );
    assert.equal(fixes[0].isPreferred, true);
    assert.ok(fixes.slice(1).every((a) => !a.isPreferred));
    assert.ok(actions.every((a) => a.kind === 'quickfix'));
    assert.ok(actions.some((a) => a.title === 'Ignore hard-sell on this line'));
    const docs = actions.find((a) => a.title === 'Show documentation for hard-sell');
    assert.deepEqual(docs?.command, { title: 'Show documentation for hard-sell', command: 'postlint.server.showRuleDocumentation', arguments: ['hard-sell'] });
    assert.ok(actions.every((a) => !a.diagnostics || (a.diagnostics.length === 1 && sameSpot(a.diagnostics[0], hardSell))));
  });

  it('every quick fix of every finding, applied, removes that finding when the post is re-checked', async () => {
    const first = await openPost(POST);
    let checked = 0;
    // The rules this suite knows (others' rules change while they are written; their own tests cover their fixes).
    for (const target of first.diagnostics.filter((d) => (UNDER_TEST as readonly string[]).includes(String(d.code)))) {
      const count = (await client.codeActions(first.uri, [target])).filter((a) => a.edit).length;
      for (let i = 0; i < count; i++) {
        // A fresh copy of the post for every fix.
        const { uri, diagnostics } = await openPost(POST);
        const diagnostic = diagnostics.find((d) => sameSpot(d, target))!;
        const action = (await client.codeActions(uri, [diagnostic])).filter((a) => a.edit)[i];
        const before = diagnostics.filter((d) => d.code === target.code).length;
        const version = await client.applyWorkspaceEdit(action.edit, uri);
        const after = (await client.diagnostics(uri, version)).diagnostics;
        assert.equal(
          after.filter((d) => d.code === target.code).length,
          before - 1,
          `"${action.title}" did not remove the ${target.code} finding:\n${client.doc(uri).getText()}`,
        );
        checked++;
      }
    }
    // hard-sell, team-phrase and jargon each offer at least one rewording, patient-identifier a redaction, all "ignore".
    assert.ok(checked >= 8, `only ${checked} quick fixes were tried`);
    const found = new Set(first.diagnostics.map((d) => String(d.code)));
    for (const id of ['hard-sell', 'jargon', 'team-phrase', 'patient-identifier']) assert.ok(found.has(id), `no ${id} finding`);
  });

  it('"Redact patient detail" replaces the identifier and the finding goes', async () => {
    const { uri, diagnostics } = await openPost('Thanks for coming in, John, hope the knee is healing!\n');
    const identifier = diagnostics.find((d) => d.code === 'patient-identifier')!;
    assert.equal(client.doc(uri).getText(identifier.range), 'John');
    const redact = (await client.codeActions(uri, [identifier])).find((a) => a.title === 'Redact patient detail');
    assert.ok(redact, 'no redaction offered');
    const version = await client.applyWorkspaceEdit(redact!.edit, uri);
    assert.ok(!client.doc(uri).getText().includes('John'));
    assert.ok(!codes(await client.diagnostics(uri, version), UNDER_TEST).includes('patient-identifier'));
  });

  it('ignore-on-this-line inserts the comment above the line, with its indentation and the post\'s line endings', async () => {
    const text = '---\r\nplatform: instagram\r\n---\r\nFlu season tips:\r\n\r\n  - Book now while it is quiet\r\n';
    const { uri, diagnostics } = await openPost(text);
    const hardSell = diagnostics.find((d) => d.code === 'hard-sell')!;
    const ignore = (await client.codeActions(uri, [hardSell])).find((a) => a.title === 'Ignore hard-sell on this line')!;
    const version = await client.applyWorkspaceEdit(ignore.edit, uri);
    assert.equal(
      client.doc(uri).getText(),
      '---\r\nplatform: instagram\r\n---\r\nFlu season tips:\r\n\r\n  <!-- postlint-disable-next-line hard-sell -->\r\n  - Book now while it is quiet\r\n',
    );
    assert.deepEqual(codes(await client.diagnostics(uri, version), UNDER_TEST), []);
  });

  it('ignoring a second rule on the same line extends the existing comment', async () => {
    const { uri, diagnostics } = await openPost('Book now at Smile Studio!\n');
    const hardSell = diagnostics.find((d) => d.code === 'hard-sell')!;
    let version = await client.applyWorkspaceEdit((await client.codeActions(uri, [hardSell])).find((a) => a.title.startsWith('Ignore'))!.edit, uri);
    const team = (await client.diagnostics(uri, version)).diagnostics.find((d) => d.code === 'team-phrase')!;
    assert.ok(team, 'no team-phrase finding');
    version = await client.applyWorkspaceEdit((await client.codeActions(uri, [team])).find((a) => a.title.startsWith('Ignore'))!.edit, uri);
    assert.equal(client.doc(uri).getText(), '<!-- postlint-disable-next-line hard-sell, team-phrase -->\nBook now at Smile Studio!\n');
    assert.deepEqual(codes(await client.diagnostics(uri, version), UNDER_TEST), []);
  });

  it('does not offer to ignore a finding inside the front matter', async () => {
    const { uri, diagnostics } = await openPost('---\nplatform: myspace\n---\nWash your hands.\n');
    const fm = diagnostics.find((d) => d.code === 'front-matter')!;
    assert.ok(fm, 'expected a front-matter finding');
    const actions = await client.codeActions(uri, [fm]);
    assert.equal(actions.filter((a) => a.title.startsWith('Ignore')).length, 0);
  });

  it('fix-all applies the safe fixes, and a second fix-all yields no edits', async () => {
    const text = '---\nplatform: facebook\n---\nHypertension often has no symptoms.\n\nAnkle edema can be a sign of heart trouble. Book now!\n';
    const { uri, diagnostics } = await openPost(text);
    assert.deepEqual(codes({ diagnostics } as never, UNDER_TEST).sort(), ['hard-sell', 'jargon', 'jargon']);
    const fixAll = await client.fixAll(uri);
    assert.ok(fixAll, 'no fix-all action');
    assert.equal(fixAll!.title, 'Fix all Postlint issues in this post');
    const version = await client.applyWorkspaceEdit(fixAll!.edit, uri);
    const after = await client.diagnostics(uri, version);
    // jargon has a safe fix; hard-sell has suggestions only, so it stays for the writer to decide.
    assert.deepEqual(codes(after, UNDER_TEST), ['hard-sell']);
    const fixed = client.doc(uri).getText();
    assert.ok(fixed.includes('High blood pressure often has no symptoms.') && fixed.includes('Ankle swelling can be'), fixed);
    assert.ok(fixed.includes('Book now!'));
    assert.equal(await client.fixAll(uri), undefined, 'a second fix-all still had edits');
  });

  it('fix-all is offered in the quick-fix list only next to a fixable finding', async () => {
    const { uri, diagnostics } = await openPost('Hypertension often has no symptoms. Book now!\n');
    const jargon = diagnostics.find((d) => d.code === 'jargon')!;
    const hardSell = diagnostics.find((d) => d.code === 'hard-sell')!;
    const withFixable = await client.codeActions(uri, [jargon]);
    assert.ok(withFixable.some((a: CodeAction) => a.kind === 'source.fixAll.postlint'));
    const withoutFixable = await client.codeActions(uri, [hardSell]);
    assert.ok(!withoutFixable.some((a: CodeAction) => a.kind === 'source.fixAll.postlint'));
    const onlyQuickFixes = await client.codeActions(uri, [jargon], ['quickfix']);
    assert.ok(!onlyQuickFixes.some((a: CodeAction) => a.kind === 'source.fixAll.postlint'));
  });

  it('a quick fix asked for after the post changed uses the finding as it is now', async () => {
    const { uri, diagnostics } = await openPost('Book now!\n');
    const stale = diagnostics.find((d) => d.code === 'hard-sell')!;
    // Typing after the finding: the finding keeps its range, the document has a new version.
    const version = await client.edit(uri, [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, newText: ' Thanks.' }]);
    const actions = await client.codeActions(uri, [stale]);
    const fix = actions.find((a) => a.isPreferred && a.diagnostics?.[0].code === 'hard-sell')!;
    assert.ok(fix, 'no fix for a finding that is still there');
    const edits = (fix.edit!.documentChanges![0] as { textDocument: { version: number } }).textDocument;
    assert.equal(edits.version, version);
    const next = await client.applyWorkspaceEdit(fix.edit, uri);
    assert.deepEqual(codes(await client.diagnostics(uri, next), UNDER_TEST), []);
  });
});

describe('language server: hover', () => {
  let root: string;
  let client: TestClient;
  useFixtureServer((s) => ({ root, client } = s));

  it('names the rule, its guideline, why it matters, a good example and the rule page on a flagged range, not the message', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'hover.post.md'));
    await client.open(uri, 'Flu shots are in. Book now!\n');
    const d = (await client.diagnostics(uri, 1)).diagnostics.find((x) => x.code === 'hard-sell')!;
    const hover = await client.hover(uri, 0, d.range.start.character + 2);
    assert.equal(hover.contents.kind, 'markdown');
    const value: string = hover.contents.value;
    const meta = getRule('hard-sell')!.meta;
    assert.ok(value.includes('hard-sell'), value);
    assert.ok(value.includes(GUIDELINE_TITLES[meta.guideline]), value);
    assert.ok(value.includes(meta.why.slice(0, 40)), value);
    assert.ok(value.includes(meta.goodExample.slice(0, 30)), value);
    assert.ok(value.includes(d.codeDescription!.href), value);
    // The editor shows the diagnostic's message in the same hover box: ours does not repeat it.
    assert.ok(d.message.length > 30, d.message);
    assert.ok(!value.includes(d.message.slice(0, 30)), value);
    assert.deepEqual(hover.range, d.range);
  });

  it('explains each rule where findings of two rules meet, without either message', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'hover-two.post.md'));
    await client.open(uri, 'Flu shots are in. BOOK NOW!!!\n');
    const ds = (await client.diagnostics(uri, 1)).diagnostics;
    const sell = ds.find((x) => x.code === 'hard-sell')!;
    const shout = ds.find((x) => x.code === 'shouting' && x.range.start.character === sell.range.end.character)!;
    assert.ok(sell && shout, JSON.stringify(ds));
    const value: string = (await client.hover(uri, 0, sell.range.end.character)).contents.value;
    for (const d of [sell, shout]) {
      const meta = getRule(String(d.code))!.meta;
      assert.ok(value.includes(`Postlint: ${d.code}`), value);
      assert.ok(value.includes(GUIDELINE_TITLES[meta.guideline]), value);
      assert.ok(!value.includes(d.message.slice(0, 30)), value);
    }
  });

  it('shows nothing away from findings', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'hover-none.post.md'));
    await client.open(uri, 'Flu shots are in. Book now!\n');
    await client.diagnostics(uri, 1);
    assert.equal(await client.hover(uri, 0, 2), null);
  });
});

describe('language server: documentation command', () => {
  it('uses the VS Code client\'s command when the client is VS Code', async () => {
    const { root, client } = await startFixtureServer({ clientName: 'Visual Studio Code' });
    try {
      const uri = TestClient.uri(path.join(root, 'posts', 'docs.post.md'));
      await client.open(uri, 'Book now!\n');
      const d = (await client.diagnostics(uri, 1)).diagnostics.find((x) => x.code === 'hard-sell')!;
      const docs = (await client.codeActions(uri, [d])).find((a) => a.command);
      assert.deepEqual(docs?.command, { title: 'Show documentation for hard-sell', command: 'postlint.showRuleDocumentation', arguments: ['hard-sell'] });
      assert.equal(client.initializeResult.capabilities.executeCommandProvider, undefined);
    } finally {
      await client.stop();
    }
  });
});
