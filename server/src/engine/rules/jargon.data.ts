// Medical terms that patients often do not know, with plain alternatives.
//
// Each entry: the ways the term is written (US and UK spellings are separate entries so
// the "term (plain words)" suggestion keeps the writer's spelling), then its replacements:
//   1. the plain words (the safe fix, so it must never contain another term of this list),
//   2. the term kept, with the plain words in brackets after it.
// Plain words are written to drop into the sentence in place of the term ("Take an
// analgesic" → "Take a pain reliever"; the rule fixes "a"/"an" itself).
//
// Only unambiguous terms belong here: no word that is everyday English in another sense
// ("acute", "chronic", "topical", "oral"), and no abbreviation that is also a common word
// or widely understood ("OR", "ER", "BID", "SOB", "PO", "MI", "Tx", "IV").
// Entries do not inflect: plurals that need a plural replacement have their own entry.
//
// `NO_SAFE_FIX` marks a term whose plain words do not fit every place the term can stand, so
// that swapping them in unseen could leave a broken sentence: another part of speech ("stay
// NPO" → "stay nothing to eat or drink"), a countable noun for an uncountable one or the
// reverse ("if you have cystitis" → "if you have bladder infection"), another number
// ("dentition starts" → "teeth starts"), a negation ("not contraindicated" → "not not
// recommended"), or a phrase that cannot take the term's "of …" ("palpation of the belly").
// Such a term still gets both suggestions; the writer picks and rewords, and "fix all"
// leaves it alone.

import type { PhraseEntry } from '../phrases';

export interface JargonEntry extends PhraseEntry {
  /** false: suggestions only, no automatic fix (see NO_SAFE_FIX above). */
  safeFix?: false;
}

const NO_SAFE_FIX = { safeFix: false } as const;

/**
 * One term. `sentence` is an example with `{}` where the term goes; the incorrect example
 * uses the term, the correct one the plain words.
 */
function term(match: string | readonly string[], plain: string, sentence: string, extra: Partial<JargonEntry> = {}): JargonEntry {
  const variants = typeof match === 'string' ? [match] : match;
  const fill = (words: string) => {
    if (sentence.startsWith('{}')) return words.charAt(0).toUpperCase() + words.slice(1) + sentence.slice(2);
    // "Take an analgesic" → "Take a pain reliever".
    return sentence.replace(/\b([Aa])n? \{\}/, (_all, a: string) => `${a}${indefiniteArticle(words).slice(1)} ${words}`).replace('{}', words);
  };
  return {
    match: variants,
    replacements: [plain, `${variants[0]} (${plain})`],
    examples: { incorrect: fill(variants[0]), correct: fill(plain) },
    inflect: false,
    ...extra,
  };
}

