import * as assert from 'node:assert/strict';
import { applyEdits, createLinter, RULE_IDS } from '../../../server/src/engine';
import { lintFor, ruleTester } from '../../helpers/rule-tester';

const ID = 'patient-identifier';

ruleTester(ID, {
  valid: [
    { text: 'We welcome your comments and feedback on our social media channels. If you need to talk to us about your care, please use the telephone number on your appointment letter.', name: 'feedback invited, not a review answered; "your appointment letter" is a letter' },
    { text: 'Happy birthday to our carer Vicky! The residents made her a card.', name: 'a member of staff named beside her role on her birthday' },
    { text: 'Gail is a great nurse who knows our residents well. Gail chose to retire before her 65th birthday and her daughter’s wedding in June.', name: 'a name the post gives a role, and a month that is also a given name' },
    { text: 'We have joined Patient Opinion, an independent website for feedback.\n• Patient Opinion sends your story to the right people in the NHS.', name: 'a thing named after a capitalised "Patient" stays a thing where it opens a line' },
    { text: 'Thank you for your feedback about parking. Your comments have been passed to the team.', name: 'a reply to a review that says nothing of anyone\'s care' },
    { text: 'Your treatment plan will be explained at your first visit.', name: 'care addressed to any reader, in a post that answers no review' },
    { text: 'Please pay your post consultation fees after consultation.', name: '"your post" here is no review being answered' },
    { text: 'Julianne is our new Treatment Coordinator, joining the team in late July. Many of you have already met Julianne. Julianne is an asset to our practice.', name: 'a name the post introduces as one of the practice\'s own roles' },
    { text: 'As with any treatment, side effects can occur. These concerns will be covered in your Welcome Consultation.', name: '"Welcome" inside a named service is no greeting' },
    { text: 'Mark my words, flu season is coming. Book your jab at the pharmacy.', name: 'a given name that is also a word, not tied to care' },
    { text: 'Moving back home after graduation feels daunting. I am not the same person that left there 4 years ago.', name: 'the writer\'s own past is no date of care' },
    { text: 'Ann Byrne, Executive Committee member of the Pharmacy Union, issued advice to hay fever sufferers. Ms Byrne gave the following tips to reduce hay fever symptoms.', name: 'a spokesperson introduced by a job is not a patient' },
    { text: 'People who have surgery on the ward do well after it.', name: 'an everyday word opening a sentence is no name' },
    { text: 'People are more likely to keep their teeth until they are 100 years old.', name: 'an age said of people in general' },
    { text: 'Last night I worked on the ward. Those of you who signed up make up the Patient Representative Group, which covers a good cross section of our patients.', name: 'a group named "Patient …" in a story post is no place of care' },
    { text: 'Multilingual consent forms are used per DHA Guidelines for Patient Consent.', name: 'a capitalised "Patient" opening the name of a thing' },
    { text: 'We will give our patients 5 points on their Patient Rewards Card!' },
    { text: 'While the media paints a sorry picture of the innocent patient denied care during our strike, I had a patient yesterday who thanked us.', name: '"paints a picture" is a figure of speech, not a photo' },
    { text: 'Patient Presentation:\n\nA woman in her thirties came in for fertility treatment.', name: 'a heading of capitalised words ("Patient Presentation:") names no one' },
    { text: 'Our colleague Mr. K retired last night after forty years on the ward.', name: 'a title and an initial with no patient\'s story is not read' },
    { text: "Last night I had a patient who told me the muscle that begins with ‘S’ needed tightening.", name: "a letter in quotation marks is spelled out, not an initial" },
    { text: "Last night I had a patient in labour, and the baby dad turned up in another room with a second woman in labour. I was so confused when I saw him there. – Keri J.", name: "a name after a dash signs the post: its initial is the writer's" },
    { text: "A few months ago we had a chronic drinker who drank on his medication and needed intubation in the ICU.", name: "\"a few months ago\" is as vague as \"5 months ago\"" },
    { text: "Two years ago I admitted a man to the ICU who never woke up.", name: "\"two years ago\" is no date of care" },
    { text: 'By the end, Tuesday had been a long shift on the ward for me.', name: 'a day is not a first name' },
    { text: 'You are reviewing a recent lipid panel on John, a 50-year-old man who has been following an exercise programme since his heart attack last year.', name: 'a teaching case put to the reader: its name and age are invented' },
    { text: 'That is how I met Nancy, known to all of us as Nancy nurse. She showed me the ropes on the ward.', name: 'a first name said with a staff role is a colleague' },
    { text: 'Shingrix has been available since 2018 at our clinic. I gave many doses last winter.', name: 'a vaccine brand is not a given name' },
    { text: 'Will you come to our clinic? I saw many patients with flu last week.', name: 'a given name that is also an everyday word, opening a sentence' },
    { text: 'Our little girl was born on 14/03/2021 and today she started school!', name: "a parent's own child's date of birth" },
    { text: 'My son was born 3/14/2019. Happy birthday buddy!', name: "the writer's son's date of birth" },
    { text: "I went to the hospital with a horrendous headache and had developed preeclampsia. We buried our daughter last week. We're doing pretty well now \u2013 my 2 1/2 yo son has kept me going.", name: "an age in a post about the writer's own family" },
    { text: "However, that patient is not vomiting just to annoy his nurse. He is ill.", name: "\"However\" opening a sentence is no name" },
    { text: "We found a woman in her eighties lying on her kitchen floor. She was cold.", name: "a decade of life is no day of care" },
    // Clinic contact details introduced as the clinic's own.
    { text: 'Questions about the flu shot? Call our office at 555-123-4567.' },
    { text: 'You can reach us at (555) 123-4567 any weekday.' },
    { text: 'Contact us on 020 7946 0958 for an appointment.' },
    { text: 'Book at 555-234-5678 or online.' },
    { text: 'Our number is +44 20 7946 0958.' },
    { text: 'Email us at info@riversideclinic.com with any questions.' },
    { text: 'Questions? Email dr.jones@riversideclinic.com and she will answer.', name: 'a short lead-in sentence introduces the clinic address' },
    { text: 'Call 1-800-555-0199 for our 24/7 nurse line.', name: 'toll-free line' },
    { text: 'Phone: (555) 123-4567\nOpen Monday to Friday.', name: 'a contact label at the start of a line' },
    { text: '📞 555-123-4567 for bookings.', name: 'phone emoji' },
    { text: 'New patients can text us on 07700 900123.' },
    { text: 'Find us at 12 Oak Street, next to the library.', name: 'the clinic address' },
    { text: 'Our new clinic opens at 45 Main Street on Monday.' },
    // Rooms and beds that are not a patient's.
    { text: 'Our waiting room has new chairs and free Wi-Fi.' },
    { text: 'The exam room is ready for your visit.' },
    { text: 'If you have chest pain, go to the emergency room.' },
    { text: 'There is always room for improvement.' },
    { text: 'After the procedure, bed rest for two days helps.' },
    { text: 'Stay in bed 3 days if you have a fever.', name: 'a duration, not bed 3' },
    { text: 'The talk is in meeting room 2 at noon.' },
    { text: 'Join us in room 12 for the diabetes workshop.' },
    // Ages that are not identifiers.
    { text: 'A 45-year-old with chest pain should be seen the same day.' },
    { text: 'Adults over 90 years old need extra care in heatwaves.' },
    { text: 'People aged 90 and over are invited to the flu clinic.' },
    { text: 'Our 100-year-old hospital is getting a new wing.' },
    { text: 'Over 90% of patients said they felt listened to.' },
    // Generic patients, events and clinicians.
    { text: 'Our patients tell us the new booking system is easier.' },
    { text: 'One patient asked me this week how long a sprain takes to heal.' },
    { text: 'Please be patient: Monday mornings are busy.' },
    { text: 'Our open day is on 3/14 from 10 to 4.' },
    { text: 'We have been caring for this town since 1990.' },
    { text: 'Get 20% off... just kidding: care is open 24/7 here.' },
    { text: 'Dr. Smith will be seeing patients at our new clinic from Monday.' },
    { text: 'Thanks for coming in, Dr. Smith, the residents loved your talk.', name: 'a clinician addressed is not a patient' },
    { text: 'Dr. Patel, who treated over 300 patients last year, is retiring.' },
    { text: 'I trained at Johns Hopkins and treated patients there for ten years.' },
    { text: 'My patient education leaflet is based on John Hopkins research.' },
    { text: 'Our patients at Johns Hopkins Hospital shared their tips.' },
    { text: '# Patient Safety Week\nThis week we talk about medication safety.', name: 'title case heading' },
    { text: 'Patient Portal update: you can now book online.' },
    { text: 'Sarah, our receptionist, helps every patient who calls.' },
    { text: 'Thanks @healthorg for this article on recovery after surgery.', name: 'a mention that is not addressed' },
    { text: 'Great question, John! The flu vaccine is safe for most adults.', name: 'a name addressed without any care confirmed' },
    { text: 'Thanks for coming to our open day, everyone!' },
    { text: 'Remember, your recovery takes time.', name: 'a sentence-initial word is not a name' },
    { text: 'Flu shots arrived today. Ask at reception.\r\nSee https://clinic.example/555-123-4567 for details.', name: 'numbers inside links' },
    { text: 'Code sample: `MRN 4482913` is how the chart shows it.', name: 'code is not prose' },
    { text: '---\nplatform: x\ncontact: 555-123-4567\n---\nFlu clinic this Saturday.', name: 'front matter is not published' },
    { text: 'Chart your progress with our new app.' },
    { text: 'We set a new record: 300 flu shots in one day.' },
    { text: 'Take 250-500 mg twice a day, as your doctor advises.', name: 'a dose range is not a phone number' },
    { text: 'Ask about the 2024-2025 flu season at reception.' },
    { text: 'NHS 111 can help when we are closed.' },
    { text: 'Many patients born in 1950 are due for a booster.', name: 'a year alone is not a date of birth' },
    // Colleagues, events and general advice that look like the patterns above.
    { text: 'Happy 90th birthday to our founder, Dr. Lee!', name: 'a colleague\'s birthday' },
    { text: 'A huge thank you to Mark, our practice manager, for his hard work.' },
    { text: 'Join Maria, our diabetes educator, who runs the clinic on Tuesdays.' },
    { text: 'Nurse Jackie, who cared for patients for 40 years, retired today.' },
    { text: 'Thanks, Michael, for the great question about knee pain!' },
    { text: 'Hope you can join us, Sarah! Our talk on recovery after surgery starts at 6.', name: 'a cue in the next sentence only counts after a bare greeting' },
    { text: 'Great question @sam: surgery is rarely needed for back pain.' },
    { text: 'Our patients Mondays and Fridays can park for free.' },
    { text: 'Room 4 is now our vaccination room.', name: 'a room the clinic describes as its own' },
    { text: 'Bed 1 of our new maternity ward is ready for the first mum!' },
    { text: 'The vaccine was approved on 12/11/2020.', name: 'a date with no person' },
    { text: "It's been 90 years since penicillin was discovered." },
    { text: 'Tel: +61 2 9876 5432', name: 'a contact line' },
    { text: 'Call us at +1 (555) 201-3344.' },
    { text: 'St Mary\'s Hospital has a new MRI scanner.' },
    { text: 'Get 20% off your first check-up this month.' },
    { text: 'Sign up for our patient Newsletter to hear about new services.' },
    { text: 'Thank you for your kind review, Jenny! We hope to see you at our open day.', name: 'a thank-you with no care confirmed' },
    { text: 'Last night I was called to a patient in New York who had collapsed on the subway. We got him back.', name: 'a city points at no one' },
  ],
  invalid: [
    { text: "Deborah's birthday\n\nWe celebrated Deborah's birthday today with a lemon cake, and the staff and residents had a boogie together.", name: "a care home's news naming a resident on her birthday", findings: [{ flagged: 'Deborah', severity: 'error' }, { flagged: 'Deborah', severity: 'error' }] },
    { text: "We are sorry to hear about your experience. We strive to offer the highest standards of care, and in your father's case we could have helped sooner.", name: "a reply to a review that confirms a relative's care", findings: [{ flagged: "your father's case", severity: 'error' }] },
    { text: "Dear Cressida\nI am sorry to hear about your mothers disappointing stay with us recently.", name: 'a relative\'s stay "with us", possessive without its apostrophe', findings: [{ flagged: 'your mothers disappointing stay', severity: 'error' }] },
    { text: "Thank you for your kind review! We're so glad your new crown feels great.", name: "a reply to a review that confirms the reviewer's own treatment", findings: [{ flagged: 'your new crown', severity: 'error' }] },
    { text: 'Doreen came in with a broken wrist today.', name: 'a given name from the full list, tied to care', findings: [{ flagged: 'Doreen', severity: 'error' }] },
    { text: 'Grace was admitted on Monday with chest pain.', name: 'a given name that is also a word, tied to care', findings: [{ flagged: 'Grace', severity: 'error' }] },
    { text: 'Ann Byrne, our practice manager, was lovely. Mrs Kelly gave us her symptoms at the door and was admitted.', name: 'a titled name in care is still a patient when another person was introduced by a job', findings: [{ flagged: 'Mrs Kelly', severity: 'error' }] },
    { text: 'Jonathan came to our last therapy session before the holidays. We worked on his /s/ sound and he said he wants to keep practising.', name: 'a first name in a therapy session note', findings: [{ flagged: 'Jonathan', severity: 'error' }] },
    { text: 'Mrs Ellis booked in with me today to ask for her sleeping tablets. Oh, how we laughed.', name: 'a title and a surname the writer met in care', findings: [{ flagged: 'Mrs Ellis', severity: 'error' }] },
    { text: 'Jim came to me as a new patient some years ago. He noted that he had received regular dental care in the past. I examined him and found two old crowns.', name: 'a first name the sentence itself calls a patient', findings: [{ flagged: 'Jim', severity: 'error' }] },
    { text: 'Patient John was admitted last night with chest pain.', findings: [{ flagged: 'John', severity: 'error' }] },
    { text: 'On my shift last night we found an elderly lady on her kitchen floor, and Doreen apologised for the mess.', name: 'a first name beside the person of a story', findings: [{ flagged: 'Doreen', severity: 'error' }] },
    { text: 'We were called to a nursing home. There we found a seventy-eight-year-old man who had fallen in the night.', name: 'an age written in words, in a story', findings: [{ flagged: 'seventy-eight-year-old', severity: 'error' }] },
    { text: 'Just 3 months ago, Stephen aged 48, came to our clinic with low back pain he had had for 13 years.', name: 'a first name in a story about their care', findings: [{ flagged: 'Stephen', severity: 'error' }] },
    { text: 'On my shift last night I met Bea again, and she had another hypo.', name: 'a first name the writer met in care', findings: [{ flagged: 'Bea', severity: 'error' }] },
    { text: 'The patient, Sarah M., came to us in June 2022 with migraines.', name: 'a name with its initial, set off by commas', findings: [{ flagged: 'Sarah M.', severity: 'error' }] },
    { text: 'My first baby of the shift was born 3/14/2024 at 4:32.', name: 'a baby the midwife delivered is a patient, even after "my"', findings: [{ flagged: '3/14/2024', severity: 'error' }] },
    { text: 'Delivered a baby born 3/14/2024 at 4:32, my son would have loved it.', name: "the writer's son later in the sentence is not whose birth date it is", findings: [{ flagged: '3/14/2024', severity: 'error' }] },
    { text: "I had a patient today called Margaret who was 92 and still doing her own shopping.", name: "a name given after \"a patient today called\"", findings: [{ flagged: "Margaret", severity: 'error' }] },
    // Read for meaning: in a story about one patient, an initial or weeks of life point to them.
    { text: 'When I first met B, he had been dead for 20 minutes. We got him back in resus.', findings: [{ flagged: 'B', severity: 'error' }] },
    { text: 'I had a patient last night who kept pressing the call light. Then a new order came in for Mr. K.', name: 'a title and an initial anywhere in a post that tells a patient\'s story', findings: [{ flagged: 'K', severity: 'error' }] },
    { text: 'Called to the fetal unit. 35wk fetus with a spinal tumour. Two years later he walked into my clinic.', findings: [{ flagged: '35wk fetus', severity: 'error' }] },
    // Replies that confirm someone is a patient.
    { text: "Thank you for your kind review, Jenny! We're so glad your knee replacement went well.", findings: [{ flagged: 'Jenny', severity: 'error' }] },
    { text: "Replying to @markt: glad you're feeling better after your surgery with us.", findings: [{ flagged: '@markt', severity: 'error' }] },
    // A name in a story the patient agreed to share is a note to check the consent covers it.
    {
      text: 'Melissa is one of my patients. She consented to my sharing of her personal story with the public.',
      findings: [{ flagged: 'Melissa', severity: 'info' }],
    },
    // A name in a case the writer says is made up is a note to check that nothing in it is real.
    {
      text: 'Mr. Smith was a 35-year-old man I admitted with COVID-19 last night. I posted his chest X-ray. While the above vignette is fictional, it is based on real posts I have seen.',
      findings: [{ flagged: 'Mr. Smith', severity: 'info' }],
    },
    // A story that goes on about one person for two sentences is told with confidence: its details count.
    {
      text: "For me it was the girl who fell from her balcony on Mother's Day and died on our unit. She was in the ICU for two days before she died.",
      findings: [{ flagged: "Mother's Day", severity: 'error' }],
    },
    // In a story told with confidence, any age, a named venue, a named day or a photo.
    { text: 'Last night we were called to a man who collapsed at Greenfield Leisure Centre. We got him back in the ambulance.', findings: [{ flagged: 'Greenfield Leisure Centre', severity: 'error' }] },
    { text: 'I had a patient this morning, a 67 year old woman who had never seen a doctor.', findings: [{ flagged: '67 year old', severity: 'error' }] },
    { text: 'Lost a patient on Christmas Eve. We did everything we could for him.', findings: [{ flagged: 'Christmas Eve', severity: 'error' }] },

    // Names tied to a patient.
    {
      text: 'My patient John Smith asked a great question today.',
      findings: [
        {
          flagged: 'John Smith',
          suggestionOutputs: ['My patient [redacted] asked a great question today.', 'A patient asked a great question today.'],
        },
      ],
    },
    {
      text: 'Mrs. Alvarez in bed 4 was discharged today.',
      findings: [
        { flagged: 'Mrs. Alvarez', suggestionOutputs: ['[redacted] in bed 4 was discharged today.', 'A patient in bed 4 was discharged today.'] },
        { flagged: '4', suggestionOutputs: ['Mrs. Alvarez in bed [redacted] was discharged today.'] },
      ],
    },
    {
      text: 'Yesterday patient Maria came in with a sprained ankle.',
      findings: [{ flagged: 'Maria', suggestionOutputs: ['Yesterday patient [redacted] came in with a sprained ankle.', 'Yesterday a patient came in with a sprained ankle.'] }],
    },
    {
      text: 'A patient named Tom taught me something today.',
      findings: [{ flagged: 'Tom', suggestionOutputs: ['A patient named [redacted] taught me something today.', 'A patient taught me something today.'] }],
    },
    {
      text: 'John, who I treated yesterday, sent us a card.',
      findings: [{ flagged: 'John', suggestionOutputs: ['[redacted], who I treated yesterday, sent us a card.', 'A patient, who I treated yesterday, sent us a card.'] }],
    },
    { text: 'Today I treated Maria for a nasty burn.', findings: [{ flagged: 'Maria' }] },
    { text: 'Sarah, a patient of mine, runs marathons at 70.', findings: [{ flagged: 'Sarah' }] },
    { text: "The patient, José, agreed we could share his story.", findings: [{ flagged: 'José', suggestionOutputs: ['The patient, [redacted], agreed we could share his story.', 'The patient agreed we could share his story.'] }] },
    { text: 'Maria came in with a broken wrist this morning.', findings: [{ flagged: 'Maria' }] },
    { text: "My patient O'Brien's knee is healing well.", findings: [{ flagged: "O'Brien" }] },
    // Replies that confirm someone is a patient.
    {
      text: 'Thanks for coming in, John, hope the knee is healing!',
      findings: [
        {
          flagged: 'John',
          suggestionOutputs: ['Thanks for coming in, [redacted], hope the knee is healing!', 'Thanks for coming in, hope the knee is healing!'],
        },
      ],
    },
    {
      text: 'Great to see you at your appointment today, @sarah_k',
      findings: [
        {
          flagged: '@sarah_k',
          suggestionOutputs: ['Great to see you at your appointment today, [redacted]', 'Great to see you at your appointment today'],
        },
      ],
    },
    {
      text: '@mike glad your surgery went well',
      findings: [{ flagged: '@mike', suggestionOutputs: ['[redacted] glad your surgery went well', 'Glad your surgery went well'] }],
    },
    { text: 'Hi Emma! Hope your recovery is going well.', findings: [{ flagged: 'Emma' }] },
    // Phone numbers.
    {
      text: 'My patient left her number, 555-867-5309, at the desk.',
      findings: [{ flagged: '555-867-5309', suggestionOutputs: ['My patient left her number, [redacted], at the desk.'] }],
    },
    { text: 'His daughter can be reached on +44 7700 900123.', findings: [{ flagged: '+44 7700 900123' }] },
    { text: 'Patient phone: (555) 234-9876', findings: [{ flagged: '(555) 234-9876' }] },
    { text: 'Call Maria at 555-321-7654 when her results are back.', findings: [{ flagged: '555-321-7654' }] },
    { text: 'Lost glasses found after clinic. Owner: 07911 123456.', findings: [{ flagged: '07911 123456' }] },
    // E-mail addresses.
    {
      text: 'Her e-mail is jane.doe1961@gmail.com if anyone finds her scarf.',
      findings: [{ flagged: 'jane.doe1961@gmail.com', suggestionOutputs: ['Her e-mail is [redacted] if anyone finds her scarf.'] }],
    },
    // Record, chart and insurance numbers.
    { text: 'MRN 4482913 needs a follow-up.', findings: [{ flagged: '4482913', suggestionOutputs: ['MRN [redacted] needs a follow-up.'] }] },
    { text: 'Pulled chart #5521 for the audit.', findings: [{ flagged: '5521', suggestionOutputs: ['Pulled chart #[redacted] for the audit.'] }] },
    { text: 'Insurance member ID: XJH-443221 was declined again.', findings: [{ flagged: 'XJH-443221' }] },
    { text: 'Account number 88120045 is overdue.', findings: [{ flagged: '88120045' }] },
    // Social security numbers.
    { text: 'Never post an SSN like 123-45-6789.', findings: [{ flagged: '123-45-6789' }] },
    // Dates of birth or of care.
    { text: 'DOB 04/12/1961, allergic to penicillin.', findings: [{ flagged: '04/12/1961', suggestionOutputs: ['DOB [redacted], allergic to penicillin.'] }] },
    { text: 'She was born March 3, 1950 and still cycles to work.', findings: [{ flagged: 'March 3, 1950' }] },
    {
      text: 'He was admitted on 3/14 with pneumonia.',
      findings: [{ flagged: '3/14', suggestionOutputs: ['He was admitted on [redacted] with pneumonia.', 'He was admitted recently with pneumonia.'] }],
    },
    {
      text: 'Discharged 12 June 2024 after a long stay.',
      findings: [{ flagged: '12 June 2024', suggestionOutputs: ['Discharged [redacted] after a long stay.', 'Discharged in 2024 after a long stay.'] }],
    },
    // Ages over 89.
    {
      text: 'A 93-year-old patient taught me patience.',
      findings: [{ flagged: '93-year-old', suggestionOutputs: ['A [redacted] patient taught me patience.', 'An older patient taught me patience.'] }],
    },
    { text: 'Our oldest patient, aged 91, still gardens.', findings: [{ flagged: '91', suggestionOutputs: ['Our oldest patient, aged [redacted], still gardens.', 'Our oldest patient, aged over 90, still gardens.'] }] },
    { text: 'She is 102 years old and sharp as ever.', findings: [{ flagged: '102 years old' }] },
    { text: 'Mr Jones, 94, was admitted last night.', findings: [{ flagged: 'Mr Jones' }, { flagged: '94', suggestionOutputs: ['Mr Jones, [redacted], was admitted last night.', 'Mr Jones was admitted last night.'] }] },
    // Rooms and beds.
    { text: 'The patient in room 412 loved the nurses.', findings: [{ flagged: '412', suggestionOutputs: ['The patient in room [redacted] loved the nurses.'] }] },
    { text: 'Moved him to rm 3B after the scan.', findings: [{ flagged: '3B' }] },
    { text: 'Bed 7 needs a new drip.', findings: [{ flagged: '7' }] },
    // Street addresses.
    { text: 'She lives at 12 Oak Street with her cats.', findings: [{ flagged: '12 Oak Street', suggestionOutputs: ['She lives at [redacted] with her cats.'] }] },
    // More confirmations and names from real-looking posts.
    { text: 'Hi @mike, hope the knee is healing!', findings: [{ flagged: '@mike', suggestionOutputs: ['Hi [redacted], hope the knee is healing!', 'Hi, hope the knee is healing!'] }] },
    { text: 'Congrats to Amy on her new hip!', findings: [{ flagged: 'Amy' }] },
    { text: 'Get well soon, Grandma Rose!', findings: [{ flagged: 'Rose' }] },
    { text: 'Sarah! Great to see you at your check-up.', findings: [{ flagged: 'Sarah', suggestionOutputs: ['[redacted]! Great to see you at your check-up.', 'Great to see you at your check-up.'] }] },
    { text: 'Patient: Jane Doe\nSeen for a sore throat.', name: 'a label line', findings: [{ flagged: 'Jane Doe' }] },
    { text: 'So proud of little Emma who beat leukemia this year.', findings: [{ flagged: 'Emma' }] },
    { text: 'We discharged Mr. Khan this morning.', findings: [{ flagged: 'Mr. Khan', suggestionOutputs: ['We discharged [redacted] this morning.', 'We discharged a patient this morning.'] }] },
    { text: 'My patient @john_d asked about statins.', findings: [{ flagged: '@john_d', suggestionOutputs: ['My patient [redacted] asked about statins.', 'My patient asked about statins.'] }] },
    { text: 'She turned 100 last week and still comes to every appointment.', findings: [{ flagged: '100' }] },
    { text: 'Pt is a 92 yo male with COPD.', findings: [{ flagged: '92 yo' }] },
    { text: 'Ninety-three-year-old Joan came in for her flu jab.', findings: [{ flagged: 'Ninety-three-year-old' }, { flagged: 'Joan' }] },
    { text: 'He passed away on March 2nd.', findings: [{ flagged: 'March 2nd' }] },
    { text: 'Medicare number 1EG4-TE5-MK72 on file.', findings: [{ flagged: '1EG4-TE5-MK72' }] },
    { text: 'Call Mr Harris\'s daughter on 07700 900456.', findings: [{ flagged: '07700 900456' }] },
    { text: 'Thanks for coming in, **John**, hope the knee is healing!', name: 'Markdown emphasis around a name', findings: [{ flagged: 'John' }] },
    {
      text: 'My patient *Maria Lopez* shared her story with consent.',
      findings: [{ flagged: 'Maria Lopez', suggestionOutputs: ['My patient *[redacted]* shared her story with consent.', 'A patient shared her story with consent.'] }],
    },
    // Offsets: CRLF line endings and emoji before the identifier (UTF-16).
    {
      text: 'Busy day on the ward.\r\n\r\n🎉🎉 Thanks for coming in, John, hope the knee is healing!',
      name: 'CRLF and emoji before a name',
      findings: [{ flagged: 'John', suggestionOutputs: ['Busy day on the ward.\r\n\r\n🎉🎉 Thanks for coming in, [redacted], hope the knee is healing!', 'Busy day on the ward.\r\n\r\n🎉🎉 Thanks for coming in, hope the knee is healing!'] }],
    },
    {
      text: '💙 Update\r\n👩‍⚕️ MRN 4482913\r\n🛏️ room 412',
      name: 'CRLF and emoji before numbers',
      findings: [{ flagged: '4482913' }, { flagged: '412' }],
    },
    {
      text: '---\r\nplatform: instagram\r\n---\r\n🙂 His number is 555-867-5309.',
      name: 'front matter with CRLF',
      findings: [{ flagged: '555-867-5309' }],
    },
  ],
});

