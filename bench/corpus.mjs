// A deterministic corpus of realistic healthcare posts (150–2,000 characters) for the
// benchmark: the same seed gives the same posts on every machine.
import { mkdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLEAN = [
  'Flu season is here, and the vaccine is the best way to protect yourself and the people around you.',
  'Washing your hands for twenty seconds removes most of the germs that cause colds.',
  'If you have questions about your blood pressure readings, talk with your care team.',
  'Sleep matters for your heart: most adults need seven to nine hours a night.',
  'Our nurses put together a short guide on preparing for your first visit.',
  'Sunscreen works best when you put it on fifteen minutes before going outside.',
  'What questions do you have about managing diabetes over the holidays?',
  'A short walk after meals can help keep blood sugar steady.',
  'Children should see a dentist by their first birthday.',
  'We will be closed on Thursday for staff training; the phone line stays open for urgent questions.',
  'Drink water through the day, especially when it is hot outside.',
  'Many people feel anxious before a procedure, and that is normal; tell us how we can help.',
  'Read more about the new screening guidelines at https://example.org/screening-guide.',
  'Share your tips for staying active in winter in the comments!',
  'Hearing loss often starts slowly, so a check every few years is worthwhile.',
  'Talk with your pharmacist before mixing cold medicines with your usual prescriptions.',
  '#HeartHealth #Prevention',
  'Our team reviewed the latest research on vitamin D so you do not have to.',
];

const RISKY = [
  'Book now, spots are filling fast!',
  'Get 20% off your first facial this week only.',
  'We are the best clinic in town and our doctors are world-class.',
  'Our treatment gives guaranteed results overnight.',
  'Like and share if you agree, and tag 3 friends!',
  'Had a patient this morning who finally quit smoking after twenty years.',
  'Patients with hypertension and hyperlipidemia should review their analgesic use.',
  'THIS IS THE MOST IMPORTANT POST YOU WILL READ TODAY!!!',
  'Thanks for coming in, John, hope the knee is healing!',
  'Call our office at (555) 201-3344 to ask about appointments.',
  'Our patient lost 40 lbs in a month with our program.',
  'Use my code SMILE10 for a discount on the toothbrush I love.',
  'You should stop taking your statin if your legs ache.',
];

const PLATFORMS = ['x', 'instagram', 'facebook', 'linkedin', 'threads', 'bluesky', 'mastodon', 'tiktok'];

/** One post body of about `targetLength` characters. */
export function makePost(random, targetLength) {
  const platform = PLATFORMS[Math.floor(random() * PLATFORMS.length)];
  let body = '';
  while (body.length < targetLength) {
    const pool = random() < 0.15 ? RISKY : CLEAN;
    const sentence = pool[Math.floor(random() * pool.length)];
    body += (body ? (random() < 0.2 ? '\n\n' : ' ') : '') + sentence;
  }
  body = body.slice(0, targetLength).replace(/\s+\S*$/, '') || body.slice(0, targetLength);
  // Every post has its own date (and some a title), as in a real calendar, so nothing can
  // be served from a cache of identical front matter.
  const date = `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const title = random() < 0.5 ? `title: Post ${Math.floor(random() * 100000)}\n` : '';
  return { platform, body, text: `---\nplatform: ${platform}\ndate: ${date}\n${title}---\n${body}\n` };
}

/** 10,000 posts, lengths uniform in [150, 2000]. */
export function makeCorpus(count = 10_000, seed = 20261125) {
  const random = mulberry32(seed);
  const posts = [];
  for (let i = 0; i < count; i++) posts.push(makePost(random, 150 + Math.floor(random() * 1851)));
  return posts;
}

/** Writes the corpus as files (for the CLI and the language server); reuses it when already written. */
export function writeCorpus(dir, posts) {
  const stamp = join(dir, '.complete');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(posts.length)) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < posts.length; i++) {
    const month = join(dir, `month-${String(i % 12).padStart(2, '0')}`);
    if (i < 12) mkdirSync(month, { recursive: true });
    writeFileSync(join(month, `post-${String(i).padStart(5, '0')}.post.md`), posts[i].text);
  }
  writeFileSync(stamp, String(posts.length));
  return dir;
}
