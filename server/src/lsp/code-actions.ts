// textDocument/codeAction and the server's documentation command. The quick fixes come from
// each diagnostic's data, which was made for one version of the post: for any other version the
// finding is looked up in the post's current check (the one staleness rule, Analyses.isCurrent).

import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type ExecuteCommandParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, quickFixes, type ActionContext } from './actions';
import type { Analysis } from './analyses';
import { SERVER_DOCS_COMMAND } from './capabilities';
import type { ServerContext } from './context';
import { isDiagnosticData, OffsetMapper, ruleDocUri, SOURCE } from './convert';
import { isPost } from './documents';
import { FIX_ALL_KIND, SHOW_RULE_DOCUMENTATION_COMMAND } from './protocol';

export async function codeActions(ctx: ServerContext, params: CodeActionParams): Promise<CodeAction[]> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isPost(doc)) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const action = actionContext(ctx, doc);
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    let now: Analysis | undefined;
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE || !isDiagnosticData(diagnostic.data)) continue;
      let data = diagnostic.data;
      if (data.version !== doc.version) {
        // The edits were made for an older text: use the finding as it is now, if it is still there.
        now ??= await ctx.checker.current(doc);
        const same = now?.diagnostics.find((d) => d.code === diagnostic.code && JSON.stringify(d.range) === JSON.stringify(diagnostic.range));
        if (!same || !isDiagnosticData(same.data)) continue;
        data = same.data;
      }
      actions.push(...quickFixes(action, diagnostic, data));
    }
  }

  const fixableInContext = params.context.diagnostics.some((d) => isDiagnosticData(d.data) && d.data.fix);
  if (wants(FIX_ALL_KIND) && (only || fixableInContext)) {
    const analysis = await ctx.checker.current(doc);
    const edits = analysis?.linter ? fixAllEdits(doc.getText(), analysis.linter, action.mapper) : [];
    if (edits.length) actions.push({ title: 'Fix all Postlint issues in this post', kind: FIX_ALL_KIND, edit: action.edit(edits) });
  }
  return actions;
}

function actionContext(ctx: ServerContext, doc: TextDocument): ActionContext {
  const text = doc.getText();
  const { support } = ctx;
  return {
    text,
    // The last check's line starts when it was of this text.
    mapper: ctx.analyses.current(doc.uri, doc.version)?.mapper ?? new OffsetMapper(text),
    edit: (edits: TextEdit[]): WorkspaceEdit =>
      support.documentChanges ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] } : { changes: { [doc.uri]: edits } },
    docsCommand: (ruleId: string): Command | undefined => {
      const title = `Show documentation for ${ruleId}`;
      if (support.isVsCode) return { title, command: SHOW_RULE_DOCUMENTATION_COMMAND, arguments: [ruleId] };
      if (support.showDocument) return { title, command: SERVER_DOCS_COMMAND, arguments: [ruleId] };
      return undefined;
    },
  };
}

/** The server's own "show documentation" command, for editors other than VS Code. */
export async function executeCommand(ctx: ServerContext, params: ExecuteCommandParams): Promise<null> {
  if (params.command !== SERVER_DOCS_COMMAND) return null;
  const ruleId = String(params.arguments?.[0] ?? '');
  if (!/^[a-z0-9-]+$/.test(ruleId)) return null;
  await ctx.connection.window.showDocument({ uri: ruleDocUri(ruleId), external: false, takeFocus: true });
  return null;
}
