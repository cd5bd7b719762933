#include "RuleText.h"

#include "Language.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace cvm {
namespace {

QString arg(const Violation &v, const char *name)
{
    return v.args.value(QString::fromLatin1(name)).toString();
}

int num(const Violation &v, const char *name)
{
    return v.args.value(QString::fromLatin1(name)).toInt();
}

bool is(const Violation &v, QLatin1String code)
{
    return v.code == code;
}

bool reason(const Violation &v, const char *r)
{
    return arg(v, "reason") == QLatin1String(r);
}

QString stateOf(const Violation &v)
{
    const auto s = imageStateFromString(arg(v, "state"));
    return s ? RuleText::imageStateName(*s) : arg(v, "state");
}

QString loc(int n)
{
    return Language::locale().toString(n);
}

} // namespace

bool RuleText::isIndonesian()
{
    return Language::locale().language() == QLocale::Indonesian;
}

QString RuleText::regionName(const Region *region, const QString &regionId)
{
    if (!region)
        return regionId;
    return isIndonesian() && !region->nameId.isEmpty() ? region->nameId : region->nameEn;
}

QString RuleText::imageTypeName(ImageType t)
{
    switch (t) {
    case ImageType::Public:
        return tr("Public");
    case ImageType::Private:
        return tr("Custom");
    case ImageType::Shared:
        return tr("Shared");
    case ImageType::Market:
        return tr("Marketplace");
    }
    return {};
}

QString RuleText::imageStateName(ImageState s)
{
    switch (s) {
    case ImageState::Creating:
        return tr("Creating");
    case ImageState::Normal:
        return tr("Normal");
    case ImageState::CreateFailed:
        return tr("Creation failed");
    case ImageState::Syncing:
        return tr("Copying");
    case ImageState::Importing:
        return tr("Importing");
    case ImageState::ImportFailed:
        return tr("Import failed");
    }
    return {};
}

QString RuleText::windowsCheckName(WindowsCheck c)
{
    switch (c) {
    case WindowsCheck::AgentServices:
        return tr(
            "Official agent services are working (QcloudService.exe in C:\\Windows\\, service "
            "\"Qcloud service\"; WinAgent.exe in C:\\WinAgent\\, service \"WinAgent Display "
            "Name\"; win-agent.exe in C:\\win-agent\\, service \"win-agent\"; and every "
            "official service whose name starts with Win_Agent)");
    case WindowsCheck::ModulesInstaller:
        return tr("The Windows Modules Installer service is working");
    case WindowsCheck::SecuritySoftware:
        return tr("No anti-virus tool or Safedog is blocking the image creation scripts");
    case WindowsCheck::SystemPopups:
        return tr("No system pop-up is waiting that would interrupt the image creation tool");
    }
    return {};
}

QString RuleText::windowsCheckFix(WindowsCheck c)
{
    switch (c) {
    case WindowsCheck::AgentServices:
        return tr("Log in to the instance remotely and start the stopped agent services.");
    case WindowsCheck::ModulesInstaller:
        return tr("Start the Windows Modules Installer service and set it to start automatically.");
    case WindowsCheck::SecuritySoftware:
        return tr("Close the anti-virus tool or Safedog before creating the image.");
    case WindowsCheck::SystemPopups:
        return tr("Log in to the instance remotely, close the pop-up and adjust the settings that "
                  "cause it.");
    }
    return {};
}

QString RuleText::importFailureText(const QString &r)
{
    if (r == QLatin1String("InvalidUrl"))
        return tr("The image file URL could not be read.");
    if (r == QLatin1String("InvalidFormatSize"))
        return tr("The image format or size is not supported.");
    if (r == QLatin1String("VirtioNotInstall"))
        return tr("The virtio driver is not installed in the image.");
    if (r == QLatin1String("PartitionNotPresent"))
        return tr("No partition was found in the image.");
    if (r == QLatin1String("CloudInitNotInstalled"))
        return tr("cloud-init is not installed in the image; import it by force instead.");
    if (r == QLatin1String("RootPartitionNotFound"))
        return tr("No root partition was found in the image.");
    if (r == QLatin1String("WindowsChecks"))
        return tr("The Windows checks failed on the instance.");
    return tr("The cloud reported: %1").arg(r);
}

