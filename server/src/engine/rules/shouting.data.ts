// Words that are normally written in capitals: health acronyms, organisations, places.
// In a run of capitals they neither count as shouting nor break the run, and the
// sentence-case suggestion keeps them in capitals. Capitals without a vowel ("CPR",
// "NHS", "BMJ") are treated as acronyms anyway, so this list is mostly the ones with a
// vowel. Do not add acronyms that are also everyday words ("DO", "OR", "US", "ADD", "ACE",
// "NICE", "SUN", "AM"): "DO NOT SKIP" must still count as shouting.

export const ACRONYMS: ReadonlySet<string> = new Set(
  `
  AIDS COVID SARS MERS HIV HPV RSV MMR HIPAA GDPR FDA CDC NIH WHO NHS CQC GMC NMC AMA BMA AHA ACOG ASCO EMA
  MRI CT PET ECG EKG EEG EMG ICU NICU PICU ER ED GP NP PA RN LPN MD DDS DMD PHD MPH MBBS FRCP OBGYN OB GYN ENT
  CPR AED EMS EMT ALS BLS ACLS ADHD ASD OCD PTSD IBS IBD GERD COPD CKD UTI STI STD TB MRSA PCOS IUD IVF HRT BMI
  BP LDL HDL A1C DNA RNA PCR IV OTC NSAID NSAIDS SSRI ARB BRCA TBI ECMO SIDS FAQ FAQS ASAP RSVP AKA ETA DIY TBA TBC
  USA UK EU UAE NYC NZ NY TX FL OK ID PM EST PST GMT BST UTC TUE THU FRI JAN FEB APR JUN JUL AUG SEPT OCT NOV DEC
  TV PDF URL SMS AI QR LGBTQ LGBTQIA BIPOC NGO CEO CFO COO CMO CNO VP
  `
    .split(/\s+/)
    .filter(Boolean),
);
