// Builds one regular expression source for a list of phrases, factored by common prefixes
// (as Perl's Regexp::Assemble does), so a large alternation is still scanned efficiently.
// `{number}` in a phrase stands for any number.
export function trieRegexSource(phrases) {
  const root = new Map();
  const END = '';
  for (const p of phrases) {
    let node = root;
    const units = p.toLowerCase().split(/(\{number\})/).flatMap((part) => (part === '{number}' ? [part] : [...part]));
    for (const u of units) {
      if (!node.has(u)) node.set(u, new Map());
      node = node.get(u);
    }
    node.set(END, null);
  }
  const esc = (u) => (u === '{number}' ? '\\d+' : u.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&'));
  const emit = (node) => {
    const branches = [];
    let optional = false;
    for (const [u, child] of node) {
      if (u === END) optional = true;
      else branches.push(esc(u) + emit(child));
    }
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    if (optional) return branches.length === 1 && branches[0].length === 1 ? `${body}?` : `(?:${branches.length === 1 ? body : body})?`;
    return body;
  };
  return emit(root);
}
