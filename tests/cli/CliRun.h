#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace redgrid::test {

// One run of redgrid-cli, as a user would run it, with its exit status and output.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Runs the built redgrid-cli with English messages, whatever the machine's locale.
CliRun runCli(const QStringList& arguments);

}  // namespace redgrid::test
