// Reads GitHub Actions workflow commands (`::warning file=…,line=…::message`) back into objects,
// undoing the escapes the workflow-command format defines, so tests compare real values.

export interface Annotation {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescape(s: string): string {
  return s.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => ({ '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' })[code]!);
}

/** The workflow commands in `stdout`, and its other (plain) lines. */
export function parseAnnotations(stdout: string): { annotations: Annotation[]; plain: string[] } {
  const annotations: Annotation[] = [];
  const plain: string[] = [];
  for (const line of stdout.split('\n')) {
    if (!line) continue;
    const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) {
      plain.push(line);
      continue;
    }
    const properties: Record<string, string> = {};
    for (const part of m[2] ? m[2].split(',') : []) {
      const eq = part.indexOf('=');
      properties[part.slice(0, eq)] = unescape(part.slice(eq + 1));
    }
    annotations.push({ command: m[1], properties, message: unescape(m[3]) });
  }
  return { annotations, plain };
}
