// Word lists for the patient-identifier rule. This rule is structural (it looks for a
// name *tied to a patient*, a number *in a patient's context*), so its data are sets of
// lower-case words looked up once per token, not phrase entries for the shared matcher.
// Every list is lower case; multi-word items are written with single spaces.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Nouns that make the next capitalised word a patient's name ("my patient John Smith"). */
export const PATIENT_NOUNS = set('patient patients pt client clients');

/** Words before "patient" that make it the adjective ("please be patient"), not the noun. */
export const ADJECTIVE_PATIENT_LEADS = set('be being been stay staying so very more most less remain remaining are is am was were too');

/** Determiners that may stand before "patient" and are replaced with it by "Generalise". */
export const PATIENT_DETERMINERS = set('my our a an the this that one');

/** Titles of a (possible) patient: the title plus a capitalised word is a name. */
export const PERSON_TITLES = set('mr mrs ms miss mx');

/** Titles of clinicians: a clinician's name is not a patient identifier. */
export const CLINICIAN_TITLES = set('dr doctor doc prof professor nurse sister matron midwife rn np');

/** Words that introduce a name ("a patient named Tom", "called Tom"). */
export const NAMING_WORDS = set('named called');

/** Greetings after which a capitalised word is the person addressed ("Hi John!"). */
export const GREETINGS = set('hi hello hey dear thanks thank thx ty welcome congrats congratulations cheers morning evening bye');

/** Words that may sit between a greeting and a name ("Thank you John", "Welcome back Sarah"). */
export const GREETING_FILLERS = set('you back so much again');

/**
 * Capitalised words that are not names. They stop a name from being read (so "Patient
 * Safety Week" is not "patient" + a name) and keep sentence-initial words out.
 */
export const NON_NAMES = set(`
  i a an the this that these those it its we you he she they our my his her their your me us him them
  and but or so if when while then there here what who whom whose which how why where yes no not nor
  all every each some any one two three both either neither none many much more most few several
  today tomorrow yesterday tonight now also just please thanks thank hi hello hey dear welcome
  however therefore meanwhile anyway anyhow instead still sadly unfortunately fortunately luckily thankfully
  honestly seriously finally eventually suddenly apparently obviously clearly basically actually really
  again afterwards later earlier next lastly otherwise besides
  congratulations congrats happy good great well best kind warm lovely nice glad sorry hope
  everyone everybody anyone anybody someone somebody nobody folks friends guys ladies gentlemen
  team staff sir madam doc all y'all community family families parents mums moms dads kids
  baby little young sweet brave tiny grandma grandpa granny nana
  monday tuesday wednesday thursday friday saturday sunday weekend
  mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends weekdays
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  spring summer autumn fall winter christmas easter ramadan diwali hanukkah thanksgiving halloween
  patient patients client clients care safety experience portal education advocate advocacy
  information info services service support rights satisfaction centre center first privacy
  feedback stories story forum voice partners partnership engagement access records record charter
  journey liaison relations survey guide handbook resources resource association group council
  committee panel leaflet zero navigator coordinator transport parking week day month year awareness
  health healthcare medical medicine clinic clinics hospital hospitals practice surgery pharmacy
  ward unit department dept room bed bay reception office desk line helpline hotline
  appointment appointments booking bookings visit visits results result update updates news
  note notes reminder tip tips question questions answer answers faq q a
  covid covid-19 flu influenza rsv hiv aids cancer diabetes asthma copd adhd autism
  parkinson parkinson's alzheimer alzheimer's crohn crohn's hodgkin hodgkin's down down's
  tourette tourette's asperger asperger's graves cushing addison bell's lyme hashimoto huntington
  huntington's raynaud raynaud's
  doctor doctors dr nurse nurses prof professor midwife therapist physio
  god lord jesus
  instagram facebook twitter linkedin tiktok youtube threads bluesky mastodon whatsapp google
  america american uk usa us nhs cdc who fda nih medicare medicaid
  english spanish french
  new old next last other another same different own
  mr mrs ms miss mx
  note ps p.s pm am
  remember remembering honestly sometimes afterwards yes okay ok
  in on at to for with from by of as after before during about into over under since until
  advisory participation panel reported outcomes led centred centered focused ambassador ambassadors
  champion champions representative representatives partner navigators leaflets experiences
  newsletter bulletin evening events event app website hub lounge library day's week's
  check book call contact email text dm message
  stay keep take make get let see read learn join ask find try
`);

