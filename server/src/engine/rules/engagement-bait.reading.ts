// engagement-bait, read for meaning: requests for likes, shares, tags, follows, reposts,
// screenshots or set replies in any wording, found from what the words do rather than from
// set phrases. A sentence is bait when it asks the reader (an instruction, "all you have to
// do is…", "each winner must…", "whoever guesses…") to
// - like the post, photo or page ("Like this post", "LIKE us on Facebook");
// - tag other people ("Tag at least one friend", "tag us and your bestie");
// - do two engagement acts at once ("Keep posting and tagging @clinic", "Get liking and sharing"),
//   unless they are only sharing and following, which is how a health body spreads a warning;
// - or do any engagement act as the price of a giveaway or competition the post runs
//   ("win a free syringe… Follow our page", "Whoever guesses the number wins").
// A lone "please share" or "follow us for updates" outside a contest is not flagged: public
// health bodies rightly ask for that. Each finding covers the words that carry the request.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';

export interface BaitFinding {
  start: number;
  end: number;
  kind: 'contest' | 'like' | 'tag' | 'combo' | 'reply';
}

type Act = 'like' | 'share' | 'tag' | 'follow' | 'comment' | 'screenshot' | 'subscribe' | 'guess' | 'post';

/** Engagement acts, by dictionary form. */
const ACT_LEMMAS: ReadonlyMap<string, Act> = new Map<string, Act>([
  ['like', 'like'], ['share', 'share'], ['tag', 'tag'], ['follow', 'follow'], ['repost', 'share'], ['retweet', 'share'],
  ['rt', 'share'], ['regram', 'share'], ['reshare', 'share'], ['comment', 'comment'], ['screenshot', 'screenshot'],
  ['screengrab', 'screenshot'], ['subscribe', 'subscribe'], ['guess', 'guess'], ['post', 'post'], ['upload', 'post'],
]);
/** Acts that only count beside another act or in a contest: sharing, following and posting are often fair asks. */
const WEAK: ReadonlySet<Act> = new Set(['post', 'guess']);
/** Passing information on: a health body may fairly ask for it. */
const AMPLIFY: ReadonlySet<Act> = new Set(['share', 'follow']);
/** After "follow": a phrasal verb or advice to follow, not the account ("follow up", "follow the advice"). */
const NOT_AN_ACCOUNT = new Set(['up', 'through', 'along', 'on', 'the', 'these', 'this', 'that', 'those', 'your', 'a', 'an', 'any', 'all', 'our', 'their', 'his', 'her', 'it', 'them', 'instructions', 'advice', 'guidance', 'directions', 'rules', 'steps']);
/** Objects that make an act conversation rather than bait: "share your experience", "post your questions". */
const CONVERSATION = new Set(['your', 'yours', 'with', 'below', 'in', 'what', 'how', 'why', 'any']);

/** Words naming a giveaway or competition. */
const CONTEST_WORDS = new Set(['giveaway', 'giveaways', 'competition', 'contest', 'raffle', 'sweepstake', 'sweepstakes', 'prize']);
/** "win a…", "win free…", "win £100", not "win the fight". */
const PRIZE_OPENERS = new Set(['a', 'an', 'free', 'one', 'your', 'some', 'this', 'these', 'two', 'three', 'tickets', 'vouchers']);
const WINNER_CUES = new Set(['lucky', 'announce', 'announced', 'choose', 'chosen', 'pick', 'picked', 'draw', 'drawn', 'select', 'selected', 'each', 'every', 'will', 'must']);

/** People one tags: "tag a friend", "tag your bestie", "tag someone who…". */
const PEOPLE = new Set([
  'friend', 'friends', 'bestie', 'besties', 'bff', 'mate', 'mates', 'pal', 'pals', 'buddy', 'buddies', 'someone', 'somebody',
  'anyone', 'everyone', 'people', 'person', 'partner', 'mum', 'mom', 'dad', 'mother', 'father', 'sister', 'brother', 'colleague',
  'colleagues', 'coworker', 'coworkers', 'family', 'loved', 'girls', 'girlfriend', 'boyfriend', 'husband', 'wife', 'squad', 'gang',
]);
/** What one likes on a platform: "like this post", "like our page". */
const SOCIAL_THINGS = new Set([
  'post', 'posts', 'photo', 'photos', 'picture', 'pic', 'pics', 'page', 'video', 'reel', 'reels', 'status', 'tweet', 'comment',
  'competition', 'giveaway', 'account', 'story', 'channel', 'image',
]);

