# SPDX-License-Identifier: GPL-3.0-or-later
"""Survey and participant checks for check_sample.py (python3, standard library only).

  * survey.csv is UTF-8 with a BOM, CRLF between records, and parses as RFC 4180 CSV;
  * its columns are exactly study.json's id column, closed and open questions;
  * 102 respondents R001..R102, and the seven published figures hold exactly;
  * every multi-select question is answered by all 102, one closed question has blanks, and the
    open question has 20-30 answers, some with a comma, a quote and a line break;
  * every closed answer is one of its attribute's categories, and every category is used;
  * participants are exactly the transcripts' non-facilitator speakers, named "FGn Pm", with a
    Role and Service type from the survey's categories and a plausible Years of practice;
  * every coding on an open answer quotes, once, the answer of the respondent it names.
"""

import collections
import csv
import io
import re

RESPONDENTS = 102
# (question, option or answer, n): the figures the sample's write-up quotes, as n/102.
PUBLISHED = [
    ("Felt confident delivering support digitally", "Yes", 54),
    ("Felt comfortable delivering support digitally", "Yes", 46),
    ("Benefits of digital support", "Maintaining connection with families", 93),
    ("Benefits of digital support", "Increased access and flexibility", 74),
    ("Barriers to digital support", "Inadequate home environment", 70),
    ("Barriers to digital support", "Poor Wi-Fi or device access", 54),
    ("Would benefit from further training", "Yes", 70),
]
MULTI_SELECT = {"Benefits of digital support", "Barriers to digital support"}
SHARED = ("Role", "Service type")  # attributes of both respondents and focus-group participants
YEARS_OF_PRACTICE = "Years of practice"
TYPES = {"text", "number", "date", "category"}


def options(cell, multi):
    return [o.strip() for o in cell.split(";") if o.strip()] if multi else [cell] if cell else []


def share(n, total):
    tenths = (n * 1000 * 2 + total) // (total * 2)  # half up, in integers
    return f"{n}/{total} ({tenths // 10}.{tenths % 10}%)"


