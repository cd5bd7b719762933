#include "Faq.h"

#include <initializer_list>

namespace cvm {
namespace {

// The rules an answer explains, as typed values: a rule that does not exist does not
// compile, and neither does a list longer than the room kept for it (the table is constexpr).
struct RuleList
{
    Rule items[4] = {};
    int count = 0;
    constexpr RuleList(std::initializer_list<Rule> rules)
    {
        for (Rule r : rules)
            items[count++] = r;
    }
    constexpr const Rule *begin() const { return items; }
    constexpr const Rule *end() const { return items + count; }
    constexpr bool contains(Rule rule) const
    {
        for (Rule r : *this) {
            if (r == rule)
                return true;
        }
        return false;
    }
};

struct LinkSource
{
    const char *title;
    const char *url;
};

struct Source
{
    const char *id;
    const char *question;
    const char *answer;
    RuleList rules;
    LinkSource links[3] = {};
};

// From the seed FAQ (English and Indonesian). The Indonesian catalogue holds the seed's own
// Indonesian wording where it has one.
constexpr Source kEntries[] = {
    {"what-is-image",
     QT_TRANSLATE_NOOP("cvm::Faq", "What is an image?"),
     QT_TRANSLATE_NOOP(
         "cvm::Faq",
         "An image is the template for the software configuration of a CVM (operating system, "
         "pre-installed programs and so on). Tencent Cloud launches every instance from an "
         "image, and one image can launch more than one instance, so it can be used again "
         "and again."),
     {Rule::N1},
     {{QT_TRANSLATE_NOOP("cvm::Faq", "Image Overview"),
       "https://cloud.tencent.com/document/product/213/4940"}}},
    {"import-preparations",
     QT_TRANSLATE_NOOP("cvm::Faq",
                       "What preparations do I need to make before importing an image?"),
     QT_TRANSLATE_NOOP(
         "cvm::Faq",
         "Two steps come first: apply for the import permission, and prepare the image file "
         "(RAW, VHD, QCOW2 or VMDK, within the size limits, in an object storage bucket of "
         "the region you import into)."),
     {Rule::P1, Rule::P2, Rule::P3},
     {{QT_TRANSLATE_NOOP("cvm::Faq", "Import Image"),
       "https://cloud.tencent.com/document/product/213/4945"}}},
    {"windows-create-fails",
     QT_TRANSLATE_NOOP("cvm::Faq", "What if a Windows system custom image fails to be created?"),
     QT_TRANSLATE_NOOP(
         "cvm::Faq",
         "Check the following on the instance. (1) The official services are working: "
         "QcloudService.exe in C:\\Windows\\ (service \"Qcloud service\"), WinAgent.exe in "
         "C:\\WinAgent\\ (service \"WinAgent Display Name\"), win-agent.exe in C:\\win-agent\\ "
         "(service \"win-agent\"), and every official service whose name starts with "
         "Win_Agent. (2) The Windows Modules Installer service provided by Microsoft is "
         "working. (3) No anti-virus tool or Safedog blocks the image creation scripts: close "
         "them before creating the image. (4) No system pop-up interrupts the image creation "
         "tool: log in to the instance remotely and adjust its settings to avoid pop-ups."),
     {Rule::I2}},
    {"share-limit",
     QT_TRANSLATE_NOOP("cvm::Faq", "To how many users can each image be shared at most?"),
     QT_TRANSLATE_NOOP("cvm::Faq", "50."),
     {Rule::S3}},
    {"shared-name",
     QT_TRANSLATE_NOOP("cvm::Faq", "Can the name and description of a shared image be changed?"),
     QT_TRANSLATE_NOOP("cvm::Faq", "No."),
     {Rule::M1}},
    {"shared-quota",
     QT_TRANSLATE_NOOP("cvm::Faq", "Does a shared image take up my image quota?"),
     QT_TRANSLATE_NOOP("cvm::Faq", "No."),
     {Rule::S7, Rule::Q1}},
    {"shared-region",
     QT_TRANSLATE_NOOP(
         "cvm::Faq",
         "Is there any region limitation on a shared image when creating and reinstalling a CVM?"),
     QT_TRANSLATE_NOOP(
         "cvm::Faq",
         "Yes, there is. The shared image should be in the same region as the source image, "
         "and the CVM can only be created and reinstalled in the same region."),
     {Rule::V2, Rule::N1, Rule::N2}},
    {"shared-copy",
     QT_TRANSLATE_NOOP("cvm::Faq", "Can a shared image be copied to other regions?"),
     QT_TRANSLATE_NOOP("cvm::Faq", "No."),
     {Rule::C2}},
    {"delete-shared-custom",
     QT_TRANSLATE_NOOP("cvm::Faq",
                       "Can a custom image that has been shared to other users be deleted?"),
     QT_TRANSLATE_NOOP("cvm::Faq",
                       "Yes, but you should cancel all the sharing for this custom image first."),
     {Rule::D2}},
    {"delete-shared-by-others",
     QT_TRANSLATE_NOOP("cvm::Faq", "Can an image shared by other users be deleted?"),
     QT_TRANSLATE_NOOP("cvm::Faq", "No."),
     {Rule::D1}},
    {"risk-using-shared",
     QT_TRANSLATE_NOOP("cvm::Faq",
                       "What are the risks of using custom images shared by other users?"),
     QT_TRANSLATE_NOOP(
         "cvm::Faq",
         "Tencent Cloud does not guarantee the integrity and security of images shared by "
         "other users. Please select the images shared by a trusted account."),
     {Rule::N4}},
    {"reshare",
     QT_TRANSLATE_NOOP("cvm::Faq",
                       "Can I share the image another user shared to me to other users?"),
     QT_TRANSLATE_NOOP("cvm::Faq", "No."),
     {Rule::S2}},
    {"risk-sharing",
     QT_TRANSLATE_NOOP("cvm::Faq",
                       "What are the risks of sharing a custom image with other accounts?"),
     QT_TRANSLATE_NOOP(
         "cvm::Faq",
         "Data and software may leak. Before sharing a custom image with other accounts, make "
         "sure it holds no sensitive data or software. Be aware that the accounts you share "
         "the image with can create CVM instances from it and make more custom images from "
         "those. Constant data transfer raises the risk of a leak."),
     {Rule::S6}},
    {"owner-create-instances",
     QT_TRANSLATE_NOOP("cvm::Faq",
                       "Can I create instances from an image I have shared with other users?"),
     QT_TRANSLATE_NOOP(
         "cvm::Faq",
         "Yes. You can create CVM instances from an image you have shared with other accounts, "
         "and you can create custom images from those instances."),
     {Rule::S8}},
    {"cross-region-other-account",
     QT_TRANSLATE_NOOP(
         "cvm::Faq",
         "Can an image made on server A in North China be shared with server B in East China?"),
     QT_TRANSLATE_NOOP(
         "cvm::Faq",
         "If both servers belong to the same account, copy the image to East China directly. If "
         "they belong to different accounts, copy the image to the East China region first, "
         "then share the copy with the account of server B (Image → Give to another account "
         "in another region does both)."),
     {Rule::C7, Rule::C3},
     {{QT_TRANSLATE_NOOP("cvm::Faq", "Copying Images"),
       "https://intl.cloud.tencent.com/document/product/213/4943"},
      {QT_TRANSLATE_NOOP("cvm::Faq", "Sharing Custom Images"),
       "https://intl.cloud.tencent.com/document/product/213/4944"},
      {QT_TRANSLATE_NOOP("cvm::Faq", "Cancelling Image Sharing"),
       "https://intl.cloud.tencent.com/document/product/213/7148"}}},
};

} // namespace

QList<Faq::Entry> Faq::entries()
{
    QList<Entry> out;
    for (const Source &s : kEntries) {
        QList<Link> links;
        for (const LinkSource &l : s.links) {
            if (l.title)
                links.append(Link{tr(l.title), QString::fromLatin1(l.url)});
        }
        QStringList rules;
        for (Rule r : s.rules)
            rules.append(ruleId(r));
        out.append(Entry{QString::fromLatin1(s.id), tr(s.question), tr(s.answer), rules, links});
    }
    return out;
}

Faq::Entry Faq::entry(const QString &id)
{
    for (const Entry &e : entries()) {
        if (e.id == id)
            return e;
    }
    return {};
}

QString Faq::entryForRule(Rule rule)
{
    for (const Source &s : kEntries) {
        if (s.rules.contains(rule))
            return QString::fromLatin1(s.id);
    }
    return {};
}

QString Faq::entryForRule(const QString &id)
{
    const std::optional<Rule> rule = ruleFromId(id);
    return rule ? entryForRule(*rule) : QString();
}

} // namespace cvm
