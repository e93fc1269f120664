#!/usr/bin/env python3
"""`postie-cli imap` driven by Python's imaplib, as a mail program would: log in as a user, list
and select the INBOX, fetch every letter and compare it byte for byte with the same run's
export (`run --mailboxes --format maildir`), IDLE and DONE, and garbage on another connection
answered BAD while the server goes on serving. Then the town's clock running (--at AT --speed):
a client idling in the INBOX hears "* N EXISTS" as a letter arrives, and fetches it.

usage: imap_check.py POSTIE_CLI SCENARIO.yaml USER AT
  AT: a moment at which USER has some of the letters the run gives them, not all"""
import imaplib
import mailbox
import os
import socket
import subprocess
import sys
import tempfile

problems = []


def check(ok, text):
    if not ok:
        problems.append(text)


def main():
    cli, scenario, user, at = sys.argv[1:5]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([cli, "run", scenario, "--quiet", "--mailboxes", tmp, "--format", "maildir"], check=True)
        box = mailbox.Maildir(os.path.join(tmp, user), factory=None, create=False)
        exported = {box.get_message(k)["Message-ID"]: box.get_bytes(k) for k in box.keys()}

    server = subprocess.Popen([cli, "imap", scenario, "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        banner = server.stdout.readline()
        port = int(banner.split("127.0.0.1:")[1].split(",")[0])
        imap = imaplib.IMAP4("127.0.0.1", port)
        try:
            imap.login(user, "wrong")
            check(False, "a wrong password was taken")
        except imaplib.IMAP4.error:
            pass
        imap.logout()

        imap = imaplib.IMAP4("127.0.0.1", port)
        typ, _ = imap.login(user, "postie")
        check(typ == "OK", "LOGIN failed")
        typ, folders = imap.list()
        check(typ == "OK" and any(b"INBOX" in f for f in folders), f"LIST gave {folders}")
        typ, count = imap.select("INBOX", readonly=True)
        check(typ == "OK" and int(count[0]) == len(exported), f"SELECT says {count}, the export has {len(exported)}")
        typ, numbers = imap.search(None, "ALL")
        fetched = 0
        for n in numbers[0].split():
            typ, data = imap.fetch(n, "(BODY.PEEK[])")
            raw = data[0][1]
            mid = next((l.split(b":", 1)[1].strip().decode() for l in raw.split(b"\r\n")
                        if l.lower().startswith(b"message-id:")), None)
            want = exported.get(mid)
            check(want is not None, f"letter {n} ({mid}) is not in the export")
            if want is not None:
                check(raw.replace(b"\r\n", b"\n") == want, f"letter {n} differs from its export")
                check(b"\n" not in raw.replace(b"\r\n", b""), f"letter {n} has a bare LF")
            fetched += 1
        check(fetched == len(exported) and fetched > 0, f"fetched {fetched} of {len(exported)}")
        typ, data = imap.fetch("1:*", "(FLAGS ENVELOPE RFC822.SIZE)")
        # A literal (a subject in UTF-8) comes as a tuple: its response line first.
        starts = [d[0] if isinstance(d, tuple) else d for d in data]
        answered = [l for l in starts if l and b" (" in l and l.split(b" ", 1)[0].isdigit()]
        check(typ == "OK" and len(answered) == len(exported), f"FETCH 1:* answered {len(answered)}: {data}")
        # IDLE (RFC 2177), by hand: imaplib of Debian 12's Python has no idle().
        tag = imap._new_tag().decode()
        imap.send(f"{tag} IDLE\r\n".encode())
        check(imap.readline().startswith(b"+"), "no go-ahead for IDLE")
        imap.send(b"DONE\r\n")
        check(imap.readline().startswith(f"{tag} OK".encode()), "DONE did not end IDLE")
        typ, said = imap.store("1", "+FLAGS", "\\Deleted")
        check(typ == "NO" and b"READ-ONLY" in said[0], f"STORE answered {typ} {said}")
        imap.logout()
    except imaplib.IMAP4.error as e:
        check(False, f"the session broke off: {e}")

    try:
        # Garbage, a line far too long and a literal too big on another connection: BAD, no crash.
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            f = s.makefile("rb")
            f.readline()
            s.sendall(b"\x00\xff garbage (((\r\n" + b"x" * 100000 + b"\r\na1 LOGIN {999999}\r\na2 NOOP\r\n")
            lines = [f.readline() for _ in range(4)]
            check(all(b"BAD" in l for l in lines[:3]) and lines[3].startswith(b"a2 OK"), f"garbage answered {lines}")
        imap = imaplib.IMAP4("127.0.0.1", port)  # the server still serves
        check(imap.noop()[0] == "OK", "the server stopped serving after garbage")
        imap.logout()
    finally:
        server.terminate()
        server.wait(timeout=10)
    idle_hears_a_new_letter(cli, scenario, user, at, len(exported))
    for p in problems:
        print(p)
    print(f"{fetched} letters fetched and compared; {len(problems)} problems")
    return 1 if problems else 0


def idle_hears_a_new_letter(cli, scenario, user, at, letters_at_end):
    server = subprocess.Popen([cli, "imap", scenario, "--port", "0", "--at", at, "--speed", "60"],
                              stdout=subprocess.PIPE, text=True)
    try:
        banner = server.stdout.readline()
        port = int(banner.split("127.0.0.1:")[1].split(",")[0])
        imap = imaplib.IMAP4("127.0.0.1", port)
        imap.login(user, "postie")
        typ, count = imap.select("INBOX", readonly=True)
        before = int(count[0])
        check(0 < before < letters_at_end, f"at {at} the INBOX has {before} of {letters_at_end} letters")
        imap.sock.settimeout(30)
        tag = imap._new_tag().decode()
        imap.send(f"{tag} IDLE\r\n".encode())
        check(imap.readline().startswith(b"+"), "no go-ahead for IDLE")
        news = imap.readline()  # the next letter arrives within seconds at 60x
        check(news.strip() == f"* {before + 1} EXISTS".encode(), f"while idling the server said {news!r}")
        imap.send(b"DONE\r\n")
        check(imap.readline().startswith(f"{tag} OK".encode()), "DONE did not end IDLE")
        typ, data = imap.fetch(str(before + 1), "(ENVELOPE)")
        check(typ == "OK" and data and data[0], f"the new letter could not be fetched: {data}")
        imap.logout()
    except (imaplib.IMAP4.error, OSError) as e:
        check(False, f"the idling session broke off: {e}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
