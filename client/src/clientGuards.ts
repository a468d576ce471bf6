// Guards around vscode-languageclient's behaviour in a real workbench. Pure (no `vscode`
// import) so they are unit-tested with plain mocha; extension.ts wires them in.

/** A diagnostics report as the client library hands it to VS Code (only what the guard reads). */
export interface PulledReport<D> {
  kind: string;
  items?: (D | undefined)[];
}

/**
 * The library converts a pulled report's diagnostics in batches and, when the pull is
 * cancelled (the user typed again) between batches, returns the array half filled. VS Code
 * then fails on the holes ("reading 'severity'" in the pull, "reading 'range'" in quick
 * fixes) and squiggles go missing. A cancelled pull is thrown away instead (`cancelled()`
 * makes the error the library treats as "pull again"); holes that remain are dropped.
 */
export function completeReport<D, R extends PulledReport<D>>(report: R | undefined | null, isCancelled: boolean, cancelled: () => Error): R | undefined | null {
  if (isCancelled) throw cancelled();
  if (!report || !Array.isArray(report.items) || !report.items.includes(undefined)) return report;
  return { ...report, items: report.items.filter((d) => d !== undefined) };
}

/** The diagnostics VS Code passes to a code-action request, without holes left by a cut-off pull. */
export function presentDiagnostics<D>(diagnostics: readonly (D | undefined)[]): D[] {
  return diagnostics.filter((d): d is D => d !== undefined && d !== null);
}

/**
 * The library logs every exit of the server as an error, "[Error - 10:01:02] Server process
 * exited with code 0.", even when Restart Server or closing the window stopped it. Exit code 0
 * is a normal stop: logged as information, in words a user can act on. Other lines pass as they are.
 */
export function rewriteClientLogLine(line: string): string {
  const m = /^\[Error\s*-\s*([^\]]+)\] Server process exited with code 0\.?$/.exec(line);
  if (!m) return line;
  return `[Info  - ${m[1]}] The Postlint checker stopped normally (exit code 0). This is expected after Restart Server or when the window closes; nothing needs doing.`;
}
