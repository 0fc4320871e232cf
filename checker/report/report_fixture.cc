#include "checker/report/report_fixture.h"

#include <cstdlib>

#include "google/protobuf/text_format.h"
#include "proto/claim_base.pb.h"

namespace checker {
namespace {

constexpr char kSources[] = R"pb(
  source {
    id: "heller1985"
    author { family: "Heller" given: "Mikhail" }
    author { family: "Nekrich" given: "Aleksandr" }
    title: "Utopia in Power"
    year: 1985
    publisher: "Hutchinson"
    place: "London"
    kind: SCHOLARLY_BOOK
  }
  source {
    id: "cih"
    author { literal: "CIH" }
    title: "Camps in history"
    url: "https://example.org/cih"
    kind: WEB_PAGE
  }
  source {
    id: "hdict2014"
    title: "Historical Dictionary of the Gulag and the Camps"
    container_title: "Historical Dictionaries"
    year: 2014
    kind: REFERENCE_WORK
  }
  source { id: "evil-" title: "Pamphlet" year: 1990 }
  entity { id: "stalin" name: "Joseph Stalin" }
  entity { id: "japanese_pows" name: "Japanese prisoners of war" }
  entity { id: "kengir" name: "Kengir uprising" }
)pb";

constexpr char kReport[] = R"pb(
  summary {
    subjects: 4
    claims: 9
    conflicts: 1
    varying: 1
    consistent: 1
    single_source: 1
    corroborated: 1
    waived: 1
  }
  finding {
    id: "f-conflict"
    rule: "checker.rule.interval"
    verdict: CONFLICT
    cause: CAUSE_DATE_ROLE
    severity: ERROR
    subject { entity: "stalin" attribute: "death_date" }
    explanation: "5 March 1953 and 6 March 1953 do not overlap."
    independent_sources: 2
    claim {
      claim: "c1"
      source: "heller1985"
      text: "5 March 1953"
      interval {
        low: -6146
        high: -6146
        low_text: "1953-03-05"
        high_text: "1953-03-05"
        derivation: "day"
      }
      provenance {
        document: "seeds/heller.txt"
        begin: 100
        end: 112
        page: "519"
        quote: "died on 5 March 1953"
      }
      status: CONFIRMED
    }
    claim {
      claim: "c2"
      source: "hdict2014"
      text: "6 March 1953"
      interval {
        low: -6145
        high: -6144
        low_text: "1953-03-06"
        high_text: "1953-03-07"
      }
      provenance {
        document: "seeds/dict.txt"
        begin: 40
        end: 52
        quote: "announced 6 March 1953"
      }
      status: EXTRACTED
    }
  }
  finding {
    id: "f-varying"
    rule: "checker.rule.interval"
    verdict: VARYING
    severity: WARNING
    subject { entity: "japanese_pows" attribute: "count" }
    explanation: "Estimates overlap but spread 40% around their midpoint."
    independent_sources: 2
    claim {
      claim: "c3"
      source: "cih"
      text: "about 570,000"
      hedge: "about"
      interval { low: 513000 high: 627000 derivation: "about 570,000 ± 10%" }
      provenance {
        document: "seeds/cih.txt"
        begin: 10
        end: 23
        quote: "about 570,000 Japanese"
      }
      status: CONFIRMED
    }
    claim {
      claim: "c4"
      source: "hdict2014"
      text: "510,000 to 600,000"
      interval { low: 510000 high: 600000 }
      provenance {
        document: "seeds/dict.txt"
        begin: 300
        end: 318
        page: "212"
        quote: "510,000 to 600,000 prisoners"
      }
      status: CORRECTED
    }
    claim {
      claim: "c5"
      source: "cih"
      voice: "Japanese sources"
      text: "0.6–0.8 million"
      interval { low: 600000 high: 800000 }
      provenance {
        document: "seeds/cih.txt"
        begin: 90
        end: 107
        quote: "0.6–0.8 million, Japanese sources"
      }
      status: CONFIRMED
    }
  }
  finding {
    id: "f-consistent"
    rule: "checker.rule.interval"
    verdict: CONSISTENT
    cause: CAUSE_HEDGE
    severity: INFO
    subject {
      entity: "kengir"
      attribute: "participants"
      qualifier { key: "place" value: "Kengir" }
      qualifier { key: "camp" value: "Steplag" }
    }
    explanation: "Over 5,000 includes 5,200."
    independent_sources: 2
    claim {
      claim: "c6"
      source: "heller1985"
      text: "over 5,000"
      hedge: "over"
      interval { low: 5000 low_exclusive: true }
      provenance {
        document: "seeds/heller.txt"
        begin: 900
        end: 910
        page: "xiii"
        quote: "over 5,000 strikers"
      }
      status: CONFIRMED
    }
    claim {
      claim: "c7"
      source: "hdict2014"
      text: "5,200"
      interval { low: 5200 high: 5200 }
      provenance {
        document: "seeds/dict.txt"
        begin: 700
        end: 705
        quote: "5,200 prisoners"
      }
      status: CONFIRMED
    }
  }
  finding {
    id: "f-single"
    rule: "checker.rule.single_source"
    verdict: SINGLE_SOURCE
    severity: INFO
    waived: true
    waiver_note: "=HYPERLINK(\"x\") accepted | by editor"
    tier_note: "rests on a pamphlet"
    subject { entity: "kengir" attribute: "duration" }
    explanation: "Only <b>one</b> source gives it."
    independent_sources: 1
    claim {
      claim: "c8"
      source: "evil-"
      voice: "@someone"
      text: "=1+1 | forty\ndays [@fake]"
      interval { high: 42 high_text: "42 days" }
      provenance {
        document: "seeds/x,y.txt"
        begin: 5
        end: 9
        quote: "<script>alert(1)</script> & 'q' \"d\""
      }
      status: EXTRACTED
    }
  }
)pb";

}  // namespace

ClaimBase FixtureClaimBase() {
  ClaimBaseFile file;
  if (!google::protobuf::TextFormat::ParseFromString(kSources, &file)) {
    std::abort();  // the fixture itself is wrong
  }
  ClaimBase base;
  base.sources.assign(file.source().begin(), file.source().end());
  base.entities.assign(file.entity().begin(), file.entity().end());
  return base;
}

Report FixtureReport() {
  Report report;
  if (!google::protobuf::TextFormat::ParseFromString(kReport, &report)) {
    std::abort();
  }
  return report;
}

}  // namespace checker
