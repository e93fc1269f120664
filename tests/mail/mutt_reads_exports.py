#!/usr/bin/env python3
"""A real mail program opens the mailboxes `postie-cli run --mailboxes` writes: mutt, in batch
under a pseudo-terminal, pipes every letter of each mbox and Maildir it opens to a collector,
and the letters it hands over are those Python's mailbox package lists, in the same order; the
same mutt logged in to `postie-cli imap` finds the same letters in the INBOX.

usage: mutt_reads_exports.py POSTIE_CLI MUTT SCENARIO.yaml ...
Exits 77 (skipped) with a word on stderr when mutt is not installed."""
import mailbox
import os
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile

MAX_BOXES = 12  # a lesson's first non-empty mailboxes: enough to see each format's rules at work


def mutt_ids(mutt, folder, tmp, settings=""):
    """The Message-IDs of the letters mutt finds in `folder` (a path or an imap:// URL), in its order."""
    out = os.path.join(tmp, "mutt-ids")
    collector = os.path.join(tmp, "collect.sh")
    with open(collector, "w") as f:
        # The letter's own Message-ID, from its header block (a bounce returns another below);
        # the whole letter is read, so that mutt's pipe never breaks.
        f.write('#!/bin/sh\nawk \'!head && /^\\r?$/ { head = 1 } !head && tolower($0) ~ /^message-id:/ { print }\' >> "$1"\n')
    os.chmod(collector, stat.S_IRWXU)
    if os.path.exists(out):
        os.remove(out)
    keys = f"<tag-pattern>~A<enter><tag-prefix><pipe-message>{collector} {out}<enter><quit>"
    command = [mutt, "-n", "-F", "/dev/null", "-R", "-f", folder,
               "-e", "set pipe_split=yes pipe_decode=no wait_key=no sort=mailbox-order quit=yes " + settings,
               "-e", f'push "{keys}"']
    env = dict(os.environ, TERM="xterm")
    # mutt draws on a terminal: `script` gives it one and throws the screen away.
    subprocess.run(["script", "-qec", shlex.join(command), "/dev/null"], env=env, check=True, timeout=60,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    if not os.path.exists(out):
        return []
    with open(out) as f:
        return [line.split(":", 1)[1].strip() for line in f]


def main():
    cli, mutt, scenarios = sys.argv[1], sys.argv[2], sys.argv[3:]
    if not shutil.which(mutt):
        print("skipped: mutt is not installed (scripts/setup.sh installs it)", file=sys.stderr)
        return 77
    problems, opened = [], 0
    for scenario in scenarios:
        name = os.path.basename(scenario)
        with tempfile.TemporaryDirectory() as tmp:
            mboxes, maildirs = os.path.join(tmp, "mbox"), os.path.join(tmp, "maildir")
            for folder, fmt in ((mboxes, "mbox"), (maildirs, "maildir")):
                subprocess.run([cli, "run", scenario, "--quiet", "--mailboxes", folder, "--format", fmt], check=True)
            users = [f[:-len(".mbox")] for f in sorted(os.listdir(mboxes))
                     if f.endswith(".mbox") and not f.endswith(".Junk.mbox")
                     and os.path.getsize(os.path.join(mboxes, f)) > 0][:MAX_BOXES]
            for user in users:
                mbox_path = os.path.join(mboxes, user + ".mbox")
                box = mailbox.mbox(mbox_path, create=False)
                want = [box.get_message(k)["Message-ID"] for k in box.keys()]
                got = mutt_ids(mutt, mbox_path, tmp)
                if got != want:
                    problems.append(f"{name} {user}.mbox: mutt lists {got}, the mbox holds {want}")
                maildir = mailbox.Maildir(os.path.join(maildirs, user), factory=None, create=False)
                want_dir = sorted(maildir.get_message(k)["Message-ID"] for k in maildir.keys())
                got_dir = sorted(mutt_ids(mutt, os.path.join(maildirs, user), tmp))
                if got_dir != want_dir:
                    problems.append(f"{name} {user}/ (Maildir): mutt lists {got_dir}, the Maildir holds {want_dir}")
                opened += 2
            # The same mailboxes over IMAP, from postie-cli imap on a free port.
            server = subprocess.Popen([cli, "imap", scenario, "--port", "0"], stdout=subprocess.PIPE, text=True)
            try:
                port = int(server.stdout.readline().split("127.0.0.1:")[1].split(",")[0])
                for user in users[:3]:
                    box = mailbox.mbox(os.path.join(mboxes, user + ".mbox"), create=False)
                    want = [box.get_message(k)["Message-ID"] for k in box.keys()]
                    url = f"imap://{user.replace('@', '%40')}@127.0.0.1:{port}/INBOX"
                    got = mutt_ids(mutt, url, tmp, "imap_pass=postie ssl_starttls=no ssl_force_tls=no")
                    if got != want:
                        problems.append(f"{name} {user} over IMAP: mutt lists {got}, the mbox holds {want}")
                    opened += 1
            finally:
                server.terminate()
                server.wait(timeout=10)
    for p in problems:
        print(p)
    print(f"mutt opened {opened} mailboxes; {len(problems)} problems")
    return 1 if problems or opened == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
