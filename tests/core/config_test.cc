#include "core/config.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace qtb {
namespace {

std::filesystem::path fixture(const std::string& name) {
  const char* root = std::getenv("QTB_SOURCE_DIR");
  return std::filesystem::path(root == nullptr ? "." : root) / "tests/fixtures/core" / name;
}

Config fixture_config() {
  Config config;
  const Status status = config.load_toml_file(fixture("qtb.toml"));
  EXPECT_TRUE(status.ok()) << (status.ok() ? "" : status.error().message());
  return config;
}

TEST(EnvName, MapsPrefixAndDoubleUnderscoreToDottedKey) {
  EXPECT_EQ(env_name_to_key("QTB_STORE__URL"), "store.url");
  EXPECT_EQ(env_name_to_key("QTB_RISK__MAX_NOTIONAL"), "risk.max_notional");
  EXPECT_EQ(env_name_to_key("QTB_A__B__C"), "a.b.c");
  EXPECT_EQ(env_name_to_key("HOME"), std::nullopt);
  EXPECT_EQ(env_name_to_key("QTB_"), std::nullopt);
}

TEST(Config, TomlTablesBecomeDottedKeys) {
  const Config config = fixture_config();
  EXPECT_EQ(config.get_string("title").value_or(""), "fixture");
  EXPECT_EQ(config.get_string("log.level").value_or(""), "debug");
  EXPECT_EQ(config.get_string("strategies.0.name").value_or(""), "sma");
  EXPECT_EQ(config.get_int("strategies.0.fast").value_or(0), 10);
  EXPECT_EQ(config.get_string("strategies.1.name").value_or(""), "rsi");
  EXPECT_EQ(config.get_string("backtest.start").value_or(""), "2024-01-02");
  EXPECT_TRUE(config.get_bool("risk.enabled").value_or(false));
}

TEST(Config, SourceNamesFileAndLine) {
  const Config config = fixture_config();
  const std::string file = fixture("qtb.toml").string();
  EXPECT_EQ(config.source_of("store.url"), file + ":5");
  EXPECT_EQ(config.source_of("risk.max_notional"), file + ":9");
  EXPECT_EQ(config.source_of("no.such.key"), "");
}

TEST(Config, TomlFloatIsReadExactlyFromSourceText) {
  const Config config = fixture_config();
  EXPECT_EQ(config.get_money("risk.max_notional").value_or(Money()), "50000.25"_usd);
  // 123456789.123456789 has 18 significant digits; the nearest double is
  // 123456789.12345679104328155517578125 (Python: Decimal(123456789.123456789)), which rounds
  // to ...791 at 9 decimals, so only the source text gives raw 123456789123456789.
  Result<Price> cap = config.get_price("risk.price_cap");
  ASSERT_TRUE(cap.ok()) << cap.error().message();
  EXPECT_EQ(cap->raw(), 123456789123456789);
  EXPECT_EQ(config.get_price("risk.max_position").value_or(Price()), "1000"_px);
}

TEST(Config, ExactGettersRefuseExponentFloats) {
  const Config config = fixture_config();
  Result<Price> price = config.get_price("risk.exponent");
  ASSERT_FALSE(price.ok());
  EXPECT_EQ(price.error().message(), fixture("qtb.toml").string() +
                                         ":12 risk.exponent: write \"1.5e3\" as plain decimals "
                                         "(no exponent) or quote it");
  EXPECT_DOUBLE_EQ(config.get_double("risk.exponent").value_or(0), 1500.0);
}

TEST(Config, TypedGetterErrorNamesSourceAndKey) {
  Config config;
  ASSERT_TRUE(config.load_toml_text("[risk]\nmax_position = \"1O0\"\n", "q.toml").ok());
  Result<int64_t> value = config.get_int("risk.max_position");
  ASSERT_FALSE(value.ok());
  EXPECT_EQ(value.error().code(), ErrorCode::kConfig);
  EXPECT_EQ(value.error().message(), "q.toml:2 risk.max_position: not an integer \"1O0\"");
}

TEST(Config, ErrorsNeverEchoSecretValues) {
  Config config;
  config.load_environment({{"QTB_IB__TOKEN", "tok-123"}});
  Result<int64_t> value = config.get_int("ib.token");
  ASSERT_FALSE(value.ok());
  EXPECT_EQ(value.error().message(),
            "env QTB_IB__TOKEN ib.token: invalid value (secret, not shown)");
}

TEST(Config, MissingKeyIsNotFound) {
  const Config config;
  Result<std::string> value = config.get_string("store.url");
  ASSERT_FALSE(value.ok());
  EXPECT_EQ(value.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(value.error().message(), "config key \"store.url\" is not set");
  EXPECT_FALSE(config.has("store.url"));
}

TEST(Config, ExactGetterErrorFromEnvironmentNamesVariable) {
  Config config;
  config.load_environment({{"QTB_RISK__LIMIT", "0.125"}, {"QTB_RISK__BAD", "5O"}});
  EXPECT_EQ(config.get_price("risk.limit").value_or(Price()), "0.125"_px);
  Result<Money> bad = config.get_money("risk.bad");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message(), "env QTB_RISK__BAD risk.bad: not a number \"5O\"");
  // Money has 6 decimals: a 7th is refused, not rounded.
  config.set_override("risk.fee", "0.0000001", "--fee");
  EXPECT_EQ(config.get_money("risk.fee").error().message(),
            "--fee risk.fee: \"0.0000001\" has more than 6 decimal places");
}

TEST(Config, PrecedenceIsDefaultTomlDotenvEnvironmentOverride) {
  Config config;
  // Loaded highest first: precedence comes from the layer, not the order.
  config.set_override("k.override", "override", "--param");
  config.load_environment({{"QTB_K__OVERRIDE", "env"}, {"QTB_K__ENV", "env"}});
  ASSERT_TRUE(config.load_dotenv_text("QTB_K__ENV=dotenv\nQTB_K__DOTENV=dotenv\n", ".env").ok());
  ASSERT_TRUE(config.load_toml_text("[k]\ndotenv = \"toml\"\ntoml = \"toml\"\n", "q.toml").ok());
  config.set_default("k.toml", "default");
  config.set_default("k.default", "default");
  EXPECT_EQ(config.get_string("k.override").value_or(""), "override");
  EXPECT_EQ(config.get_string("k.env").value_or(""), "env");
  EXPECT_EQ(config.get_string("k.dotenv").value_or(""), "dotenv");
  EXPECT_EQ(config.get_string("k.toml").value_or(""), "toml");
  EXPECT_EQ(config.get_string("k.default").value_or(""), "default");
  EXPECT_EQ(config.source_of("k.override"), "--param");
  EXPECT_EQ(config.source_of("k.env"), "env QTB_K__ENV");
  EXPECT_EQ(config.source_of("k.dotenv"), ".env:2");
  EXPECT_EQ(config.source_of("k.toml"), "q.toml:3");
  EXPECT_EQ(config.source_of("k.default"), "default");
}

TEST(Config, DotenvFollowsQuotingRulesWithoutExpansion) {
  Config config;
  const Status status = config.load_dotenv_file(fixture("fixture.env"));
  ASSERT_TRUE(status.ok()) << status.error().message();
  EXPECT_EQ(config.get_string("store.password").value_or(""), "from \"dotenv\"");
  EXPECT_EQ(config.get_string("risk.max_notional").value_or(""), "60000.50");
  EXPECT_EQ(config.get_string("literal").value_or(""), "$HOME #kept");
  EXPECT_EQ(config.get_string("plain").value_or(""), "two words");
  EXPECT_EQ(config.get_string("empty").value_or("unset"), "");
  EXPECT_FALSE(config.has("other_var"));
  EXPECT_EQ(config.source_of("store.password"), fixture("fixture.env").string() + ":2");
}

TEST(Config, DotenvOverridesTomlAndEnvironmentOverridesDotenv) {
  Config config = fixture_config();
  ASSERT_TRUE(config.load_dotenv_file(fixture("fixture.env")).ok());
  EXPECT_EQ(config.get_money("risk.max_notional").value_or(Money()), "60000.5"_usd);
  config.load_environment({{"QTB_RISK__MAX_NOTIONAL", "70000"}});
  EXPECT_EQ(config.get_money("risk.max_notional").value_or(Money()), "70000"_usd);
}

TEST(Config, MalformedDotenvNamesFileAndLine) {
  Config config;
  const Status status = config.load_dotenv_file(fixture("malformed.env"));
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message(),
            fixture("malformed.env").string() + ":2: expected NAME=VALUE");
  EXPECT_EQ(config.load_dotenv_text("QTB_A=\"open\n", "x.env").error().message(),
            "x.env:1 QTB_A: unterminated double quote");
  EXPECT_EQ(config.load_dotenv_text("\n1BAD=x\n", "x.env").error().message(),
            "x.env:2: invalid variable name \"1BAD\"");
}