def read_survey(path, fail):
    data = path.read_bytes()
    if not data.startswith(b"\xef\xbb\xbf"):
        fail(f"{path.name}: expected a UTF-8 byte order mark (Excel's 'CSV UTF-8')")
    text = data.decode("utf-8-sig")
    # Record ends are CRLF; a bare LF may only occur inside a quoted field (Alt+Enter).
    inside, previous = False, ""
    for ch in text:
        if ch == '"':
            inside = not inside
        elif ch == "\n" and not inside and previous != "\r":
            fail(f"{path.name}: a record ends with a bare LF; expected CRLF")
            break
        previous = ch
    if not text.endswith("\r\n"):
        fail(f"{path.name}: the last record must end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:] if len(r) == len(rows[0])], rows


def check_survey(study, base, fail):
    survey = study.get("survey", {})
    path = base / survey.get("file", "survey.csv")
    if not path.is_file():
        fail(f"survey file missing: {path.name}")
        return {}, []
    header, rows, raw = read_survey(path, fail)
    if len(raw) - 1 != len(rows):
        fail(f"{path.name}: some rows do not have {len(header)} cells")
    id_column, closed, opens = survey.get("id_column"), survey.get("closed", []), survey.get("open", [])
    if header != [id_column] + closed + opens:
        fail(f"{path.name}: columns {header} differ from study.json's id, closed and open lists")
    ids = [r.get(id_column, "") for r in rows]
    if ids != [f"R{i:03d}" for i in range(1, RESPONDENTS + 1)]:
        fail(f"{path.name}: respondent ids must be R001..R{RESPONDENTS:03d} in order")

    counts = {q: collections.Counter() for q in closed}
    answered = collections.Counter()
    for row in rows:
        for q in closed:
            chosen = options(row.get(q, ""), q in MULTI_SELECT)
            answered[q] += bool(chosen)
            counts[q].update(chosen)
    for question, value, n in PUBLISHED:
        got = counts.get(question, {}).get(value, 0)
        if got != n or answered[question] != RESPONDENTS:
            fail(f"{path.name}: {question} = {value}: {got}/{answered[question]}, "
                 f"published {n}/{RESPONDENTS}")
    for q in MULTI_SELECT:
        if answered[q] != RESPONDENTS:
            fail(f"{path.name}: {q}: {answered[q]} answered, expected all {RESPONDENTS}")
    if all(answered[q] == RESPONDENTS for q in closed):
        fail(f"{path.name}: no closed question has blank answers (N < {RESPONDENTS} never shows)")

    attributes = {a.get("name"): a for a in study.get("attributes", [])}
    for a in attributes.values():
        if a.get("type") not in TYPES:
            fail(f"attribute {a.get('name')!r}: type {a.get('type')!r} not in {sorted(TYPES)}")
    for q in closed:
        categories = attributes.get(q, {}).get("categories")
        if categories is None:
            fail(f"survey question {q!r} has no category list in study.json's attributes")
        elif set(categories) != set(counts[q]):
            fail(f"survey question {q!r}: categories {categories} but answers "
                 f"{sorted(counts[q])}")

    answers = {r[id_column]: r.get(opens[0], "") for r in rows} if opens else {}
    given = [a for a in answers.values() if a.strip()]
    if not 20 <= len(given) <= 30:
        fail(f"{path.name}: {len(given)} open answers, expected 20-30")
    for needed, what in ((",", "comma"), ('"', "quote"), ("\n", "line break")):
        if not any(needed in a for a in given):
            fail(f"{path.name}: no open answer contains a {what} (CSV quoting goes untested)")
    check_survey_codings(survey, answers, study, fail)

    lines = [f"  {path.name}: {len(rows)} respondents, {len(closed)} closed questions, "
             f"{len(given)} open answers"]
    for question, value, n in PUBLISHED:
        lines.append(f"    {question} = {value}: {share(counts[question][value], answered[question])}")
    blanks = [f"{q} (N={answered[q]})" for q in closed if answered[q] < RESPONDENTS]
    lines.append(f"    with blanks: {', '.join(blanks)}")
    return attributes, lines


def check_survey_codings(survey, answers, study, fail):
    codes = {f"{c['parent']}/{c['name']}" if c.get("parent") else c["name"]
             for c in study.get("codes", [])}
    coders = {c["name"] for c in study.get("coders", [])}
    for index, coding in enumerate(survey.get("codings", [])):
        label = f"survey coding #{index + 1}"
        quote, respondent = coding.get("quote", ""), coding.get("respondent")
        if coding.get("question") not in survey.get("open", []):
            fail(f"{label}: {coding.get('question')!r} is not an open question")
        if coding.get("code") not in codes or coding.get("coder") not in coders:
            fail(f"{label}: unknown code or coder")
        if not quote or quote != quote.strip() or "\n" in quote:
            fail(f"{label}: quote is empty, has surrounding whitespace or a line break")
        elif quote not in answers.get(respondent, ""):
            fail(f"{label}: quote is not in {respondent}'s answer: {quote[:60]!r}")
        elif sum(a.count(quote) for a in answers.values()) != 1:
            fail(f"{label}: quote occurs more than once among the answers: {quote[:60]!r}")


def check_participants(study, documents, facilitators, attributes, fail):
    """documents: name -> Transcript (with speakers()). Returns summary lines."""
    expected = {(name, s) for name, doc in documents.items() for s in doc.speakers()
                if s not in facilitators}
    seen, per_role = set(), collections.Counter()
    for entry in study.get("participants", []):
        key = (entry.get("document"), entry.get("speaker"))
        label = f"participant {entry.get('pseudonym')!r}"
        if key in seen:
            fail(f"{label}: {key} listed twice")
        seen.add(key)
        if key not in expected:
            fail(f"{label}: {key[0]!r} has no participant speaker {key[1]!r}")
        group = re.match(r"FG\d+", key[0] or "")
        if not group or entry.get("pseudonym") != f"{group.group(0)} {key[1]}":
            fail(f"{label}: pseudonym should be 'FGn {key[1]}'")
        values = entry.get("attributes", {})
        if set(values) != set(SHARED) | {YEARS_OF_PRACTICE}:
            fail(f"{label}: attributes {sorted(values)}, expected {sorted(SHARED)} + "
                 f"{YEARS_OF_PRACTICE!r}")
        for name in SHARED:
            if values.get(name) not in attributes.get(name, {}).get("categories", []):
                fail(f"{label}: {name} {values.get(name)!r} is not a survey category")
        years = values.get(YEARS_OF_PRACTICE)
        if attributes.get(YEARS_OF_PRACTICE, {}).get("type") != "number":
            fail(f"attribute {YEARS_OF_PRACTICE!r} must be a number")
        if not isinstance(years, (int, float)) or not 0 <= years <= 45:
            fail(f"{label}: {YEARS_OF_PRACTICE} {years!r} is not a plausible number")
        if not entry.get("memo", "").strip():
            fail(f"{label}: empty memo")
        per_role[values.get("Role")] += 1
    for key in sorted(expected - seen):
        fail(f"speaker {key[1]} of {key[0]!r} is not linked to a participant")
    return [f"Participants: {len(seen)} linked speakers; "
            + ", ".join(f"{role}: {n}" for role, n in sorted(per_role.items()))]