/** Words a request may start with before its verb: "please", "just", "keep", "get", "go and"… */
const LEADS = new Set(['please', 'pls', 'plz', 'just', 'simply', 'so', 'now', 'then', 'also', 'and', 'keep', 'get', 'go', 'start', 'and/or']);
/** Before "to": "remember to", "don't forget to", "all you have to do to enter is". */
const TO_LEADS = new Set(['forget', 'remember', 'sure', 'enter', 'do', 'need', 'have', 'got']);
const MUST = new Set(['must', 'should', 'need', 'needs']);
/** "whoever guesses", "anyone who shares", "the first person to comment". */
const ENTRANTS = new Set(['whoever', 'anyone', 'everyone', 'winner', 'winners', 'entrant', 'entrants', 'participant', 'participants', 'person', 'those']);
const WRITER = new Set(['i', 'we', "i'd", "we'd", "i'll", "we'll", 'they', 'he', 'she']);
const CLAUSE_MARKS = /[:!.–—\-…\]|•(]/;
const JOINERS = new Set(['and', '&', 'or', '+', ',', '/', '…', 'and/or']);

/** Every written form of the acts: "likes", "liked", "liking", "tagged", "tagging"… */
const ACT_FORMS: ReadonlyMap<string, Act> = (() => {
  const forms = new Map<string, Act>();
  for (const [base, act] of ACT_LEMMAS) {
    const stem = base.endsWith('e') ? base.slice(0, -1) : base;
    const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(base) ? base + base[base.length - 1] : base;
    for (const form of [base, `${base}s`, `${base}es`, `${stem}ed`, `${stem}ing`, `${doubled}ed`, `${doubled}ing`]) if (!forms.has(form)) forms.set(form, act);
  }
  return forms;
})();

function actOf(t: NlpToken): Act | undefined {
  if (t.type !== 'word') return undefined;
  return ACT_FORMS.get(t.lower) ?? ACT_LEMMAS.get(t.lemma);
}

/** The post runs a giveaway or competition. */
export function isContest(a: Analysis): boolean {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].lower.charCodeAt(0) === 35 ? t[i].lower.slice(1) : t[i].lower;
    if (CONTEST_WORDS.has(w) || w === 'give-away' || w.startsWith('giveaway')) return true;
    if (t[i].lemma === 'give' && t[i + 1]?.lower === 'away') return true;
    if (w === 'win' && t[i + 1] && (PRIZE_OPENERS.has(t[i + 1].lower) || t[i + 1].type === 'number' || t[i + 1].type === 'currency')) return true;
    if ((w === 'winner' || w === 'winners') && ((t[i - 1] && WINNER_CUES.has(t[i - 1].lower)) || (t[i + 1] && WINNER_CUES.has(t[i + 1].lower)))) return true;
  }
  return false;
}

interface Request {
  act: Act;
  at: number;
  /** One past the last token of its object. */
  end: number;
  /** Comments and "share your experience": inviting talk, bait only as a contest entry. */
  conversation: boolean;
}

/** Previous token of the sentence that is not an emoji or a stray symbol, or -1. */
function prevIndex(a: Analysis, s: NlpSentence, i: number): number {
  for (let j = i - 1; j >= s.first; j--) {
    const t = a.tokens[j];
    if (t.type === 'emoji' || (t.type === 'symbol' && t.text === '*')) continue;
    return j;
  }
  return -1;
}

/**
 * Whether the act at `i` asks the reader to do it: it opens a clause (after "please", "keep",
 * "and"…), follows "to" after "remember", "have to do", "enter", follows "must" or "is" after
 * "all you have to do", has an entrant as its subject, or is joined by "and" or a comma to
 * an act that does.
 */
/** "start by …", "begin by …": the first step of an instruction. */
const STEPS = new Set(['start', 'begin']);

