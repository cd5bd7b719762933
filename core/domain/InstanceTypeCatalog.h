#pragma once

#include <QString>
#include <optional>

namespace cvm {

// What an instance type (FAMILY.SIZE, e.g. SA5.MEDIUM4) is, as far as the workspace needs it.
struct InstanceTypeInfo
{
    QString instanceType;
    QString architecture; // Image.Architecture of the images it runs natively: x86_64 or arm
    int cpu = 0;
    int memoryGiB = 0;

    // x86 types run 32-bit (i386) images too; arm types only arm images.
    bool runs(const QString &imageArchitecture) const;
};

// A small built-in catalogue of instance type families, so that DescribeImages' and
// RunInstances' InstanceType can be checked without the cloud's DescribeInstanceTypeConfigs.
class InstanceTypeCatalog final
{
public:
    // FAMILY.SIZE in upper case letters and digits.
    static bool isWellFormed(const QString &instanceType);
    // The type, when its family and size are known; nullopt otherwise.
    static std::optional<InstanceTypeInfo> find(const QString &instanceType);
};

} // namespace cvm
