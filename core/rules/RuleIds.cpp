#include "RuleIds.h"

namespace cvm {

QString ruleId(Rule rule)
{
    // No default: a rule added to the enumeration without its ID does not compile.
    switch (rule) {
    case Rule::V1:
        return QStringLiteral("V1");
    case Rule::V2:
        return QStringLiteral("V2");
    case Rule::S1:
        return QStringLiteral("S1");
    case Rule::S2:
        return QStringLiteral("S2");
    case Rule::S3:
        return QStringLiteral("S3");
    case Rule::S4:
        return QStringLiteral("S4");
    case Rule::S5:
        return QStringLiteral("S5");
    case Rule::S6:
        return QStringLiteral("S6");
    case Rule::S7:
        return QStringLiteral("S7");
    case Rule::S8:
        return QStringLiteral("S8");
    case Rule::M1:
        return QStringLiteral("M1");
    case Rule::M2:
        return QStringLiteral("M2");
    case Rule::M3:
        return QStringLiteral("M3");
    case Rule::M4:
        return QStringLiteral("M4");
    case Rule::C1:
        return QStringLiteral("C1");
    case Rule::C2:
        return QStringLiteral("C2");
    case Rule::C3:
        return QStringLiteral("C3");
    case Rule::C4:
        return QStringLiteral("C4");
    case Rule::C5:
        return QStringLiteral("C5");
    case Rule::C7:
        return QStringLiteral("C7");
    case Rule::C8:
        return QStringLiteral("C8");
    case Rule::D1:
        return QStringLiteral("D1");
    case Rule::D2:
        return QStringLiteral("D2");
    case Rule::D3:
        return QStringLiteral("D3");
    case Rule::D5:
        return QStringLiteral("D5");
    case Rule::I1:
        return QStringLiteral("I1");
    case Rule::I2:
        return QStringLiteral("I2");
    case Rule::I3:
        return QStringLiteral("I3");
    case Rule::P1:
        return QStringLiteral("P1");
    case Rule::P2:
        return QStringLiteral("P2");
    case Rule::P3:
        return QStringLiteral("P3");
    case Rule::N1:
        return QStringLiteral("N1");
    case Rule::N2:
        return QStringLiteral("N2");
    case Rule::N3:
        return QStringLiteral("N3");
    case Rule::N4:
        return QStringLiteral("N4");
    case Rule::N5:
        return QStringLiteral("N5");
    case Rule::Q1:
        return QStringLiteral("Q1");
    case Rule::X1:
        return QStringLiteral("X1");
    case Rule::T1:
        return QStringLiteral("T1");
    case Rule::U1:
        return QStringLiteral("U1");
    case Rule::U2:
        return QStringLiteral("U2");
    case Rule::L1:
        return QStringLiteral("L1");
    case Rule::F1:
        return QStringLiteral("F1");
    case Rule::F2:
        return QStringLiteral("F2");
    }
    return {};
}

std::optional<Rule> ruleFromId(QStringView id)
{
    for (Rule rule : kAllRules) {
        if (ruleId(rule) == id)
            return rule;
    }
    return std::nullopt;
}

} // namespace cvm
