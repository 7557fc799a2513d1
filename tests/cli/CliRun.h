#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace redgrid::test {

// One run of redgrid-cli, as a user would run it, with its exit status and output.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Runs the built redgrid-cli with English messages, whatever the machine's locale, signed in
// as the test administrator (REDGRID_USER/REDGRID_PASSWORD, as TestSupport's databases have),
// unless `environment` says otherwise (an empty value removes a variable); `input` is what
// it reads on standard input.
CliRun runCli(const QStringList& arguments, const QHash<QString, QString>& environment = {},
    const QByteArray& input = {});

// Starts redgrid-cli the same way and leaves it running, its standard input open, for a
// test that acts while the command runs (writes the password later, locks the file).
std::unique_ptr<QProcess> startCli(
    const QStringList& arguments, const QHash<QString, QString>& environment = {});

}  // namespace redgrid::test