/** Words that turn a capitalised word into an institution ("Riverside Clinic", "Mayo Clinic"). */
export const INSTITUTION_WORDS = set(`
  hospital hospitals clinic clinics medical health healthcare university college school institute
  center centre foundation memorial trust infirmary hospice pharmacy practice surgery group
  associates partners labs laboratory laboratories dental dentistry pediatrics paediatrics
  orthopedics orthopaedics cardiology oncology physiotherapy chiropractic wellness
`);

/** Institutions whose names look like a person's ("John Hopkins" is a common misspelling). */
export const KNOWN_INSTITUTIONS: readonly string[] = [
  'johns hopkins',
  'john hopkins',
  'mayo',
  'mount sinai',
  'cedars sinai',
  'cedars-sinai',
  'sloan kettering',
  'kaiser permanente',
  'great ormond',
  'st jude',
  'st thomas',
  'st mary',
  'st mary\'s',
  'st thomas\'',
];

/** Staff words: a name next to one of these belongs to a colleague, not a patient. */
export const STAFF_NOUNS = set(`
  receptionist receptionists manager colleague colleagues staff team assistant hygienist therapist carer carers caregiver
  physiotherapist pharmacist admin administrator volunteer coordinator director founder owner ceo
  midwife technician surgeon dentist physician consultant registrar intern student secretary nurse
  doctor gp partner practitioner clinician specialist author speaker host dietitian dietician
  nutritionist educator counsellor counselor optometrist optician podiatrist chiropractor
  psychologist psychiatrist paramedic porter cleaner hygienists nurses doctors
`);

/** Words that introduce someone by their job after their name: staff, or a role in a body ("member of the Union"). */
export const ROLE_WORDS = new Set([...STAFF_NOUNS, ...set(`
  member spokesperson spokeswoman spokesman chair chairman chairwoman chairperson president
  officer executive representative committee union association council society college board
`)]);

/** Words of a clinical encounter. A titled name ("Mrs. Alvarez") in such a sentence is a patient. */
export const CLINICAL_CUES = set(`
  patient bed room ward icu er a&e admitted admission discharged discharge treated treating
  diagnosed diagnosis operated surgery operation procedure appointment recovering
  recovery recovered symptoms pain scan x-ray xray mri ct biopsy prescription prescribed condition
  therapy treatment consultation consult check-up checkup follow-up injury fracture fractured
  broken stitches cast delivered delivery labour labor birth cancer tumour tumor chemo
  chemotherapy medication hospitalized hospitalised examined exam illness infection transferred
  referred rushed ambulance sedated ventilator intubated dialysis stroke seizure replacement
  transplant hip knee results leukemia leukaemia lymphoma pneumonia sepsis dementia concussion
  covid diabetes born referral
`);

/** Verbs of treating someone: "I treated John", "we admitted Mrs Alvarez". */
export const TREATING_VERBS = set(`
  treated treat treating admitted discharged diagnosed examined operated delivered vaccinated
  stitched scanned referred prescribed saw seen see seeing met nursed helped cared looked
  x-rayed injected sedated resuscitated
`);

/** Verbs that only tie a name to a patient in a sentence that is already clinical. */
export const WEAK_TREATING_VERBS = set('saw seen see seeing met helped looked');

/** Subject pronouns before a treating verb ("I treated", "we saw"). */
export const CLINICIAN_SUBJECTS = set("i we i've we've i'd we'd i'm we're");

/** Little words between subject and verb ("I just treated", "we finally discharged"). */
export const ADVERB_FILLERS = set('just recently finally also already successfully today yesterday');