function isRequest(a: Analysis, s: NlpSentence, i: number, requested: ReadonlySet<number>): boolean {
  const t = a.tokens;
  let j = prevIndex(a, s, i);
  for (let steps = 0; steps < 6; steps++) {
    if (j < 0) return true;
    const p = t[j];
    if (JOINERS.has(p.lower)) {
      // Joined to an act that is itself a request: "follow us and have liked and shared".
      for (let k = j - 1; k >= Math.max(s.first, j - 8); k--) {
        if (requested.has(k)) return true;
        if (t[k].pos === 'VERB' && !actOf(t[k])) break;
      }
      if (p.lower === ',' || p.lower === '…') return t[i].lower === t[i].lemma || t[i].lower.endsWith('ing');
      j = prevIndex(a, s, j);
      continue;
    }
    if (p.type === 'punctuation' || p.type === 'symbol') return CLAUSE_MARKS.test(p.text) || /["'“‘]/.test(p.text);
    if (p.lower === 'have' || p.lower === 'has') {
      j = prevIndex(a, s, j);
      continue;
    }
    if (LEADS.has(p.lower)) {
      j = prevIndex(a, s, j);
      continue;
    }
    if (p.lower === 'to' || p.lemma === 'be') {
      const from = Math.max(s.first, j - 4);
      for (let k = j - 1; k >= from; k--) {
        if (WRITER.has(t[k].lower)) return false;
        if (TO_LEADS.has(t[k].lemma) || TO_LEADS.has(t[k].lower)) return true;
      }
      return false;
    }
    if (MUST.has(p.lower)) {
      const q = prevIndex(a, s, j);
      return q < 0 || !WRITER.has(t[q].lower);
    }
    if (ENTRANTS.has(p.lower) || (p.lower === 'who' && ENTRANTS.has(t[j - 1]?.lower ?? ''))) return true;
    // "start by following and liking us": an instruction whose first step is the act.
    if (p.lower === 'by' && STEPS.has(t[j - 1]?.lower ?? '') && j - 1 >= s.first) return isRequest(a, s, j - 1, requested);
    return false;
  }
  return false;
}

/** The act's object ends here: "this post", "our page", "@clinic", "at least one friend". */
function objectEnd(a: Analysis, s: NlpSentence, i: number): number {
  const t = a.tokens;
  let k = i + 1;
  while (k < s.last && k < i + 5 && (t[k].pos === 'DET' || t[k].pos === 'PRON' || t[k].pos === 'ADJ' || t[k].pos === 'NUM' || t[k].pos === 'ADV' || t[k].lower === 'at' || t[k].type === 'mention')) {
    if (t[k].type === 'mention' || t[k].lower === 'us' || t[k].lower === 'me') return k + 1;
    k++;
  }
  if (k < s.last && (t[k].pos === 'NOUN' || t[k].pos === 'PROPN')) return k + 1;
  return Math.min(i + 1, s.last);
}

/** "like this post", "like our page", "LIKE us to follow us" (not "like us, nurses…"). */
function likesThePost(a: Analysis, s: NlpSentence, i: number): boolean {
  const t = a.tokens;
  const next = t[i + 1];
  if (!next || i + 1 >= s.last) return false;
  // "Like me before I became a nurse": a comparison going on, not a request.
  if (next.lower === 'us' || next.lower === 'me' || next.type === 'mention') return !(t[i + 2] && (t[i + 2].lower === ',' || COMPARISON_GOES_ON.has(t[i + 2].lower)));
  if (next.lower === 'this' || next.lower === 'that' || next.lower === 'the' || next.lower === 'our' || next.lower === 'my') {
    return !!t[i + 2] && i + 2 < s.last && (SOCIAL_THINGS.has(t[i + 2].lower) || SOCIAL_THINGS.has(t[i + 2].lemma));
  }
  return false;
}

const COMPARISON_GOES_ON = new Set(['before', 'when', 'while', 'as', 'who', 'after', 'once', 'until', 'back', 'in']);

/** "tag a friend", "tag at least two of your mates", "tag us and your bestie": the index of the people tagged, or -1. */
function tagsPeople(a: Analysis, s: NlpSentence, i: number): number {
  const t = a.tokens;
  for (let k = i + 1; k < Math.min(s.last, i + 8); k++) {
    if (PEOPLE.has(t[k].lower) || PEOPLE.has(t[k].lemma)) return k;
    if (t[k].pos === 'VERB' || (t[k].type === 'punctuation' && t[k].text !== ',')) return -1;
  }
  return -1;
}

/** A request for a set reply in the sentence, if any. */
function setReplyIn(a: Analysis, s: NlpSentence): BaitFinding | undefined {
  const none: ReadonlySet<number> = new Set();
  for (let i = s.first; i < s.last; i++) {
    const v = a.tokens[i];
    if (!REPLY_VERBS.has(v.lower) || !isRequest(a, s, i, none)) continue;
    const reply = setReply(a, s, i);
    if (reply >= 0) return { start: v.start, end: a.tokens[/^["”’'»]$/.test(a.tokens[reply + 1]?.text ?? '') ? reply + 1 : reply].end, kind: 'reply' };
  }
  return undefined;
}

/** The sentence's requests for engagement, in order. */
function requestsIn(a: Analysis, s: NlpSentence): Request[] {
  const out: Request[] = [];
  const requested = new Set<number>();
  for (let i = s.first; i < s.last; i++) {
    const act = actOf(a.tokens[i]);
    if (!act) continue;
    // "we'd like to", "I would like": wanting, not a like.
    if (act === 'like' && (a.tokens[i + 1]?.lower === 'to' || a.tokens[i - 1]?.lower === 'would' || a.tokens[i - 1]?.lower === "'d")) continue;
    const next = a.tokens[i + 1];
    // "irregularities, like overbites", "foods like candy": a comparison. A like asked for takes
    // "this", "our page", "us" or nothing; wink tags both uses ADP, so the word after tells.
    if (act === 'like' && next && i + 1 < s.last && (next.pos === 'NOUN' || next.pos === 'ADJ')) continue;
    // "follow up", "follow the advice" (but "follow our page" is the account).
    if (act === 'follow' && next && i + 1 < s.last && NOT_AN_ACCOUNT.has(next.lower) && !(next.lower === 'our' || next.lower === 'the') ) continue;
    if (act === 'follow' && next && (next.lower === 'our' || next.lower === 'the') && !SOCIAL_THINGS.has(a.tokens[i + 2]?.lower ?? '')) continue;
    // "Posts that say…", "likes and shares": nouns and third persons, not requests; but "whoever guesses".
    const word = a.tokens[i].lower;
    const base = ACT_LEMMAS.has(word) || word.endsWith('ing') || word.endsWith('ed');
    if (!base && !ENTRANTS.has(a.tokens[i - 1]?.lower ?? '') && a.tokens[i - 1]?.lower !== 'who') continue;
    if (!isRequest(a, s, i, requested)) continue;
    requested.add(i);
    const conversation = act === 'comment' || ((act === 'share' || act === 'post') && !!next && CONVERSATION.has(next.lower));
    out.push({ act, at: i, end: objectEnd(a, s, i), conversation });
  }
  return out;
}

/** Verbs that ask for a reply in the comments. */
const REPLY_VERBS = new Set(['comment', 'type', 'reply', 'drop', 'leave', 'write', 'put']);
/** What may stand between the verb and a set reply: "drop a 💙", "comment your 🦷". */
const REPLY_FILLERS = new Set(['a', 'an', 'the', 'your', 'us', 'me', 'one']);
/** What may follow a set reply: "comment GLOW below", "type ME if…", "comment "in" for the link". */
const REPLY_AFTER = new Set(['below', 'if', 'for', 'to', 'in', 'and', 'when', 'so', 'under', 'on']);

/** "Comment GLOW below", "Drop a 💙 if…", "Type "ready" in the comments": a set reply; the reply's index, or -1. */
function setReply(a: Analysis, s: NlpSentence, i: number): number {
  const t = a.tokens;
  let k = i + 1;
  while (k < s.last && REPLY_FILLERS.has(t[k].lower)) k++;
  if (k >= s.last || k > i + 3) return -1;
  if (t[k].type === 'emoji') return k;
  let word = k;
  const quoted = /^["“‘'«]$/.test(t[k].text);
  if (quoted) word = k + 1;
  const w = t[word];
  if (!w || word >= s.last || w.type !== 'word') return -1;
  const after = quoted ? t[word + 1] : t[word + 1];
  if (quoted) return after && /^["”’'»]$/.test(after.text) ? word : -1;
  // A word in capitals standing alone: "comment YES", not "type 2", "comment NHS services" or
  // the initial in "I'm very “Type A.”".
  if (!/^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u.test(w.text) || w.text.length < 2) return -1;
  const next = t[word + 1];
  return !next || word + 1 >= s.last || next.type !== 'word' || REPLY_AFTER.has(next.lower) ? word : -1;
}

export function readBait(a: Analysis): BaitFinding[] {
  const out: BaitFinding[] = [];
  const contest = isContest(a);
  for (const s of a.sentences) {
    const reply = setReplyIn(a, s);
    if (reply) {
      out.push(reply);
      continue;
    }
    const requests = requestsIn(a, s);
    if (!requests.length) continue;
    const kinds = new Set(requests.filter((r) => !r.conversation).map((r) => r.act));
    const strong = requests.filter((r) => !WEAK.has(r.act) && !r.conversation);
    let kind: BaitFinding['kind'] | undefined;
    let carrying = requests;
    if (contest) kind = 'contest';
    // Sharing and following together are how health bodies spread a warning; liking, tagging
    // or posting beside another act is asking for engagement.
    else if (kinds.size >= 2 && strong.length && [...kinds].some((k) => !AMPLIFY.has(k))) kind = 'combo';
    else {
      const like = requests.filter((r) => r.act === 'like' && likesThePost(a, s, r.at));
      const tag: Request[] = [];
      for (const r of requests) {
        const who = r.act === 'tag' ? tagsPeople(a, s, r.at) : -1;
        if (who >= 0) tag.push({ ...r, end: who + 1 });
      }
      if (like.length) (kind = 'like'), (carrying = like);
      else if (tag.length) (kind = 'tag'), (carrying = tag);
    }
    if (!kind) continue;
    const first = carrying[0];
    const last = carrying[carrying.length - 1];
    out.push({ start: a.tokens[first.at].start, end: a.tokens[Math.max(last.at, last.end - 1)].end, kind });
  }
  return out;
}
