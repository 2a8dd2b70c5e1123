#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build resources/sample/fg2_family_support.docx from its plain-text source.

The source file is UTF-8 text:
    line 1      the heading (written with the Heading1 style)
    line 2      a note (a Normal paragraph: date, anonymisation)
    line 3...   one turn per line, "Speaker<TAB>Text"

The output is a minimal, valid WordprocessingML package written by hand with the
standard library only: a heading, the note, then a two-column table whose first row
is "Speaker" | "Text" and whose other rows are the turns.

The build is deterministic (fixed timestamps, sorted entry names, fixed attributes,
entries stored uncompressed), so regenerating from an unchanged source gives a
byte-identical file on any machine.

Usage:
    python3 scripts/make-sample-docx.py [--source PATH] [--output PATH]
"""

import argparse
import pathlib
import sys
import zipfile
from xml.sax.saxutils import escape

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO / "resources" / "sample" / "fg2_family_support.source.txt"
DEFAULT_OUTPUT = REPO / "resources" / "sample" / "fg2_family_support.docx"

FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # earliest date a zip entry can hold

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Table column widths in twentieths of a point (A4 text width with 2.54 cm margins ~ 9026).
SPEAKER_WIDTH = 1800
TEXT_WIDTH = 7226


class SourceError(Exception):
    pass


def read_source(path):
    """Return (heading, note, [(speaker, text), ...]) from the source file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as err:
        raise SourceError(f"cannot read {path}: {err}") from err
    raw = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = raw.split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    if len(lines) < 3:
        raise SourceError(f"{path}: need a heading, a note and at least one turn")
    heading, note = lines[0].strip(), lines[1].strip()
    if not heading or "\t" in heading or "\t" in note:
        raise SourceError(f"{path}: lines 1-2 must be the heading and the note, without tabs")
    turns = []
    for number, line in enumerate(lines[2:], start=3):
        if not line.strip():
            continue
        if line.count("\t") != 1:
            raise SourceError(f"{path}:{number}: expected exactly one TAB (Speaker<TAB>Text)")
        speaker, text = (part.strip() for part in line.split("\t"))
        if not speaker or not text:
            raise SourceError(f"{path}:{number}: empty speaker or text")
        turns.append((speaker, text))
    return heading, note, turns


def run(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(text, style=None, bold=False):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{run(text, bold)}</w:p>"


def cell(text, width, bold=False):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f"{paragraph(text, bold=bold)}</w:tc>")


def row(speaker, text, header=False):
    props = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return (f"<w:tr>{props}{cell(speaker, SPEAKER_WIDTH, header)}"
            f"{cell(text, TEXT_WIDTH, header)}</w:tr>")


def document_xml(heading, note, turns):
    rows = [row("Speaker", "Text", header=True)]
    rows += [row(speaker, text) for speaker, text in turns]
    table = (
        "<w:tbl>"
        '<w:tblPr><w:tblStyle w:val="TranscriptTable"/>'
        f'<w:tblW w:w="{SPEAKER_WIDTH + TEXT_WIDTH}" w:type="dxa"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="{SPEAKER_WIDTH}"/><w:gridCol w:w="{TEXT_WIDTH}"/></w:tblGrid>'
        + "".join(rows)
        + "</w:tbl>"
    )
    section = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
        'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    body = (paragraph(heading, style="Heading1") + paragraph(note) + table
            + "<w:p/>" + section)
    return (XML_DECL + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
            f"<w:body>{body}</w:body></w:document>")


def styles_xml():
    return (
        XML_DECL + f'<w:styles xmlns:w="{W_NS}">'
        "<w:docDefaults>"
        '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" '
        'w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault>"
        "</w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        '<w:name w:val="Normal"/><w:qFormat/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1">'
        '<w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        "<w:uiPriority w:val=\"9\"/><w:qFormat/>"
        '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
        '<w:style w:type="table" w:styleId="TranscriptTable">'
        '<w:name w:val="Transcript Table"/><w:basedOn w:val="TableNormal"/>'
        '<w:pPr><w:spacing w:after="0"/></w:pPr>'
        "<w:tblPr><w:tblBorders>"
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        "</w:tblBorders></w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/></w:tcPr></w:tblStylePr>'
        "</w:style>"
        "</w:styles>"
    )


def content_types_xml():
    return (
        XML_DECL + f'<Types xmlns="{CT_NS}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        "</Types>"
    )


def package_rels_xml():
    return (XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}">'
            f'<Relationship Id="rId1" Type="{DOC_REL}" Target="word/document.xml"/>'
            "</Relationships>")


def document_rels_xml():
    return (XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}">'
            f'<Relationship Id="rId1" Type="{STYLES_REL}" Target="styles.xml"/>'
            "</Relationships>")


def build(source, output):
    heading, note, turns = read_source(source)
    parts = {
        "[Content_Types].xml": content_types_xml(),
        "_rels/.rels": package_rels_xml(),
        "word/_rels/document.xml.rels": document_rels_xml(),
        "word/document.xml": document_xml(heading, note, turns),
        "word/styles.xml": styles_xml(),
    }
    # Sorted entry names; "[Content_Types].xml" sorts first, which some readers expect.
    order = sorted(parts)
    tmp = output.with_name(output.name + ".tmp")
    with zipfile.ZipFile(tmp, "w") as archive:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            # Stored, not deflated: deflate output depends on the zlib build (zlib-ng
            # differs from zlib), which would make the file differ between machines.
            info.compress_type = zipfile.ZIP_STORED
            info.create_system = 3                 # Unix, whatever the building platform
            info.external_attr = 0o100644 << 16    # regular file, rw-r--r--
            archive.writestr(info, parts[name].encode("utf-8"))
    tmp.replace(output)
    return len(turns)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=pathlib.Path, default=DEFAULT_SOURCE)
    parser.add_argument("--output", type=pathlib.Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    try:
        count = build(args.source, args.output)
    except SourceError as err:
        print(f"make-sample-docx: {err}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({count} turns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
