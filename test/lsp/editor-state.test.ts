// Protocol tests for what a real VS Code workbench showed wrong (issue #10, item 9): the status
// bar budget after a quick fix, a post too large to check, and quick-fix menus offering two
// entries with the same result. Pull diagnostics, as VS Code uses them.

import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_POST_BYTES } from '../../server/src/node/read-post';
import { TestClient } from './client';
import { useFixtureServer } from './fixtures';

const withEdit = (text: string, action: CodeAction, uri: string) => {
  const edits = action.edit!.documentChanges ? (action.edit!.documentChanges[0] as { edits: any[] }).edits : action.edit!.changes![uri];
  return TextDocument.applyEdits(TextDocument.create(uri, 'postmd', 0, text), edits);
};

describe('language server: what the workbench shows', () => {
  let root: string;
  let client: TestClient;
  let n = 0;
  useFixtureServer((s) => ({ root, client } = s), { pull: true });

  const postUri = () => TestClient.uri(path.join(root, 'posts', `state-${++n}.post.md`));

  it('sends new budgets when a quick fix changed the length, also when a code-action request checked the new text first', async () => {
    const uri = postUri();
    const text = '---\nplatform: x\n---\nThanks for coming in, John, hope the knee is healing!\n';
    await client.open(uri, text);
    const first = await client.pull(uri);
    const before = (await client.budgetsFor(uri)).budgets[0].used;
    const identifier = (first.items as Diagnostic[]).find((d) => d.code === 'patient-identifier')!;
    const redact = (await client.codeActions(uri, [identifier])).find((a) => a.title === 'Redact patient detail')!;
    const version = await client.applyWorkspaceEdit(redact.edit, uri);
    const now = client.doc(uri).getText().length;
    assert.notEqual(now, text.length, 'the redaction changes the length');
    // VS Code asks for the new cursor's code actions, with the old diagnostics, before it pulls.
    await client.codeActions(uri, [identifier]);
    await client.pull(uri);
    // Before the fix no budgets came for the new text: the status bar kept the old length until the next key.
    const expected = before + (now - text.length);
    assert.equal((await client.budgetsFor(uri, (b) => b[0]?.used === expected)).budgets[0].used, expected, `version ${version}`);
  });

  it('a post too large to check: the budget says so with the CLI\'s reason (not "no platform"), and Check All Posts calls it skipped', async () => {
    const file = path.join(root, 'posts', 'huge.post.md');
    const text = `---\nplatform: facebook\n---\n${'Wash your hands before meals. '.repeat(Math.ceil((MAX_POST_BYTES * 1.15) / 30))}\n`;
    writeFileSync(file, text);
    const uri = TestClient.uri(file);
    await client.open(uri, text);
    const pulled = await client.pull(uri);
    assert.deepEqual(pulled.items.map((d: Diagnostic) => d.code), ['not-checked']);
    const budgets = await client.budgetsFor(uri);
    assert.deepEqual(budgets.budgets, []);
    assert.match(budgets.notChecked ?? '', /^skipped: the file is 1\.\d MB, larger than the 1\.0 MB Postlint reads/);
    await client.close(uri);

    const result = await client.connection.sendRequest<any>('postlint/checkFiles', { uris: [uri] });
    assert.equal(result.files[0].error, undefined);
    assert.equal(result.files[0].skipped, budgets.notChecked, 'the same reason as the CLI and the editor');
  });

  it('never offers two quick fixes that give the same text (a patient name\'s redaction)', async () => {
    const uri = postUri();
    const text = 'Thanks for coming in, John, hope the knee is healing!\n';
    await client.open(uri, text);
    const identifier = ((await client.pull(uri)).items as Diagnostic[]).find((d) => d.code === 'patient-identifier')!;
    const data = identifier.data as { suggestions: { edits: unknown[] }[]; redaction?: { edits: unknown[] } };
    assert.ok(data.redaction && data.suggestions.some((s) => JSON.stringify(s.edits) === JSON.stringify(data.redaction!.edits)), 'the case in question: a suggestion redacts as the redaction does');
    const actions = (await client.codeActions(uri, [identifier])).filter((a) => a.edit);
    const results = actions.map((a) => withEdit(text, a, uri));
    assert.equal(new Set(results).size, results.length, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(actions.some((a) => a.title === 'Redact patient detail'));
  });
});
