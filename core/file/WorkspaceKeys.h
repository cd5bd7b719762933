#pragma once

#include <QLatin1String>

// The JSON keys of the workspace file that code names outside the schema: the top level's,
// and the few fields that a migration, the DescribeImages import or a test reads by name.
// Every other key is written once, in its record's list in WorkspaceSchema.cpp, which uses
// these constants for the fields below.
namespace cvm::key {

inline constexpr QLatin1String Format("format");
inline constexpr QLatin1String Version("version");
inline constexpr QLatin1String Name("name");
inline constexpr QLatin1String Policy("policy");
inline constexpr QLatin1String Accounts("accounts");
inline constexpr QLatin1String Regions("regions");
inline constexpr QLatin1String Images("images");
inline constexpr QLatin1String Instances("instances");
inline constexpr QLatin1String Snapshots("snapshots");
inline constexpr QLatin1String Tasks("tasks");
inline constexpr QLatin1String Journal("journal");
inline constexpr QLatin1String Cloud("cloud"); // the connection to Tencent Cloud (core/cloud/Cloud.h)

// Fields read by name: image (Tencent's `Image` field names) and journal.
inline constexpr QLatin1String AccountId("AccountId");
inline constexpr QLatin1String Region("Region");
inline constexpr QLatin1String ImageId("ImageId");
inline constexpr QLatin1String ImageType("ImageType");
inline constexpr QLatin1String ImageCreator("ImageCreator");
inline constexpr QLatin1String CreatedTime("CreatedTime");
inline constexpr QLatin1String Shares("Shares");
inline constexpr QLatin1String SharedAccountIds("SharedAccountIds"); // version 1 only
inline constexpr QLatin1String Time("Time");
inline constexpr QLatin1String Action("Action");
inline constexpr QLatin1String Channel("Channel");
inline constexpr QLatin1String Parameters("Parameters");
inline constexpr QLatin1String Outcome("Outcome");
inline constexpr QLatin1String Errors("Errors");
inline constexpr QLatin1String Rule("Rule");

// DescribeImages
inline constexpr QLatin1String Response("Response");
inline constexpr QLatin1String ImageSet("ImageSet");

} // namespace cvm::key