QString RuleText::instanceStateName(const QString &state)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("PENDING"), QT_TR_NOOP("Creating")},
        {QStringLiteral("LAUNCH_FAILED"), QT_TR_NOOP("Launch failed")},
        {QStringLiteral("RUNNING"), QT_TR_NOOP("Running")},
        {QStringLiteral("STOPPED"), QT_TR_NOOP("Stopped")},
        {QStringLiteral("STARTING"), QT_TR_NOOP("Starting")},
        {QStringLiteral("STOPPING"), QT_TR_NOOP("Stopping")},
        {QStringLiteral("REBOOTING"), QT_TR_NOOP("Restarting")},
        {QStringLiteral("SHUTDOWN"), QT_TR_NOOP("Shut down")},
        {QStringLiteral("TERMINATING"), QT_TR_NOOP("Terminating")},
    };
    const auto it = names.constFind(state);
    return it == names.cend() ? state : tr(*it);
}

QString RuleText::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // The format is worked out once per locale: this runs for every visible table cell.
    static QString localeName;
    static QString format;
    const QLocale locale = Language::locale();
    if (localeName != locale.name() || format.isEmpty()) {
        localeName = locale.name();
        format = locale.dateTimeFormat(QLocale::ShortFormat);
        static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
        format.replace(twoDigitYear, QStringLiteral("yyyy"));
    }
    return locale.toString(time.toLocalTime(), format);
}