/** "a" or "an" for a word, by its first sound (good enough for the plain words of this list). */
export function indefiniteArticle(word: string): 'a' | 'an' {
  if (/^[A-Z]{2,}/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a'; // letter names: "an NSAID", "a CVA"
  const w = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return 'an';
  if (/^(?:uni|use|usu|uti|ure|eu|one\b|once)/.test(w)) return 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

export const JARGON_TERMS: readonly JargonEntry[] = [
  // Heart and circulation
  term('hypertension', 'high blood pressure', '{} often has no symptoms, so get your blood pressure checked.'),
  term('hypotension', 'low blood pressure', 'Some medicines can cause {} when you stand up quickly.'),
  term('myocardial infarction', 'heart attack', 'Chest pain can be a sign of a {}.'),
  term('myocardial infarctions', 'heart attacks', 'Many {} start with mild discomfort.'),
  term(['cerebrovascular accident', 'cerebrovascular accidents'], 'stroke', 'Sudden face drooping can be a sign of {}.'),
  term('CVA', 'stroke', 'Know the warning signs of a {} and call for help fast.'),
  term(['transient ischemic attack', 'transient ischaemic attack'], 'mini-stroke', 'A {} is a warning sign that needs urgent care.'),
  term('tachycardia', 'fast heartbeat', 'Caffeine can trigger {} in some people.'),
  term('bradycardia', 'slow heartbeat', 'Some athletes have a {} at rest.'),
  term('arrhythmia', 'irregular heartbeat', 'An {} can feel like fluttering in the chest.'),
  term('arrhythmias', 'irregular heartbeats', 'Many {} are harmless, but some need treatment.'),
  term('hyperlipidemia', 'high cholesterol', '{} raises your risk of heart disease.'),
  term('hyperlipidaemia', 'high cholesterol', '{} raises your risk of heart disease.'),
  term('hypercholesterolemia', 'high cholesterol', 'Diet and exercise help with {}.'),
  term('hypercholesterolaemia', 'high cholesterol', 'Diet and exercise help with {}.'),
  term('dyslipidemia', 'unhealthy cholesterol levels', '{} usually has no symptoms.', NO_SAFE_FIX),
  term('dyslipidaemia', 'unhealthy cholesterol levels', '{} usually has no symptoms.', NO_SAFE_FIX),
  term('edema', 'swelling', 'Ankle {} can be a sign of heart trouble.'),
  term('oedema', 'swelling', 'Ankle {} can be a sign of heart trouble.'),
  term('edematous', 'swollen', 'Raise {} legs when you sit.'),
  term('oedematous', 'swollen', 'Raise {} legs when you sit.'),
  term(['syncope', 'vasovagal syncope'], 'fainting', 'Standing up too fast can lead to {}.'),
  term('angina pectoris', 'chest pain', 'Tell your doctor about any {} during exercise.'),
  term('thrombus', 'blood clot', 'A {} can block blood flow.'),
  term('thrombi', 'blood clots', 'Long flights can raise the risk of {}.'),
  term('deep vein thrombosis', 'a blood clot in a deep vein', 'Calf pain and swelling after a long flight can be {}.'),
  term(['pulmonary embolism', 'pulmonary embolus'], 'a blood clot in the lung', 'Sudden breathlessness can be caused by {}.'),
  term('hemorrhage', 'bleeding', 'Call for help if you see signs of {}.'),
  term('haemorrhage', 'bleeding', 'Call for help if you see signs of {}.'),
  term('ischemia', 'reduced blood flow', '{} can damage the heart muscle.'),
  term('ischaemia', 'reduced blood flow', '{} can damage the heart muscle.'),
  term('atherosclerosis', 'hardening of the arteries', 'Smoking speeds up {}.'),
  term('arteriosclerosis', 'hardening of the arteries', 'High blood pressure adds to {}.'),
  term('cardiomyopathy', 'heart muscle disease', 'Some people inherit {}.'),
  term('anticoagulant', 'blood thinner', 'If you take an {}, tell your dentist.'),
  term('anticoagulants', 'blood thinners', 'Bring a list of your {} to every visit.'),
  term('antihypertensive', 'blood pressure medicine', 'Take your {} at the same time each day.'),
  term('antihypertensives', 'blood pressure medicines', 'Some {} can make you dizzy at first.'),
  term('cyanosis', 'bluish skin', '{} around the lips needs urgent care.'),
  term('pallor', 'paleness', 'Sudden {} can be a sign of blood loss.'),
  // Blood and metabolism
  term('anemia', 'low red blood cell count', 'Tiredness can be a sign of {}.'),
  term('anaemia', 'low red blood cell count', 'Tiredness can be a sign of {}.'),
  term('hyperglycemia', 'high blood sugar', 'Thirst can be a sign of {}.'),
  term('hyperglycaemia', 'high blood sugar', 'Thirst can be a sign of {}.'),
  term('hypoglycemia', 'low blood sugar', 'Shakiness can be a sign of {}.'),
  term('hypoglycaemia', 'low blood sugar', 'Shakiness can be a sign of {}.'),
  term('diabetes mellitus', 'diabetes', 'Regular eye checks matter if you live with {}.'),
  term(['glycated hemoglobin', 'glycated haemoglobin'], 'long-term blood sugar level', 'Your {} shows how your diabetes is going.'),
  term('hypokalemia', 'low potassium', 'Some water pills can cause {}.'),
  term('hypokalaemia', 'low potassium', 'Some water pills can cause {}.'),
  term('hyperkalemia', 'high potassium', 'Kidney problems can lead to {}.'),
  term('hyperkalaemia', 'high potassium', 'Kidney problems can lead to {}.'),
  term('hyponatremia', 'low sodium', 'Drinking far too much water can cause {}.'),
  term('hyponatraemia', 'low sodium', 'Drinking far too much water can cause {}.'),
  term('hypothyroidism', 'underactive thyroid', '{} can make you feel cold and tired.'),
  term('hyperthyroidism', 'overactive thyroid', '{} can make your heart race.'),
  term('thrombocytopenia', 'low platelet count', '{} can make you bruise easily.'),
  term('neutropenia', 'low white blood cell count', '{} makes infections more likely.'),
  term('leukocytosis', 'high white blood cell count', 'An infection can cause {}.'),
  term('lymphadenopathy', 'swollen lymph nodes', 'A cold can cause {} in the neck.'),
  term('osteopenia', 'low bone density', 'Weight-bearing exercise helps with {}.'),
  term('adipose tissue', 'body fat', 'Exercise burns {} over time.'),
  term('hypoxia', 'low oxygen', 'Blue lips can be a sign of {}.'),
  term(['hypoxemia', 'hypoxaemia'], 'low blood oxygen', 'A finger monitor can spot {}.'),
  term('oxygen saturation', 'oxygen level', 'We check your {} with a finger clip.'),
  // Breathing, ear, nose and throat
  term('dyspnea', 'shortness of breath', 'Sudden {} needs urgent care.'),
  term('dyspnoea', 'shortness of breath', 'Sudden {} needs urgent care.'),
  term(['tachypnea', 'tachypnoea'], 'fast breathing', 'In babies, {} can be a sign of illness.'),
  term('rhinorrhea', 'runny nose', 'Colds often start with {}.'),
  term('rhinorrhoea', 'runny nose', 'Colds often start with {}.'),
  term('epistaxis', 'nosebleed', 'Most cases of {} stop with firm pressure.'),
  term('pharyngitis', 'sore throat', 'Most {} is caused by a virus.', NO_SAFE_FIX),
  term('allergic rhinitis', 'hay fever', 'Pollen season brings {} for many people.'),
  term('pertussis', 'whooping cough', 'Vaccines protect babies from {}.'),
  term('sputum', 'phlegm', 'Tell us if your {} changes colour.'),
  term(['hemoptysis', 'haemoptysis'], 'coughing up blood', 'See a doctor straight away for {}.'),
  term('pneumothorax', 'collapsed lung', 'A {} can cause sudden chest pain.'),
  term('pleural effusion', 'fluid around the lung', 'A {} can make breathing harder.', NO_SAFE_FIX),
  term(['otitis media', 'acute otitis media'], 'middle ear infection', 'Young children often get {}.', NO_SAFE_FIX),
  term('otitis externa', "swimmer's ear", 'Keeping ears dry helps prevent {}.'),
  term('otalgia', 'earache', 'Flying can cause {} in children.'),
  term('cerumen', 'earwax', 'Cotton buds push {} deeper.'),
  term('tinnitus', 'ringing in the ears', 'Loud concerts can cause {}.'),
  term('conjunctivitis', 'pink eye', 'Wash your hands often if you have {}.'),
  term('intraocular pressure', 'eye pressure', 'Your {} is checked at every eye test.'),
  term('sinusitis', 'sinus infection', 'Most {} clears up on its own.', NO_SAFE_FIX),
  term('otolaryngologist', 'ear, nose and throat doctor', 'Your GP may refer you to an {}.'),
  // Digestion, kidneys and bladder
  term('emesis', 'vomiting', 'Call us if {} lasts more than a day.'),
  term('dysphagia', 'trouble swallowing', 'Tell your doctor about any {}.'),
  term('dyspepsia', 'indigestion', 'Large meals late at night can cause {}.'),
  term(['gastroesophageal reflux', 'gastroesophageal reflux disease', 'gastro-esophageal reflux', 'gastro-esophageal reflux disease'], 'acid reflux', 'Raising the head of your bed can ease {}.'),
  term(['gastro-oesophageal reflux', 'gastro-oesophageal reflux disease'], 'acid reflux', 'Raising the head of your bed can ease {}.'),
  term('gastroenteritis', 'stomach bug', 'Drink plenty of fluids if you have a {}.', NO_SAFE_FIX),
  term('gastritis', 'inflamed stomach lining', 'Painkillers taken often can cause {}.', NO_SAFE_FIX),
  term(['hematochezia', 'haematochezia'], 'blood in the stool', 'Always mention {} to your doctor.'),
  term(['melena', 'melaena'], 'black, tarry stool', 'See a doctor quickly for {}.'),
  term('cholelithiasis', 'gallstones', 'Many people with {} have no symptoms.'),
  term('cholecystitis', 'gallbladder inflammation', 'Pain under the right ribs can be {}.'),
  term('cholecystectomy', 'gallbladder removal', 'Most people go home the same day after a {}.'),
  term(['appendectomy', 'appendicectomy'], 'appendix removal', 'Recovery after an {} takes a few weeks.'),
  term('hepatomegaly', 'enlarged liver', 'An ultrasound can show {}.', NO_SAFE_FIX),
  term('splenomegaly', 'enlarged spleen', 'Avoid contact sports if you have {}.', NO_SAFE_FIX),
  term('hepatic', 'liver', 'Alcohol can cause {} damage.'),
  term('renal', 'kidney', 'Diabetes is a common cause of {} disease.'),
  term('nephrolithiasis', 'kidney stones', 'Drinking water helps prevent {}.'),
  term('urolithiasis', 'stones in the urinary tract', 'Some diets raise the risk of {}.'),
  term('pyelonephritis', 'kidney infection', 'Fever with back pain can be a {}.', NO_SAFE_FIX),
  term('cystitis', 'bladder infection', 'Drink plenty of water if you have {}.', NO_SAFE_FIX),
  term(['hematuria', 'haematuria'], 'blood in the urine', 'Always get {} checked.'),
  term('dysuria', 'pain when passing urine', 'Tell us about any {}.'),
  term('nocturia', 'needing to pass urine at night', '{} becomes more common with age.'),
  term('polyuria', 'passing a lot of urine', 'Thirst and {} can be signs of diabetes.'),
  term('polydipsia', 'extreme thirst', 'Tell your doctor about {}.'),
  term('micturition', 'passing urine', 'Pain on {} can mean an infection.'),
  term(['enuresis', 'nocturnal enuresis'], 'bedwetting', '{} is common in young children.'),
  term('nephrologist', 'kidney doctor', 'Your GP may refer you to a {}.'),
  term('gastroenterologist', 'digestive system specialist', 'A {} can look into long-term tummy pain.'),
  term('endocrinologist', 'hormone specialist', 'You may be referred to an {}.'),
  // Brain, nerves and mind
  term('cephalalgia', 'headache', 'Screens and poor sleep can trigger {}.'),
  term('paresthesia', 'pins and needles', 'Some people feel {} in their hands at night.'),
  term('paraesthesia', 'pins and needles', 'Some people feel {} in their hands at night.'),
  term(['neuropathy', 'peripheral neuropathy'], 'nerve damage', 'Check your feet daily if you have {}.'),
  term('aphasia', 'trouble with speech and language', 'A stroke can cause {}.'),
  term('hemiplegia', 'weakness on one side of the body', '{} after a stroke often improves with therapy.'),
  term(['cognitive impairment', 'mild cognitive impairment'], 'memory and thinking problems', 'Hearing loss is linked to {}.'),
  term('somnolence', 'drowsiness', 'This medicine can cause {}.'),
  // Skin, hair, nails and wounds
  term('pruritus', 'itching', 'Dry winter air often causes {}.'),
  term('pruritic', 'itchy', 'Hives cause {} welts.'),
  term('erythema', 'redness', 'Some {} after the injection is normal.'),
  term('erythematous', 'red', 'Watch for {} skin around the wound.'),
  term('urticaria', 'hives', '{} often fades within a day.', NO_SAFE_FIX),
  term('alopecia', 'hair loss', 'Stress can cause {}.'),
  term('hyperhidrosis', 'excessive sweating', 'Treatments for {} have improved.'),
  term(['nevus', 'naevus'], 'mole', 'A {} that changes shape needs a check.'),
  term(['nevi', 'naevi'], 'moles', 'Check your {} every month.'),
  term('contusion', 'bruise', 'A {} usually fades in two weeks.'),
  term('contusions', 'bruises', 'Most {} heal on their own.'),
  term('laceration', 'cut', 'Clean a small {} with water.'),
  term('lacerations', 'cuts', 'Deep {} may need stitches.'),
  term('abrasion', 'scrape', 'Rinse an {} with clean water.'),
  term('abrasions', 'scrapes', 'Rinse {} with clean water.'),
  term('ecchymosis', 'bruising', 'Blood thinners can cause {}.'),
  term(['hematoma', 'haematoma'], 'blood-filled swelling', 'A bump on the head can cause a {}.'),
  term('petechiae', 'tiny red or purple spots', 'A rash of {} needs urgent care.'),
  term('cellulitis', 'skin infection', 'Redness that spreads can be {}.', NO_SAFE_FIX),
  term('atopic dermatitis', 'eczema', 'Moisturise daily if you have {}.'),
  term('varicella', 'chickenpox', 'Vaccines protect against {}.'),
  term('herpes zoster', 'shingles', 'A vaccine lowers your risk of {}.'),
  term('rubella', 'German measles', 'The MMR vaccine protects against {}.'),
  term('rubeola', 'measles', 'The MMR vaccine protects against {}.'),
  term('tinea pedis', "athlete's foot", 'Dry between your toes to prevent {}.'),
  term('tinea corporis', 'ringworm', 'Pets can pass on {}.'),
  term('onychomycosis', 'nail fungus', '{} takes months to clear.'),
  term(['pediculosis', 'pediculosis capitis'], 'head lice', 'Check for {} after school trips.'),
  term('purulent', 'pus-filled', 'Tell us about any {} wound.'),
  term('necrosis', 'tissue death', 'Frostbite can cause {}.'),
  term('decubitus ulcer', 'pressure sore', 'Turning in bed helps prevent a {}.'),
  term('decubitus ulcers', 'pressure sores', 'Turning in bed helps prevent {}.'),
  term('suture', 'stitch', 'Keep the {} dry for two days.'),
  term('sutures', 'stitches', 'Your {} come out after a week.'),
  term('diaphoresis', 'sweating', 'Chest pain with {} needs urgent care.'),
  term('diaphoretic', 'sweaty', 'Call for help if someone is pale and {}.'),
  term('icterus', 'yellowing of the skin and eyes', 'Newborns often have mild {}.'),
  // Mouth and teeth
  term('xerostomia', 'dry mouth', 'Many medicines cause {}.'),
  term('halitosis', 'bad breath', 'Cleaning your tongue helps with {}.'),
  term('gingivitis', 'gum inflammation', 'Bleeding when you brush can be {}.'),
  term(['periodontitis', 'periodontal disease'], 'gum disease', 'Smoking raises your risk of {}.'),
  term(['caries', 'dental caries'], 'tooth decay', 'Sugary drinks cause {}.'),
  term('malocclusion', 'misaligned bite', 'Braces can correct a {}.'),
  term('bruxism', 'teeth grinding', 'Stress can lead to {} at night.'),
  term('odontalgia', 'toothache', 'See a dentist for {} that lasts.'),
  term('oral cavity', 'mouth', 'Check your {} for sores that do not heal.'),
  term('dentition', 'teeth', 'Baby {} starts to come in around six months.', NO_SAFE_FIX),
  // Muscles, bones and movement
  term('arthralgia', 'joint pain', '{} can follow a viral infection.'),
  term('myalgia', 'muscle pain', 'Some {} after the vaccine is normal.'),
  term('tendinopathy', 'tendon damage', 'Rest and physio help {} heal.'),
  term('lumbar puncture', 'spinal tap', 'A {} takes about half an hour.'),
  term('ambulate', 'walk', 'Try to {} a little each day after surgery.'),
  term('ambulating', 'walking', 'Start {} the day after surgery.'),
  term('ambulation', 'walking', 'Early {} speeds recovery.'),
  // Women's health, pregnancy and babies
  term(['dysmenorrhea', 'dysmenorrhoea'], 'painful periods', 'Heat packs can ease {}.'),
  term('menorrhagia', 'heavy periods', 'Tell your doctor about {}.'),
  term(['amenorrhea', 'amenorrhoea'], 'missed periods', 'Intense training can cause {}.'),
  term('menarche', 'first period', 'The age of {} varies a lot.'),
  term('mastitis', 'breast infection', 'Keep breastfeeding if you have {}.', NO_SAFE_FIX),
  term('hyperemesis gravidarum', 'severe sickness in pregnancy', '{} needs medical care.'),
  term('gestation', 'pregnancy', 'Babies born before 37 weeks of {} are premature.'),
  term('parturition', 'childbirth', 'Recovery after {} takes time.'),
  term('neonate', 'newborn', 'Every {} gets a hearing check.'),
  term('neonates', 'newborns', 'All {} get a hearing check.'),
  term('neonatal', 'newborn', 'Our {} team supports new parents.'),
  // Medicines and how they are given
  term('analgesic', 'pain reliever', 'Take an {} before the pain gets bad.'),
  term('analgesics', 'pain relievers', 'Store {} out of reach of children.'),
  term('antipyretic', 'fever reducer', 'An {} can make a child more comfortable.'),
  term('antipyretics', 'fever reducers', 'Do not give two {} at once without advice.'),
  term('antiemetic', 'anti-sickness medicine', 'An {} can help during chemotherapy.'),
  term('NSAID', 'anti-inflammatory painkiller', 'Ask us before taking an {} if you have kidney problems.'),
  term('NSAIDs', 'anti-inflammatory painkillers', 'Ask us before taking {} if you have kidney problems.'),
  term('OTC', 'over-the-counter', 'Bring your {} medicines to your review.'),
  term('PRN', 'as needed', 'Take the inhaler {} for wheezing.'),
  term('NPO', 'nothing to eat or drink', '{} after midnight before your surgery, please.', NO_SAFE_FIX),
  term('HTN', 'high blood pressure', 'Cutting salt helps with {}.'),
  term('subcutaneously', 'under the skin', 'Insulin is given {}.'),
  term('subcutaneous injection', 'injection under the skin', 'The vaccine is a {}.'),
  term('subcutaneous injections', 'injections under the skin', 'Some medicines come as {}.'),
  term('intramuscularly', 'into a muscle', 'The vaccine is given {}.'),
  term('intramuscular injection', 'injection into a muscle', 'The vaccine is an {}.'),
  term('intravenously', 'through a drip into a vein', 'The antibiotic is given {}.'),
  term('sublingually', 'under the tongue', 'Take the tablet {}.'),
  term('bilaterally', 'on both sides', 'The pain is felt {}.'),
  term('prophylaxis', 'prevention', 'Malaria {} starts before you travel.'),
  term('prophylactic', 'preventive', 'You may need {} antibiotics before dental work.'),
  term('contraindicated', 'not recommended', 'This medicine is {} in pregnancy.', NO_SAFE_FIX),
  term('adverse effect', 'side effect', 'Report any {} to your pharmacist.'),
  term('adverse effects', 'side effects', 'Most {} are mild.'),
  term('adverse reaction', 'bad reaction', 'Tell us about any {} to a vaccine.'),
  term('adverse reactions', 'bad reactions', 'Serious {} to vaccines are rare.'),
  term('anaphylaxis', 'severe allergic reaction', 'Adrenaline pens treat {}.', NO_SAFE_FIX),
  term('anaphylactic shock', 'severe allergic reaction', 'Adrenaline pens treat {}.', NO_SAFE_FIX),
  term('hypersensitivity reaction', 'allergic reaction', 'Stop the cream if you have a {}.'),
  term(['titer', 'titre'], 'antibody level', 'A blood test can check your {}.'),
  // Diagnosis, outlook and general terms
  term('benign', 'non-cancerous', 'The lump was {}.', { unless: ['benign neglect'] }),
  term('malignant', 'cancerous', 'Most moles are not {}.', { unless: ['malignant hyperthermia'] }),
  term('malignancy', 'cancer', 'Screening can find {} early.'),
  term('malignancies', 'cancers', 'Screening can find some {} early.'),
  term('carcinoma', 'cancer', 'Basal cell {} is the most common skin cancer.'),
  term('carcinomas', 'cancers', 'Most skin {} can be cured when found early.'),
  term('neoplasm', 'growth', 'A scan showed a small {}.'),
  term('neoplasms', 'growths', 'Most small {} are harmless.'),
  term('metastasis', 'spread of cancer', 'Early treatment lowers the risk of {}.', NO_SAFE_FIX),
  term('metastases', 'spread of cancer', 'Scans look for {} to other organs.', NO_SAFE_FIX),
  term(['metastasize', 'metastasise'], 'spread', 'Some cancers {} early.'),
  term('prognosis', 'outlook', 'The {} for most skin cancers is good.'),
  term(['etiology', 'aetiology'], 'cause', 'The {} of migraine is not fully known.'),
  term('idiopathic', 'unexplained', 'Some itching is {}.'),
  term('asymptomatic', 'symptom-free', 'Many people with high blood pressure are {}.'),
  term('comorbidity', 'other health condition', 'Each {} changes the plan a little.', NO_SAFE_FIX),
  term('comorbidities', 'other health conditions', 'We look at all your {}.'),
  term('sequelae', 'after-effects', 'Long-term {} of a concussion are uncommon.'),
  term('exacerbation', 'flare-up', 'Cold air can trigger an {} of asthma.'),
  term('exacerbations', 'flare-ups', 'An inhaler plan helps prevent {}.'),
  term('nosocomial', 'hospital-acquired', 'Hand washing prevents {} infections.'),
  term('pyrexia', 'fever', '{} is the body fighting infection.'),
  term('afebrile', 'fever-free', 'Children can return to school once {} for a day.'),
  term('febrile seizure', 'seizure caused by fever', 'A {} is frightening but usually harmless.'),
  term('febrile seizures', 'seizures caused by fever', '{} are common in toddlers.'),
  term('malaise', 'feeling unwell', 'Flu brings fever and {}.'),
  term('differential diagnosis', 'list of possible causes', 'Your doctor will work through a {}.'),
  term('auscultation', 'listening with a stethoscope', '{} of the chest is part of the check-up.', NO_SAFE_FIX),
  term('palpation', 'examining by touch', '{} of the belly is part of the check-up.', NO_SAFE_FIX),
  term('excision', 'removal', 'Surgical {} of the mole takes minutes.'),
  term('resection', 'removal', 'Bowel {} is a major operation.'),
];
