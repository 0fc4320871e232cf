// The default attribute vocabulary as a table. Edit cues here; the linking
// logic does not know any word. A gazetteer attribute with the same id adds
// its cues to these and replaces applies_to (see vocabulary.h).
#include "checker/link/default_vocabulary.h"

#include <initializer_list>

namespace checker {
namespace {

struct Row {
  const char* id;
  ValueKind kind;
  const char* role;
  bool counts_people;
  std::initializer_list<EntityKind> applies_to;
  std::initializer_list<const char*> cues;
};

const Row kRows[] = {
    {"deaths",
     VALUE_QUANTITY,
     "",
     true,
     {EVENT, GROUP, PLACE, ORGANIZATION},
     {"killed",
      "killing",
      "kill",
      "died",
      "die",
      "dying",
      "dead",
      "deaths",
      "death toll",
      "death certificates",
      "death of",
      "deaths of",
      "did not survive",
      "failed to survive",
      "perished",
      "perish",
      "lost their lives",
      "murdered",
      "massacred",
      "fatalities",
      "were shot",
      "shot dead",
      "death rate",
      "mortality",
      "victims"}},
    {"wounded",
     VALUE_QUANTITY,
     "",
     true,
     {EVENT, GROUP, PLACE, ORGANIZATION},
     {"wounded", "injured", "injuries"}},
    {"captured",
     VALUE_QUANTITY,
     "",
     true,
     {EVENT, GROUP, PLACE, ORGANIZATION},
     {"captured", "capture", "taken prisoner", "took prisoner", "surrendered",
      "surrender", "taken captive", "fell into captivity"}},
    {"returned",
     VALUE_QUANTITY,
     "",
     true,
     {EVENT, GROUP, PLACE, ORGANIZATION},
     {"returned", "return", "returning", "repatriated", "repatriation",
      "came home", "sent home"}},
    {"released",
     VALUE_QUANTITY,
     "",
     true,
     {EVENT, GROUP, PLACE, ORGANIZATION},
     {"released", "release", "releasing", "freed", "liberated", "amnestied",
      "set free", "let go"}},
    {"participants",
     VALUE_QUANTITY,
     "",
     true,
     {EVENT},
     {"took part", "take part", "taking part", "participants", "participated",
      "went on strike", "~strikers", "~rebels", "~insurgents", "joined",
      "~involved"}},
    {"population",
     VALUE_QUANTITY,
     "",
     true,
     {GROUP, PLACE, ORGANIZATION},
     {"population", "~inmates", "~prisoners", "held", "housed", "detained",
      "incarcerated", "languished", "numbered", "interned", "imprisoned"}},
    {"area",
     VALUE_QUANTITY,
     "",
     false,
     {EVENT, PLACE},
     {"area of", "square kilometers", "square kilometres", "square miles",
      "acres", "hectares", "km2"}},
    {"duration",
     VALUE_DURATION,
     "",
     false,
     {EVENT, GROUP, PLACE, ORGANIZATION},
     {"lasted", "last", "continued for", "went on for", "days of", "weeks of",
      "months of", "years of", "held out", "for", "~after", "~within"}},
    {"start_date",
     VALUE_DATE,
     "start",
     false,
     {EVENT},
     {"began", "begin", "beginning", "broke out", "started", "start", "erupted",
      "outbreak", "launched", "opened", "initiated"}},
    {"end_date",
     VALUE_DATE,
     "end",
     false,
     {EVENT},
     {"suppressed", "crushed", "put down", "ended", "end", "came to an end",
      "quelled", "defeated", "stormed", "closed", "concluded", "dissolved"}},
    {"date_of_death",
     VALUE_DATE,
     "",
     false,
     {PERSON},
     {"died", "death", "passed away", "killed", "murdered", "perished",
      "deceased"}},
    {"date_of_birth",
     VALUE_DATE,
     "",
     false,
     {PERSON},
     {"born", "birth", "was born"}},
    {"date_of_arrest",
     VALUE_DATE,
     "",
     false,
     {PERSON},
     {"arrested", "arrest", "detained", "seized"}},
    {"date_of_execution",
     VALUE_DATE,
     "",
     false,
     {PERSON},
     {"executed", "execution", "shot", "hanged"}},
    {"date_announced",
     VALUE_DATE,
     "",
     false,
     {},
     {"announced", "announcement", "was made known", "made public", "published",
      "proclaimed", "declared", "reported"}},
    {"event_date",
     VALUE_DATE,
     "",
     false,
     {EVENT},
     {"occurred", "took place", "happened", "granted", "issued", "signed",
      "decreed", "held", "~in", "~on", "~during"}},
};

std::vector<Attribute> BuildDefaults() {
  std::vector<Attribute> attributes;
  for (const Row& row : kRows) {
    Attribute attribute;
    attribute.set_id(row.id);
    attribute.set_value_kind(row.kind);
    attribute.set_role(row.role);
    for (EntityKind kind : row.applies_to) attribute.add_applies_to(kind);
    for (const char* cue : row.cues) attribute.add_cue(cue);
    attributes.push_back(std::move(attribute));
  }
  return attributes;
}

}  // namespace

bool DefaultCountsPeople(absl::string_view id) {
  for (const Row& row : kRows) {
    if (row.id == id) return row.counts_people;
  }
  return false;
}

const std::vector<Attribute>& DefaultAttributes() {
  static const std::vector<Attribute>* const kDefaults =
      new std::vector<Attribute>(BuildDefaults());
  return *kDefaults;
}

}  // namespace checker