QString RuleText::message(const Violation &v)
{
    const QString image = arg(v, "imageId");
    const QString account = arg(v, "accountId");
    const QString region = arg(v, "region");

    // Rules whose codes are Tencent's generic ones: told apart by the rule.
    if (v.is(Rule::C7))
        return tr("Task %1 has no share step left to drop for this account.").arg(v.items.value(0));
    if (v.is(Rule::U1)) {
        const QString items = v.items.join(QStringLiteral(", "));
        if (v.args.value(QStringLiteral("undo")).toBool())
            return tr("This cannot be undone: what it changed was changed again since (%1).")
                .arg(items);
        return tr("This cannot be redone: what it changed was changed again since (%1).")
            .arg(items);
    }
    if (v.is(Rule::L1))
        return tr("The cloud changed %1 after this change was made; look at it again, then make "
                  "the change anew or drop it.")
            .arg(v.items.join(QStringLiteral(", ")));
    if (v.is(Rule::U2)) {
        if (v.args.value(QStringLiteral("undo")).toBool())
            return tr("This was done as account %1; act as %1 to undo it.").arg(account);
        return tr("This was done as account %1; act as %1 to redo it.").arg(account);
    }

    if (is(v, codes::InvalidImageIdMalformed))
        return tr("\"%1\" is not an image ID: an image ID is img- followed by 8 lower-case letters "
                  "or digits.")
            .arg(image);
    if (is(v, codes::InvalidImageIdNotFound)) {
        if (v.is(Rule::N1) || v.is(Rule::V2))
            return tr("Image %1 is in %2 and can be used only there, not in %3.")
                .arg(image, arg(v, "imageRegion"), region);
        if (reason(v, "conflict"))
            return tr("Image %1 already exists in the workspace with another owner or region.")
                .arg(image);
        return tr("Image %1 does not exist or is not visible to this account.").arg(image);
    }
    if (is(v, codes::InvalidParameterValueInvalidImageId)) {
        if (v.is(Rule::S1))
            return tr("Image %1 is a public or marketplace image: only custom images can be "
                      "shared.")
                .arg(image);
        if (v.is(Rule::C1))
            return tr("Image %1 is a public or marketplace image: only custom images can be "
                      "copied.")
                .arg(image);
        if (v.is(Rule::D1))
            return tr("Image %1 is a public or marketplace image: only custom images can be "
                      "deleted.")
                .arg(image);
        return tr("Image %1 is a public or marketplace image: its name and description cannot be "
                  "changed.")
            .arg(image);
    }
    if (is(v, codes::UnauthorizedOperationImageNotBelongToAccount) && reason(v, "notCustom"))
        return tr("Image %1 is a public or marketplace image: it belongs to no account and has no "
                  "share list.")
            .arg(image);
    if (is(v, codes::UnauthorizedOperationImageNotBelongToAccount))
        return tr("Image %1 was shared with you by account %2: only its owner can share it or "
                  "cancel "
                  "its sharing.")
            .arg(image, arg(v, "ownerId"));
    if (is(v, codes::OverQuota) && !v.args.contains(QStringLiteral("requested")))
        return tr("Image %1 is shared with %2 accounts; the limit is %3.")
            .arg(image, loc(num(v, "shared")), loc(num(v, "limit")));
    if (is(v, codes::OverQuota)) {
        const QString places = tr("%Ln place(s) left", nullptr, num(v, "left"));
        return tr("Image %1 can be shared with at most %2 accounts: %3 shared + %4 new > %2 (%5).")
            .arg(image, loc(num(v, "limit")), loc(num(v, "shared")), loc(num(v, "requested")),
                 places);
    }
    if (is(v, codes::InvalidAccountIdNotFound)) {
        if (v.is(Rule::P1) || v.is(Rule::V1))
            return tr("Account %1 is not in this workspace.").arg(account);
        if (reason(v, "malformed"))
            return tr("\"%1\" is not an account ID: use the root account ID, digits only (not a QQ "
                      "number).")
                .arg(account);
        if (reason(v, "notShared"))
            return tr("Image %1 is not shared with account %2.").arg(image, account);
        return tr("Account %1 is not known in this workspace.").arg(account);
    }
    if (is(v, codes::InvalidAccountIsYourSelf)) {
        if (v.is(Rule::N4))
            return tr("An account does not need to trust itself.");
        return tr("You cannot share image %1 with yourself (%2).").arg(image, account);
    }
    if (is(v, codes::FailedOperationAccountAlreadyExists))
        return tr("Image %1 is already shared with account %2.").arg(image, account);
    if (is(v, codes::MissingParameter)) {
        const QString field = arg(v, "field");
        if (field == QLatin1String("AccountIds"))
            return tr("Enter at least one account ID.");
        if (field == QLatin1String("ImageName"))
            return tr("The image name cannot be empty.");
        if (field == QLatin1String("DestinationRegions"))
            return tr("Choose at least one destination region.");
        if (field == QLatin1String("ImageIds"))
            return tr("Choose at least one image.");
        if (field == QLatin1String("ImageUrl"))
            return tr("Give the location of the image file.");
        return tr("%1 is required.").arg(field);
    }
    if (is(v, codes::InvalidParameterValueInvalidImageState)) {
        if (v.is(Rule::X1))
            return tr("Image %1 is %2: only an image in the Normal state can be exported.")
                .arg(image, stateOf(v));
        if (v.is(Rule::S5))
            return tr("Image %1 is %2: only an image in the Normal state can be shared.")
                .arg(image, stateOf(v));
        return tr("Image %1 is %2: only an image in the Normal state can launch or reinstall "
                  "instances.")
            .arg(image, stateOf(v));
    }
    if (is(v, codes::FailedOperationBYOLImageShareFailed))
        return tr("Image %1 uses its own licence (BYOL): such images cannot be shared.").arg(image);
    if (is(v, codes::UnsupportedOperationEncryptedImagesNotSupported) && v.is(Rule::X1))
        return tr("Image %1 is encrypted: encrypted images cannot be exported.").arg(image);
    if (is(v, codes::UnsupportedOperationEncryptedImagesNotSupported))
        return tr("Image %1 is encrypted: encrypted images cannot be shared.").arg(image);
    if (is(v, codes::UnsupportedOperationSharedImageModifyUnsupported))
        return tr("Image %1 was shared with you: the name and description of a shared image cannot "
                  "be changed.")
            .arg(image);
    if (is(v, codes::InvalidImageIdInShared)) {
        const int n = num(v, "count");
        if (v.is(Rule::M1))
            return tr("Image %1 is shared with %Ln account(s): the name and description of a "
                      "shared image "
                      "cannot be changed.",
                      nullptr, n)
                .arg(image);
        return tr("Image %1 is shared with %Ln account(s): cancel all its sharing before deleting "
                  "it.",
                  nullptr, n)
            .arg(image);
    }
    if (is(v, codes::InvalidParameterValueTooLarge)) {
        if (arg(v, "field") == QLatin1String("ImageDescription"))
            return tr("The description has %1 characters; at most %2 are allowed.")
                .arg(loc(num(v, "length")), loc(num(v, "max")));
        return tr("The name has %1 characters; at most %2 are allowed.")
            .arg(loc(num(v, "length")), loc(num(v, "max")));
    }
    if (is(v, codes::InvalidImageNameDuplicate) && arg(v, "reason") == QLatin1String("sameRequest"))
        return tr("Images %1 and %2 would both be copied to %3 as \"%4\": copy them in "
                  "separate requests, under other names.")
            .arg(image, arg(v, "otherImageId"), region, arg(v, "name"));
    if (is(v, codes::InvalidImageNameDuplicate))
        return tr("You already have an image named \"%1\" in %2 (%3).")
            .arg(arg(v, "name"), region, image);
    if (is(v, codes::InvalidImageIdIncorrectState)) {
        if (v.is(Rule::C4))
            return tr("Image %1 is %2: only an image in the Normal state can be copied.")
                .arg(image, stateOf(v));
        if (v.is(Rule::D3))
            return tr("Image %1 is %2: an image cannot be deleted while it is being created, "
                      "copied or imported.")
                .arg(image, stateOf(v));
        return tr("Image %1 is %2: wait until the task on it has finished.").arg(image, stateOf(v));
    }
    if (is(v, codes::UnsupportedOperationLocationImageNotSupported))
        return tr("Image %1 was shared with you: it cannot be copied to other regions, only into "
                  "its own "
                  "region as your custom image (not to %2).")
            .arg(image, region);
    if (is(v, codes::InvalidRegionNotFound))
        return tr("There is no region %1 in this workspace.").arg(region);
    if (is(v, codes::InvalidRegionUnavailable)) {
        if (reason(v, "unavailable"))
            return tr("Region %1 is unavailable.").arg(region);
        return tr("Region %1 does not support copying images.").arg(region);
    }
    if (is(v, codes::InvalidParameterValueInvalidRegion) && reason(v, "encrypt"))
        return tr("An encrypted copy of image %1 is made only in its own region %2, not in %3.")
            .arg(image, arg(v, "imageRegion"), region);
    if (is(v, codes::InvalidParameterValueInvalidRegion))
        return tr("Image %1 is already in %2: choose other regions to copy it to.")
            .arg(image, region);
    if (is(v, codes::ImageQuotaLimitExceeded))
        return tr("The custom image quota in %1 is full: %2 of %3 used.")
            .arg(region, loc(num(v, "used")), loc(num(v, "limit")));
    if (is(v, codes::InvalidParameterValueInvalidImageIdIsShared))
        return tr("Image %1 was shared with you by account %2: an image shared by another user "
                  "cannot be deleted.")
            .arg(image, arg(v, "ownerId"));
    if (is(v, codes::InvalidInstanceIdMalformed))
        return tr("\"%1\" is not an instance ID: an instance ID is ins- followed by 8 lower-case "
                  "letters or digits.")
            .arg(arg(v, "instanceId"));
    if (is(v, codes::InvalidInstanceIdNotFound) &&
        v.args.contains(QStringLiteral("instanceRegion")))
        return tr("Instance %1 is in %2, not in %3.")
            .arg(arg(v, "instanceId"), arg(v, "instanceRegion"), region);
    if (is(v, codes::InvalidInstanceIdNotFound))
        return tr("Instance %1 does not exist or does not belong to this account.")
            .arg(arg(v, "instanceId"));
    if (is(v, codes::UnsupportedOperationNotSupportInstanceImage))
        return tr("Instance %1 does not run Windows: it has no Windows checks.")
            .arg(arg(v, "instanceId"));
    if (is(v, codes::UnauthorizedOperationPermissionDenied))
        return tr("Account %1 may not import images yet: apply for import permission first.")
            .arg(account);
    if (is(v, codes::FailedOperation))
        return tr("Account %1 already has import permission.").arg(account);
    if (is(v, codes::RegionAbilityLimitUnsupportedToImportImage))
        return tr("Region %1 does not support importing images.").arg(region);
    if (is(v, codes::InvalidParameterInvalidParameterUrlError)) {
        if (reason(v, "bucketRegion"))
            return tr("The bucket of %1 is in %2, but the image is imported into %3: use a COS "
                      "bucket in the "
                      "same region.")
                .arg(arg(v, "url"), arg(v, "bucketRegion"), region);
        if (reason(v, "notBucket"))
            return tr("%1 is not the address of a COS bucket: image files are imported from "
                      "object storage only.")
                .arg(arg(v, "url"));
        return tr("%1 is not an HTTP or HTTPS address of an image file.").arg(arg(v, "url"));
    }
    if (is(v, codes::InvalidParameterValueISOMustImportByForce))
        return tr("An ISO file can be imported only as a forced import.");
    if (is(v, codes::InvalidFormatSize)) {
        if (reason(v, "fileSize"))
            return tr("The image file is larger than the %1 GiB allowed.")
                .arg(loc(num(v, "maxGiB")));
        if (reason(v, "virtualSize"))
            return tr("The image's disk is larger than the %1 GiB allowed.")
                .arg(loc(num(v, "maxGiB")));
        return tr("The file format \"%1\" is not supported: use RAW, VHD, QCOW2 or VMDK.")
            .arg(arg(v, "format"));
    }
    if (is(v, codes::UnsupportedOperation))
        return tr("A Windows image must use an MBR partition table; this one uses GPT.");
    if (is(v, codes::InvalidImageOsTypeUnsupported))
        return tr("The operating system \"%1\" cannot be imported.").arg(arg(v, "osType"));
    if (is(v, codes::InvalidImageOsVersionUnsupported))
        return tr("Version \"%1\" of %2 cannot be imported; supported: %3.")
            .arg(arg(v, "osVersion"), arg(v, "osType"),
                 v.args.value(QStringLiteral("supported"))
                     .toStringList()
                     .join(QStringLiteral(", ")));
    if (is(v, codes::InvalidParameterValue))
        return tr("The architecture \"%1\" is not supported for %2; supported: %3.")
            .arg(arg(v, "architecture"), arg(v, "osType"),
                 v.args.value(QStringLiteral("supported"))
                     .toStringList()
                     .join(QStringLiteral(", ")));
    if (is(v, codes::InvalidParameterValueInvalidImageFamily))
        return tr("\"%1\" is not an image family name: use letters, digits and hyphens, starting "
                  "with a letter, at most 60 characters.")
            .arg(arg(v, "family"));
    if (is(v, codes::InvalidParameterInvalidKmsKeyId)) {
        if (reason(v, "withoutEncrypt"))
            return tr("A KMS key is given only for an encrypted copy.");
        return tr("\"%1\" is not a KMS key ID.").arg(arg(v, "kmsKeyId"));
    }
    if (is(v, codes::InvalidParameterSpecifyOneParameter))
        return tr("Give the instance or the snapshots to create the image from.");
    if (is(v, codes::InvalidParameterConflict))
        return tr("Give the instance or the snapshots to create the image from, not both.");
    if (is(v, codes::InvalidParameterInvalidDependence))
        return tr("Data disks can be included only in an image created from an instance.");
    if (is(v, codes::InvalidParameterSnapshotNotFound))
        return tr("Snapshot %1 does not exist in this region or does not belong to this account.")
            .arg(arg(v, "snapshotId"));
    if (is(v, codes::InvalidParameterSystemSnapshotNotFound))
        return tr("The snapshots include no system disk snapshot.");
    if (is(v, codes::InvalidParameterDuplicateSystemSnapshots))
        return tr("Only one system disk snapshot can be included, not %1.")
            .arg(loc(num(v, "count")));
    if (is(v, codes::InvalidParameterDataDiskIdContainsRootDisk))
        return tr("%1 is the system disk of instance %2: name only its data disks.")
            .arg(arg(v, "diskId"), arg(v, "instanceId"));
    if (is(v, codes::InvalidParameterDataDiskNotBelongSpecifiedInstance))
        return tr("Disk %1 is not a data disk of instance %2.")
            .arg(arg(v, "diskId"), arg(v, "instanceId"));
    if (is(v, codes::InvalidInstanceTypeMalformed))
        return tr("\"%1\" is not an instance type: use FAMILY.SIZE, such as SA5.MEDIUM4.")
            .arg(arg(v, "instanceType"));
    if (is(v, codes::InvalidParameterValueInstanceTypeNotFound))
        return tr("There is no instance type %1.").arg(arg(v, "instanceType"));
    if (is(v, codes::InvalidParameterValueInvalidImageForGivenInstanceType))
        return tr("Instance type %1 runs %2 images; image %3 is %4.")
            .arg(arg(v, "instanceType"), arg(v, "typeArchitecture"), image, arg(v, "architecture"));
    if (is(v, codes::OperationDeniedInstanceOperationInProgress))
        return tr("An image is being created from instance %1: wait until task %2 has finished.")
            .arg(arg(v, "instanceId"), arg(v, "taskId"));
    if (is(v, codes::InvalidParameterValueBucketNotFound))
        return tr("\"%1\" is not a COS bucket name: use NAME-APPID, such as images-1250000001.")
            .arg(arg(v, "bucket"));
    if (is(v, codes::InvalidParameterValueInvalidFileNamePrefixList))
        return tr("Give one file name prefix per image: %1 prefixes for %2 images.")
            .arg(loc(num(v, "prefixes")), loc(num(v, "images")));
    if (is(v, codes::UnsupportedOperationPublicImageExportUnsupported))
        return tr("Image %1 is a public or marketplace image: only custom images can be exported.")
            .arg(image);
    if (is(v, codes::UnsupportedOperationSharedImageExportUnsupported))
        return tr("Image %1 was shared with you: shared images cannot be exported.").arg(image);
    if (is(v, codes::MutexOperationTaskRunning))
        return tr("Image %1 is being exported (task %2): wait until the export has finished.")
            .arg(image, arg(v, "taskId"));
    if (is(v, codes::InvalidZoneMismatchRegion))
        return tr("Zone %1 is not in region %2.").arg(arg(v, "zone"), region);
    if (is(v, codes::InvalidParameterValueLimitExceeded))
        return tr("Between 1 and %1 instances can be launched at once, not %2.")
            .arg(loc(num(v, "max")), loc(num(v, "count")));

    // Findings of the workspace check.
    if (is(v, codes::DuplicateId))
        return tr("ID %1 appears more than once (again at %2); only the first is used.")
            .arg(arg(v, "id"), arg(v, "path"));
    if (is(v, codes::UnknownAccount))
        return tr("%1 refers to account %2, which is not in the workspace.")
            .arg(arg(v, "item"), account);
    if (is(v, codes::UnknownRegion))
        return tr("%1 is in region %2, which is not in the workspace.").arg(arg(v, "item"), region);
    if (is(v, codes::UnknownSnapshot))
        return tr("Image %1 lists snapshot %2, which is not in the workspace.")
            .arg(image, arg(v, "snapshotId"));
    if (is(v, codes::SharedWithOwner))
        return tr("Image %1 is shared with its own owner %2.").arg(image, account);
    if (is(v, codes::DuplicateShare))
        return tr("Image %1 lists account %2 more than once.").arg(image, account);
    if (is(v, codes::SharedNotCustom))
        return tr("Image %1 is not a custom image but has a share list.").arg(image);
    if (is(v, codes::SharedInTransition))
        return tr("Image %1 is shared but is %2.").arg(image, stateOf(v));
    if (is(v, codes::QuotaExceeded))
        return tr("Account %1 has %2 custom images in %3; the quota is %4.")
            .arg(account, loc(num(v, "used")), region, loc(num(v, "limit")));
    if (is(v, codes::InstanceImageRegion))
        return tr("Instance %1 is in %2 but its image %3 is in %4.")
            .arg(arg(v, "instanceId"), region, image, arg(v, "imageRegion"));
    if (is(v, codes::TaskWithoutImage))
        return tr("Task %1 works on image %2, which is not in the workspace.")
            .arg(arg(v, "taskId"), image);
    if (is(v, codes::TransitionWithoutTask))
        return tr("Image %1 is %2 but no running task works on it.").arg(image, stateOf(v));
    if (is(v, codes::NameDuplicate))
        return tr("Account %1 has more than one image named \"%2\" in %3: %4.")
            .arg(account, arg(v, "name"), region, Language::locale().createSeparatedList(v.items));
    if (is(v, codes::NameTooLong))
        return tr("The name of image %1 has %2 characters; at most %3 are allowed.")
            .arg(image, loc(num(v, "length")), loc(num(v, "max")));
    if (is(v, codes::DescriptionTooLong))
        return tr("The description of image %1 has %2 characters; at most %3 are allowed.")
            .arg(image, loc(num(v, "length")), loc(num(v, "max")));
    if (is(v, codes::SharedByolOrEncrypted))
        return tr("Image %1 is shared although it is BYOL or encrypted.").arg(image);
    if (is(v, codes::SyncPercentRange))
        return tr("Image %1 has a copy progress but is not being copied.").arg(image);
    if (is(v, codes::TrustedUnknown))
        return tr("Account %1 trusts account %2, which is not in the workspace.")
            .arg(account, arg(v, "trustedId"));
    return tr("Rule %1 refused the request (%2).").arg(v.rule, v.code);
}

