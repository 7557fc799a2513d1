#pragma once

#include <QString>

namespace redgrid {

// Time and memory of this process, for the benchmarks: `redgrid --exit-when-ready` and
// `redgrid-cli bench` print them.
namespace ProcessStats {

// Call first thing in main(): the fallback clock when /proc is not available.
void markMainEntered();
// Milliseconds since the process started (from /proc/self/stat), else since main().
qint64 millisecondsSinceStart();
// The highest resident memory so far, in MiB (getrusage); 0 where unknown.
double peakResidentMiB();
// Processor time of all this process's threads so far (user and system), in seconds; 0 where
// unknown. Steadier than the clock on a shared machine: it counts work, not waiting.
double cpuSeconds();
// "ready 312 ms, peak 85.2 MiB"
QString readyLine();

// Call when a sign-in starts (the click on Sign In, or the environment's credentials):
// from there to the ready window is what the user waits for after typing the password.
void markSignInStarted();
// Call when the password has been checked (the Argon2id derivation is most of that).
void markSignedIn();
// "signed in to ready 420 ms: password 310 ms, window 110 ms (400 ms of processor time)",
// or empty when nobody signed in.
QString signInLine();

}  // namespace ProcessStats
}  // namespace redgrid