describe('patient-identifier (behaviour)', () => {
  it('sets the redaction and offers it as the first suggestion, with no automatic fix', () => {
    const { findings } = lintFor(ID, { text: 'My patient John Smith asked a great question today.' });
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.equal(f.severity, 'error');
    assert.equal(f.fix, undefined);
    assert.ok(f.redaction);
    assert.deepEqual(f.suggestions[0], f.redaction);
    assert.deepEqual(f.redaction.edits, [{ start: 11, end: 21, newText: '[redacted]' }]);
  });

  it('never repeats the identifier in its message', () => {
    const text = 'His number is 555-867-5309 and his MRN 4482913; e-mail jane.doe1961@gmail.com. Thanks for coming in, Johnathan!';
    const { findings } = lintFor(ID, { text });
    assert.equal(findings.length, 4);
    for (const f of findings) assert.ok(!f.message.includes(text.slice(f.start, f.end)), 'message must not echo the identifier');
  });

  it('redacting every finding leaves no identifier behind', () => {
    const text = 'My patient John Smith (DOB 04/12/1961, MRN 4482913) is in room 412; call his wife on 555-867-5309.';
    const { findings } = lintFor(ID, { text });
    assert.equal(findings.length, 5);
    const redacted = applyEdits(text, findings.map((f) => f.redaction!.edits[0])).text;
    assert.equal(redacted, 'My patient [redacted] (DOB [redacted], MRN [redacted]) is in room [redacted]; call his wife on [redacted].');
    assert.deepEqual(lintFor(ID, { text: redacted }).findings, []);
  });

  it('honours the ownContacts option', () => {
    const text = 'After hours: 555-867-5309 or nurse.kay@riverside.health.';
    const flagged = createLinter({}).lint(text).findings.filter((f) => f.ruleId === ID);
    assert.equal(flagged.length, 2);
    const linter = createLinter({ rules: { [ID]: ['error', { ownContacts: ['(555) 867-5309', '@riverside.health'] }] } });
    assert.deepEqual(linter.lint(text).findings.filter((f) => f.ruleId === ID), []);
  });

  it('finishes on a 5 MB post of junk without catastrophic backtracking', () => {
    const unit = '1111-2222 +4444 5555 (666) aaa@bbb@ Room 12 Mr Aaaa Bbbb, who 93 year 3/3/3/3 12 Oak Oak Oak Street 555-';
    const junk = unit.repeat(Math.ceil(5_000_000 / unit.length)) + '9'.repeat(200_000) + 'a'.repeat(200_000) + '@'.repeat(100_000);
    // Only this rule runs, so the test measures it alone.
    const only = createLinter({ rules: Object.fromEntries(RULE_IDS.map((id) => [id, id === ID ? 'error' : 'off'])) });
    const result = only.lint(junk);
    assert.deepEqual(result.internalErrors, []);
    assert.ok(result.findings.every((f) => f.ruleId === ID));
  });
});