QString RuleText::remedy(const Violation &v)
{
    // D2's sentence says the way out itself ("cancel all its sharing before deleting it").
    if (is(v, codes::InvalidImageIdInShared) && v.is(Rule::D2))
        return {};
    if (is(v, codes::InvalidImageIdInShared))
        return tr("Cancel all sharing of the image first, then change it.");
    if (is(v, codes::InvalidImageIdIncorrectState) ||
        is(v, codes::InvalidParameterValueInvalidImageState))
        return tr("Wait until the image is Normal.");
    if (is(v, codes::OverQuota))
        return tr(
            "Cancel sharing with accounts that no longer need the image, or share fewer accounts.");
    if (is(v, codes::ImageQuotaLimitExceeded))
        return tr("Delete custom images you no longer need in that region.");
    if (is(v, codes::UnsupportedOperationLocationImageNotSupported))
        return tr("Ask the owner to copy the image to that region and share the copy with you.");
    if (is(v, codes::InvalidImageNameDuplicate))
        return tr("Choose another name.");
    if (is(v, codes::UnauthorizedOperationPermissionDenied))
        return tr("Use Apply for import permission.");
    if (is(v, codes::InvalidParameterInvalidParameterUrlError))
        return tr("Upload the file to a COS bucket in the import region.");
    if (is(v, codes::InvalidParameterValueISOMustImportByForce))
        return tr("Choose a forced import.");
    if (is(v, codes::InvalidImageIdNotFound) && v.is(Rule::N1))
        return tr("Copy the image to that region first (the owner must do it for a shared image).");
    return {};
}