TEST(Config, MalformedTomlNamesFileAndLine) {
  Config config;
  const Status status = config.load_toml_file(fixture("malformed.toml"));
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code(), ErrorCode::kConfig);
  const std::string prefix = fixture("malformed.toml").string() + ":3: ";
  EXPECT_EQ(status.error().message().substr(0, prefix.size()), prefix);
}

TEST(Config, StringListsFromTomlArrayOrCommaText) {
  Config config = fixture_config();
  config.load_environment({{"QTB_DATA__SYMBOLS", " AAPL, MSFT ,,GOOG "}});
  using List = std::vector<std::string>;
  EXPECT_EQ(config.get_string_list("backtest.symbols").value_or(List{}),
            (List{"SPY", "QQQ", "IWM"}));
  EXPECT_EQ(config.get_string_list("data.symbols").value_or(List{}),
            (List{"AAPL", "MSFT", "GOOG"}));
  EXPECT_FALSE(config.get_string("backtest.symbols").ok());
}

TEST(Config, FloatsInArraysKeepTheirSourceText) {
  const Config config = fixture_config();
  using List = std::vector<std::string>;
  EXPECT_EQ(config.get_string_list("weights.values").value_or(List{}),
            (List{"0.1", "1000.25", "3"}));
}

TEST(Config, DotenvHashStartsCommentOnlyAfterBlank) {
  Config config;
  ASSERT_TRUE(config.load_dotenv_text("QTB_A=x#1\nQTB_B=x #1\nQTB_C = \"q\" # c\n", "e").ok());
  EXPECT_EQ(config.get_string("a").value_or(""), "x#1");
  EXPECT_EQ(config.get_string("b").value_or(""), "x");
  EXPECT_EQ(config.get_string("c").value_or(""), "q");
}

