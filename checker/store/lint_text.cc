// Text-level checks: enum fields hold values the schema names, strings
// must be valid UTF-8 (proto3 `string` fields
// that are not cannot be written to or read from the binary form), and
// source ids must be usable as citation keys.
#include <cstdint>
#include <tuple>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/base/utf8.h"
#include "checker/store/lint_internal.h"
#include "checker/store/textproto_parse.h"
#include "google/protobuf/message.h"

namespace checker::lint_internal {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

std::string Utf8Problem(absl::string_view field, size_t offset) {
  return absl::StrCat(field, " is not valid UTF-8 (bad byte at offset ", offset,
                      "); write the text as UTF-8");
}

// An enum value the schema does not name (proto3 keeps "status: 99" as 99).
std::string UnknownEnumProblem(absl::string_view path,
                               const google::protobuf::EnumDescriptor* type,
                               int value) {
  std::string names;
  for (int k = 0; k < type->value_count(); ++k) {
    if (type->value(k)->number() == 0) continue;  // *_UNSPECIFIED
    absl::StrAppend(&names, names.empty() ? "" : ", ", type->value(k)->name());
  }
  return absl::StrCat(path, " ", value, " is not a known ", type->name(),
                      "; use one of ", names);
}

// Every string field of a (small) item, by reflection; enum fields too.
void LintStringsOf(const LintContext& context, const Message& message,
                   ItemKind kind, size_t index, const std::string& prefix,
                   absl::string_view what) {
  const google::protobuf::Reflection* reflection = message.GetReflection();
  ForEachSetField(
      message, prefix,
      [&](const FieldDescriptor* field, int at, const std::string& path) {
        if (field->type() == FieldDescriptor::TYPE_MESSAGE) {
          LintStringsOf(
              context,
              at < 0 ? reflection->GetMessage(message, field)
                     : reflection->GetRepeatedMessage(message, field, at),
              kind, index, path, what);
        } else if (field->type() == FieldDescriptor::TYPE_ENUM) {
          const int value =
              at < 0 ? reflection->GetEnumValue(message, field)
                     : reflection->GetRepeatedEnumValue(message, field, at);
          if (field->enum_type()->FindValueByNumber(value) != nullptr) return;
          context.Error(context.base().LocationOf(kind, index, path),
                        absl::StrCat(what, ": ",
                                     UnknownEnumProblem(
                                         path, field->enum_type(), value)));
        } else if (field->type() == FieldDescriptor::TYPE_STRING) {
          std::string scratch;
          const std::string& value =
              at < 0 ? reflection->GetStringReference(message, field, &scratch)
                     : reflection->GetRepeatedStringReference(message, field,
                                                              at, &scratch);
          const size_t bad = FirstInvalidUtf8(value);
          if (bad == value.size()) return;
          context.Error(context.base().LocationOf(kind, index, path),
                        absl::StrCat(what, ": ", Utf8Problem(path, bad)));
        }
      });
}

// The free-text fields of claim `i` (claims are many: no reflection).
void LintClaimStrings(const LintContext& context, size_t i) {
  const Claim& claim = context.base().claims[i];
  const Provenance& p = claim.provenance();
  const std::pair<const char*, const std::string*> fields[] = {
      {"id", &claim.id()},
      {"text", &claim.text()},
      {"hedge", &claim.hedge()},
      {"note", &claim.note()},
      {"attribution.voice", &claim.attribution().voice()},
      {"attribution.cue", &claim.attribution().cue()},
      {"provenance.document", &p.document()},
      {"provenance.page", &p.page()},
      {"provenance.quote", &p.quote()},
      {"provenance.prefix", &p.prefix()},
      {"provenance.suffix", &p.suffix()},
  };
  for (const auto& [path, value] : fields) {
    size_t bad = FirstInvalidUtf8(*value);
    if (bad != value->size()) {
      context.ClaimError(i, path, Utf8Problem(path, bad));
    }
  }
  const std::tuple<const char*, const google::protobuf::EnumDescriptor*, int>
      enums[] = {
          {"status", CurationStatus_descriptor(), claim.status()},
          {"date.precision", DatePrecision_descriptor(),
           claim.date().precision()},
          {"date.extent", DateExtent_descriptor(), claim.date().extent()},
          {"duration.unit", TimeUnit_descriptor(), claim.duration().unit()},
          {"relative_date.direction", Direction_descriptor(),
           claim.relative_date().direction()},
          {"relative_date.offset.unit", TimeUnit_descriptor(),
           claim.relative_date().offset().unit()},
          {"relative_date.result_precision", DatePrecision_descriptor(),
           claim.relative_date().result_precision()},
      };
  for (const auto& [path, type, value] : enums) {
    if (type->FindValueByNumber(value) != nullptr) continue;
    context.ClaimError(i, path, UnknownEnumProblem(path, type, value));
  }
  for (const auto& [key, value] : claim.subject().qualifier()) {
    if (FirstInvalidUtf8(key) != key.size() ||
        FirstInvalidUtf8(value) != value.size()) {
      context.ClaimError(i, "subject.qualifier",
                         "a subject qualifier is not valid UTF-8; write the "
                         "text as UTF-8");
    }
  }
}

bool IsCitationKey(absl::string_view id) {
  for (char c : id) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c)) && c != '_' &&
        c != '-' && c != ':' && c != '.') {
      return false;
    }
  }
  return true;
}

}  // namespace

void LintText(const LintContext& context) {
  const ClaimBase& base = context.base();
  for (size_t i = 0; i < base.sources.size(); ++i) {
    const std::string what =
        absl::StrCat("source \"", base.sources[i].id(), "\"");
    LintStringsOf(context, base.sources[i], ItemKind::kSource, i, "", what);
    if (!IsCitationKey(base.sources[i].id())) {
      context.SourceError(i, "id",
                          "a source id may hold only letters, digits, '_', "
                          "'-', ':' and '.' (it is a citation key); rename it");
    }
  }
  for (size_t i = 0; i < base.entities.size(); ++i) {
    LintStringsOf(context, base.entities[i], ItemKind::kEntity, i, "",
                  absl::StrCat("entity \"", base.entities[i].id(), "\""));
  }
  for (size_t i = 0; i < base.attributes.size(); ++i) {
    LintStringsOf(context, base.attributes[i], ItemKind::kAttribute, i, "",
                  absl::StrCat("attribute \"", base.attributes[i].id(), "\""));
  }
  for (size_t i = 0; i < base.claims.size(); ++i) LintClaimStrings(context, i);
}

}  // namespace checker::lint_internal
