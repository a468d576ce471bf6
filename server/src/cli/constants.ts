// Facts about the tool that the output formats print.
import packageJson from '../../../package.json';

export const TOOL_NAME = 'postlint';
export const VERSION: string = packageJson.version;

/** Where the project's sources and rule pages live (SARIF `helpUri`, `informationUri`). */
export const REPOSITORY_URL = 'https://github.com/postlint/postlint';

/** The documentation page of a rule. */
export function ruleHelpUri(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
