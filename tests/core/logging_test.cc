#include "core/logging.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/config.h"

namespace qtb {
namespace {

// 2024-01-02 is 19724 days after 1970-01-01; 14:30 UTC adds 52200 s.
constexpr int64_t kFixedNs = (19724LL * 86400 + 52200) * 1'000'000'000;

Timestamp fixed_now() { return Timestamp::from_ns(kFixedNs); }

LoggerOptions options(LogFormat format, LogLevel level = LogLevel::kInfo) {
  LoggerOptions o;
  o.format = format;
  o.level = level;
  o.now = fixed_now;
  return o;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(Logger, JsonLineHoldsTsLevelMsgAndFields) {
  std::ostringstream out;
  Logger log = Logger::to_stream(out, options(LogFormat::kJson));
  log.info("bars imported", {{"symbol", "SPY"}, {"rows", 5105}, {"ok", true}, {"ratio", 0.5}});
  EXPECT_EQ(out.str(),
            "{\"ts\":\"2024-01-02T14:30:00Z\",\"level\":\"info\",\"msg\":\"bars imported\","
            "\"fields\":{\"symbol\":\"SPY\",\"rows\":5105,\"ok\":true,\"ratio\":0.5}}\n");
  const nlohmann::json parsed = nlohmann::json::parse(lines(out.str()).at(0));
  EXPECT_EQ(parsed["fields"]["rows"], 5105);
  EXPECT_EQ(parsed["fields"]["symbol"], "SPY");
}

TEST(Logger, TextLineIsTimestampLevelMessageAndPairs) {
  std::ostringstream out;
  Logger log = Logger::to_stream(out, options(LogFormat::kText));
  log.warn("gap in data", {{"symbol", "SPY"}, {"from", "2024-01-02"}, {"note", "two words"}});
  EXPECT_EQ(out.str(),
            "2024-01-02T14:30:00Z WARN gap in data symbol=SPY from=2024-01-02 "
            "note=\"two words\"\n");
}

TEST(Logger, DropsLinesBelowItsLevel) {
  std::ostringstream out;
  Logger log = Logger::to_stream(out, options(LogFormat::kText, LogLevel::kWarn));
  log.debug("d");
  log.info("i");
  log.error("e");
  EXPECT_FALSE(log.enabled(LogLevel::kInfo));
  EXPECT_TRUE(log.enabled(LogLevel::kError));
  EXPECT_EQ(out.str(), "2024-01-02T14:30:00Z ERROR e\n");
  log.set_level(LogLevel::kDebug);
  log.debug("d");
  EXPECT_EQ(lines(out.str()).size(), 2U);
}

TEST(Logger, MasksSecretNamedFields) {
  std::ostringstream out;
  LoggerOptions o = options(LogFormat::kJson);
  o.secret_fields.insert("account");
  Logger log = Logger::to_stream(out, std::move(o));
  log.info("connect", {{"password", "hunter2"},
                       {"api_key", "abc"},
                       {"session_token", 42},
                       {"account", "U123"},
                       {"host", "db"}});
  EXPECT_EQ(out.str().find("hunter2"), std::string::npos);
  const nlohmann::json parsed = nlohmann::json::parse(lines(out.str()).at(0));
  EXPECT_EQ(parsed["fields"]["password"], "***");
  EXPECT_EQ(parsed["fields"]["api_key"], "***");
  EXPECT_EQ(parsed["fields"]["session_token"], "***");
  EXPECT_EQ(parsed["fields"]["account"], "***");
  EXPECT_EQ(parsed["fields"]["host"], "db");
}

TEST(Logger, MasksPostgresUrlPasswordInMessageAndFields) {
  std::ostringstream out;
  Logger log = Logger::to_stream(out, options(LogFormat::kText));
  log.info("connecting to postgresql://qtb:pa55@db:5432/qtb",
           {{"url", "postgresql://qtb:pa55@db/qtb"}, {"conninfo", "host=db password=pa55"}});
  EXPECT_EQ(out.str(),
            "2024-01-02T14:30:00Z INFO connecting to postgresql://qtb:***@db:5432/qtb "
            "url=postgresql://qtb:***@db/qtb conninfo=\"host=db password=***\"\n");
}

TEST(Logger, EscapesJsonSoEveryLineParses) {
  std::ostringstream out;
  Logger log = Logger::to_stream(out, options(LogFormat::kJson));
  const std::string nasty = "quote\" backslash\\ newline\n tab\t bell\a";
  log.error(nasty, {{"v", nasty}, {"nan", std::nan("")}});
  log.info("second");
  const std::vector<std::string> got = lines(out.str());
  ASSERT_EQ(got.size(), 2U);
  const nlohmann::json first = nlohmann::json::parse(got[0]);
  EXPECT_EQ(first["msg"], nasty);
  EXPECT_EQ(first["fields"]["v"], nasty);
  EXPECT_TRUE(first["fields"]["nan"].is_null());
  EXPECT_EQ(nlohmann::json::parse(got[1])["msg"], "second");
}

TEST(Logger, LogsFullIntegerRange) {
  std::ostringstream out;
  Logger log = Logger::to_stream(out, options(LogFormat::kJson));
  log.info("n", {{"min", std::numeric_limits<int64_t>::min()},
                 {"max", std::numeric_limits<uint64_t>::max()}});
  const nlohmann::json parsed = nlohmann::json::parse(lines(out.str()).at(0));
  EXPECT_EQ(parsed["fields"]["min"].get<int64_t>(), std::numeric_limits<int64_t>::min());
  EXPECT_EQ(parsed["fields"]["max"].get<uint64_t>(), std::numeric_limits<uint64_t>::max());
}

TEST(LogLevel, ParsesNamesInAnyCase) {
  EXPECT_EQ(parse_log_level("DEBUG").value_or(LogLevel::kOff), LogLevel::kDebug);
  EXPECT_EQ(parse_log_level("warning").value_or(LogLevel::kOff), LogLevel::kWarn);
  EXPECT_EQ(parse_log_level("verbose").error().message(),
            "unknown log level \"verbose\" (trace|debug|info|warn|error|critical|off)");
  EXPECT_STREQ(log_level_name(LogLevel::kCritical), "critical");
}

TEST(Logger, FromConfigWritesJsonToTheConfiguredFile) {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() /
      ("qtb_logging_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
       ".log");
  std::filesystem::remove(file);
  Config config;
  ASSERT_TRUE(config
                  .load_toml_text("[log]\nlevel = \"debug\"\nformat = \"json\"\nstderr = false\n"
                                  "file = \"" +
                                      file.string() + "\"\n",
                                  "q.toml")
                  .ok());
  config.mark_secret("ib.account");
  {
    Result<Logger> log = Logger::from_config(config, fixed_now);
    ASSERT_TRUE(log.ok()) << log.error().message();
    log->debug("started", {{"account", "U123"}});
  }
  std::ifstream in(file);
  std::string line;
  ASSERT_TRUE(std::getline(in, line));
  EXPECT_EQ(line,
            "{\"ts\":\"2024-01-02T14:30:00Z\",\"level\":\"debug\",\"msg\":\"started\","
            "\"fields\":{\"account\":\"***\"}}");
  std::filesystem::remove(file);
}

TEST(Logger, FromConfigRejectsUnknownLevelNamingSource) {
  Config config;
  ASSERT_TRUE(config.load_toml_text("[log]\nlevel = \"loud\"\n", "q.toml").ok());
  Result<Logger> log = Logger::from_config(config, fixed_now);
  ASSERT_FALSE(log.ok());
  EXPECT_EQ(log.error().message(),
            "q.toml:2 log.level: unknown log level \"loud\" "
            "(trace|debug|info|warn|error|critical|off)");
}

}  // namespace
}  // namespace qtb
