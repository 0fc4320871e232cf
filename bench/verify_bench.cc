// Verify throughput: a 600,000-word draft against a claim base of 1 million
// claims, both generated in memory (nothing is committed).
//
//   build/bench/verify_bench
//   CHECKER_VERIFY_WORDS=60000 CHECKER_VERIFY_CLAIMS=100000
//   build/bench/verify_bench
//
// BM_VerifyDraft measures the whole check of one draft: building the claim
// index, extraction, linking, normalization, the rules engine on the subjects
// the draft mentions, and classification. Loading the claim base from disk
// is not included (the base is built in memory). Target: under 5 s.
//
// The base has 20,000 events with 4 attributes and 50 claims each. The draft
// discusses CHECKER_VERIFY_DRAFT_ENTITIES of them (default 2,000, i.e. 8,000
// subjects and 100,000 claims in play); set it to 20000 for the worst case
// where the draft touches most of the base and the engine runs on all of it.
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "benchmark/benchmark.h"
#include "checker/base/number_text.h"
#include "checker/extract/extractor.h"
#include "checker/link/linker.h"
#include "checker/normalize/normalizer.h"
#include "checker/rules/engine.h"
#include "checker/store/claim_base.h"
#include "checker/store/claim_base_set.h"
#include "checker/verify/claim_index.h"
#include "checker/verify/verify.h"

