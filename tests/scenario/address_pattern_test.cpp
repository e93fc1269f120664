// Address patterns: user{1..5000}@school.test stands for five thousand addresses.
#include "scenario/address_pattern.h"
#include "scenario/scenario_loader.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

TEST(AddressPattern, ReadsPrefixRangeAndSuffix)
{
    const PatternParse p = parseAddressPattern("user{1..5000}@school.test");
    ASSERT_TRUE(p.error.empty()) << p.error;
    EXPECT_EQ(p.pattern.count(), 5000u);
    EXPECT_EQ(p.pattern.at(0), "user1@school.test");
    EXPECT_EQ(p.pattern.at(4999), "user5000@school.test");
}

TEST(AddressPattern, ARangeOfOneIsOneAddress)
{
    const PatternParse p = parseAddressPattern("desk{7..7}@school.test");
    ASSERT_TRUE(p.error.empty());
    EXPECT_EQ(p.pattern.count(), 1u);
    EXPECT_EQ(p.pattern.at(0), "desk7@school.test");
}

TEST(AddressPattern, MistakesSayHowToWriteIt)
{
    EXPECT_NE(parseAddressPattern("user{5..1}@x.test").error.find("write the smaller number first"), std::string::npos);
    EXPECT_NE(parseAddressPattern("user{1-5}@x.test").error.find("two whole numbers"), std::string::npos);
    EXPECT_NE(parseAddressPattern("user{1..5@x.test").error.find("needs one {first..last}"), std::string::npos);
    EXPECT_NE(parseAddressPattern("a{1..2}b{1..2}@x.test").error.find("only one"), std::string::npos);
    EXPECT_NE(parseAddressPattern("u{1..9999999999}@x.test").error.find("up to 9 digits"), std::string::npos);
}

TEST(AddressPattern, AMailboxAndAGeneratorExpandTheirPatterns)
{
    const LoadResult r = loadScenarioText(R"(format: postie/1
until: 1h
stations:
  - {id: news, kind: client, user: news@sender.test, submit_to: smtp.sender.test}
  - {id: smtp.sender.test, kind: outgoing}
  - {id: box.school.test, kind: mailbox, users: ["pupil{1..300}@school.test", head@school.test]}
mail:
  - {generate: burst, at: 8h, from: news@sender.test, to: ["pupil{1..300}@school.test"]}
)",
                                          "patterns.yaml");
    ASSERT_TRUE(r.ok()) << r.errors.front().format();
    EXPECT_EQ(r.spec->stations.back().users.size(), 301u);
    EXPECT_EQ(r.spec->stations.back().users[299], "pupil300@school.test");
    ASSERT_EQ(r.spec->generators.size(), 1u);
    EXPECT_EQ(r.spec->generators[0].to.size(), 300u);
    EXPECT_EQ(r.spec->generators[0].kind, GeneratorSpec::Kind::Burst);
}

} // namespace
} // namespace postie
