import { ruleTester } from '../../helpers/rule-tester';

// 136 characters: long enough to push what follows past Instagram's "…more" (125), not LinkedIn's (210).
const LONG = 'Sun safety is skin cancer prevention you can do every single day, all year round, even when it is cloudy outside. Use SPF 30 or higher. ';
// Exactly 120 characters, so ". #ad" after it ends at character 125.
const FILL = 'My clinic bag always has this SPF in it: light, no white cast, and it does not sting your eyes halfway through the shift';

ruleTester('undisclosed-endorsement', {
  valid: [
    { text: "I'm happy to partner with I Vaccinate to share why we vaccinate our kids on the schedule our pediatrician recommends.", name: 'a partnership the writer states at the start' },
    { text: 'Birthday on the ward! My friends gifted me with a shirt, scented candles and a cute toy.', name: 'presents from friends are no brand\'s gift' },
    { text: 'Use our discount code XMAS20 when you book your facial.', name: "the practice's own code is its own sale, not an endorsement" },
    { text: 'Use my discount code JEN10 at checkout #ad', name: 'a personal code with a disclosure' },
    { text: '#ad Loving this SPF from GlowSkin, kindly gifted for review. #skincare #sunsafety #spf', name: '#ad opens the post' },
    { text: '#ad #skincare #spf Loving my new SPF, kindly gifted by GlowSkin.', name: '#ad first in a block that opens the post' },
    { text: 'Paid partnership with GlowSkin: the SPF I wear on clinic days. Use my code DRSAM10.', name: 'paid partnership up front' },
    { text: 'Ad: the SPF I wear on clinic days, kindly gifted by GlowSkin.', name: 'leading "Ad:" label' },
    { text: 'Sponsored by GlowSkin: thanks for sending me their new SPF to try.', name: 'sponsored by is a disclosure' },
    { text: 'Thanks to GlowSkin for sending me their new SPF. #ad It is light and does not sting.', platform: 'instagram', name: 'a single #ad before the cut-off' },
    { text: 'We have partnered with the city library to offer free blood pressure checks every Saturday.', name: 'community partnership, nothing sold' },
    { text: `${LONG}This study was sponsored by the National Institutes of Health.`, name: '"sponsored by" alone in a research post' },
    { text: 'Use code FLU10 when you book a travel clinic consult.', name: 'the clinic\'s own code is not an endorsement' },
    { text: 'October is #ADHD awareness month: here is what adult symptoms can look like.', name: '#ADHD is not #ad' },
    { text: 'A patient sent us this lovely card. Thank you for letting us care for your family!', name: 'a thank-you card is not a gift from a brand' },
    { text: `${LONG}Kindly gifted by GlowSkin. Paid partnership.`, platform: 'linkedin', name: 'LinkedIn shows 210 characters' },
    { text: `${LONG}Kindly gifted by GlowSkin. #ad`, platform: 'x', name: 'X has no "…more" cut-off' },
    { text: `${FILL}. #ad`, name: 'a disclosure ending exactly at character 125' },
    { text: `${'🩺'.repeat(60)} Kindly gifted by GlowSkin. #ad`, platform: 'instagram', name: 'characters, not UTF-16 units: an emoji counts once' },
    { text: `${LONG}Kindly gifted by GlowSkin. #ad`, config: { rules: { 'undisclosed-endorsement': ['warning', { defaultPreviewCutoff: 0 }] } }, name: 'cut-off check off for posts without a platform' },
    { text: 'My clinic bag essentials: `#gifted` is how the brand tagged it.', name: 'code spans are not prose' },
    {
      text: 'This SPF is the one I wear on every clinic day. #skincare #sunsafety #ad',
      config: { rules: { 'undisclosed-endorsement': ['warning', { hashtagBlock: 4 }] } },
      name: 'hashtagBlock option: three tags are not a block of four',
    },
    // Read for meaning: traps the reading avoids.
    { text: 'Thank you @StMarysNHS for looking after my dad so well. I love working with @NHSEngland.', name: 'thanks to a hospital, praise of an employer' },
    { text: 'Proud to be speaking at @RCNCongress today. I am a nurse as it lets me make a real difference @theRCN', name: 'an @mention that is not a brand used' },
    { text: 'Entering code STEMI on the system alerts the cath lab.', name: 'a code that is not a discount' },
    { text: 'I use Epic every day and honestly it works for me.', name: 'a named tool with nowhere to buy it' },
    { text: 'Looking forward to teaming up with @CRUK to raise money at the fun run.', name: 'a charity partnership, nothing sold' },
    { text: '#ad I am delighted to be teaming up with GlowSkin: win a year of SPF!', name: 'disclosed at the start' },
  ],
  invalid: [
    { text: "Have you had your flu shot yet? You can get it at Walgreens without an appointment. Walgreens and their Balance Rewards program are sponsors of this blog.", name: 'a sponsor named only at the end, after the recommendation', findings: [{ flagged: 'sponsors of this blog', severity: 'warning' }] },
    { text: "National Infant Immunization Week is this month. We get our kids vaccinated on the schedule our pediatrician recommends, and it is so important to stay up to date. I'm happy to partner with I Vaccinate to share why we vaccinate.", name: 'a partnership stated only in the last line', findings: [{ flagged: 'happy to partner with', severity: 'warning' }] },
    { text: 'ZAVA promo code for MJ #mounjaro', name: "a brand's promo code, with no one speaking and no shop named", findings: [{ flagged: 'ZAVA promo code', severity: 'warning' }] },
    { text: "You'll love it. Obviously my code makes it cheaper too.", name: "the writer's own code is an affiliate's", findings: [{ flagged: 'my code', severity: 'warning' }] },
    { text: "I get my Mounjaro from @UK.Meds and code \u2018ELLIE10\u2019 will save you \u00a310 #mounjaro", name: "a code in quotes", findings: [{ flagged: "code \u2018ELLIE10\u2019", severity: 'warning' }] },
    { text: 'I only trust BrightSmile whitening strips for my patients. Link in bio.', name: 'probe in new wording: I only trust BrightSmile whitening strip…', findings: [{ flagged: 'BrightSmile' }] },
    {
      text: 'Loving this new stethoscope, kindly gifted by MedGear!',
      findings: [
        {
          flagged: 'kindly gifted',
          suggestionOutputs: ['#ad Loving this new stethoscope, kindly gifted by MedGear!', 'Paid partnership: Loving this new stethoscope, kindly gifted by MedGear!'],
        },
      ],
    },
    {
      text: 'This SPF is the one I wear on every clinic day. #skincare #sunsafety #ad',
      name: 'disclosure buried in a block of hashtags',
      findings: [{ flagged: '#ad', suggestionOutputs: ['#ad This SPF is the one I wear on every clinic day. #skincare #sunsafety #ad', 'Paid partnership: This SPF is the one I wear on every clinic day. #skincare #sunsafety #ad'] }],
    },
    { text: 'Thanks to GlowSkin for sending me this SPF! #skincare #sunscreen #Sponsored #derm', name: 'buried disclosure is reported, not the cue', findings: [{ flagged: '#Sponsored' }] },
    { text: 'My go-to lip balm for dry winter clinic days. #spon', name: 'ambiguous tag', findings: [{ flagged: '#spon' }] },
    { text: 'Our favourite new scrubs from ScrubCo! #collab #nurselife #scrubs', name: 'ambiguous tag in a block', findings: [{ flagged: '#collab' }] },
    { text: `${LONG}Paid partnership with GlowSkin.`, platform: 'instagram', name: 'after Instagram\'s cut-off', findings: [{ flagged: 'Paid partnership' }] },
    { text: `${LONG}Kindly gifted by GlowSkin. Paid partnership.`, name: 'no platform: cautious 125-character cut-off', findings: [{ flagged: 'Paid partnership' }] },
    { text: `${LONG}Kindly gifted by GlowSkin. #ad`, platform: '[x, instagram]', name: 'several platforms: the shortest cut-off', findings: [{ flagged: '#ad' }] },
    { text: `${FILL}!! #ad`, name: 'a disclosure ending at character 126', findings: [{ flagged: '#ad' }] },
    { text: 'The magnesium I recommend to friends: USE MY CODE DRSAM10 for 10% off.', name: 'capitals', findings: [{ flagged: 'USE MY CODE' }] },
    { text: 'So excited to have partnered with GlowSkin on their new SPF! Shop it with the link in bio.', name: 'partnership plus shopping', findings: [{ flagged: 'partnered with' }] },
    { text: 'Not sponsored, just love it: this lip balm was kindly gifted by the team at BalmCo.', name: '"not sponsored" is no disclosure', findings: [{ flagged: 'kindly gifted' }] },
    { text: 'Obsessed with this PR package from VitaBoost, full review in my stories.', findings: [{ flagged: 'PR package' }] },
    // Read for meaning: posting for a brand in wording no phrase list holds.
    { text: 'Just wanted to let you know about @vitaco, a great vitamin company I have just started using. Get 50% off with code STEPH50', findings: [{ flagged: '@vitaco' }] },
    { text: 'Enter code YN3YD6 Get £40 off your first order!', name: 'a code for something bought online', findings: [{ flagged: 'Enter code YN3YD6' }] },
    { text: "I've been staying in shape with my go to @slimcafe products.", findings: [{ flagged: '@slimcafe' }] },
    { text: 'My go-to @glowco serum for clinic days.', name: '"go-to" with a hyphen', findings: [{ flagged: '@glowco' }] },
    { text: '@flattea 20% off guys!!!! I used this and I feel less bloated', name: "a brand's discount passed on", findings: [{ flagged: '@flattea' }] },
    { text: 'WIN a smile makeover! I am delighted to be teaming up with the incredible Bright Dental to give one of you the chance.', findings: [{ flagged: 'teaming up with' }] },
    { text: "This really helps me … this is what you get when you've ordered from SlimJab.", findings: [{ flagged: 'ordered from SlimJab' }] },
    { text: "I've been using Phenergan for a week and it really helped. Available in pharmacies.", findings: [{ flagged: 'Phenergan' }] },
    { text: 'Every product I use on shift is in my affiliate links below.', name: 'inflection: links', findings: [{ flagged: 'affiliate links' }] },
    {
      text: '# My clinic bag essentials\n\nUse my code NURSEJO for 15% off.',
      name: 'the disclosure goes after a heading marker',
      findings: [{ flagged: 'Use my code', suggestionOutputs: ['# #ad My clinic bag essentials\n\nUse my code NURSEJO for 15% off.', '# Paid partnership: My clinic bag essentials\n\nUse my code NURSEJO for 15% off.'] }],
    },
  ],
});
