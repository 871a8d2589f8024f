#pragma once
// Qt writes a font's ToUnicode map by asking, for each glyph, the lowest code point that maps
// to it. Noto CJK draws a Kangxi radical (U+2F70 ⽰) and its ideograph (U+793A 示) with one
// glyph, so copied or searched text came out as radicals. The report never prints a radical:
// this maps those entries back to their ideographs (NFKC) in place. Each entry keeps its length,
// so the PDF's cross-reference offsets stay right.

#include <QByteArray>

namespace gasbench::reports {

// Returns how many entries it changed.
int mapRadicalsToIdeographs(QByteArray& pdf);

}  // namespace gasbench::reports
