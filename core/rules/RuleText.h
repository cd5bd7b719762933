#pragma once

#include "Cloud.h"

#include "Enums.h"
#include "Records.h"
#include "Verdict.h"

#include <QCoreApplication>
#include <QString>

namespace cvm {

// Turns verdicts and findings into words in the current language, at display time.
class RuleText final
{
    Q_DECLARE_TR_FUNCTIONS(cvm::RuleText)

public:
    // What is wrong, with the values that explain it.
    static QString message(const Violation &v);
    // What the operator can do about it (may be empty).
    static QString remedy(const Violation &v);
    // The warning behind a confirmation (S6, N4, I2).
    static QString confirmation(const Violation &v);
    // A short statement of a rule, for lists and documentation.
    static QString ruleTitle(Rule rule);
    // The same for a rule's ID as a verdict or a journal holds it; an unknown ID as it is.
    static QString ruleTitle(const QString &ruleId);
    // The same with the workspace's own values where the rule has one (S3: the share limit).
    static QString ruleTitle(const QString &ruleId, const Policy &policy);
    // All messages of a verdict, one per line.
    static QString describe(const Verdict &verdict);
    // A pending change's verdict, as a plan shows it: allowed by the rules, refused by them
    // (the rule's sentence and code), or refused by the cloud (its message and code).
    static QString pendingVerdict(const PendingChange &change);
    static QString pendingStateName(PendingState state);

    static QString imageTypeName(ImageType t);
    static QString imageStateName(ImageState s);
    // An instance's state (Tencent's InstanceState: RUNNING, STOPPED…) in words; an unknown
    // state as it is.
    static QString instanceStateName(const QString &state);
    // A date and time in the current locale's short format, but with a four-digit year (an
    // audit trail that says "01/02/26" is ambiguous); empty for an invalid time.
    static QString timeText(const QDateTime &time);
    static QString windowsCheckName(WindowsCheck c);
    static QString windowsCheckFix(WindowsCheck c);
    static QString importFailureText(const QString &reason);
    // The region's name in the current language, or its ID when unknown.
    static QString regionName(const Region *region, const QString &regionId);
    static bool isIndonesian();
};

} // namespace cvm
