#pragma once

#include "RuleIds.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cvm {

// The image FAQ of Tencent Cloud (the seed questions and answers), in the current language,
// and which answer explains which rule.
class Faq final
{
    Q_DECLARE_TR_FUNCTIONS(cvm::Faq)

public:
    // A page of Tencent Cloud's documentation the seed points to for more.
    struct Link
    {
        QString title; // translated
        QString url;
    };
    struct Entry
    {
        QString id;
        QString question;  // translated
        QString answer;    // translated
        QStringList rules; // their IDs ("S3"), as violations name them
        QList<Link> links;
    };

    static QList<Entry> entries();
    static Entry entry(const QString &id);
    // The answer that explains a rule, or an empty ID when the FAQ has none.
    static QString entryForRule(Rule rule);
    // The same for a rule's ID as a violation keeps it; empty for an ID no rule has.
    static QString entryForRule(const QString &ruleId);
};

} // namespace cvm
