#pragma once
// Runs the built postie-cli (or any shell command) as a user would, for the CLI tests.
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace postie::testing {

struct CliResult {
    int exitCode = -1;
    std::string out;  // stdout and stderr together
};

// A shell command line; its exit code and everything it printed.
inline CliResult shell(const std::string& commandLine)
{
    const std::string command = commandLine + " 2>&1";
    CliResult r;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return r;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
    const int status = pclose(pipe);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// postie-cli with these arguments (a shell fragment: quote what needs it).
inline CliResult cli(const std::string& args) { return shell(std::string(POSTIE_CLI_PATH) + " " + args); }

} // namespace postie::testing
