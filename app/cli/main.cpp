// postie-cli: check scenario files and run them headless (Contract 2 in docs/cli.md).
#include "cli_commands.h"
#include "edit_command.h"
#include "headers_command.h"
#include "imap_command.h"
#include "postie/version.h"
#include "sweep_command.h"
#include "worksheet_command.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

int main(int argc, char** argv)
{
    CLI::App app{"Postie: email delivery as a postal system, headless.", "postie-cli"};
    app.set_version_flag("--version", std::string("postie-cli ") + POSTIE_VERSION);
    app.require_subcommand(1);

    postie::cli::CheckOptions check;
    auto* checkCmd = app.add_subcommand("check", "Validate scenario files; print OK FILE or every error.");
    checkCmd->add_option("FILE", check.files, "Scenario files")->required();

    postie::cli::RunOptions run;
    auto* runCmd = app.add_subcommand("run", "Run a scenario headless and tell the journey step by step.");
    runCmd->add_option("FILE", run.file, "Scenario file")->required();
    runCmd->add_option("--seed", run.seed, "Random seed, a whole number from 0 (overrides the file's)");
    runCmd->add_option("--until", run.until, "Stop after this much simulated time, e.g. 2h");
    runCmd->add_option("--trace", run.tracePath, "Write every event as JSON Lines to this file");
    runCmd->add_option("--summary", run.summaryPath, "Write the run summary as JSON to this file");
    auto* seriesOpt = runCmd->add_option(
        "--series", run.seriesPath,
        "Write a time series as CSV to this file: letters so far, queue lengths, DNS cache hit rate");
    runCmd->add_option("--every", run.every, "Sampling interval of --series (default 1m), e.g. 1s")->needs(seriesOpt);
    runCmd->add_option("--set", run.sets,
                       "STATION.KEY=VALUE (split at the last dot) or KEY=VALUE: replace one value of the file, as "
                       "sweep --set does; repeat for more; written into the summary")
        ->allow_extra_args(false);
    auto* summaryOpt = runCmd->get_option("--summary");
    runCmd->add_option("--sweep-index", run.sweepIndex,
                       "I/N: this run is run I (from 0) of the N runs of a sweep plan; written into the summary for "
                       "sweep --merge")
        ->needs(summaryOpt);
    auto* mailboxesOpt = runCmd->add_option(
        "--mailboxes", run.mailboxesDir,
        "Write every user's mailbox into this folder as a mail program opens it: USER.mbox, or USER/ as a Maildir");
    runCmd->add_option("--format", run.mailboxFormat, "The mailboxes' format: mbox (mboxrd, the default) or maildir")
        ->check(CLI::IsMember({"mbox", "maildir"}))
        ->needs(mailboxesOpt);
    runCmd->add_option("--at", run.mailboxesAt,
                       "Write the mailboxes as they stand at this simulated time, e.g. 10m (default: at the end)")
        ->needs(mailboxesOpt);
    runCmd->add_flag("--quiet", run.quiet, "Print nothing but errors");
    runCmd->add_flag("--answers", run.answers, "With a lesson: also tell each question's answer as the run reveals it");

    postie::cli::SweepOptions sweep;
    auto* sweepCmd = app.add_subcommand(
        "sweep", "A parameter study: run every combination of --set values N times in parallel; a table of latency "
                 "and outcomes per setting.");
    sweepCmd->add_option("FILE", sweep.file, "Scenario file (not with --merge)");
    sweepCmd->add_option("--set", sweep.sets,
                         "STATION.KEY=V1,V2,... (split at the last dot) or KEY=V1,... for a top-level key such as "
                         "seed or until; repeat for more parameters (required, except with --merge)")
        ->allow_extra_args(false);  // one value per --set, so FILE may follow it
    sweepCmd->add_option("--runs", sweep.runs, "Runs per setting, with seeds seed, seed+1, ... (default 5)")
        ->check(CLI::Range(1, 1000000));
    sweepCmd->add_option("--jobs", sweep.jobs, "Runs at the same time (default: one per core)")
        ->check(CLI::Range(1, 1000000));
    sweepCmd->add_flag("--csv", sweep.csv, "Print CSV instead of an aligned table");
    auto* planOpt = sweepCmd->add_option(
        "--plan", sweep.planPath,
        "Run nothing: write one self-contained postie-cli run command per line to this file, for GNU parallel or a "
        "Slurm array job; each writes its summary into the --summaries folder");
    sweepCmd->add_option("--summaries", sweep.summariesDir,
                         "With --plan: the (empty or new) folder the runs write their summaries into (default: "
                         "PLAN-summaries beside the plan, PLAN without its extension)")
        ->needs(planOpt);
    sweepCmd->add_option("--merge", sweep.mergeDir,
                         "Print the table of a plan's runs from the summaries in this folder, as the sweep would have "
                         "printed it")
        ->excludes(planOpt);
    // Every line of a plan runs this very program, so that its runs are the ones checked here.
    std::error_code noPath;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", noPath);
    sweep.cliPath = noPath ? std::filesystem::absolute(argv[0]).string() : self.string();

    postie::cli::EditOptions edit;
    auto* editCmd = app.add_subcommand(
        "edit", "Change values of a scenario file as the app's editor does: only those values change, comments and "
                "layout stay; with no --set the file comes out byte for byte.");
    editCmd->add_option("FILE", edit.file, "Scenario file")->required();
    editCmd->add_option("--set", edit.sets,
                        "STATION.KEY=VALUE (split at the last dot) or KEY=VALUE, as run --set; repeat for more")
        ->allow_extra_args(false);
    editCmd->add_option("-o,--output", edit.output,
                        "Write the edited file here (it may be FILE itself); without it, print it");

    auto* keysCmd = app.add_subcommand("keys", "List every scenario key with its unit, default and help.");

    postie::cli::WorksheetOptions worksheet;
    auto* worksheetCmd = app.add_subcommand(
        "worksheet", "Write a lesson's printable worksheet (PDF or HTML): goals, the town, the questions, and the "
                     "answer key with the answers the run reveals on a page of its own.");
    worksheetCmd->add_option("FILE", worksheet.file, "Scenario file with a lesson: section")->required();
    worksheetCmd->add_option("-o,--output", worksheet.output, "The worksheet file: OUT.pdf or OUT.html")->required();

    postie::cli::ImapOptions imap;
    auto* imapCmd = app.add_subcommand(
        "imap", "Run a scenario and serve its PO boxes read-only over IMAP on 127.0.0.1, for a real mail program.");
    imapCmd->add_option("FILE", imap.file, "Scenario file")->required();
    imapCmd->add_option("--port", imap.port, "The port to listen on (default 1143; 0 takes a free one)");
    imapCmd->add_option("--at", imap.at, "Serve the PO boxes as they stand at this simulated time, e.g. 10m");
    imapCmd->add_option("--speed", imap.speed,
                        "Let the town's clock run on from --at (or its start), this many simulated seconds per real "
                        "second; letters arrive as it goes and idling mail programs hear of them");

    postie::cli::HeadersOptions headers;
    auto* headersCmd = app.add_subcommand(
        "headers", "Trace a real email from its Received lines: the hops oldest first, how long each took, which "
                   "lines the receiver can trust; with --scenario, the journey as a town.");
    headersCmd->add_option("MESSAGE", headers.file, "A message file (.eml) or its headers; - reads standard input")
        ->required();
    headersCmd->add_option("--scenario", headers.scenario, "Write the journey as a scenario file to play");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : 2;  // usage errors exit 2
    }
    if (*checkCmd) return postie::cli::runCheck(check, std::cout);
    if (*runCmd) return postie::cli::runRun(run, std::cout, std::cerr);
    if (*sweepCmd) return postie::cli::runSweep(sweep, std::cout, std::cerr);
    if (*editCmd) return postie::cli::runEdit(edit, std::cout, std::cerr);
    if (*keysCmd) return postie::cli::runKeys(std::cout);
    if (*worksheetCmd) return postie::cli::runWorksheet(worksheet, std::cout, std::cerr);
    if (*imapCmd) return postie::cli::runImap(imap, std::cout, std::cerr);
    if (*headersCmd) return postie::cli::runHeaders(headers, std::cout, std::cerr);
    return 2;
}