namespace checker {
namespace {

constexpr int kSources = 100;
constexpr const char* kMonths[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

size_t EnvSize(const char* name, size_t fallback) {
  const char* value = std::getenv(name);
  return value == nullptr ? fallback : std::strtoull(value, nullptr, 10);
}

// "Kalomiru": a made-up place name, distinct for each i < 65536.
std::string PlaceName(int i) {
  static const char* kSyllables[] = {"ka", "lo", "mi", "ru", "ve", "sa",
                                     "ni", "te", "bo", "da", "gu", "ze",
                                     "pe", "fa", "ri", "xo"};
  std::string name;
  for (int k = 0; k < 4; ++k) name += kSyllables[(i >> (4 * k)) & 15];
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

struct Truth {
  int year, month, day;  // start date
  int duration, participants, deaths;
};

Truth TruthOf(int e) {
  return {1950 + e % 8,           1 + e % 12,  1 + e % 28, 20 + e % 50,
          1000 + (e * 37) % 9000, 50 + e % 400};
}

Attribute MakeAttribute(const char* id, ValueKind kind,
                        std::vector<std::string> cues) {
  Attribute attribute;
  attribute.set_id(id);
  attribute.set_value_kind(kind);
  for (std::string& cue : cues) attribute.add_cue(std::move(cue));
  return attribute;
}

Claim MakeClaim(size_t n, int entity, const char* attribute) {
  Claim claim;
  claim.set_id(absl::StrCat("c", n));
  claim.set_source(absl::StrCat("s", n % kSources));
  claim.set_status(CONFIRMED);
  claim.mutable_subject()->set_entity(absl::StrCat("e", entity));
  claim.mutable_subject()->set_attribute(attribute);
  claim.mutable_provenance()->set_document(
      absl::StrCat("s", n % kSources, ".txt"));
  claim.mutable_provenance()->set_page(absl::StrCat(1 + n % 400));
  return claim;
}

// `claims` claims spread over entities, 50 per entity: 12 for each of three
// attributes and 14 for participants. Every tenth claim is off by a little,
// so some subjects vary or conflict.
ClaimBase MakeBase(size_t claims) {
  ClaimBase base;
  const int entities = static_cast<int>((claims + 49) / 50);
  for (int s = 0; s < kSources; ++s) {
    Source source;
    source.set_id(absl::StrCat("s", s));
    source.set_title(absl::StrCat("Source ", s));
    base.sources.push_back(source);
  }
  base.attributes = {
      MakeAttribute("start_date", VALUE_DATE, {"began"}),
      MakeAttribute("duration", VALUE_DURATION, {"lasted"}),
      MakeAttribute("participants", VALUE_QUANTITY, {"took part"}),
      MakeAttribute("deaths", VALUE_QUANTITY, {"were killed"})};
  for (int e = 0; e < entities; ++e) {
    Entity entity;
    entity.set_id(absl::StrCat("e", e));
    entity.set_kind(EVENT);
    entity.add_name(absl::StrCat(PlaceName(e), " uprising"));
    entity.add_name(PlaceName(e));
    base.entities.push_back(entity);
  }
  base.claims.reserve(claims);
  for (size_t n = 0; n < claims; ++n) {
    const int e = static_cast<int>(n / 50);
    const int slot = static_cast<int>(n % 50);
    const Truth t = TruthOf(e);
    const int off = n % 10 == 9 ? 1 : 0;
    if (slot < 12) {
      Claim claim = MakeClaim(n, e, "start_date");
      const std::string day =
          absl::StrFormat("%04d-%02d-%02d", t.year, t.month, t.day + off);
      claim.mutable_date()->set_earliest(day);
      claim.mutable_date()->set_latest(day);
      claim.mutable_date()->set_precision(PRECISION_DAY);
      base.claims.push_back(std::move(claim));
    } else if (slot < 24) {
      Claim claim = MakeClaim(n, e, "duration");
      claim.mutable_duration()->set_amount(t.duration + 2 * off);
      claim.mutable_duration()->set_unit(UNIT_DAY);
      base.claims.push_back(std::move(claim));
    } else if (slot < 36) {
      Claim claim = MakeClaim(n, e, "deaths");
      claim.mutable_quantity()->set_value(t.deaths * (1 + 0.3 * off));
      base.claims.push_back(std::move(claim));
    } else {
      Claim claim = MakeClaim(n, e, "participants");
      claim.mutable_quantity()->set_value(t.participants);
      claim.set_hedge("about");
      base.claims.push_back(std::move(claim));
    }
  }
  base.BuildIndex();
  return base;
}

// About `words` words: one paragraph of four sentences per entity, cycling
// through `discussed` of the base's entities spread evenly over it; every
// seventh figure is wrong.
std::string MakeDraft(size_t words, int entities, int discussed) {
  discussed = std::max(1, std::min(discussed, entities));
  const int stride = entities / discussed;
  std::string draft;
  size_t written = 0;
  for (int p = 0; written < words; ++p) {
    const int e = (p % discussed) * stride;
    const Truth t = TruthOf(e);
    const int wrong = p % 7 == 6 ? 9 : 0;
    const std::string name = PlaceName(e);
    const std::string paragraph = absl::StrFormat(
        "The %s uprising began on %d %s %d, in the middle of the working "
        "week. At %s the revolt lasted %d days in all, and the camp was quiet "
        "again. About %s prisoners took part in the %s strike, most of them "
        "political. Some %d prisoners were killed at %s when the camp "
        "fell.\n\n",
        name, t.day, kMonths[t.month - 1], t.year, name, t.duration + wrong,
        FormatNumber(t.participants), name, t.deaths + wrong, name);
    const std::vector<absl::string_view> tokens =
        absl::StrSplit(paragraph, absl::ByAnyChar(" \n"), absl::SkipEmpty());
    written += tokens.size();
    draft += paragraph;
  }
  return draft;
}

struct Fixture {
  ClaimBase base;
  std::string draft;
  size_t words = 0;
  int discussed = 0;  // entities the draft discusses
};

const Fixture& GetFixture() {
  static const Fixture* fixture = [] {
    auto* f = new Fixture;
    const size_t claims = EnvSize("CHECKER_VERIFY_CLAIMS", 1000000);
    f->words = EnvSize("CHECKER_VERIFY_WORDS", 600000);
    f->base = MakeBase(claims);
    f->discussed =
        static_cast<int>(EnvSize("CHECKER_VERIFY_DRAFT_ENTITIES", 2000));
    f->draft = MakeDraft(f->words, static_cast<int>(f->base.entities.size()),
                         f->discussed);
    return f;
  }();
  return *fixture;
}

void BM_BuildClaimIndex(benchmark::State& state) {
  const Fixture& f = GetFixture();
  for (auto _ : state) {
    ClaimIndex index(f.base);
    benchmark::DoNotOptimize(index.subject_count());
  }
  state.counters["claims"] = static_cast<double>(f.base.claims.size());
}
BENCHMARK(BM_BuildClaimIndex)->Unit(benchmark::kMillisecond)->Iterations(3);

// The part of verify that does not depend on the claim base's size.
void BM_ExtractAndLinkDraft(benchmark::State& state) {
  const Fixture& f = GetFixture();
  absl::StatusOr<Linker> linker =
      Linker::Create(f.base.entities, f.base.attributes);
  if (!linker.ok()) {
    state.SkipWithError("cannot build the linker");
    return;
  }
  for (auto _ : state) {
    absl::StatusOr<std::vector<Mention>> mentions =
        ExtractMentions(f.draft, ExtractOptions{});
    if (!mentions.ok()) {
      state.SkipWithError("extraction failed");
      return;
    }
    LinkRequest request;
    request.text = f.draft;
    request.mentions = &*mentions;
    request.document = "draft.md";
    benchmark::DoNotOptimize(linker->Link(request).size());
  }
  state.counters["words_per_s"] =
      benchmark::Counter(static_cast<double>(f.words),
                         benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ExtractAndLinkDraft)->Unit(benchmark::kMillisecond)->Iterations(2);

// The rules engine over the whole claim base (what verify needs from it is
// the verdict of each subject the draft mentions).
void BM_RulesEngineOnBase(benchmark::State& state) {
  const Fixture& f = GetFixture();
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(f.base.rules);
  if (!engine.ok()) {
    state.SkipWithError("cannot build the rules engine");
    return;
  }
  for (auto _ : state) {
    IssueList issues;
    benchmark::DoNotOptimize(
        engine->Run(ClaimBaseSet(f.base), &issues).finding_size());
  }
}
BENCHMARK(BM_RulesEngineOnBase)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_VerifyDraft(benchmark::State& state) {
  const Fixture& f = GetFixture();
  absl::StatusOr<Linker> linker =
      Linker::Create(f.base.entities, f.base.attributes);
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(f.base.rules);
  if (!linker.ok() || !engine.ok()) {
    state.SkipWithError("cannot build the linker or the rules engine");
    return;
  }
  const Normalizer normalizer(f.base.rules);
  VerifyResult last;
  for (auto _ : state) {
    ClaimIndex index(f.base);
    absl::StatusOr<VerifyResult> result = VerifyDraft(
        f.draft, "draft.md", index, *linker, normalizer, *engine, {});
    if (!result.ok()) {
      state.SkipWithError(std::string(result.status().message()).c_str());
      return;
    }
    last = *std::move(result);
  }
  state.counters["claims"] = static_cast<double>(f.base.claims.size());
  state.counters["words"] = static_cast<double>(f.words);
  state.counters["draft_entities"] = f.discussed;
  state.counters["words_per_s"] =
      benchmark::Counter(static_cast<double>(f.words),
                         benchmark::Counter::kIsIterationInvariantRate);
  state.counters["figures"] = static_cast<double>(last.figures.size());
  state.counters["supported"] = last.Count(Outcome::kSupported);
  state.counters["disputed"] = last.Count(Outcome::kDisputed);
  state.counters["contradicted"] = last.Count(Outcome::kContradicted);
  state.counters["unsupported"] = last.Count(Outcome::kUnsupported);
  state.counters["unlinked"] = last.Count(Outcome::kUnlinked);
}
BENCHMARK(BM_VerifyDraft)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
}  // namespace checker

BENCHMARK_MAIN();