TEST(Config, BooleansAcceptCommonSpellings) {
  Config config;
  config.load_environment({{"QTB_A", "Yes"}, {"QTB_B", "off"}, {"QTB_C", "1"}, {"QTB_D", "maybe"}});
  EXPECT_EQ(config.get_bool("a").value_or(false), true);
  EXPECT_EQ(config.get_bool("b").value_or(true), false);
  EXPECT_EQ(config.get_bool("c").value_or(false), true);
  EXPECT_EQ(config.get_bool("d").error().message(),
            "env QTB_D d: not a boolean \"maybe\" (true|false)");
}

TEST(Config, KeysAreCaseInsensitive) {
  Config config;
  ASSERT_TRUE(config.load_toml_text("[Store]\nURL = \"sqlite:a.db\"\n", "q.toml").ok());
  config.load_environment({{"QTB_STORE__URL", "sqlite:b.db"}});
  EXPECT_EQ(config.get_string("STORE.url").value_or(""), "sqlite:b.db");
}

TEST(Config, DumpMasksSecretsAndUrlPasswords) {
  Config config = fixture_config();
  config.load_environment({{"QTB_IB__API_KEY", "k-123"}, {"QTB_IB__ACCOUNT", "U1234567"}});
  config.mark_secret("ib.account");
  const std::string dump = config.dump();
  EXPECT_EQ(dump.find("hunter2"), std::string::npos);
  EXPECT_EQ(dump.find("s3cret"), std::string::npos);
  EXPECT_EQ(dump.find("k-123"), std::string::npos);
  EXPECT_EQ(dump.find("U1234567"), std::string::npos);
  const std::string file = fixture("qtb.toml").string();
  EXPECT_NE(dump.find("store.url = postgresql://qtb:***@db.example:5432/qtb  # " + file + ":5\n"),
            std::string::npos);
  EXPECT_NE(dump.find("store.password = ***  # " + file + ":6\n"), std::string::npos);
  EXPECT_NE(dump.find("ib.account = ***  # env QTB_IB__ACCOUNT\n"), std::string::npos);
  EXPECT_NE(dump.find("risk.max_notional = 50000.25  # "), std::string::npos);
  EXPECT_TRUE(config.is_secret("ib.api_key"));
  EXPECT_FALSE(config.is_secret("risk.max_notional"));
}

TEST(LoadConfig, MissingDefaultFilesAreFineNamedOnesAreErrors) {
  ConfigFiles files;
  files.default_toml = fixture("absent.toml");
  files.default_dotenv = fixture("absent.env");
  Result<Config> config = load_config(files, {{"QTB_STORE__URL", "sqlite:x.db"}});
  ASSERT_TRUE(config.ok()) << config.error().message();
  EXPECT_EQ(config->get_string("log.level").value_or(""), "info");
  EXPECT_EQ(config->source_of("log.level"), "default");
  EXPECT_EQ(config->get_string("store.url").value_or(""), "sqlite:x.db");

  files.toml = fixture("absent.toml");
  Result<Config> named = load_config(files, {});
  ASSERT_FALSE(named.ok());
  EXPECT_EQ(named.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(named.error().message(), fixture("absent.toml").string() + ": file not found");
}

TEST(LoadConfig, LayersTomlDotenvAndEnvironment) {
  ConfigFiles files;
  files.dotenv = fixture("fixture.env");
  Result<Config> config = load_config(
      files, {{"QTB_CONFIG", fixture("qtb.toml").string()}, {"QTB_LOG__LEVEL", "warn"}});
  ASSERT_TRUE(config.ok()) << config.error().message();
  EXPECT_EQ(config->get_string("title").value_or(""), "fixture");                      // toml
  EXPECT_EQ(config->get_money("risk.max_notional").value_or(Money()), "60000.5"_usd);  // .env
  EXPECT_EQ(config->get_string("log.level").value_or(""), "warn");                     // env
  EXPECT_EQ(config->get_string("log.format").value_or(""), "text");                    // default
}

}  // namespace
}  // namespace qtb