/** After "Name, who …": subject words that make the name the object ("John, who I treated"). */
export const OBJECT_CLAUSE_SUBJECTS = set('i we you she he they our my the dr nurse doctor');

/** After a name: verbs that start a clinical predicate ("Maria came in", "John was admitted"). */
export const PREDICATE_STARTERS = set('came comes underwent presented broke fractured was is has had needed needs gave got spent went');

/** Verbs that make the name the clinician, not the patient ("Sarah, who treated me"). */
export const ACTIVE_CLINICIAN_VERBS = set('treated treats operated operates diagnosed diagnoses examined examines prescribed prescribes referred refers saw sees leads runs founded manages works');

/** Copulas in "John is my patient", "Sarah has been a patient of ours". */
export const COPULAS = set('is was has had been became remains remained');

/** Adjectives allowed between the determiner and "patient" in "Sarah, a long-time patient". */
export const PATIENT_ADJECTIVES = set('former long-time longtime longstanding long-standing lovely wonderful dear regular new young elderly older brave special favourite favorite current');

/** Things addressed to "you" that confirm a visit or treatment ("your appointment", "your surgery"). */
export const YOUR_CLINICAL_NOUNS = set(`
  appointment visit surgery operation procedure treatment scan results recovery check-up checkup
  follow-up session consultation stitches cast delivery injection op knee hip shoulder wrist ankle
  filling crown braces implant implants biopsy therapy physio rehab diagnosis prescription labour
  labor birth cesarean c-section fracture
`);

/** Good wishes: with a name addressed and a clinical word, they confirm care ("so glad the stitches came out"). */
export const WELL_WISHES = set('hope hoping hoped glad happy pleased wishing wish wishes speedy quick proud congrats congratulations thrilled delighted relieved');

/** Words that tie a clinical noun to the person addressed ("the stitches", "her new hip"). */
export const CARE_DETERMINERS = set('the your her his their new');

/** Before "to" in "Congrats to Amy", "Shout out to Amy": the name after "to" is addressed. */
export const GREETING_TO_LEADS = set('congrats congratulations thanks thank out done kudos props love');

/** Words that speak of healing; with a name addressed, they confirm the person was treated. */
export const RECOVERY_WORDS = set('healing heal heals healed recovery recovering recover recovered mend');

/** Visit verbs that combine with "in"/"by" ("thanks for coming in", "popped in"). */
export const VISIT_VERBS = set('coming came stopping stopped popping popped dropping dropped');

/** Words that say the number or address that follows belongs to the clinic or the writer. */
export const CLINIC_CUES = set(`
  us our ours we we're we'll we've me my i i'm mine
  call calling text dial ring phone telephone email e-mail contact reach book booking bookings
  appointments enquiries enquiry inquiries inquiry questions visit find info information
  office clinic practice surgery reception desk helpline hotline line dm message whatsapp
  team staff dr doctor nurse hospital centre center pharmacy department dept
`);

/** Contact labels that do not decide by themselves ("Patient phone:", "Phone:" on its own line). */
export const CONTACT_LABELS = set('phone telephone tel ph mobile mob cell number no num email e-mail mail fax contact whatsapp sms');

/** Words that say the number, address or room that follows belongs to a person. */
export const PERSON_CUES = set(`
  patient patient's patients' pt client client's he she him her his hers their them
  mr mrs ms miss mx mother father mum mom dad son daughter wife husband partner's family relative
  carer caregiver guardian parent parents baby child kid grandmother grandfather grandma grandpa
  nan neighbour neighbor resident kin lives live living lived resides reside residing home
  address house flat apartment
`);

/** Words that say where someone lives ("lives at 12 Oak Street"). */
export const RESIDENCE_CUES = set('lives live living lived resides reside residing home address house flat apartment');

