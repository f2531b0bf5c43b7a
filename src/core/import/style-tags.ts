// Word's "Show style names" (and a draft view's style area) pastes each paragraph behind its style in brackets:
// "[Heading 2] Recommendations", "[List Bullet] develop a prevention strategy ...". The tags are the
// document's structure, not its words: a list style becomes the bullet it prints as, any other tag goes.
const STYLE_TAG =
  /^(\s*)\[((?:Normal|Body Text|Title|Subtitle|Heading \d|List (?:Bullet|Number|Paragraph|Continue)|Quote|Intense Quote|Caption|Table Text|No Spacing)(?: \d)?)\]\s*/i;
// One tagged line may be a citation's "[Quote]"; a pasted style view tags most of its lines.
const MIN_TAGGED = 3;

export function unstyle(pieces: { piece: string }[]): void {
  const tagged = pieces.filter((p) => STYLE_TAG.test(p.piece)).length;
  if (tagged < MIN_TAGGED) return;
  for (const p of pieces) {
    p.piece = p.piece.replace(STYLE_TAG, (_tag, indent: string, style: string) =>
      /^List (?:Bullet|Number)/i.test(style) ? `${indent}• ` : indent,
    );
  }
}
