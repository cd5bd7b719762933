#include "WorkspaceFile.h"

#include <QJsonParseError>

namespace cvm {

QString LoadProblem::expectation(Expect e, const QStringList &allowed)
{
    switch (e) {
    case Expect::Object:
        return tr("an object");
    case Expect::Array:
        return tr("a list");
    case Expect::String:
        return tr("a text");
    case Expect::NonEmptyString:
        return tr("a non-empty text");
    case Expect::Boolean:
        return tr("true or false");
    case Expect::Integer:
        return tr("a whole number");
    case Expect::NonNegativeInteger:
        return tr("a whole number of 0 or more");
    case Expect::IntegerInRange:
        return tr("a whole number from %1 to %2").arg(allowed.value(0), allowed.value(1));
    case Expect::Percent:
        return tr("a percentage from 0 to 100");
    case Expect::Time:
        return tr("an ISO-8601 UTC time such as 2026-03-21T08:41:45Z");
    case Expect::ImageId:
        return tr("a valid image ID (img- and 8 lower-case letters or digits)");
    case Expect::InstanceId:
        return tr("a valid instance ID (ins- and 8 lower-case letters or digits)");
    case Expect::SnapshotId:
        return tr("a valid snapshot ID (snap- and 8 lower-case letters or digits)");
    case Expect::AccountId:
        return tr("a valid account ID (the root account's digits)");
    case Expect::RegionId:
        return tr("a valid region ID such as ap-guangzhou");
    case Expect::TaskId:
        return tr("a valid task ID (task- and 8 lower-case letters or digits)");
    case Expect::OneOf:
        return tr("one of %1").arg(allowed.join(QStringLiteral(", ")));
    case Expect::Unique:
        return tr("unique within its list");
    }
    return {};
}

QString LoadProblem::syntaxErrorText(int parseError)
{
    switch (QJsonParseError::ParseError(parseError)) {
    case QJsonParseError::NoError:
        return {};
    case QJsonParseError::UnterminatedObject:
        return tr("an object is not closed with }");
    case QJsonParseError::MissingNameSeparator:
        return tr("a colon is missing after a name");
    case QJsonParseError::UnterminatedArray:
        return tr("a list is not closed with ]");
    case QJsonParseError::MissingValueSeparator:
        return tr("a comma is missing between values");
    case QJsonParseError::IllegalValue:
        return tr("a value is not valid");
    case QJsonParseError::TerminationByNumber:
        return tr("the file ends inside a number");
    case QJsonParseError::IllegalNumber:
        return tr("a number is not valid");
    case QJsonParseError::IllegalEscapeSequence:
        return tr("a text has an invalid escape sequence");
    case QJsonParseError::IllegalUTF8String:
        return tr("a text is not valid UTF-8");
    case QJsonParseError::UnterminatedString:
        return tr("a text is not closed with a quote");
    case QJsonParseError::MissingObject:
        return tr("a value is missing after a comma");
    case QJsonParseError::DeepNesting:
        return tr("the document is nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return tr("the document is too large");
    case QJsonParseError::GarbageAtEnd:
        return tr("there is more text after the end of the document");
    }
    return tr("error %1").arg(parseError);
}

QString LoadProblem::text() const
{
    switch (kind) {
    case Kind::Unreadable:
        return tr("Cannot read %1: %2").arg(path, detail);
    case Kind::Syntax:
        return tr("Line %1, column %2: the file is not valid JSON (%3).")
            .arg(line)
            .arg(column)
            .arg(syntaxError ? syntaxErrorText(syntaxError) : detail);
    case Kind::NotAWorkspace:
        return tr("This is not a CVM Image Console workspace: \"format\" should be \"%1\" but is "
                  "%2.")
            .arg(WorkspaceFile::formatMarker(), value);
    case Kind::NewerVersion:
        return tr("The workspace has version %1, newer than version %2 that this console reads. "
                  "Update the console to open it; the file was left as it is.")
            .arg(version)
            .arg(WorkspaceFile::kVersion);
    case Kind::Missing:
        return tr("%1: required value is missing; expected %2.")
            .arg(path, expectation(expect, allowed));
    case Kind::Invalid:
        return tr("%1: %2 is not %3.").arg(path, value, expectation(expect, allowed));
    case Kind::RepeatedKey:
        return tr("%1: the key is written more than once; keep the one that is meant.")
            .arg(path);
    }
    return {};
}

QString LoadResult::errorText() const
{
    QStringList lines;
    for (const LoadProblem &p : problems)
        lines.append(p.text());
    return lines.join(QLatin1Char('\n'));
}

} // namespace cvm
