// A coroner's report to prevent future deaths (regulation 28 of the Coroners (Investigations) Regulations
// 2013), or a paper carrying one: it must be answered within 56 days of its date (regulation 29), even where
// the text in hand does not repeat it.
export const REGULATION_28 =
  /\bregulation\s+28\b|\breports?\s+to\s+prevent\s+future\s+deaths\b|\bprevention\s+of\s+future\s+deaths?\b|\bPFD\b/i;