QString RuleText::confirmation(const Violation &v)
{
    if (v.is(Rule::S6) && v.args.contains(QStringLiteral("images")))
        return tr("Sharing these %n images may leak the data and software in them. The accounts "
                  "you share them with can create instances from them and make more custom "
                  "images from those. Make sure the images hold no sensitive data or software.",
                  nullptr, int(num(v, "images")));
    if (v.is(Rule::S6))
        return tr("Sharing image %1 may leak the data and software in it. The accounts you share "
                  "it with can "
                  "create instances from it and make more custom images from those. Make sure the "
                  "image "
                  "holds no sensitive data or software.")
            .arg(arg(v, "imageId"));
    if (v.is(Rule::N4))
        return tr("Image %1 was shared by account %2, which is not on your list of trusted "
                  "accounts. "
                  "Tencent Cloud does not guarantee the integrity and security of images shared by "
                  "other "
                  "users; use images shared by trusted accounts.")
            .arg(arg(v, "imageId"), arg(v, "ownerId"));
    if (v.is(Rule::I2)) {
        QStringList lines;
        for (const QString &k : v.args.value(QStringLiteral("checks")).toStringList()) {
            if (const auto c = windowsCheckFromKey(k))
                lines.append(QStringLiteral("• ") + windowsCheckName(*c));
        }
        return tr("These Windows checks fail on instance %1; creating the image now will fail:\n%2")
            .arg(arg(v, "instanceId"), lines.join(QLatin1Char('\n')));
    }
    return message(v);
}

