#include "checker/review/claim_writer.h"

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/base/status_macros.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/text_format.h"

namespace checker {
namespace {

// A top-level `claim { ... }` block of a textproto file: [begin, end) covers
// the field name through the closing brace.
struct ClaimBlock {
  size_t begin = 0;
  size_t end = 0;
  Claim claim;
};

bool IsIdentChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// Skips a quoted string starting at text[i] (a quote); returns the index
// after its closing quote.
size_t SkipString(absl::string_view text, size_t i) {
  const char quote = text[i++];
  while (i < text.size() && text[i] != quote && text[i] != '\n') {
    if (text[i] == '\\') ++i;
    ++i;
  }
  return i < text.size() ? i + 1 : i;
}

// Every top-level claim block, in file order. Only blocks whose text holds
// the quoted `id` are parsed (the others keep an empty claim): a file of
// thousands of claims is not parsed whole for one write. A file the scanner
// cannot follow (unbalanced braces) gives an error naming it.
absl::StatusOr<std::vector<ClaimBlock>> FindClaimBlocks(const std::string& path,
                                                        absl::string_view text,
                                                        absl::string_view id) {
  const std::string quoted_id = absl::StrCat("\"", id, "\"");
  std::vector<ClaimBlock> blocks;
  int depth = 0;
  size_t block_begin = std::string::npos;
  size_t body_begin = 0;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    if (c == '"' || c == '\'') {
      i = SkipString(text, i);
      continue;
    }
    if (c == '{' || c == '<') {
      ++depth;
      ++i;
      continue;
    }
    if (c == '}' || c == '>') {
      if (--depth < 0) break;
      ++i;
      if (depth == 0 && block_begin != std::string::npos) {
        ClaimBlock block{block_begin, i, Claim()};
        absl::string_view body = text.substr(body_begin, i - 1 - body_begin);
        google::protobuf::TextFormat::Parser parser;
        if (absl::StrContains(body, quoted_id) &&
            !parser.ParseFromString(std::string(body), &block.claim)) {
          return absl::InvalidArgumentError(absl::StrCat(
              path, ": byte ", block_begin,
              ": a claim block does not parse; run `checker lint` on the "
              "base and fix it first"));
        }
        blocks.push_back(std::move(block));
        block_begin = std::string::npos;
      }
      continue;
    }
    if (depth == 0 && text.substr(i, 5) == "claim" &&
        (i == 0 || !IsIdentChar(text[i - 1])) &&
        (i + 5 >= text.size() || !IsIdentChar(text[i + 5]))) {
      size_t j = i + 5;
      while (j < text.size() &&
             (absl::ascii_isspace(text[j]) || text[j] == ':'))
        ++j;
      if (j < text.size() && (text[j] == '{' || text[j] == '<')) {
        block_begin = i;
        body_begin = j + 1;
        depth = 1;
        i = j + 1;
        continue;
      }
    }
    ++i;
  }
  if (depth != 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(path,
                     ": unbalanced braces; run `checker lint` on the "
                     "base and fix the file first"));
  }
  return blocks;
}

std::string PrintClaimBlock(const Claim& claim) {
  google::protobuf::TextFormat::Printer printer;
  printer.SetInitialIndentLevel(1);
  std::string body;
  printer.PrintToString(claim, &body);
  return absl::StrCat("claim {\n", body, "}");
}

const ClaimBlock* FindBlock(const std::vector<ClaimBlock>& blocks,
                            absl::string_view id) {
  for (const ClaimBlock& block : blocks) {
    if (block.claim.id() == id) return &block;
  }
  return nullptr;
}

}  // namespace

std::string ClaimVersion(const Claim& claim) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    claim.SerializeToCodedStream(&coded);
  }
  return Sha256Hex(bytes).substr(0, 16);
}

absl::StatusOr<Claim> ReadClaimFromFile(const std::string& path,
                                        absl::string_view claim_id) {
  CHECKER_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  CHECKER_ASSIGN_OR_RETURN(std::vector<ClaimBlock> blocks,
                           FindClaimBlocks(path, text, claim_id));
  const ClaimBlock* block = FindBlock(blocks, claim_id);
  if (block == nullptr) {
    return absl::NotFoundError(
        absl::StrCat(path, ": no claim with id \"", claim_id, "\""));
  }
  return block->claim;
}

absl::Status WriteReviewedClaim(const std::string& path,
                                absl::string_view claim_id,
                                absl::string_view expected_version,
                                const Claim* updated) {
  if (claim_id.empty() && updated == nullptr) {
    return absl::InvalidArgumentError("nothing to append");
  }
  CHECKER_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  CHECKER_ASSIGN_OR_RETURN(
      std::vector<ClaimBlock> blocks,
      FindClaimBlocks(
          path, text,
          claim_id.empty() ? absl::string_view(updated->id()) : claim_id));
  std::string out;
  if (claim_id.empty()) {
    if (FindBlock(blocks, updated->id()) != nullptr) {
      return absl::FailedPreconditionError(
          absl::StrCat(path, ": a claim with id \"", updated->id(),
                       "\" is already there; reload the page"));
    }
    out = text;
    if (!out.empty() && out.back() != '\n') out += '\n';
    absl::StrAppend(&out, PrintClaimBlock(*updated), "\n");
  } else {
    const ClaimBlock* block = FindBlock(blocks, claim_id);
    if (block == nullptr) {
      return absl::NotFoundError(absl::StrCat(
          path, ": claim \"", claim_id,
          "\" is no longer in the file (someone else removed it); reload"));
    }
    if (ClaimVersion(block->claim) != expected_version) {
      return absl::FailedPreconditionError(absl::StrCat(
          path, ": claim \"", claim_id,
          "\" was changed by someone else since you loaded it; your "
          "decision was not written. Reload to see their version."));
    }
    size_t end = block->end;
    out = text.substr(0, block->begin);
    if (updated != nullptr) {
      out += PrintClaimBlock(*updated);
    } else if (end < text.size() && text[end] == '\n') {
      ++end;  // a removed block takes its line break with it
    }
    out += text.substr(end);
  }
  return WriteFileAtomically(path, out);
}

}  // namespace checker
