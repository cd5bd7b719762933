#pragma once

#include "RuleIds.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace cvm {

// One broken rule: which rule, Tencent's error code, and the values needed to explain it.
// Text is made from it at display time (RuleText), never stored translated.
struct Violation
{
    QString rule;      // e.g. "S3": ruleId(Rule::S3)
    QString code;      // e.g. "OverQuota": codes::OverQuota
    QVariantMap args;  // e.g. {limit: 50, shared: 48, requested: 3, left: 2}
    QStringList items; // the IDs involved (images, accounts, instances…)

    bool is(Rule r) const { return rule == ruleId(r); }
    bool operator==(const Violation &) const = default;
};

// The answer of a rule check: allowed, or refused with every violation. `confirmations` are
// warnings the operator must acknowledge before the operation goes ahead (S6, N4, I2); they
// never refuse on their own.
struct Verdict
{
    QList<Violation> violations;
    QList<Violation> confirmations;

    bool allowed() const { return violations.isEmpty(); }
    bool needsConfirmation() const { return !confirmations.isEmpty(); }
    void refuse(Rule rule, const QString &code, const QVariantMap &args = {},
                const QStringList &items = {})
    {
        violations.append(Violation{ruleId(rule), code, args, items});
    }
    void confirm(Rule rule, const QVariantMap &args = {}, const QStringList &items = {})
    {
        confirmations.append(Violation{ruleId(rule), QString(), args, items});
    }
    void merge(const Verdict &other)
    {
        violations += other.violations;
        confirmations += other.confirmations;
    }
    bool hasCode(const QString &code) const
    {
        for (const Violation &v : violations) {
            if (v.code == code)
                return true;
        }
        return false;
    }
    QStringList codes() const
    {
        QStringList out;
        for (const Violation &v : violations)
            out.append(v.code);
        return out;
    }
};

} // namespace cvm
