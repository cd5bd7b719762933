#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>
#include <iterator>
#include <optional>

// The rules and the error codes that verdicts name, as typed values. A Violation keeps the
// rule's ID as text (it is stored in files and journals); code compares it through `Rule`, so
// that a rule is spelled once and a rule without words is a compile error in RuleText.
namespace cvm {

// Every rule a refusal, a confirmation or a finding of the check names, as docs/rules.md
// numbers them. The rules that only say what happens (C6, D4, P4) never refuse anything and
// are not here.
// clang-format off
enum class Rule
{
    V1, V2, // visibility
    S1, S2, S3, S4, S5, S6, S7, S8, // sharing
    M1, M2, M3, M4, // changing an image
    C1, C2, C3, C4, C5, C7, C8, // copying
    D1, D2, D3, D5, // deleting
    I1, I2, I3, // creating an image
    P1, P2, P3, // importing
    N1, N2, N3, N4, N5, // launching and reinstalling instances
    Q1, // quota
    X1, // exporting
    T1, // terminating instances
    U1, U2, // undo and redo
    L1, // the cloud link
    F1, F2, // the file itself
};
// clang-format on

// Every rule, in the order above.
inline constexpr Rule kAllRules[] = {
    Rule::V1, Rule::V2, Rule::S1, Rule::S2, Rule::S3, Rule::S4, Rule::S5, Rule::S6, Rule::S7,
    Rule::S8, Rule::M1, Rule::M2, Rule::M3, Rule::M4, Rule::C1, Rule::C2, Rule::C3, Rule::C4,
    Rule::C5, Rule::C7, Rule::C8, Rule::D1, Rule::D2, Rule::D3, Rule::D5, Rule::I1, Rule::I2,
    Rule::I3, Rule::P1, Rule::P2, Rule::P3, Rule::N1, Rule::N2, Rule::N3, Rule::N4, Rule::N5,
    Rule::Q1, Rule::X1, Rule::T1, Rule::U1, Rule::U2, Rule::L1, Rule::F1, Rule::F2,
};
static_assert(std::size(kAllRules) == std::size_t(Rule::F2) + 1, "kAllRules lists every rule");

// The rule's ID as files, journals and docs/rules.md spell it ("S3").
QString ruleId(Rule rule);
// The rule with that ID, or nothing for an ID that no rule has.
std::optional<Rule> ruleFromId(QStringView id);

// Tencent Cloud's error codes that the rules answer with, spelled once.
namespace codes {
inline constexpr QLatin1String FailedOperation("FailedOperation");
inline constexpr QLatin1String
    FailedOperationAccountAlreadyExists("FailedOperation.AccountAlreadyExists");
inline constexpr QLatin1String
    FailedOperationBYOLImageShareFailed("FailedOperation.BYOLImageShareFailed");
inline constexpr QLatin1String ImageQuotaLimitExceeded("ImageQuotaLimitExceeded");
inline constexpr QLatin1String InvalidAccountIdNotFound("InvalidAccountId.NotFound");
inline constexpr QLatin1String InvalidAccountIsYourSelf("InvalidAccountIs.YourSelf");
inline constexpr QLatin1String InvalidFormatSize("InvalidFormatSize");
inline constexpr QLatin1String InvalidImageIdInShared("InvalidImageId.InShared");
inline constexpr QLatin1String InvalidImageIdIncorrectState("InvalidImageId.IncorrectState");
inline constexpr QLatin1String InvalidImageIdMalformed("InvalidImageId.Malformed");
inline constexpr QLatin1String InvalidImageIdNotFound("InvalidImageId.NotFound");
inline constexpr QLatin1String InvalidImageNameDuplicate("InvalidImageName.Duplicate");
inline constexpr QLatin1String InvalidImageOsTypeUnsupported("InvalidImageOsType.Unsupported");
inline constexpr QLatin1String
    InvalidImageOsVersionUnsupported("InvalidImageOsVersion.Unsupported");
inline constexpr QLatin1String InvalidInstanceIdMalformed("InvalidInstanceId.Malformed");
inline constexpr QLatin1String InvalidInstanceIdNotFound("InvalidInstanceId.NotFound");
inline constexpr QLatin1String InvalidInstanceTypeMalformed("InvalidInstanceType.Malformed");
inline constexpr QLatin1String
    InvalidParameterDataDiskIdContainsRootDisk("InvalidParameter.DataDiskIdContainsRootDisk");
inline constexpr QLatin1String InvalidParameterDataDiskNotBelongSpecifiedInstance(
    "InvalidParameter.DataDiskNotBelongSpecifiedInstance");
inline constexpr QLatin1String
    InvalidParameterDuplicateSystemSnapshots("InvalidParameter.DuplicateSystemSnapshots");
inline constexpr QLatin1String
    InvalidParameterInvalidDependence("InvalidParameter.InvalidDependence");
inline constexpr QLatin1String InvalidParameterInvalidKmsKeyId("InvalidParameter.InvalidKmsKeyId");
inline constexpr QLatin1String
    InvalidParameterInvalidParameterUrlError("InvalidParameter.InvalidParameterUrlError");
inline constexpr QLatin1String
    InvalidParameterSnapshotNotFound("InvalidParameter.SnapshotNotFound");
inline constexpr QLatin1String
    InvalidParameterSpecifyOneParameter("InvalidParameter.SpecifyOneParameter");
inline constexpr QLatin1String
    InvalidParameterSystemSnapshotNotFound("InvalidParameter.SystemSnapshotNotFound");
inline constexpr QLatin1String InvalidParameterConflict("InvalidParameterConflict");
inline constexpr QLatin1String InvalidParameterValue("InvalidParameterValue");
inline constexpr QLatin1String
    InvalidParameterValueBucketNotFound("InvalidParameterValue.BucketNotFound");
inline constexpr QLatin1String
    InvalidParameterValueISOMustImportByForce("InvalidParameterValue.ISOMustImportByForce");
inline constexpr QLatin1String
    InvalidParameterValueInstanceTypeNotFound("InvalidParameterValue.InstanceTypeNotFound");
inline constexpr QLatin1String InvalidParameterValueInvalidFileNamePrefixList(
    "InvalidParameterValue.InvalidFileNamePrefixList");
inline constexpr QLatin1String
    InvalidParameterValueInvalidImageFamily("InvalidParameterValue.InvalidImageFamily");
inline constexpr QLatin1String InvalidParameterValueInvalidImageForGivenInstanceType(
    "InvalidParameterValue.InvalidImageForGivenInstanceType");
inline constexpr QLatin1String
    InvalidParameterValueInvalidImageId("InvalidParameterValue.InvalidImageId");
inline constexpr QLatin1String
    InvalidParameterValueInvalidImageIdIsShared("InvalidParameterValue.InvalidImageIdIsShared");
inline constexpr QLatin1String
    InvalidParameterValueInvalidImageState("InvalidParameterValue.InvalidImageState");
inline constexpr QLatin1String
    InvalidParameterValueInvalidRegion("InvalidParameterValue.InvalidRegion");
inline constexpr QLatin1String
    InvalidParameterValueLimitExceeded("InvalidParameterValue.LimitExceeded");
inline constexpr QLatin1String InvalidParameterValueTooLarge("InvalidParameterValue.TooLarge");
inline constexpr QLatin1String InvalidRegionNotFound("InvalidRegion.NotFound");
inline constexpr QLatin1String InvalidRegionUnavailable("InvalidRegion.Unavailable");
inline constexpr QLatin1String InvalidZoneMismatchRegion("InvalidZone.MismatchRegion");
inline constexpr QLatin1String MissingParameter("MissingParameter");
inline constexpr QLatin1String MutexOperationTaskRunning("MutexOperation.TaskRunning");
inline constexpr QLatin1String
    OperationDeniedInstanceOperationInProgress("OperationDenied.InstanceOperationInProgress");
inline constexpr QLatin1String OverQuota("OverQuota");
inline constexpr QLatin1String
    RegionAbilityLimitUnsupportedToImportImage("RegionAbilityLimit.UnsupportedToImportImage");
inline constexpr QLatin1String UnauthorizedOperation("UnauthorizedOperation");
inline constexpr QLatin1String
    UnauthorizedOperationImageNotBelongToAccount("UnauthorizedOperation.ImageNotBelongToAccount");
inline constexpr QLatin1String
    UnauthorizedOperationPermissionDenied("UnauthorizedOperation.PermissionDenied");
inline constexpr QLatin1String UnsupportedOperation("UnsupportedOperation");
inline constexpr QLatin1String UnsupportedOperationEncryptedImagesNotSupported(
    "UnsupportedOperation.EncryptedImagesNotSupported");
inline constexpr QLatin1String
    UnsupportedOperationLocationImageNotSupported("UnsupportedOperation.LocationImageNotSupported");
inline constexpr QLatin1String
    UnsupportedOperationNotSupportInstanceImage("UnsupportedOperation.NotSupportInstanceImage");
inline constexpr QLatin1String UnsupportedOperationPublicImageExportUnsupported(
    "UnsupportedOperation.PublicImageExportUnsupported");
inline constexpr QLatin1String UnsupportedOperationSharedImageExportUnsupported(
    "UnsupportedOperation.SharedImageExportUnsupported");
inline constexpr QLatin1String UnsupportedOperationSharedImageModifyUnsupported(
    "UnsupportedOperation.SharedImageModifyUnsupported");

// The codes of the workspace check's findings (WorkspaceLint; DuplicateId from the readers):
// problems of the file itself, which no request is answered with. Where the file breaks a rule
// the way a request would, the finding has the request's code instead (S3: OverQuota).
inline constexpr QLatin1String DescriptionTooLong("DescriptionTooLong");
inline constexpr QLatin1String DuplicateId("DuplicateId");
inline constexpr QLatin1String DuplicateShare("DuplicateShare");
inline constexpr QLatin1String InstanceImageRegion("InstanceImageRegion");
inline constexpr QLatin1String NameDuplicate("NameDuplicate");
inline constexpr QLatin1String NameTooLong("NameTooLong");
inline constexpr QLatin1String QuotaExceeded("QuotaExceeded");
inline constexpr QLatin1String SharedByolOrEncrypted("SharedByolOrEncrypted");
inline constexpr QLatin1String SharedInTransition("SharedInTransition");
inline constexpr QLatin1String SharedNotCustom("SharedNotCustom");
inline constexpr QLatin1String SharedWithOwner("SharedWithOwner");
inline constexpr QLatin1String SyncPercentRange("SyncPercentRange");
inline constexpr QLatin1String TaskWithoutImage("TaskWithoutImage");
inline constexpr QLatin1String TransitionWithoutTask("TransitionWithoutTask");
inline constexpr QLatin1String TrustedUnknown("TrustedUnknown");
inline constexpr QLatin1String UnknownAccount("UnknownAccount");
inline constexpr QLatin1String UnknownRegion("UnknownRegion");
inline constexpr QLatin1String UnknownSnapshot("UnknownSnapshot");
} // namespace codes

} // namespace cvm
