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

// The member records `info --json` counted, or -1 when it printed none.
qint64 memberRecords(const CliRun& info);

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

// Runs `script` with sh in a mount namespace of its own (`unshare -m` as root, `unshare -rm`
// otherwise), so that it may mount a small or read-only file system for redgrid-cli: `MNT`
// is an empty folder for the mount, `OUT` a folder outside it, `CLI` redgrid-cli, with the
// environment of runCli plus `environment`. Returns sh's exit status, or NoMount when no
// namespace can be made here (the script too exits with NoMount when it may not mount).
class TempDir;
constexpr int NoMount = 97;
int runInMountNamespace(
    const TempDir& dir, const QString& script, const QHash<QString, QString>& environment = {});
// What one command of such a script printed and returned: the script's function
//   step() { name=$1; shift; "$CLI" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"; echo $? >"$OUT/$name.rc"; }
// is defined for it, so `step NAME ARGS…` keeps them under NAME.
CliRun scenarioResult(const TempDir& dir, const QString& name);

}  // namespace redgrid::test
