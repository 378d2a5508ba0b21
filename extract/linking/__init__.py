"""From sentences to paper-count facts: which organization, which conferences, which year.

The linker walks the headline and then the body sentence by sentence, keeping a little state:
the current subject (the last organization written as a subject, `네이버는`, `카카오 관계자는`;
a conference or a country as a subject clears it) and the facts found so far. For every count
(numerals.find_counts) in a sentence it

1. drops what is not a paper count: counts of 학회 (`6개 학회`), parameters (`2040억개`), patents,
   counts in journal or challenge sentences, conference-wide submission/acceptance totals,
   counts next to a percentage (`32.1%인 198편`), people (`교수는 각각 9편`), countries;
2. finds the organization: distributive lists (`A·B가 각각 15건, 25건`), subsets (`9편 중 5편`,
   `그 가운데 4편`), totals (`A와 B를 포함하면 총 N`, lifted to the common parent), collective
   references (`두 회사`), otherwise the nearest organization before the count that is not an
   object, a source or a collaborator, else one after it in the clause, else the current subject;
3. finds the conferences: those written before the count in its clause (a list `A, B 등 6개
   학회` gives all of them, `CVPR(14개)` one), none for unnamed plural venues (`25개 학회`,
   `톱티어 학회`) or a year's total (`1년 치`), the article's conference for `이번 학회`, else
   those of the previous fact;
4. finds the year: written next to the conference (`ICLR 2022`), a year word in the clause
   (올해, 지난해, 작년, 내년, 전년도, `2021년`), the year written next to that conference elsewhere
   in the article, else the publication year. Relative words count from the conference's edition
   year when the article writes one (an ISSCC 2020 story from 2019), else from publication.

Finally duplicates collapse, a fact with no conference gives way to the same count with one,
and a parent's fact gives way to the same count for its unit (`네이버 AI… 14개` vs `클로바 14개`).

Modules, in the order a count meets them:

- `sentences`: headline and body cut into sentences, each with its entity mentions;
- `cues`: the words the linker reads (regular expressions, grouped by what they detect);
- `roles`: what a mention does in its sentence (subject, object, …) and lists of mentions;
- `state`: the article (`Doc`), a fact being built (`Fact`), what is carried (`State`);
- `link`: the sentence walk and the current subject;
- `counts`: which numbers are paper counts, and aggregates that are no organization's;
- `organizations`: the organization of a count (subsets, totals, joint papers, parents);
- `distributive`: `각각`, several counts paired with a list;
- `conferences`, `years`: a count's conferences and year;
- `totals`: totals summed over their parts or their breakdown;
- `facts`: a fact built, duplicates collapsed, the schema model.
"""

from extract.linking.facts import to_paper_count
from extract.linking.link import link
from extract.linking.sentences import Sentence, split_sentences
from extract.linking.state import Doc, Fact

__all__ = ["Doc", "Fact", "Sentence", "link", "split_sentences", "to_paper_count"]
