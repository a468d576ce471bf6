// What a real VS Code workbench showed wrong in the client (issue #10, item 9), tested on the
// pure modules that decide it: the pull guard, the log of a normal restart, the status bar of a
// post that was not checked, the Check All Posts summary's words and counts, New Post names,
// and the manifest (activation, the Default Platform setting's labels).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetView } from '../../client/src/budgets';
import { completeReport, presentDiagnostics, rewriteClientLogLine } from '../../client/src/clientGuards';
import { checkPostFileName } from '../../client/src/newPost';
import type { CheckFilesResult } from '../../client/src/protocol';
import { summaryMessage } from '../../client/src/report';

const ROOT = join(__dirname, '../../..');

describe('client: diagnostics pulled while the user types', () => {
  const cancelled = () => Object.assign(new Error('Canceled'), { name: 'Canceled' });
  const d = (n: number) => ({ range: n, severity: 1 });

  it('throws a cancelled pull away (the library then pulls again) instead of handing VS Code a half-converted list', () => {
    // What vscode-languageclient returns when the pull is cancelled between conversion batches.
    const partial = { kind: 'full', items: [d(1), d(2), undefined, undefined] };
    assert.throws(() => completeReport(partial, true, cancelled), /Canceled/);
  });

  it('drops holes from a report that finished, and leaves whole reports as they are', () => {
    assert.deepEqual(completeReport({ kind: 'full', items: [d(1), undefined, d(3)] }, false, cancelled), { kind: 'full', items: [d(1), d(3)] });
    const whole = { kind: 'full', items: [d(1), d(2)] };
    assert.equal(completeReport(whole, false, cancelled), whole);
    const unchanged = { kind: 'unChanged' };
    assert.equal(completeReport(unchanged, false, cancelled), unchanged);
  });

  it('copes with the cap: 300 findings and the note without quick-fix data', () => {
    const items = [...Array.from({ length: 300 }, (_, i) => d(i)), { range: 0, severity: 3, code: 'too-many-findings' }];
    assert.equal(completeReport({ kind: 'full', items }, false, cancelled)!.items!.length, 301);
  });

  it('gives the quick-fix provider only diagnostics that exist', () => {
    assert.deepEqual(presentDiagnostics([d(1), undefined, d(2)]), [d(1), d(2)]);
  });
});

describe('client: the output of a restart', () => {
  it('does not log a normal stop of the server (exit code 0) as an error', () => {
    const line = rewriteClientLogLine('[Error - 10:01:02] Server process exited with code 0.');
    assert.doesNotMatch(line, /Error/);
    assert.match(line, /^\[Info  - 10:01:02\] The Postlint checker stopped normally/);
  });

  it('keeps real failures as errors', () => {
    for (const line of ['[Error - 10:01:02] Server process exited with code 1.', '[Error - 10:01:02] Server process exited with signal SIGKILL.', '[Info  - 1:00] Restarting']) {
      assert.equal(rewriteClientLogLine(line), line);
    }
  });
});

describe('client: status bar of a post that was not checked', () => {
  it('says "Not checked" with the reason, not "No platform", when the platform is set but the file is too large', () => {
    const reason = 'skipped: the file is 1.2 MB, larger than the 1.0 MB Postlint reads. The longest post any platform accepts is about 63,000 characters, so this is probably not a single post: split it into one file per post.';
    const view = budgetView([], reason);
    assert.doesNotMatch(view.text, /No platform/);
    assert.match(view.text, /Not checked/);
    assert.match(view.tooltip, /Postlint skipped this post: the file is 1\.2 MB/);
  });
});

function result(files: CheckFilesResult['files'], bySeverity = { error: 1, warning: 2, info: 534, hint: 282 }): CheckFilesResult {
  return {
    cancelled: false,
    total: files.length,
    files,
    summary: {
      posts: files.filter((f) => !f.error && !f.skipped).length,
      postsWithFindings: 1,
      bySeverity,
      byRule: {},
      promotion: { promotionalPosts: 0, share: 0, maxShare: 0.2 },
      workspaceFindings: [],
    },
  };
}
const zero = { error: 0, warning: 0, info: 0, hint: 0 };

describe('client: Check All Posts summary, worded as the CLI and VS Code count', () => {
  it('counts infos and hints apart, as VS Code\'s Problems counts ("Infos") and the CLI do, never as "notes"', () => {
    const message = summaryMessage(result([{ uri: 'file:///w/a.post.md', counts: zero }]), 1);
    assert.match(message, /1 error, 2 warnings, 534 infos, 282 hints\./);
    assert.doesNotMatch(message, /note/);
  });

  it('says a file was skipped, with the reason, where the CLI says skipped; "could not be read" only for unreadable posts', () => {
    const huge = { uri: 'file:///w/huge.post.md', counts: zero, skipped: 'skipped: the file is 1.2 MB, larger than the 1.0 MB Postlint reads.' };
    const latin1 = { uri: 'file:///w/old.post.md', counts: zero, error: 'not checked: the file is not valid UTF-8 text.' };
    const one = summaryMessage(result([{ uri: 'file:///w/a.post.md', counts: zero }, huge]), 2);
    assert.match(one, /1 file skipped: the file is 1\.2 MB, larger than the 1\.0 MB Postlint reads\./);
    assert.doesNotMatch(one, /could not be read/);
    const both = summaryMessage(result([huge, latin1]), 2);
    assert.match(both, /1 file skipped: /);
    assert.match(both, /1 post could not be read: the file is not valid UTF-8 text\./);
  });
});

describe('client: New Post file names', () => {
  const message = (name: string) => {
    const check = checkPostFileName(name);
    assert.equal(check.ok, false, name);
    return (check as { message: string }).message;
  };

  it('names the bad character in "a:b?" (not a drive letter)', () => {
    assert.match(message('a:b?'), /contains ":"/);
    assert.doesNotMatch(message('a:b?'), /inside the workspace folder/);
    assert.match(message('C:/posts/x.post.md'), /inside the workspace folder/);
    assert.match(message('C:\\x.post.md'), /inside the workspace folder/);
  });

  it('asks for a name after a folder ("posts/" does not create posts.post.md)', () => {
    assert.match(message('posts/'), /type a name for the post after it, for example posts\/flu-season\.post\.md/);
    assert.match(message('posts\\drafts\\'), /posts\/drafts\/flu-season\.post\.md/);
    assert.deepEqual(checkPostFileName('posts/flu'), { ok: true, segments: ['posts', 'flu.post.md'] });
  });
});

describe('client: the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('activates when the workspace holds posts, so the first Check All Posts does not wait for activation', () => {
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.post.md'), JSON.stringify(manifest.activationEvents));
  });

  it('labels every Default Platform choice in words, the first "None — use the post\'s front matter" (not "null")', () => {
    const setting = manifest.contributes.configuration.properties['postlint.defaultPlatform'];
    assert.equal(setting.enum[0], null);
    assert.equal(setting.enumItemLabels.length, setting.enum.length);
    assert.equal(setting.enumItemLabels[0], "None — use the post's front matter");
    assert.ok(setting.enumItemLabels.every((l: string) => l && !/null/i.test(l)));
  });
});
