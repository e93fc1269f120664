#!/usr/bin/env python3
"""The header lines Postie writes parse as real mail: every letter stored in the given
lessons is read back with Python's email package (RFC 5322), which must find no defect, and
the trust headers are checked against their own grammars: Authentication-Results (RFC 8601
§2.2) and DKIM-Signature (RFC 6376 §3.5).

    header_syntax_check.py POSTIE_CLI SCENARIO...
"""
import email
import email.policy
import json
import re
import subprocess
import sys
import tempfile

RESULTS = {"none", "pass", "fail", "softfail", "neutral", "policy", "temperror", "permerror"}
DKIM_REQUIRED = ["v", "a", "b", "bh", "d", "h", "s"]


def check_authentication_results(value, problems):
    parts = [p.strip() for p in value.split(";")]
    if not re.fullmatch(r"[A-Za-z0-9.-]+(\s+\d+)?", parts[0]):
        problems.append("authserv-id is not a domain: " + parts[0])
    if parts[1:] == ["none"]:
        return
    for resinfo in parts[1:]:
        m = re.fullmatch(r"(spf|dkim|dmarc)=([a-z]+)((\s+[a-z]+\.[a-z-]+=[^\s;]+)*)", resinfo)
        if not m:
            problems.append("not a resinfo: " + resinfo)
        elif m.group(2) not in RESULTS:
            problems.append("unknown result: " + m.group(2))


def check_dkim_signature(value, problems):
    tags = {}
    for part in value.split(";"):
        if not part.strip():
            continue
        name, eq, tag_value = part.partition("=")
        if not eq:
            problems.append("not a tag: " + part)
            continue
        name = name.strip()
        if name in tags:
            problems.append("tag twice: " + name)
        tags[name] = re.sub(r"\s+", "", tag_value)
    for name in DKIM_REQUIRED:
        if name not in tags:
            problems.append("DKIM-Signature without " + name + "=")
    if tags.get("v") != "1":
        problems.append("DKIM-Signature v= is not 1")
    if "from" not in tags.get("h", "").lower().split(":"):
        problems.append("DKIM-Signature h= does not sign From")
    for name in ("b", "bh"):
        if not re.fullmatch(r"[A-Za-z0-9+/]+=*", tags.get(name, "")):
            problems.append("DKIM-Signature " + name + "= is not base64")


def body_for(lines, report):
    """A body of the shape the header announces: a notice is a multipart/report whose second
    part is its delivery-status fields (RFC 3464)."""
    content_type = next((l for l in lines if l.lower().startswith("content-type:")), "")
    boundary = re.search(r'boundary="([^"]+)"', content_type)
    if not boundary:
        return "Hello.\r\n"
    b = boundary.group(1)
    fields = report[:1] + [""] + report[1:]  # per-message fields, a blank line, per-recipient fields
    return (f"--{b}\r\nContent-Type: text/plain\r\n\r\nYour letter could not be delivered.\r\n"
            f"--{b}\r\nContent-Type: message/delivery-status\r\n\r\n" + "\r\n".join(fields) + "\r\n"
            f"--{b}--\r\n")


def check_letter(lines, report, where, problems):
    text = "\r\n".join(lines) + "\r\n\r\n" + body_for(lines, report)
    message = email.message_from_string(text, policy=email.policy.default)
    for part in message.walk():
        for defect in part.defects:
            problems.append(f"{where}: {defect!r}")
    if message.get_content_type() == "multipart/report":
        status = [p for p in message.walk() if p.get_content_type() == "message/delivery-status"]
        if len(status) != 1 or len(status[0].get_payload()) != 2:
            problems.append(f"{where}: the notice's delivery-status part is not two blocks of fields")
    for name, value in message.items():
        for defect in getattr(value, "defects", ()):
            problems.append(f"{where}: {name}: {defect!r}")
        if name.lower() == "authentication-results":
            local = []
            check_authentication_results(str(value), local)
            problems.extend(f"{where}: {p}" for p in local)
        if name.lower() == "dkim-signature":
            local = []
            check_dkim_signature(str(value), local)
            problems.extend(f"{where}: {p}" for p in local)
    for line in lines:
        if len(line) > 998:
            problems.append(f"{where}: a line over 998 characters (RFC 5322 §2.1.1)")


def main():
    cli, scenarios = sys.argv[1], sys.argv[2:]
    problems, letters, trust_headers = [], 0, 0
    for scenario in scenarios:
        with tempfile.NamedTemporaryFile(suffix=".jsonl") as trace:
            subprocess.run([cli, "run", scenario, "--quiet", "--trace", trace.name], check=True,
                           stdout=subprocess.DEVNULL)
            for line in open(trace.name, encoding="utf-8"):
                record = json.loads(line)
                if record["type"] != "mailbox.stored":
                    continue
                letters += 1
                trust_headers += sum(h.startswith(("Authentication-Results:", "DKIM-Signature:"))
                                     for h in record["headers"])
                check_letter(record["headers"], record.get("report", []), f"{scenario} {record['message']}", problems)
    for p in problems:
        print(p)
    print(f"{letters} letters read, {trust_headers} trust headers, {len(problems)} problems")
    if letters == 0 or trust_headers == 0:
        print("nothing to check: the lessons stored no letter with a trust header")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
