// Words for `undisclosed-endorsement`. Every entry has a kind:
//   cue          a gift, sponsorship or affiliate deal on its own ("use my code", "#gifted", "PR package");
//   context-cue  a partnership that may be a community one ("partnered with the YMCA"), so it counts
//                only when the post also talks about buying or products (see COMMERCE_WORDS);
//   disclosure   a clear disclosure that also shows the post is paid ("#ad", "paid partnership");
//   quiet-disclosure  a clear disclosure that is ordinary prose elsewhere ("sponsored by", "I was
//                paid"): it counts as a disclosure, but alone it does not make a post an endorsement
//                ("this study was sponsored by the NIH").
// Ambiguous tags (#sp, #spon, #collab, #ambassador, #partner) are cues, never disclosures.

import type { PhraseEntry } from '../phrases';

export type EndorsementKind = 'cue' | 'context-cue' | 'disclosure' | 'quiet-disclosure';

export interface EndorsementEntry extends PhraseEntry {
  kind: EndorsementKind;
}

/** Words that show a partnership is about selling something ("partnered with @GlowSkin… use the link in bio"). */
export const COMMERCE_WORDS: ReadonlySet<string> = new Set([
  'product', 'products', 'brand', 'brands', 'buy', 'buying', 'shop', 'shopping', 'purchase', 'code', 'codes',
  'discount', 'launch', 'launches', 'launched', 'launching', 'sample', 'samples', 'serum', 'serums', 'supplement',
  'supplements', 'giveaway', 'sale', 'checkout', 'bio', 'cream', 'creams', 'collection', 'range', 'skincare',
  'sunscreen', 'spf', 'gadget', 'tracker', 'app', 'vitamins', 'gummies', 'powder', 'shake', 'shakes', 'tea',
]);

const PAID_TAGS = ['#ad', '#advert', '#advertisement', '#sponsored', '#sponsoredpost', '#paidpartnership', '#paidpartner', '#paidad', '#paidpost'];

export const ENDORSEMENT_PHRASES: readonly EndorsementEntry[] = [
  {
    kind: 'disclosure',
    match: PAID_TAGS,
    replacements: [],
    examples: {
      incorrect: 'This SPF is the one I wear on every clinic day. #skincare #sunsafety #ad',
      correct: '#ad This SPF is the one I wear on every clinic day. #skincare #sunsafety',
    },
    note: 'A disclosure tag only works where people see it: at the start, not in a block of hashtags or behind "…more".',
    inflect: false,
  },
  {
    kind: 'disclosure',
    match: [
      'paid partnership', 'paid partner', 'paid promotion', 'this is an ad', 'this is an advert', 'this post is an ad',
      // A sponsor or partner named by the writer is a paid tie stated, however late.
      'sponsor of this blog', 'sponsors of this blog', 'sponsor of this post', 'sponsors of this post',
      'happy to partner with', 'proud to partner with', 'excited to partner with', 'thrilled to partner with',
    ],
    replacements: [],
    examples: {
      incorrect:
        'Sun safety is skin cancer prevention you can do every single day, all year round, even when it is cloudy outside. Use SPF 30 or higher. Paid partnership with GlowSkin.',
      correct: 'Paid partnership with GlowSkin: sun safety is skin cancer prevention you can do every day.',
    },
    note: 'A disclosure only works where people see it: near the start, before the "…more" cut-off.',
  },
  {
    kind: 'quiet-disclosure',
    match: [
      'sponsored by', 'sponsored post', 'sponsored content', 'this post is sponsored', 'sponsored', 'i was paid', "i'm being paid",
      'i am being paid', 'we were paid', "we're being paid", 'i earn a commission', 'i earn a small commission', 'we earn a commission',
      'i get a commission', 'i receive a commission', 'advertisement',
    ],
    replacements: [],
    examples: {
      incorrect:
        'Thanks to GlowSkin for sending me their new SPF to try. It is light, it does not sting your eyes and it fits in a scrub pocket. Sponsored by GlowSkin.',
      correct: 'Sponsored by GlowSkin: thanks for sending me their new SPF to try.',
    },
    unless: ['not sponsored', "isn't sponsored", 'never sponsored', 'not a sponsored post', 'not an advertisement', "i wasn't paid", 'not being paid'],
  },
  {
    kind: 'cue',
    match: [
      '#gifted', '#giftedproduct', '#prgift', '#prpackage', 'i was gifted', 'we were gifted', "i've been gifted", "we've been gifted",
      'kindly gifted', 'gifted by', 'gifted to me', 'gifted to us', 'gifted me', 'gifted us', 'pr package', 'pr box', 'pr haul',
      'press package', 'i was sent this', 'i was sent these', 'we were sent this', 'we were sent these', 'kindly sent',
      'sent me some of their', 'sent us some of their',
    ],
    replacements: [],
    examples: {
      incorrect: 'Loving this new stethoscope, kindly gifted by MedGear!',
      correct: '#ad Loving this new stethoscope, kindly gifted by MedGear!',
    },
    note: 'Free products count as payment: followers need to know you were given it.',
    // Presents from people close to the writer are no brand's gift.
    unless: [
      'friends gifted me', 'friends gifted us', 'family gifted me', 'family gifted us', 'colleagues gifted me', 'colleagues gifted us',
      'team gifted me', 'husband gifted me', 'wife gifted me', 'partner gifted me', 'kids gifted me', 'children gifted me', 'mum gifted me',
      'mom gifted me', 'dad gifted me', 'parents gifted me', 'sister gifted me', 'brother gifted me', 'patients gifted me', 'patients gifted us',
    ],
  },
  {
    kind: 'cue',
    match: [
      'use my code', 'with my code', 'use my link', 'with my link', 'shop my link', 'shop my favorites', 'shop my favourites',
      'affiliate link', 'affiliate code', '#affiliate', '#affiliatelink', 'link in bio to buy', 'link in bio to shop',
      'link in my bio to buy', 'link in my bio to shop', 'brand ambassador', 'proud ambassador', 'brand partner', 'code is in my bio',
    ],
    replacements: [],
    examples: {
      incorrect: 'The magnesium I recommend to friends: use my code DRSAM10 for 10% off.',
      correct: '#ad The magnesium I recommend to friends: use my code DRSAM10 for 10% off.',
    },
    note: 'When you earn a commission or are a brand ambassador, followers need to know before they buy.',
  },
  {
    kind: 'cue',
    match: ['#sp', '#spon', '#sponsor', '#collab', '#ambassador', '#brandambassador', '#partner', '#partnership', '#brandpartner'],
    replacements: [],
    examples: {
      incorrect: 'My go-to lip balm for dry winter clinic days. #spon',
      correct: '#ad My go-to lip balm for dry winter clinic days.',
    },
    note: 'Tags such as #sp, #spon, #collab, #ambassador and #partner are not clear disclosures: many followers do not know what they mean.',
    inflect: false,
  },
  {
    kind: 'context-cue',
    match: [
      'partnered with', 'partnering with', 'in partnership with', 'teamed up with', 'in collaboration with', 'collaborating with',
      'for sending me', 'for sending us', 'for sending over', 'thanks for sending',
    ],
    replacements: [],
    examples: {
      incorrect: 'So excited to have partnered with GlowSkin on their new SPF! Shop it with the link in bio.',
      correct: 'We have partnered with the city library to offer free blood pressure checks every Saturday.',
    },
    note: 'A brand partnership is an endorsement: followers need to know about it before they buy.',
  },
];
