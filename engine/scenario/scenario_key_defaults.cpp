// A key's default: the member its row names, in a default-made spec struct, written as the key
// is written. The spec's initial values (scenario_spec.h) are the one place a default is set.
#include "scenario/scenario_keys.h"

#include "scenario/units.h"

#include <type_traits>

namespace postie {
namespace {

std::string defaultValueText(const ScenarioKey&, bool v) { return v ? "true" : "false"; }
std::string defaultValueText(const ScenarioKey&, int v) { return std::to_string(v); }
std::string defaultValueText(const ScenarioKey& key, std::uint64_t v)
{
    return key.type == ValueType::Size ? formatSize(v) : std::to_string(v);
}
std::string defaultValueText(const ScenarioKey& key, double v)
{
    if (key.type == ValueType::Number) return formatNumber(v);
    return key.type == ValueType::Speed ? formatSpeed(v) : formatRate(v);
}
std::string defaultValueText(const ScenarioKey&, const std::string& v) { return v; }
std::string defaultValueText(const ScenarioKey&, const LessonText& v) { return v.in(); }
std::string defaultValueText(const ScenarioKey&, const Distribution& v)
{
    return v.isZero() ? "0s" : formatDistribution(v);  // a plain duration: no time at all
}
std::string defaultValueText(const ScenarioKey& key, SimTime v)
{
    // A time window's default starts there and ends at the scenario's until.
    if (key.type == ValueType::TimeWindow) return "[" + formatDuration(v) + ", until]";
    return formatDuration(v);
}
std::string defaultValueText(const ScenarioKey&, RetrySpec::Profile v)
{
    switch (v) {
    case RetrySpec::Profile::Postfix: return "postfix";
    case RetrySpec::Profile::Exim: return "exim";
    case RetrySpec::Profile::Rfc: return "rfc";
    case RetrySpec::Profile::Custom: break;
    }
    return {};
}

} // namespace

template <typename Owner>
std::string specMemberText(const ScenarioKey& key, const Owner& owner)
{
    return std::visit(
        [&]<typename Member>([[maybe_unused]] Member member) -> std::string {
            if constexpr (std::is_same_v<Member, std::monostate>) return {};
            else if constexpr (!std::is_same_v<typename SpecMemberParts<Member>::OwnerType, Owner>) return {};
            else return defaultValueText(key, owner.*member);
        },
        key.member);
}

template std::string specMemberText(const ScenarioKey&, const ScenarioSpec&);
template std::string specMemberText(const ScenarioKey&, const DnsRecordSpec&);
template std::string specMemberText(const ScenarioKey&, const StationSpec&);
template std::string specMemberText(const ScenarioKey&, const CheckSpec&);
template std::string specMemberText(const ScenarioKey&, const RetrySpec&);
template std::string specMemberText(const ScenarioKey&, const LetterSpec&);
template std::string specMemberText(const ScenarioKey&, const GeneratorSpec&);

std::string scenarioKeyDefault(const ScenarioKey& key)
{
    if (key.required || !key.condition.empty()) return {};
    // The member of a default-made struct of its owner: the spec's initial value.
    const std::string value = std::visit(
        [&]<typename Member>([[maybe_unused]] Member member) -> std::string {
            if constexpr (std::is_same_v<Member, std::monostate>) return {};
            else return specMemberText(key, typename SpecMemberParts<Member>::OwnerType{});
        },
        key.member);
    return value.empty() ? value : value + std::string(key.defaultNote);
}

} // namespace postie