QString RuleText::ruleTitle(Rule rule)
{
    // No default: a rule without its sentence does not compile (-Werror=switch).
    switch (rule) {
    case Rule::V1:
        return tr(
            "An account sees public images, its own custom images and images shared with it.");
    case Rule::V2:
        return tr("A shared image is visible and usable only in the region of the source image.");
    case Rule::S1:
        return tr("Only custom images can be shared.");
    case Rule::S2:
        return tr("Only the owner shares an image or cancels its sharing.");
    case Rule::S3:
        return tr("An image can be shared with at most the share limit of accounts.");
    case Rule::S4:
        return tr("Share only with known accounts, not with yourself, and not twice.");
    case Rule::S5:
        return tr("Only Normal images that are neither BYOL nor encrypted can be shared.");
    case Rule::S6:
        return tr("Sharing needs the data-leak risk acknowledged.");
    case Rule::S7:
        return tr("A shared image does not take up the recipient's image "
                  "quota.");
    case Rule::S8:
        return tr("The owner can still create instances from an image it "
                  "has shared.");
    case Rule::M1:
        return tr("The name and description of a shared image cannot be changed.");
    case Rule::M2:
        return tr("Names are required, limited in length and unique per owner and region.");
    case Rule::M3:
        return tr("An image cannot be changed while a task works on it.");
    case Rule::M4:
        return tr("An image family name is letters, digits and hyphens, starting with a "
                  "letter.");
    case Rule::C1:
        return tr("Only custom images can be copied.");
    case Rule::C2:
        return tr("A shared image cannot be copied to other regions.");
    case Rule::C3:
        return tr(
            "Destinations must be known, available, support copying and differ from the source.");
    case Rule::C4:
        return tr("Only Normal images can be copied.");
    case Rule::C5:
        return tr("Each copy counts against the quota of its destination region.");
    case Rule::C7:
        return tr("To give an image to an account in another region, copy it there first, "
                  "then share the copy.");
    case Rule::C8:
        return tr("An encrypted copy is made only in the source region.");
    case Rule::D1:
        return tr("Only your own custom images can be deleted.");
    case Rule::D2:
        return tr("A shared image can be deleted only after all its sharing is cancelled.");
    case Rule::D3:
        return tr("An image cannot be deleted while it is being created, copied or imported.");
    case Rule::D5:
        return tr("Several images are deleted all together or not at all.");
    case Rule::I1:
        return tr("Images are created from your own instances, within the quota.");
    case Rule::I2:
        return tr("A Windows instance must pass the four checks before an image is created.");
    case Rule::I3:
        return tr("An image is created from an instance or from snapshots with one system disk "
                  "snapshot.");
    case Rule::P1:
        return tr("Importing needs import permission.");
    case Rule::P2:
        return tr("The image file must be a supported format within the "
                  "size limits, in the import region.");
    case Rule::P3:
        return tr("The operating system must be supported; name and quota rules apply.");
    case Rule::N1:
        return tr("An image launches instances only in its own region.");
    case Rule::N2:
        return tr("Reinstalling uses an image visible to the instance's owner in its region.");
    case Rule::N3:
        return tr("Only Normal images launch or reinstall instances.");
    case Rule::N4:
        return tr("Images shared by untrusted accounts need explicit confirmation.");
    case Rule::N5:
        return tr("The instance type must be known and run the image's architecture.");
    case Rule::Q1:
        return tr(
            "Custom images count against the owner's quota per region; shared images do not.");
    case Rule::X1:
        return tr("Only your own Normal, unencrypted custom images are exported, to a COS "
                  "bucket.");
    case Rule::T1:
        return tr("Only your own instances are terminated, and not while an image is being "
                  "created from them.");
    case Rule::U1:
        return tr("Undo and redo only what nobody has changed since, into a state the rules "
                  "allow.");
    case Rule::U2:
        return tr("Undo and redo act as the account that did the operation.");
    case Rule::L1:
        return tr("A pending change is sent only on what the cloud still has as it was when "
                  "the change was made.");
    case Rule::F1:
        return tr("Every ID in the workspace is unique.");
    case Rule::F2:
        return tr("Every reference in the workspace points to something that exists.");
    }
    return ruleId(rule);
}

