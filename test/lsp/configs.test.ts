// The language server's configuration cache: a folder of posts under one configuration shares
// one effective configuration and one compiled linter, and a change of either input gives new ones.
import * as assert from 'node:assert/strict';
import { ServerConfigs } from '../../server/src/lsp/configs';
import { DEFAULT_SETTINGS, type PostlintSettings } from '../../server/src/lsp/protocol';

describe('ServerConfigs', () => {
  const fileConfig = { rules: { 'hard-sell': 'error' as const } };
  const withRules = (rules: Record<string, unknown>): PostlintSettings => ({ ...DEFAULT_SETTINGS, rules });

  it('without editor settings, the file configuration itself applies', () => {
    const configs = new ServerConfigs();
    assert.equal(configs.effectiveConfig(fileConfig, DEFAULT_SETTINGS), fileConfig);
  });

  it('merges the editor settings over the file once, and again only when either changes', () => {
    const configs = new ServerConfigs();
    const a = configs.effectiveConfig(fileConfig, withRules({ jargon: 'off' }));
    assert.deepEqual(a.rules, { 'hard-sell': 'error', jargon: 'off' });
    assert.equal(configs.effectiveConfig(fileConfig, withRules({ jargon: 'off' })), a, 'same inputs: the same object');
    const b = configs.effectiveConfig(fileConfig, withRules({ jargon: 'warning' }));
    assert.notEqual(b, a);
    assert.deepEqual(b.rules, { 'hard-sell': 'error', jargon: 'warning' });
    const otherFile = { rules: { 'self-praise': 'off' as const } };
    assert.deepEqual(configs.effectiveConfig(otherFile, withRules({ jargon: 'off' })).rules, { 'self-praise': 'off', jargon: 'off' });
  });

  it('reads editor settings once per settings object, and equal settings alike', () => {
    const configs = new ServerConfigs();
    const settings = withRules({ jargon: 'off', nonsense: 'off' });
    const read = configs.settingsConfig(settings);
    assert.equal(configs.settingsConfig(settings), read);
    assert.equal(configs.settingsConfig(withRules({ jargon: 'off', nonsense: 'off' })), read, 'equal settings in another object');
    assert.deepEqual(read.config.rules, { jargon: 'off' });
    assert.equal(read.problems.length, 1, 'the unknown rule id is a problem for the log');
    assert.notEqual(configs.settingsConfig(withRules({ jargon: 'info' })), read);
  });

  it('compiles one linter per distinct configuration, whatever object carries it', () => {
    const configs = new ServerConfigs();
    const linter = configs.linterFor(fileConfig);
    assert.equal(configs.linterFor(fileConfig), linter);
    assert.equal(configs.linterFor({ rules: { 'hard-sell': 'error' } }), linter, 'an equal configuration in another object');
    const other = configs.linterFor({ rules: { 'hard-sell': 'off' } });
    assert.notEqual(other, linter);
    assert.equal(other.rules.has('hard-sell'), false);
    assert.equal(linter.rules.get('hard-sell')?.severity, 'error');
  });
});
