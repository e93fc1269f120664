#!/usr/bin/env python3
"""Every mailbox `postie-cli run --mailboxes` writes, opened with Python's own mailbox and email
packages, holds what the run's trace says the PO boxes held: the same letters in the same
order, each with the header lines the trace shows, the \\Seen flag where a device fetched it,
a body that makes the letter its size, and every bounce a whole RFC 3464 / RFC 6522 report.

usage: mailbox_export_check.py POSTIE_CLI SCENARIO.yaml ...
Each scenario is checked at its end and at the moment its first letter is filed."""
import email
import email.policy
import json
import mailbox
import os
import re
import subprocess
import sys
import tempfile

ADDED_ON_THE_WAY = {"return-path", "received", "dkim-signature", "authentication-results",
                    "x-spam-status", "x-spam-flag", "received-spf"}
problems = []


def problem(where, text):
    problems.append(f"{where}: {text}")


def run(cli, scenario, folder, fmt, at=None, trace=None):
    args = [cli, "run", scenario, "--quiet", "--mailboxes", folder, "--format", fmt]
    if at is not None:
        args += ["--at", f"{at}us"]
    if trace:
        args += ["--trace", trace]
    subprocess.run(args, check=True)


def expected_boxes(trace, at):
    """user -> [letter] in filing order, as the trace has the boxes at time `at` (µs)."""
    boxes, seen = {}, set()
    with open(trace) as f:
        for line in f:
            r = json.loads(line)
            if at is not None and r["t_us"] > at:
                break
            if r["type"] == "mailbox.stored":
                boxes.setdefault(r["mailbox"], []).append(
                    {"id": r["message"], "headers": r["headers"], "size": r["size"]})
            elif r["type"] == "mailbox.removed":
                box = boxes.get(r["mailbox"], [])
                boxes[r["mailbox"]] = [l for l in box if l["id"] != r["message"]]
            elif r["type"] == "mailbox.fetched":
                seen.add((r["mailbox"], r["message"]))
    for user, letters in boxes.items():
        for l in letters:
            l["seen"] = (user, l["id"]) in seen
    return boxes


def header_fields(raw):
    """Each header field as the file holds it: its lines, a fold starting each line after the
    first with a space or tab (RFC 5322 §2.2.3)."""
    head = raw.split(b"\n\n", 1)[0].decode("utf-8")
    fields = []
    for line in head.split("\n"):
        if line[:1] in (" ", "\t") and fields:
            fields[-1].append(line)
        else:
            fields.append([line])
    return fields


def could_fold(line):
    """A line over 78 characters (RFC 5322 §2.1.1) with white space inside it to break at."""
    body = line.lstrip(" \t")
    if ": " in body and line == body:
        body = body.split(": ", 1)[1]
    return len(line.encode()) > 78 and re.search(r"\S[ \t]+\S", body) is not None


def check_report(where, msg, letter):
    """The bounce's parts, and its delivery-status fields one by one (RFC 3464 §2)."""
    if msg.get_content_type() != "multipart/report" or msg.get_param("report-type") != "delivery-status":
        problem(where, f"a notice is {msg.get_content_type()}, not multipart/report; report-type=delivery-status")
        return
    parts = msg.get_payload()
    types = [p.get_content_type() for p in parts]
    if types != ["text/plain", "message/delivery-status", "text/rfc822-headers"]:
        problem(where, f"the report's parts are {types}")
        return
    blocks = parts[1].get_payload()  # the email package reads each block of fields as a Message
    per_message, recipients = blocks[0], blocks[1:]
    if not per_message["Reporting-MTA"] or not per_message["Reporting-MTA"].startswith("dns; "):
        problem(where, "no Reporting-MTA: dns; HOST")
    if not per_message["Arrival-Date"] or email.utils.parsedate_to_datetime(per_message["Arrival-Date"]) is None:
        problem(where, "no Arrival-Date")
    if not recipients:
        problem(where, "no per-recipient fields")
    for r in recipients:
        for field in ("Final-Recipient", "Action", "Status", "Diagnostic-Code", "Last-Attempt-Date"):
            if not r[field]:
                problem(where, f"a recipient has no {field}")
        if r["Action"] not in ("failed", "delayed"):
            problem(where, f"Action: {r['Action']}")
        if not re.fullmatch(r"[245]\.\d{1,3}\.\d{1,3}", r["Status"] or ""):
            problem(where, f"Status: {r['Status']}")
        if not (r["Final-Recipient"] or "").startswith("rfc822; "):
            problem(where, f"Final-Recipient: {r['Final-Recipient']}")
        if r["Remote-MTA"] is not None and not r["Remote-MTA"].startswith("dns; "):
            problem(where, f"Remote-MTA: {r['Remote-MTA']}")
        if r["Action"] == "delayed" and not r["Will-Retry-Until"]:
            problem(where, "a delay warning without Will-Retry-Until")
        if r["Diagnostic-Code"] and not r["Diagnostic-Code"].startswith("smtp; "):
            problem(where, f"Diagnostic-Code: {r['Diagnostic-Code']}")
    returned = email.message_from_string(parts[2].get_payload(), policy=email.policy.default)
    if not returned["Message-ID"] or not returned["From"]:
        problem(where, "the returned headers have no Message-ID or From")


