// Generated rows, reviewed by hand: each row is {__LINE__, input, expected
// mentions in MentionToCompact form} (see checker/extract/mention_format.h).
#include "checker/extract/extractor_test_util.h"

namespace checker {
namespace {

// A proportion is a mention marked as a fraction, not a count.
const ExtractCase kProportions[] = {
    {__LINE__,
     "About two-thirds of them were Russians.",
     {"QUANTITY [0,16) \"About two-thirds\" hedge=\"about\" "
      "0.666666666667 fraction"}},
};

const ExtractCase kNotClaims[] = {
    {__LINE__, "Prisoner Sh-854 worked in Ekibastuz.", {}},
    {__LINE__, "The T-34 tanks rolled in.", {}},
    {__LINE__, "A third of the prisoners were politicals.", {}},
    {__LINE__, "He lived at 10 Downing Street then.", {}},
    {__LINE__, "The 1st Belorussian Front reached the city.", {}},
    {__LINE__, "See {p. 519} for the letter.", {}},
    {__LINE__, "Deriabin, op. cit., p. 300.", {}},
    {__LINE__, "As Wittlin notes (p. 307), the plot failed.", {}},
    {__LINE__, "See ibid., pp. 287-8, 296, 298, 306.", {}},
    {__LINE__, "Cited in Bland, op. cit., p. 24.", {}},
    {__LINE__, "He was convicted under Article 58.", {}},
    {__LINE__, "Order No. 270 forbade surrender.", {}},
    {__LINE__, "Section 3 lists the camps.", {}},
    {__LINE__, "The Nineteenth Party Congress met.", {}},
    {__LINE__, "Lenya staged the Sixth Symphony.", {}},
    {__LINE__, "(6) Mikhail Heller on the successors", {}},
    {__LINE__, "(2) Walter Duranty wrote the book.", {}},
    {__LINE__, "At 23:00 the guards found him.", {}},
    {__LINE__, "The bunk was locked at 6 p.m. sharp.", {}},
    {__LINE__, "They began to work at 8 AM daily.", {}},
    {__LINE__, "The thieves were beaten at 2 am.", {}},
    {__LINE__, "He was one of the guards.", {}},
    {__LINE__, "No one called a doctor.", {}},
    {__LINE__, "One day, before lunch, he came in.", {}},
    {__LINE__, "One of them survived.", {}},
    {__LINE__, "They helped one another.", {}},
    {__LINE__, "The Twentieth Congress changed everything.", {}},
    {__LINE__, "The Fourteenth Party Congress opened.", {}},
    {__LINE__, "The first triumvirate fell.", {}},
    {__LINE__, "He was the second secretary.", {}},
    {__LINE__, "Volume 2 covers the camps.", {}},
    {__LINE__, "See Chapter 12 for details.", {}},
    {__LINE__, "Figure 3 shows the camp.", {}},
    {__LINE__, "ISBN 0-06-013914-5 is the edition.", {}},
    {__LINE__, "He lived at No. 5 in the street.", {}},
    {__LINE__, "Room 101 was empty.", {}},
    {__LINE__, "Camp cell #12 was cold.", {}},
    {__LINE__, "They met at 5 o'clock.", {}},
    {__LINE__, "The meeting lasted until 10:30 am.", {}},
    {__LINE__, "Created: 1:49 AM by the editor.", {}},
    {__LINE__, "Table 4 gives the totals.", {}},
    {__LINE__, "Note 7 explains the source.", {}},
    {__LINE__, "The Hundred Days ended badly.", {}},
    {__LINE__, "Stalin's guards found him on the floor.", {}},
    {__LINE__, "Many prisoners died of hunger.", {}},
    {__LINE__, "He wrote {thus} in his notes.", {}},
    {__LINE__, "The last years of his life were grim.", {}},
    {__LINE__, "In the next chapter we turn to Hungary.", {}},
    {__LINE__, "This time the guards did nothing.", {}},
    {__LINE__, "The camp was in Kengir.", {}},
    {__LINE__, "The first winter was the worst.", {}},
    {__LINE__, "He crossed one out.", {}},
    {__LINE__, "They took over the camp.", {}},
    {__LINE__, "Article 58-10 covered agitation.", {}},
    {__LINE__, "He was hanged under Order 227.", {}},
    {__LINE__, "The 62nd Army held the city.", {}},
    {__LINE__, "Beria's Hundred Days ended.", {}},
    {__LINE__, "Volume II covers the camps.", {}},
    {__LINE__, "The May Day parade was cancelled.", {}},
    {__LINE__, "March on, comrades, the leader said.", {}},
    {__LINE__, "The score was settled.", {}},
    {__LINE__, "See footnote 4 for the figure.", {}},
    {__LINE__, "Vol. 3, pp. 12-14, gives the list.", {}},
    {__LINE__, "The line 3 bus ran late.", {}},
};

const ExtractCase kMixed[] = {
    {__LINE__,
     "Stalin died on March 6, 1953. Three weeks later, Beria proposed "
     "releasing one million of the 2.6 million inmates.",
     {"DATE [15,28) \"March 6, 1953\" 1953-03-06 DAY",
      "RELATIVE_DATE [30,47) \"Three weeks later\" AFTER 3 WEEK 21d",
      "QUANTITY [74,85) \"one million\" 1000000",
      "QUANTITY [93,104) \"2.6 million\" 2600000"}},
    {__LINE__,
     "Beria was arrested in June, 1953, and executed six months later.",
     {"DATE [22,32) \"June, 1953\" 1953-06-01..1953-06-30 MONTH",
      "RELATIVE_DATE [47,63) \"six months later\" AFTER 6 MONTH [168,186]d"}},
    {__LINE__,
     "After 40 days of freedom, tanks killed 500-700 prisoners on June 26, "
     "1954.",
     {"DURATION [6,13) \"40 days\" 40 DAY 40d",
      "QUANTITY [39,46) \"500-700\" [500,700] range",
      "DATE [60,73) \"June 26, 1954\" 1954-06-26 DAY"}},
    {__LINE__,
     "Only 10,087 ever returned to Italy (14 percent).",
     {"QUANTITY [5,11) \"10,087\" 10087", "PERCENT [36,46) \"14 percent\" 14"}},
    {__LINE__,
     "In 1953 some 4,000 people were released; there were 8-9 million "
     "prisoners.",
     {"DATE [3,7) \"1953\" 1953-01-01..1953-12-31 YEAR",
      "QUANTITY [8,18) \"some 4,000\" hedge=\"some\" 4000",
      "QUANTITY [52,63) \"8-9 million\" [8000000,9000000] range"}},
    {__LINE__,
     "During the first five months of 1953 190,000 people left.",
     {"DURATION [17,28) \"five months\" 5 MONTH [140,155]d",
      "DATE [32,36) \"1953\" 1953-01-01..1953-12-31 YEAR",
      "QUANTITY [37,44) \"190,000\" 190000"}},
    {__LINE__,
     "Out of 2800 officers and employees there, 1700 were transferred.",
     {"QUANTITY [7,11) \"2800\" 2800", "QUANTITY [42,46) \"1700\" 1700"}},
    {__LINE__,
     "The Wehrmacht captured more than 4.4 million soldiers, most in "
     "1941–1942.",
     {"QUANTITY [23,44) \"more than 4.4 million\" hedge=\"more than\" "
      "(4400000,+inf)",
      "DATE [63,74) \"1941–1942\" 1941-01-01..1942-12-31 YEAR period"}},
    {__LINE__,
     "Of them, about 10% died, mostly during winter of 1945 1946.",
     {"PERCENT [9,18) \"about 10%\" hedge=\"about\" 10",
      "DATE [39,58) \"winter of 1945 1946\" 1945-12-01..1946-02-28 SEASON"}},
    {__LINE__,
     "In 1955 amnesty was declared for those who collaborated in 1941-1944.",
     {"DATE [3,7) \"1955\" 1955-01-01..1955-12-31 YEAR",
      "DATE [59,68) \"1941-1944\" 1941-01-01..1944-12-31 YEAR period"}},
    {__LINE__,
     "He was sentenced to 25 years, and 145,000 others to six-year terms.",
     {"DURATION [20,28) \"25 years\" 25 YEAR [9125,9150]d",
      "QUANTITY [34,41) \"145,000\" 145000",
      "DURATION [52,60) \"six-year\" 6 YEAR [2190,2196]d"}},
    {__LINE__,
     "Approximately 16,400 inmates went on strike from late May to early "
     "August.",
     {"QUANTITY [0,20) \"Approximately 16,400\" hedge=\"approximately\" "
      "16400"}},
    {__LINE__,
     "“Over 60,000” was the figure—nearly 500 more than reported.",
     {"QUANTITY [3,14) \"Over 60,000\" hedge=\"over\" (60000,+inf)",
      "QUANTITY [35,45) \"nearly 500\" hedge=\"nearly\" 500"}},
    {__LINE__,
     "The Kengir revolt (1954) lasted forty-two days; 3,000 soldiers were "
     "sent.",
     {"DATE [19,23) \"1954\" 1954-01-01..1954-12-31 YEAR",
      "DURATION [32,46) \"forty-two days\" 42 DAY 42d",
      "QUANTITY [48,53) \"3,000\" 3000"}},
    {__LINE__,
     "In April 1953 ration cards were cut, and production norms rose by 10 "
     "percent.",
     {"DATE [3,13) \"April 1953\" 1953-04-01..1953-04-30 MONTH",
      "PERCENT [66,76) \"10 percent\" 10"}},
    {__LINE__,
     "As many as 100,000 people took part; nearly 500 were killed.",
     {"QUANTITY [0,18) \"As many as 100,000\" hedge=\"as many as\" "
      "(-inf,100000]",
      "QUANTITY [37,47) \"nearly 500\" hedge=\"nearly\" 500"}},
    {__LINE__,
     "{p. 519} In 1954 the tax on cows was abolished.",
     {"DATE [12,16) \"1954\" 1954-01-01..1954-12-31 YEAR page=519"}},
    {__LINE__,
     "{p. 12} Some 200 men. {p. 13} About 300 women.",
     {"QUANTITY [8,16) \"Some 200\" hedge=\"some\" 200 page=12",
      "QUANTITY [30,39) \"About 300\" hedge=\"about\" 300 page=13"}},
    {__LINE__,
     "The strike of 1953 – 1954 spread.",
     {"DATE [14,28) \"1953 – 1954\" 1953-01-01..1954-12-31 YEAR period"}},
    {__LINE__,
     "They were 9,000 male prisoners and 4,000 female prisoners, or 13,000 in "
     "all.",
     {"QUANTITY [10,15) \"9,000\" 9000", "QUANTITY [35,40) \"4,000\" 4000",
      "QUANTITY [62,68) \"13,000\" 13000"}},
};

TEST(ExtractMixedTest, NonClaimsAreNotMentions) { ExpectCases(kNotClaims); }

TEST(ExtractMixedTest, ProportionsAreFractions) { ExpectCases(kProportions); }

TEST(ExtractMixedTest, SeveralKindsInOneText) { ExpectCases(kMixed); }

}  // namespace
}  // namespace checker
