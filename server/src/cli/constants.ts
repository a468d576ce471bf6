// Facts about the tool that the output formats print. package.json is bundled into the CLI at
// build time (esbuild inlines the import), so none of this reads a file at run time.
import packageJson from '../../../package.json';

export const TOOL_NAME = 'postlint';
export const VERSION: string = packageJson.version;

export interface ProjectLinks {
  /** The project's home page (SARIF `tool.driver.informationUri`). */
  home: string;
  /** A rule's documentation page (SARIF `helpUri`), when the docs are known to be online. */
  ruleHelp?: (ruleId: string) => string;
}

/**
 * Links to the project, only from what package.json declares: `homepage`, else a `repository`
 * on https. Rule pages are linked only for a GitHub repository (docs/rules/<id>.md on its default
 * branch). package.json declares neither today, so there are no links: each rule's help is
 * carried in the SARIF itself.
 */
export function projectLinks(pkg: { homepage?: unknown; repository?: unknown }): ProjectLinks | undefined {
  const repoField = typeof pkg.repository === 'object' && pkg.repository ? (pkg.repository as { url?: unknown }).url : pkg.repository;
  const repo = typeof repoField === 'string' ? /^(?:git\+)?(https:\/\/[^\s#?]+?)(?:\.git)?\/?$/.exec(repoField)?.[1] : undefined;
  const homepage = typeof pkg.homepage === 'string' && /^https?:\/\/\S+$/.test(pkg.homepage) ? pkg.homepage : undefined;
  const home = homepage ?? repo;
  if (!home) return undefined;
  const onGitHub = repo && /^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(repo) ? repo : undefined;
  return { home, ...(onGitHub ? { ruleHelp: (id: string) => `${onGitHub}/blob/HEAD/docs/rules/${encodeURIComponent(id)}.md` } : {}) };
}

export const PROJECT_LINKS = projectLinks(packageJson as { homepage?: unknown; repository?: unknown });
