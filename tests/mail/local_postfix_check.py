#!/usr/bin/env python3
"""A message a real Postfix on this machine delivers, traced by `postie-cli headers`: one letter
goes in over SMTP on 127.0.0.1:25 (EHLO pupil.example.org) and one through Postfix's own
sendmail (the pickup service), both to root's local mailbox; each is found there by its unique
subject, and its hops are those Postfix wrote: `from pupil.example.org (... [127.0.0.1]) by
HOST (Postfix) with ESMTP`, and `by HOST (Postfix, from userid 0)` with no from. The town
written with --scenario plays and delivers the letter.

usage: local_postfix_check.py POSTIE_CLI
Exits 77 (skipped) with a word on stderr when no Postfix listens on 127.0.0.1:25, or its
mailbox cannot be read (not root)."""
import mailbox
import os
import shutil
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from email.message import EmailMessage

problems = []


def check(ok, text):
    if not ok:
        problems.append(text)


def skip(why):
    print(f"skipped: {why}", file=sys.stderr)
    sys.exit(77)


def postconf(name):
    return subprocess.run(["postconf", "-h", name], capture_output=True, text=True, check=True).stdout.strip()


def delivered(spool, subject, seconds=30):
    """The message with `subject` in the mbox `spool`, once Postfix has put it there."""
    end = time.time() + seconds
    while time.time() < end:
        if os.path.exists(spool):
            for message in mailbox.mbox(spool, create=False):
                if message["Subject"] == subject:
                    return message.as_bytes()
        time.sleep(0.2)
    return None


def main():
    cli = sys.argv[1]
    if not shutil.which("postconf") or not os.path.exists("/usr/sbin/sendmail"):
        skip("Postfix is not installed here (apt-get install postfix runs this test)")
    try:
        socket.create_connection(("127.0.0.1", 25), timeout=3).close()
    except OSError:
        skip("no mail server listens on 127.0.0.1:25 (start Postfix: postfix start)")
    if os.geteuid() != 0:
        skip("root's mailbox is only readable by root")
    host = postconf("myhostname")
    spool = os.path.join(postconf("mail_spool_directory") or "/var/mail", "root")

    tag = uuid.uuid4().hex[:12]
    by_smtp = EmailMessage()
    by_smtp["From"] = "teacher@example.org"
    by_smtp["To"] = "root@localhost"
    by_smtp["Subject"] = f"postie smtp {tag}"
    by_smtp.set_content("Sent over SMTP to the local Postfix.\n")
    with smtplib.SMTP("127.0.0.1", 25, local_hostname="pupil.example.org") as smtp:
        smtp.send_message(by_smtp)
    by_pickup = EmailMessage()
    by_pickup["From"] = "teacher@example.org"
    by_pickup["To"] = "root@localhost"
    by_pickup["Subject"] = f"postie pickup {tag}"
    by_pickup.set_content("Handed to Postfix's sendmail.\n")
    subprocess.run(["/usr/sbin/sendmail", "-t", "-i"], input=by_pickup.as_bytes(), check=True)

    with tempfile.TemporaryDirectory() as tmp:
        # The one line is the receiver's own: trusted.
        for kind, want in (("smtp", [f"pupil.example.org [127.0.0.1]", f"{host}", "ESMTP", "yes:"]),
                           ("pickup", [f"{host}", "yes:"])):
            raw = delivered(spool, f"postie {kind} {tag}")
            check(raw is not None, f"the {kind} letter did not reach {spool}")
            if raw is None:
                continue
            eml = os.path.join(tmp, f"{kind}.eml")
            with open(eml, "wb") as f:
                f.write(raw)
            town = os.path.join(tmp, f"{kind}.yaml")
            out = subprocess.run([cli, "headers", eml, "--scenario", town], capture_output=True, text=True)
            check(out.returncode == 0, f"headers of the {kind} letter exited {out.returncode}: {out.stderr}")
            rows = [l for l in out.stdout.splitlines() if l.strip().startswith("1 ")]
            check(len(rows) == 1, f"the {kind} letter should have one hop:\n{out.stdout}")
            for word in want:
                check(rows and word in rows[0], f"the {kind} letter's hop lacks {word!r}:\n{out.stdout}")
            if kind == "pickup":
                check(rows and rows[0].split()[2] == "-", f"a pickup hop has no from:\n{out.stdout}")
            played = subprocess.run([cli, "run", town], capture_output=True, text=True)
            check("1 delivered" in played.stdout, f"the {kind} letter's town did not deliver it:\n{played.stdout}")
            print(out.stdout)
    for p in problems:
        print(p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
