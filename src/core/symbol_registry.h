// SymbolRegistry: the instruments a run knows, each with a dense InstrumentId assigned in
// insertion order (1, 2, ...; 0 means none), found by ticker or by id, iterated by id.
// Tickers are upper-cased and must be 1-10 characters of A-Z 0-9 . - ("BRK.B", "BF-B").
//
// Thread-compatible: fill it at start-up, then share by const reference. References and
// pointers to its Instruments stay valid for the registry's lifetime (deque storage).
#pragma once

#include <cstddef>
#include <deque>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.h"
#include "model/instrument.h"

namespace qtb {

class SymbolRegistry {
 public:
  using const_iterator = std::deque<Instrument>::const_iterator;

  // `ticker` upper-cased, or kInvalidArgument saying why it is not a ticker.
  static Result<std::string> normalize_ticker(std::string_view ticker);

  // Adds `instrument` under the next id (its `id` field is ignored) and returns that id.
  // Fails on an invalid ticker or one already present (kAlreadyExists).
  Result<InstrumentId> add(Instrument instrument);
  // The id of `ticker`, adding an instrument with no reference data when it is new.
  Result<InstrumentId> intern(std::string_view ticker);

  // nullptr when unknown (or not a valid ticker).
  const Instrument* find(std::string_view ticker) const;
  const Instrument* find(InstrumentId id) const;
  // kNotFound naming the ticker when unknown.
  Result<InstrumentId> id_of(std::string_view ticker) const;

  std::size_t size() const { return instruments_.size(); }
  bool empty() const { return instruments_.empty(); }
  // In id order.
  const_iterator begin() const { return instruments_.begin(); }
  const_iterator end() const { return instruments_.end(); }

  // Reads `ticker,company_name,sector,industry,exchange` rows (a header line names the
  // columns, in any order; only ticker is required; fields may be "quoted"). New tickers get
  // the next ids in file order; known ones keep their id and take the file's reference data.
  // All or nothing: on error (`symbols.csv:7 ticker: invalid ticker "BR K" ...`) nothing
  // changes.
  Status load_csv(const std::filesystem::path& path);
  // `source_name` stands for the file in errors.
  Status load_csv_text(std::string_view text, std::string_view source_name);

 private:
  // Stores a validated instrument (ticker normalised) under the next id.
  InstrumentId append(Instrument instrument);

  std::deque<Instrument> instruments_;  // instruments_[id - 1]
  std::unordered_map<std::string, InstrumentId> by_ticker_;
};

}  // namespace qtb
