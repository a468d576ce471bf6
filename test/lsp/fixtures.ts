// Shared setup of the protocol tests: the real server started on a fresh copy of the fixture
// workspace (test/fixtures/lsp-workspace), for one test or for the tests of a describe block.

import { copyFixtureWorkspace, TestClient, type StartOptions } from './client';

export interface FixtureServer {
  /** The workspace folder (a temporary copy; tests may change its files). */
  root: string;
  client: TestClient;
}

/** A server on a fresh copy of the fixture workspace, started with `options`. The caller stops it. */
export async function startFixtureServer(options: Omit<StartOptions, 'root'> = {}): Promise<FixtureServer> {
  const root = copyFixtureWorkspace();
  return { root, client: await TestClient.start({ ...options, root }) };
}

/**
 * Mocha hooks for the enclosing describe block: before its tests (before each test with
 * `each`), a server on a fresh copy of the fixture workspace, handed to `started`; after them
 * (after each test), that server stops.
 */
export function useFixtureServer(
  started: (server: FixtureServer) => void,
  options: Omit<StartOptions, 'root'> & { each?: boolean } = {},
): void {
  const { each, ...startOptions } = options;
  let server: FixtureServer | undefined;
  (each ? beforeEach : before)(async () => {
    server = await startFixtureServer(startOptions);
    started(server);
  });
  (each ? afterEach : after)(() => server?.client.stop());
}
