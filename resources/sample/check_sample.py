#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Consistency checks for Tessera's bundled sample study (python3, standard library only).

Checks that study.json loads and matches the transcripts it describes:
  * every document file exists and parses (VTT, DOCX + its .source.txt, TXT);
  * each transcript has 25-40 turns (for VTT, consecutive cues of one speaker are one
    turn), 2,000-3,500 words of speech, and the speakers Facilitator + 4-6 participants;
  * the DOCX table matches fg2_family_support.source.txt row for row;
  * 15-20 codes in a two-level tree, parents listed before children;
  * every coding names an existing document, code and coder, and its quote is an
    exact substring of ONE cue / table cell / line of speech, occurring once in the file;
  * every code is coded at least twice by the current coder;
  * three top-level themes, each with 2-3 subthemes, and every theme code path exists;
  * the survey, participants and attributes (see check_sample_survey.py).

Exit status 0 when clean, 1 when any check fails. Prints a summary either way.
Usage: python3 resources/sample/check_sample.py [path/to/study.json]
"""

import collections
import datetime
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

from check_sample_survey import check_participants, check_survey

HERE = pathlib.Path(__file__).resolve().parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

TURNS_RANGE = (25, 40)
WORDS_RANGE = (2000, 3500)
PARTICIPANTS_RANGE = (4, 6)
CODES_RANGE = (15, 20)
STATUSES = {"final", "reviewed", "candidate"}
HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
LABEL = re.compile(r"^([A-Za-z][A-Za-z0-9]*): (.*)$")
TXT_TURN = re.compile(r"^\[(\d\d):(\d\d):(\d\d)\] ([A-Za-z][A-Za-z0-9]*): (.*)$")
VTT_TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)$")

errors = []


def fail(message):
    errors.append(message)


class Transcript:
    """Turns as lists of segments; a quote must lie inside a single segment."""

    def __init__(self, raw):
        self.raw = raw          # full file text, used for the uniqueness check
        self.turns = []         # [(speaker, [segment, ...]), ...]

    def add(self, speaker, segment, merge):
        if merge and self.turns and self.turns[-1][0] == speaker:
            self.turns[-1][1].append(segment)
        else:
            self.turns.append((speaker, [segment]))

    def speakers(self):
        return sorted({speaker for speaker, _ in self.turns})

    def words(self):
        return sum(len(seg.split()) for _, segs in self.turns for seg in segs)

    def locate(self, quote):
        """Indices of turns having a segment containing quote."""
        return [i for i, (_, segs) in enumerate(self.turns) if any(quote in s for s in segs)]


def ms(parts):
    h, m, s, frac = (int(p) for p in parts)
    return ((h * 60 + m) * 60 + s) * 1000 + frac


def parse_vtt(path):
    raw = path.read_text(encoding="utf-8")
    doc = Transcript(raw)
    blocks = re.split(r"\n\s*\n", raw.strip("\n"))
    if not blocks or blocks[0].strip() != "WEBVTT":
        fail(f"{path.name}: first block must be the WEBVTT header")
        return doc
    last_end, expected_id, cues = -1, 1, 0
    for block in blocks[1:]:
        lines = block.split("\n")
        if len(lines) < 3:
            fail(f"{path.name}: cue {expected_id}: expected id, timing and text lines")
            continue
        if lines[0] != str(expected_id):
            fail(f"{path.name}: cue id {lines[0]!r}, expected {expected_id}")
        timing = VTT_TIMING.match(lines[1])
        if not timing:
            fail(f"{path.name}: cue {lines[0]}: bad timing line {lines[1]!r}")
            continue
        start, end = ms(timing.groups()[:4]), ms(timing.groups()[4:])
        if not (last_end <= start < end):
            fail(f"{path.name}: cue {lines[0]}: timings overlap or go backwards")
        label = LABEL.match(" ".join(lines[2:]))
        if not label:
            fail(f"{path.name}: cue {lines[0]}: text is not 'Name: text'")
            continue
        doc.add(label.group(1), label.group(2), merge=True)
        last_end, expected_id, cues = end, expected_id + 1, cues + 1
    doc.cues = cues
    return doc


def parse_docx_source(path):
    raw = path.read_text(encoding="utf-8")
    doc = Transcript(raw)
    lines = raw.rstrip("\n").split("\n")
    doc.heading, doc.note = lines[0], lines[1]
    for number, line in enumerate(lines[2:], start=3):
        if line.count("\t") != 1:
            fail(f"{path.name}:{number}: expected 'Speaker<TAB>Text'")
            continue
        speaker, text = line.split("\t")
        doc.add(speaker, text, merge=False)
    return doc


def check_docx_matches(docx_path, source):
    try:
        with zipfile.ZipFile(docx_path) as archive:
            bad = archive.testzip()
            if bad:
                fail(f"{docx_path.name}: corrupt zip entry {bad}")
            names = archive.namelist()
            for needed in ("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                           "word/styles.xml", "word/_rels/document.xml.rels"):
                if needed not in names:
                    fail(f"{docx_path.name}: missing part {needed}")
            parts = {n: archive.read(n) for n in names}
    except zipfile.BadZipFile as err:
        fail(f"{docx_path.name}: not a zip file ({err})")
        return
    for name, data in parts.items():
        if name.endswith((".xml", ".rels")):
            try:
                ET.fromstring(data)
            except ET.ParseError as err:
                fail(f"{docx_path.name}: {name} is not well-formed XML ({err})")
                return
    body = ET.fromstring(parts["word/document.xml"]).find(f"{W}body")

    def text_of(element):
        return "".join(t.text or "" for t in element.iter(f"{W}t"))

    paragraphs = body.findall(f"{W}p")
    style = paragraphs[0].find(f"{W}pPr/{W}pStyle") if paragraphs else None
    if style is None or style.get(f"{W}val") != "Heading1":
        fail(f"{docx_path.name}: first paragraph must use the Heading1 style")
    if not paragraphs or text_of(paragraphs[0]) != source.heading:
        fail(f"{docx_path.name}: heading differs from the source file")
    if len(paragraphs) < 2 or text_of(paragraphs[1]) != source.note:
        fail(f"{docx_path.name}: note paragraph differs from the source file")
    styles = ET.fromstring(parts["word/styles.xml"])
    style_ids = {s.get(f"{W}styleId") for s in styles.iter(f"{W}style")}
    if "Heading1" not in style_ids:
        fail(f"{docx_path.name}: styles.xml does not define Heading1")
    tables = body.findall(f"{W}tbl")
    if len(tables) != 1:
        fail(f"{docx_path.name}: expected one table, found {len(tables)}")
        return
    rows = [[text_of(tc) for tc in tr.findall(f"{W}tc")] for tr in tables[0].findall(f"{W}tr")]
    if not rows or rows[0] != ["Speaker", "Text"]:
        fail(f"{docx_path.name}: first table row must be 'Speaker' | 'Text'")
    expected = [[speaker, segs[0]] for speaker, segs in source.turns]
    if rows[1:] != expected:
        fail(f"{docx_path.name}: table differs from {source_name(docx_path)}; "
             "run scripts/make-sample-docx.py")


def source_name(docx_path):
    return docx_path.with_suffix(".source.txt").name


def parse_txt(path):
    raw = path.read_text(encoding="utf-8")
    doc = Transcript(raw)
    lines = raw.rstrip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        fail(f"{path.name}: expected a title line and then a blank line")
    last, previous_blank, wrapped = -1, True, 0
    for number, line in enumerate(lines[2:], start=3):
        if not line.strip():
            previous_blank = True
            continue
        match = TXT_TURN.match(line)
        if match:
            seconds = int(match.group(1)) * 3600 + int(match.group(2)) * 60 + int(match.group(3))
            if seconds <= last:
                fail(f"{path.name}:{number}: timestamp does not increase")
            last = seconds
            doc.add(match.group(4), match.group(5), merge=False)
        elif previous_blank or not doc.turns:
            fail(f"{path.name}:{number}: unlabelled line does not continue a turn")
        else:
            doc.turns[-1][1].append(line)
            wrapped += 1
        previous_blank = False
    doc.wrapped = wrapped
    return doc


def check_transcript(name, doc, facilitators):
    turns, words, speakers = len(doc.turns), doc.words(), doc.speakers()
    if not TURNS_RANGE[0] <= turns <= TURNS_RANGE[1]:
        fail(f"{name}: {turns} turns, expected {TURNS_RANGE[0]}-{TURNS_RANGE[1]}")
    if not WORDS_RANGE[0] <= words <= WORDS_RANGE[1]:
        fail(f"{name}: {words} words of speech, expected {WORDS_RANGE[0]}-{WORDS_RANGE[1]}")
    participants = [s for s in speakers if s not in facilitators]
    if not set(facilitators) & set(speakers):
        fail(f"{name}: no facilitator turns")
    if sorted(participants, key=lambda p: int(p[1:]) if re.fullmatch(r"P\d+", p) else 0) != \
            [f"P{i}" for i in range(1, len(participants) + 1)]:
        fail(f"{name}: participants should be P1..Pn, found {participants}")
    if not PARTICIPANTS_RANGE[0] <= len(participants) <= PARTICIPANTS_RANGE[1]:
        fail(f"{name}: {len(participants)} participants, expected {PARTICIPANTS_RANGE[0]}-"
             f"{PARTICIPANTS_RANGE[1]}")
    return turns, words, len(participants)


def code_paths(codes):
    paths = []
    for index, code in enumerate(codes):
        name, parent = code.get("name", ""), code.get("parent", "")
        label = f"code #{index + 1} {name!r}"
        if not name or "/" in name:
            fail(f"{label}: name must be non-empty and contain no '/'")
        if parent and parent not in paths:
            fail(f"{label}: parent {parent!r} is not listed before it")
        if parent and "/" in parent:
            fail(f"{label}: codebook must be two levels deep at most")
        path = f"{parent}/{name}" if parent else name
        if path in paths:
            fail(f"{label}: duplicate path {path!r}")
        paths.append(path)
        for field in ("description", "inclusion", "exclusion", "example"):
            if not str(code.get(field, "")).strip():
                fail(f"{label}: empty {field}")
        if not HEX_COLOUR.match(code.get("color", "")):
            fail(f"{label}: colour {code.get('color')!r} is not #RRGGBB")
    colours = [c.get("color", "").upper() for c in codes]
    for colour, count in collections.Counter(colours).items():
        if count > 1:
            fail(f"codes: colour {colour} used {count} times")
    return paths


def main(argv):
    study_path = pathlib.Path(argv[1]) if len(argv) > 1 else HERE / "study.json"
    base = study_path.parent
    try:
        study = json.loads(study_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        print(f"FAIL: cannot load {study_path}: {err}")
        return 1

    for key in ("title", "description", "project_memo", "current_coder", "coders", "documents",
                "facilitator_labels", "survey", "attributes", "participants", "codes", "themes",
                "codings", "journal"):
        if key not in study:
            fail(f"study.json: missing key {key!r}")
    facilitators = study.get("facilitator_labels", [])
    coders = {c["name"] for c in study.get("coders", [])}
    current = study.get("current_coder")
    if current not in coders:
        fail(f"current_coder {current!r} is not in coders")

    # Documents
    documents, summary_docs = {}, []
    parsers = {"vtt": parse_vtt, "txt": parse_txt}
    for entry in study.get("documents", []):
        path = base / entry["file"]
        if not path.is_file():
            fail(f"document file missing: {entry['file']}")
            continue
        fmt = entry.get("format")
        if path.suffix.lstrip(".").lower() != fmt:
            fail(f"{entry['file']}: format {fmt!r} does not match the extension")
        if fmt == "docx":
            source = path.with_suffix(".source.txt")
            if not source.is_file():
                fail(f"{entry['file']}: source file {source.name} missing")
                continue
            doc = parse_docx_source(source)
            check_docx_matches(path, doc)
        elif fmt in parsers:
            doc = parsers[fmt](path)
        else:
            fail(f"{entry['file']}: unsupported format {fmt!r}")
            continue
        if not entry.get("memo", "").strip():
            fail(f"{entry['file']}: empty memo")
        documents[entry["name"]] = doc
        turns, words, participants = check_transcript(entry["file"], doc, facilitators)
        extra = ""
        if fmt == "vtt":
            extra = f", {doc.cues} cues"
        elif fmt == "txt":
            extra = f", {doc.wrapped} continuation lines"
        summary_docs.append(f"  {entry['file']}: {turns} turns, {participants} participants "
                            f"+ facilitator, {words} words{extra}")

    # Codes
    codes = study.get("codes", [])
    paths = code_paths(codes)
    if not CODES_RANGE[0] <= len(codes) <= CODES_RANGE[1]:
        fail(f"codes: {len(codes)}, expected {CODES_RANGE[0]}-{CODES_RANGE[1]}")
    all_speech = [seg for doc in documents.values() for _, segs in doc.turns for seg in segs]
    for code, path in zip(codes, paths):
        example = code.get("example", "")
        if example and not any(example in seg for seg in all_speech):
            fail(f"code {path!r}: example is not a quote from any transcript")

    # Themes
    themes = study.get("themes", [])
    names = [t.get("name", "") for t in themes]
    for name, count in collections.Counter(names).items():
        if count > 1:
            fail(f"themes: duplicate name {name!r}")
    top = [t for t in themes if not t.get("parent")]
    if len(top) != 3:
        fail(f"themes: {len(top)} top-level themes, expected 3")
    subthemes = collections.defaultdict(list)
    themed_codes = set()
    for theme in themes:
        label = f"theme {theme.get('name')!r}"
        parent = theme.get("parent", "")
        if parent:
            if parent not in [t["name"] for t in top]:
                fail(f"{label}: parent {parent!r} is not a top-level theme")
            subthemes[parent].append(theme["name"])
        if theme.get("status") not in STATUSES:
            fail(f"{label}: status {theme.get('status')!r} not in {sorted(STATUSES)}")
        if not HEX_COLOUR.match(theme.get("color", "")):
            fail(f"{label}: bad colour")
        for field in ("concept", "memo"):
            if not theme.get(field, "").strip():
                fail(f"{label}: empty {field}")
        for path in theme.get("codes", []):
            if path not in paths:
                fail(f"{label}: code path {path!r} does not exist")
            themed_codes.add(path)
        if parent and not theme.get("codes"):
            fail(f"{label}: subtheme has no codes")
    for theme in top:
        n = len(subthemes[theme["name"]])
        if not 2 <= n <= 3:
            fail(f"theme {theme['name']!r}: {n} subthemes, expected 2-3")
    statuses = collections.Counter(t.get("status") for t in themes)

    # Codings
    codings = study.get("codings", [])
    per_coder = collections.Counter()
    alex_per_code = collections.Counter()
    per_document = collections.Counter()
    seen = set()
    key_codes = set()
    memos = 0
    for index, coding in enumerate(codings):
        label = f"coding #{index + 1}"
        doc = documents.get(coding.get("document"))
        if doc is None:
            fail(f"{label}: unknown document {coding.get('document')!r}")
            continue
        if coding.get("code") not in paths:
            fail(f"{label}: unknown code path {coding.get('code')!r}")
        if coding.get("coder") not in coders:
            fail(f"{label}: unknown coder {coding.get('coder')!r}")
        quote = coding.get("quote", "")
        if not quote or quote != quote.strip():
            fail(f"{label}: quote is empty or has surrounding whitespace")
            continue
        turns = doc.locate(quote)
        if len(turns) != 1:
            fail(f"{label}: quote found in {len(turns)} turns of {coding['document']}: {quote[:60]!r}")
        elif doc.turns[turns[0]][0] in facilitators:
            fail(f"{label}: quote is facilitator speech: {quote[:60]!r}")
        if doc.raw.count(quote) != 1:
            fail(f"{label}: quote occurs {doc.raw.count(quote)} times in the file: {quote[:60]!r}")
        key = (coding.get("coder"), coding.get("document"), coding.get("code"), quote)
        if key in seen:
            fail(f"{label}: duplicate coding")
        seen.add(key)
        per_coder[coding.get("coder")] += 1
        per_document[(coding.get("coder"), coding.get("document"))] += 1
        if coding.get("coder") == current:
            alex_per_code[coding.get("code")] += 1
            if coding.get("key_quote"):
                key_codes.add(coding.get("code"))
        if coding.get("memo"):
            memos += 1
    for path in paths:
        if alex_per_code[path] < 2:
            fail(f"code {path!r}: coded {alex_per_code[path]} times by {current}, expected >= 2")
    for name in documents:
        for coder in coders:
            if per_document[(coder, name)] == 0:
                fail(f"{coder} has no codings in {name}")
    for theme in themes:
        if theme.get("parent") and not key_codes & set(theme.get("codes", [])):
            fail(f"subtheme {theme['name']!r}: no key quote by {current} under its codes")

    # Agreement between the two coders (informational).
    by_coder = collections.defaultdict(list)
    for c in codings:
        by_coder[c.get("coder")].append(c)
    others = [c for c in coders if c != current]
    agreement = []
    for other in others:
        same_code = overlap_only = 0
        for c in by_coder[other]:
            mine = [a for a in by_coder[current] if a["document"] == c["document"]
                    and (a["quote"] in c["quote"] or c["quote"] in a["quote"])]
            if any(a["code"] == c["code"] for a in mine):
                same_code += 1
            elif mine:
                overlap_only += 1
        solo = len(by_coder[other]) - same_code - overlap_only
        agreement.append(f"  {other} vs {current}: {same_code} same passage+code, "
                         f"{overlap_only} same passage/different code, {solo} passages only {other} coded")

    # Journal
    journal = study.get("journal", [])
    if not 3 <= len(journal) <= 5:
        fail(f"journal: {len(journal)} entries, expected 3-5")
    for entry in journal:
        try:
            day = datetime.date.fromisoformat(entry.get("date", ""))
            if day.year != 2021:
                fail(f"journal {entry['date']}: expected a 2021 date")
        except ValueError:
            fail(f"journal: bad date {entry.get('date')!r}")
        if not entry.get("text", "").strip():
            fail("journal: empty entry")

    # Survey and participants
    attributes, survey_lines = check_survey(study, base, fail)
    survey_lines += check_participants(study, documents, facilitators, attributes, fail)

    # Formatting: UTF-8, 2-space indent, as json.dumps would write it.
    text = study_path.read_text(encoding="utf-8")
    if text != json.dumps(study, ensure_ascii=False, indent=2) + "\n":
        fail("study.json is not in canonical form (json.dumps(indent=2, ensure_ascii=False) + newline)")

    print("Tessera sample study check")
    print("Documents:")
    print("\n".join(summary_docs))
    print(f"Codes: {len(codes)} ({sum(1 for c in codes if not c.get('parent'))} parents); "
          f"themed: {len(themed_codes)}, unthemed: {len(set(paths) - themed_codes)}")
    print(f"Themes: {len(top)} top-level, {sum(len(v) for v in subthemes.values())} subthemes; "
          + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())))
    print("Codings: " + ", ".join(f"{k}: {v}" for k, v in sorted(per_coder.items()))
          + f"; key quotes ({current}): "
          + str(sum(1 for c in codings if c.get("key_quote") and c.get("coder") == current))
          + f"; with memo: {memos}")
    for (coder, name), count in sorted(per_document.items()):
        print(f"  {coder} / {name}: {count}")
    print(f"  {current}, codings per code: min {min(alex_per_code[p] for p in paths) if paths else 0}, "
          f"max {max(alex_per_code[p] for p in paths) if paths else 0}")
    print("\n".join(agreement))
    print(f"Journal: {len(journal)} entries")
    print("Survey:")
    print("\n".join(survey_lines))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for message in errors:
            print(f"  FAIL: {message}")
        return 1
    print("\nOK: sample study is consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