/** Local parts of addresses that belong to an organisation, never to a patient. */
export const ROLE_EMAIL_LOCAL_PARTS = set(`
  info hello hi contact contactus appointments appointment bookings booking book reception office
  admin enquiries enquiry inquiries inquiry support help care team frontdesk front.desk desk
  noreply no-reply donotreply press media marketing news newsletter careers jobs hr billing
  accounts referrals referral feedback clinic practice mail general privacy compliance social
`);

/** Toll-free North American area codes: a clinic line, never a patient's number. */
export const TOLL_FREE_AREA_CODES = set('800 888 877 866 855 844 833 822');

/** Months, as the date pattern spells them (full names and abbreviations). */
export const MONTH_PATTERN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** Words before a date that make it a date of birth. */
export const BIRTH_DATE_CUES = set('dob born birth birthdate birthday');

/** Words before a date that make it a date of care for a person ("admitted on 3/14"). */
export const SERVICE_DATE_CUES = set(`
  admitted admission discharged discharge seen treated examined operated diagnosed delivered died
  death deceased passed presented transferred hospitalized hospitalised dos
`);

/** Words that are date cues only after a possessive ("his surgery on 3/14", not "our surgery on 3/14"). */
export const POSSESSIVE_DATE_CUES = set('surgery operation procedure appointment visit scan delivery');

/** Possessives that tie those words to a person. */
export const PERSON_POSSESSIVES = set("his her their patient's client's");

/** Cues after a date ("On 3/14 she was admitted"): only the strongest. */
export const DATE_CUES_AFTER = set('admitted discharged born died diagnosed operated delivered hospitalized hospitalised');

/** Words before a record number. "strong" ones need no "number"/"#" after them. */
export const RECORD_CUES_STRONG = set('mrn chart acct medicare medicaid ssn');
export const RECORD_CUES_WEAK = set('record account member membership insurance policy subscriber claim case file patient id identifier social nhs chi hospital');
/** Words that may sit between the cue and the number ("MRN number:", "member ID no."). */
export const RECORD_CONNECTORS = set('number no nr num id is was card security');

/** Room words: the number after them is a room or bed number ("room 412", "bed 7"). */
export const ROOM_WORDS = set('room rm bed bay cubicle cot');

/** Rooms that are not where a patient is ("meeting room 2", "conference room 4"). */
export const NON_PATIENT_ROOMS = set(`
  conference meeting lecture seminar class training break board community function staff waiting
  green escape prayer quiet media press dining changing storage server living seminar tutorial
  teaching study computer
`);

/** Quantity words: "stay in bed 7 days" is a duration, not bed 7. */
export const QUANTITY_NOUNS = set(`
  days day nights night weeks week hours hour minutes minute months month years year times time
  more or to and percent people patients beds rooms of
`);

/** Nouns after "100-year-old" that are not people ("the 100-year-old hospital"). */
export const AGE_NON_PERSON_NOUNS = set(`
  hospital hospitals clinic practice building buildings tradition company tree house institution
  school church recipe business bridge organization organisation firm charity law rule book
  university college society journal
`);

/** Words before an age that turn it into a range ("over 90 years old" is not one age). */
export const AGE_QUALIFIERS = set('over above under below than least beyond upwards up');

/** People in general, before "are" and an age: "until they are 100 years old". */
export const MANY_PEOPLE = set('they we you people patients all');

/** Street-name endings for addresses ("12 Oak Street", "4 Elm Rd"). */
export const STREET_SUFFIXES: readonly string[] = [
  'Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Ln', 'Drive', 'Dr', 'Boulevard', 'Blvd',
  'Court', 'Ct', 'Way', 'Place', 'Pl', 'Terrace', 'Close', 'Crescent', 'Parkway', 'Pkwy', 'Highway',
  'Hwy', 'Circle', 'Square', 'Sq', 'Gardens', 'Grove', 'Row', 'Mews', 'Trail', 'Walk', 'Hill',
];

/** Spelled-out ages over 89 ("ninety-three-year-old"). */
export const NINETY_UNITS = 'one|two|three|four|five|six|seven|eight|nine';