def check_letter(where, raw, letter, envelope):
    fields = header_fields(raw)
    lines = ["".join(f) for f in fields]  # unfolded: each fold's line end taken out
    if lines != letter["headers"]:
        problem(where, f"header lines differ from the trace's:\n  {lines}\n  {letter['headers']}")
    for line in (l for f in fields for l in f):
        if could_fold(line):
            problem(where, f"a header line of {len(line)} characters is not folded: {line}")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        problem(where, f"defects: {msg.defects}")
    for part in msg.walk():
        if part.defects:
            problem(where, f"a part's defects: {part.defects}")
    if msg["MIME-Version"] != "1.0":
        problem(where, "no MIME-Version: 1.0")
    if msg["From"] and "MAILER-DAEMON" in msg["From"]:
        check_report(where, msg, letter)
    else:
        # The letter as its writer sent it (without the lines added on the way) is its size,
        # counted with CRLF line ends as on the wire; one byte short at most (a size of one
        # byte more than the headers cannot be a line).
        head = sum(len(l.encode()) + 2 for f in fields if f[0].split(":", 1)[0].lower() not in ADDED_ON_THE_WAY
                   for l in f)
        body = raw.split(b"\n\n", 1)[1]
        size = head + 2 + len(body) + body.count(b"\n")
        if not (letter["size"] - 1 <= size <= letter["size"]) and msg.get_content_type() == "text/plain" \
                and letter["size"] > head + 2 and b"Postie" in body[:100]:
            problem(where, f"written to the size {letter['size']} but {size} bytes long")
    return msg


def check_mbox(where, folder, boxes):
    for user, letters in boxes.items():
        path = os.path.join(folder, user + ".mbox")
        if not os.path.exists(path):
            problem(where, f"no {path}")
            continue
        # Each letter as written (get_bytes; as_bytes would fold its long lines anew) and as read.
        box = mailbox.mbox(path, create=False)
        got = [(box.get_message(k), box.get_bytes(k)) for k in box.keys()]
        junk_path = os.path.join(folder, user + ".Junk.mbox")
        junk = []
        if os.path.exists(junk_path):
            jbox = mailbox.mbox(junk_path, create=False)
            junk = [(jbox.get_message(k), jbox.get_bytes(k)) for k in jbox.keys()]
        ids = [m["Message-ID"] for m, _ in got + junk]
        want = [next(h[len("Message-ID: "):] for h in l["headers"] if h.startswith("Message-ID: ")) for l in letters]
        if sorted(ids) != sorted(want):
            problem(where, f"{user}: the mbox holds {ids}, the trace {want}")
            continue
        if [i for i in ids[:len(got)]] != [w for w in want if w in ids[:len(got)]]:
            problem(where, f"{user}: not in filing order")
        by_id = {w: l for w, l in zip(want, letters)}
        for m, raw in got + junk:
            letter = by_id[m["Message-ID"]]
            envelope = m.get_from().split(" ")[0]
            rp = m["Return-Path"].strip("<>") if m["Return-Path"] else ""
            if envelope != (rp or "MAILER-DAEMON"):
                problem(where, f"{user}: From_ line names {envelope}, Return-Path {rp}")
            check_letter(f"{where} {user} {letter['id']}", raw, letter, envelope)


def check_maildir(where, folder, boxes, mbox_folder):
    for user, letters in boxes.items():
        path = os.path.join(folder, user)
        got = {}
        for sub in (path, os.path.join(path, ".Junk")):
            if os.path.isdir(sub):
                box = mailbox.Maildir(sub, factory=None, create=False)
                got.update({box.get_message(k)["Message-ID"]: (box.get_message(k), box.get_bytes(k)) for k in box.keys()})
        for l in letters:
            mid = next(h[len("Message-ID: "):] for h in l["headers"] if h.startswith("Message-ID: "))
            m, raw = got.pop(mid, (None, None))
            if m is None:
                problem(where, f"{user}: {l['id']} is not in the Maildir")
                continue
            flagged = "S" in m.get_flags()
            if flagged != l["seen"] or m.get_subdir() != ("cur" if l["seen"] else "new"):
                problem(where, f"{user}: {l['id']} is in {m.get_subdir()} with flags '{m.get_flags()}', "
                               f"seen by a device: {l['seen']}")
            check_letter(f"{where} {user} {l['id']} (Maildir)", raw, l, None)
        if got:
            problem(where, f"{user}: the Maildir has letters the trace does not: {list(got)}")


def main():
    cli, scenarios = sys.argv[1], sys.argv[2:]
    checked = 0
    for scenario in scenarios:
        name = os.path.basename(scenario)
        with tempfile.TemporaryDirectory() as tmp:
            trace = os.path.join(tmp, "trace.jsonl")
            run(cli, scenario, os.path.join(tmp, "end-mbox"), "mbox", trace=trace)
            run(cli, scenario, os.path.join(tmp, "end-maildir"), "maildir")
            boxes = expected_boxes(trace, None)
            checked += sum(len(v) for v in boxes.values())
            check_mbox(f"{name} at the end", os.path.join(tmp, "end-mbox"), boxes)
            check_maildir(f"{name} at the end", os.path.join(tmp, "end-maildir"), boxes, None)
            first = None
            with open(trace) as f:
                for line in f:
                    r = json.loads(line)
                    if r["type"] == "mailbox.stored":
                        first = r["t_us"]
                        break
            if first is not None:
                run(cli, scenario, os.path.join(tmp, "at-mbox"), "mbox", at=first)
                run(cli, scenario, os.path.join(tmp, "at-maildir"), "maildir", at=first)
                boxes = expected_boxes(trace, first)
                if not any(boxes.values()):
                    problem(name, "no letter at the moment the first is filed")
                check_mbox(f"{name} at {first}us", os.path.join(tmp, "at-mbox"), boxes)
                check_maildir(f"{name} at {first}us", os.path.join(tmp, "at-maildir"), boxes, None)
                checked += sum(len(v) for v in boxes.values())
    for p in problems:
        print(p)
    print(f"{len(scenarios)} scenarios, {checked} letters checked, {len(problems)} problems")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