QString RuleText::ruleTitle(const QString &id)
{
    const std::optional<Rule> rule = ruleFromId(id);
    return rule ? ruleTitle(*rule) : id;
}

QString RuleText::ruleTitle(const QString &id, const Policy &policy)
{
    if (ruleFromId(id) == Rule::S3)
        return tr("An image can be shared with at most %1 accounts.").arg(loc(policy.shareLimit));
    return ruleTitle(id);
}

QString RuleText::describe(const Verdict &verdict)
{
    QStringList lines;
    for (const Violation &v : verdict.violations)
        lines.append(message(v));
    return lines.join(QLatin1Char('\n'));
}

QString RuleText::pendingStateName(PendingState state)
{
    switch (state) {
    case PendingState::Pending:
        return tr("Pending");
    case PendingState::Applied:
        return tr("Applied");
    case PendingState::Conflict:
        return tr("Conflict");
    }
    return {};
}

QString RuleText::pendingVerdict(const PendingChange &change)
{
    if (change.state == PendingState::Applied)
        return tr("Applied in the cloud (RequestId %1).").arg(change.requestId);
    if (!change.refusal)
        return tr("Allowed by the rules.");
    const PendingRefusal &r = *change.refusal;
    if (!r.rule.isEmpty())
        return tr("Refused by the rules: %1 (%2)")
            .arg(message(Violation{r.rule, r.code, r.args, r.items}), r.code);
    return tr("Refused by the cloud, which the rules allowed: %1 (%2)").arg(r.message, r.code);
}

} // namespace cvm
