"""Resumes: every format in and out of memory, every bad input refused in one line,
redaction (and the fairness it buys), dated roles and years."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from matcher.errors import InputError, MatcherError, TooLarge, Unprocessable, UnsupportedType
from matcher.resumes.read import Resume, read_resume, read_resume_bytes, resume_from_text
from matcher.resumes.redaction import redact
from matcher.resumes.roles import find_roles, total_years

TODAY = dt.date(2024, 6, 15)

RESUME = """Jane Doe
jane.doe@example.com | +1 (555) 123-4567 | linkedin.com/in/janedoe
123 Main Street, Springfield, IL 62704

Summary
Backend engineer with 6+ years of experience in Python and PostgreSQL.

Experience
Senior Backend Engineer, Acme Corp, Jan 2019 - Present
- Built data pipelines in Python and Rust.
Software Engineer, Beta Inc, Jun 2016 - Dec 2018
- Ran PostgreSQL on Kubernetes.

Education
B.Sc. Computer Science, 2012 - 2016
"""


# -- fixtures built in memory ------------------------------------------------------
def make_pdf(lines: list[str], *, user_password: str | None = None,
             owner_password: str | None = None, image_only: bool = False,
             width: float = 0) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    if owner_password or user_password:
        pdf.set_encryption(owner_password=owner_password or "owner", user_password=user_password)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    if image_only:  # a scan: drawing, no text layer
        pdf.rect(20, 20, 150, 200, style="F")
    for line in lines:
        pdf.multi_cell(width, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_docx(paragraphs: list[str], table: list[list[str]] = (), header: str = "") -> bytes:
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def assert_one_line(error: MatcherError, *words: str) -> None:
    message = str(error)
    assert "\n" not in message and "Traceback" not in message
    for word in words:
        assert word in message, (word, message)


# -- formats -------------------------------------------------------------------------
def test_text_from_bytes_and_path(tmp_path):
    from_bytes = read_resume_bytes(RESUME.encode(), "jane.txt", today=TODAY)
    path = tmp_path / "jane.txt"
    path.write_text(RESUME, encoding="utf-8")
    from_path = read_resume(path, today=TODAY)
    assert isinstance(from_bytes, Resume) and from_bytes.name == "jane.txt"
    assert from_bytes.text == from_path.text and from_bytes.sentences == from_path.sentences
    assert "Built data pipelines in Python and Rust." in from_bytes.sentences
    assert from_bytes.title == "Senior Backend Engineer"


def test_markdown_resume_is_cleaned():
    text = ("# Jane Doe\n[LinkedIn](https://linkedin.com/in/janedoe)\n\n## Experience\n"
            "- **Senior Engineer**, Acme, 2019 - 2023\n- Wrote `Rust` services\n")
    resume = read_resume_bytes(text.encode(), "cv.md", today=TODAY)
    assert "Senior Engineer, Acme, 2019 - 2023" in resume.sentences
    assert "Wrote Rust services" in resume.sentences
    assert "Jane" not in resume.text and "linkedin" not in resume.text.lower()
    assert resume.years == 4.0


def test_pdf_from_bytes_and_path(tmp_path):
    data = make_pdf(["Jane Doe", "jane@example.com", "Experience",
                     "Senior Engineer, Acme Corp, Jan 2019 - Present",
                     "Built distributed systems in Python and Rust for large retail customers "
                     "across Europe and North America with a focus on reliability."])
    path = tmp_path / "jane.pdf"
    path.write_bytes(data)
    for resume in (read_resume_bytes(data, "jane.pdf", today=TODAY), read_resume(path, today=TODAY)):
        assert resume.name == "jane.pdf"
        assert "Senior Engineer, Acme Corp, Jan 2019 - Present" in resume.sentences
        # multi_cell wraps the long sentence; the wrapped lines are joined again
        assert any(s.startswith("Built distributed systems") and s.endswith("reliability.")
                   for s in resume.sentences)
        assert "Jane" not in resume.text and "@" not in resume.text
        assert resume.years == 5.5


def test_pdf_text_repairs():
    data = make_pdf(["S K I L L S", "Maintained the develop-", "ment pipeline for the team"])
    resume = read_resume_bytes(data, "x.pdf", today=TODAY)
    assert resume.text.startswith("SKILLS\n")  # a heading: in the text, never a sentence
    assert "SKILLS" not in resume.sentences
    assert "Maintained the development pipeline for the team" in resume.sentences


def test_docx_paragraphs_tables_and_header(tmp_path):
    data = make_docx(["Summary", "Platform engineer with 8 years of experience."],
                     table=[["Senior Engineer, Acme", "03/2016 to Current"],
                            ["Skills", "Python, Go, Terraform"]],
                     header="Jane Doe | jane@example.com")
    path = tmp_path / "cv.docx"
    path.write_bytes(data)
    for resume in (read_resume_bytes(data, "cv.docx", today=TODAY), read_resume(path, today=TODAY)):
        assert "Platform engineer with 8 years of experience." in resume.sentences
        assert "Senior Engineer, Acme | 03/2016 to Current" in resume.sentences
        assert "Skills | Python, Go, Terraform" in resume.sentences
        assert "Jane" not in resume.text and "@" not in resume.text
        assert resume.years == 8.3 and resume.title == "Senior Engineer"


def test_a_docx_page_laid_out_in_a_table_reads_column_by_column():
    """A template's two columns as one table row (skills left, experience right), lines
    broken inside a paragraph: each line stays a line, so roles, dates and skills are read."""
    import docx

    document = docx.Document()
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.text = "SKILLS\nSalesforce\nHubSpot"          # one paragraph, broken lines
    right.paragraphs[0].text = "EXPERIENCE"
    right.add_paragraph("Account Executive — Routewise, Denver, CO | Jan 2021 – Dec 2023")
    right.add_paragraph("Closed $1.2M in new ARR in 2023, 118% of quota")
    out = io.BytesIO()
    document.save(out)
    resume = read_resume_bytes(out.getvalue(), "columns.docx", today=TODAY)
    assert "Closed $1.2M in new ARR in 2023, 118% of quota" in resume.sentences
    assert [(r.title, r.years) for r in resume.roles] == [("Account Executive", 3.0)]
    assert {"Salesforce", "HubSpot"} <= {m.name for m in resume.skills}


def test_docx_text_boxes_are_read_once():
    import docx
    from docx.oxml import parse_xml

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    box = ("<w:txbxContent><w:p><w:r><w:t>Senior Engineer, Acme, 2019 - 2023</w:t></w:r></w:p>"
           "<w:p><w:r><w:t>Built Rust services.</w:t></w:r></w:p></w:txbxContent>")
    # Word writes a text box twice: DrawingML, and a VML fallback for old readers.
    paragraph = (f"<w:p {ns}><w:r><w:t>Experience</w:t></w:r><w:r><mc:AlternateContent>"
                 f"<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx>"
                 f"</wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
                 f"{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    document = docx.Document()
    document.add_paragraph("Summary")
    document.element.body.insert(1, parse_xml(paragraph))
    out = io.BytesIO()
    document.save(out)
    resume = read_resume_bytes(out.getvalue(), "box.docx", today=TODAY)
    assert resume.sentences == ["Senior Engineer, Acme, 2019 - 2023", "Built Rust services."]
    assert resume.years == 4.0


@pytest.mark.parametrize("maker", [
    lambda: RESUME.encode(),
    lambda: make_pdf(["Experience", "Engineer, Acme, 2019 - 2023"]),
    lambda: make_docx(["Experience", "Engineer, Acme, 2019 - 2023"]),
])
def test_type_is_sniffed_when_the_name_has_no_extension(maker):
    assert read_resume_bytes(maker(), "upload", today=TODAY).sentences


def test_decoding_of_non_utf8_text():
    text = "Summary\nCafé owner – “résumé” writer with 5+ years of experience.\n"
    expected = 'Café owner – "résumé" writer with 5+ years of experience.'  # ftfy uncurls quotes
    for data in (text.encode("cp1252"), text.encode("utf-8-sig"), text.encode("utf-16"),
                 text.encode("utf-16-le")):
        resume = read_resume_bytes(data, "cv.txt", today=TODAY)
        # "Summary" is a heading: never a sentence
        assert resume.sentences == [expected] and resume.years == 5.0
    # bytes that are not even cp1252 (0x81) fall back to latin-1
    latin = read_resume_bytes("Summary\nCafé naïve\x81 résumé writer".encode("latin-1"), "cv.txt")
    assert "Café naïve" in latin.sentences[0] and "résumé writer" in latin.sentences[0]
    # utf-8 read as cp1252 somewhere upstream: ftfy repairs the mojibake
    plain = "Summary\nCafé owner – résumé writer."
    broken = plain.encode("utf-8").decode("cp1252").encode("utf-8")  # "CafÃ© owner â€“ ..."
    assert read_resume_bytes(broken, "cv.txt").sentences[0] == "Café owner – résumé writer."


def test_to_dict_summarises_without_text():
    resume = resume_from_text(RESUME, "jane.txt", today=TODAY)
    summary = resume.to_dict()
    assert set(summary) == {"name", "years", "title", "headline", "skills", "sentence_count",
                            "roles", "credentials"}
    assert set(summary["credentials"]) == {"degrees", "clearance", "clearance_inactive", "citizenship",
                                           "needs_sponsorship", "visa", "licences"}
    assert summary["sentence_count"] == len(resume.sentences)
    assert summary["roles"][0] == {"title": "Senior Backend Engineer", "years": 5.5,
                                   "start": "2019-01-01", "end": "2024-06-15"}
    assert "Built data pipelines" not in repr(summary)


def test_skills_are_spans_of_the_redacted_text():
    resume = resume_from_text(RESUME, today=TODAY)
    names = {m.name for m in resume.skills}
    assert {"Python", "PostgreSQL"} <= names
    for m in resume.skills:
        assert resume.text[m.start:m.end] == m.surface
    assert set(resume.to_dict()["skills"]) == names


# -- bad input ------------------------------------------------------------------------
def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


BAD = [
    ("resume.exe", b"MZ\x90\x00binary", UnsupportedType, ["resume.exe", ".exe"]),
    ("resume.rtf", b"{\\rtf1 hello}", UnsupportedType, [".rtf"]),
    ("resume.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", UnsupportedType, [".doc", ".docx"]),
    ("x.pdf", b"just some text", UnsupportedType, ["x.pdf is not a PDF"]),
    ("x.docx", b"%PDF-1.4\n1 0 obj", UnsupportedType, ["x.docx", "looks like a PDF"]),
    ("x.txt", b"%PDF-1.4\n1 0 obj", UnsupportedType, ["x.txt is not a text file"]),
    ("x.docx", _zip({"hello.txt": b"hi"}), UnsupportedType, ["x.docx", "zip"]),
    ("x.txt", b"\x00\x01\x02\x03binary\x00\x00\xff", UnsupportedType, ["x.txt"]),
    ("upload", b"MZ\x90\x00binary\x00", UnsupportedType, ["upload is not a PDF"]),
    ("resume.txt", b"", Unprocessable, ["resume.txt is empty"]),
    ("resume.txt", b"  \n\t \r\n ", Unprocessable, ["resume.txt is empty"]),
    ("resume.md", b"\xef\xbb\xbf  \n", Unprocessable, ["resume.md"]),
    ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf\n%%EOF", Unprocessable, ["broken.pdf"]),
    ("broken.docx", b"PK\x03\x04" + b"\x00" * 40, Unprocessable, ["broken.docx"]),
]


@pytest.mark.parametrize("name,data,kind,words", BAD, ids=[f"{b[0]}-{i}" for i, b in enumerate(BAD)])
def test_bad_bytes_raise_one_clear_error(name, data, kind, words):
    with pytest.raises(kind) as caught:
        read_resume_bytes(data, name)
    assert_one_line(caught.value, *words)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError) as caught:
        read_resume(tmp_path / "missing.pdf")
    assert_one_line(caught.value, "missing.pdf")
    with pytest.raises(InputError) as caught:
        read_resume(tmp_path)
    assert_one_line(caught.value, "directory")


def test_too_large(tmp_path):
    data = RESUME.encode() * 10
    with pytest.raises(TooLarge) as caught:
        read_resume_bytes(data, "big.txt", max_bytes=100)
    assert_one_line(caught.value, "big.txt", "limit")
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    with pytest.raises(TooLarge):
        read_resume(path, max_bytes=100)
    assert read_resume_bytes(data, "big.txt", max_bytes=len(data)).sentences


def test_encrypted_pdf():
    data = make_pdf(["Senior Engineer, Acme"], user_password="secret")
    with pytest.raises(Unprocessable) as caught:
        read_resume_bytes(data, "locked.pdf")
    assert_one_line(caught.value, "locked.pdf", "encrypted")
    # An owner password alone (printing rights) opens with the empty password.
    opened = read_resume_bytes(make_pdf(["Senior Engineer, Acme"], owner_password="owner"), "o.pdf")
    assert opened.sentences == ["Senior Engineer, Acme"]


def test_scanned_pdf():
    with pytest.raises(Unprocessable) as caught:
        read_resume_bytes(make_pdf([], image_only=True), "scan.pdf")
    assert str(caught.value) == "no text could be read from scan.pdf (is it a scanned image?)"


def test_truncated_pdf_never_escapes_as_another_error():
    data = make_pdf(["Senior Engineer, Acme, 2019 - 2023"] * 40)
    for cut in (len(data) // 4, len(data) // 2, len(data) - 40):
        try:
            resume = read_resume_bytes(data[:cut], "cut.pdf")
        except MatcherError as error:
            assert isinstance(error, Unprocessable)
            assert_one_line(error, "cut.pdf")
        else:
            assert resume.sentences


def test_zip_bomb_docx_is_refused_before_expanding():
    document = make_docx(["Engineer"])
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    for filler in (b" " * (60 * 1024 * 1024), b"\x00" * (3 * 1024 * 1024)):  # size, then ratio
        bomb = _zip({**members, "word/media/padding.bin": filler})
        with pytest.raises(Unprocessable) as caught:
            read_resume_bytes(bomb, "bomb.docx")
        assert_one_line(caught.value, "bomb.docx", "zip bomb")


def test_text_with_nothing_left_after_redaction():
    with pytest.raises(Unprocessable):
        resume_from_text("jane@example.com\n+1 555 123 4567", "contact.txt")


# -- redaction ----------------------------------------------------------------------------
@pytest.mark.parametrize("email", ["jane.doe@example.com", "j_doe+jobs@mail.co.uk", "JANE@EXAMPLE.ORG",
                                   "jane [at] example [dot] com", "jane(at)example.com"])
def test_redacts_emails(email):
    assert redact(f"Write to {email} today") == "Write to today"


@pytest.mark.parametrize("phone", [
    "+1 (555) 123-4567", "(555) 123-4567", "555-123-4567", "555.123.4567", "555 123 4567",
    "+1-555-123-4567", "1-800-555-0199", "5551234567", "+15551234567", "555-123-4567 ext. 89",
    "+44 20 7946 0958", "+44 (0)20 7946 0958", "07700 900123", "+49 30 1234567",
    "+33 1 23 45 67 89", "+91 98765 43210", "+61 2 9876 5432", "+353 87 123 4567",
])
def test_redacts_phones(phone):
    assert redact(f"Call {phone} now") == "Call now"


@pytest.mark.parametrize("label", ["Phone: 555-0100", "Tel. 555 0100", "Mobile: +7 916 555 01 00"])
def test_redacts_labelled_short_phones(label):
    assert redact(f"Summary\n{label}\nEngineer") == "Summary\nEngineer"


@pytest.mark.parametrize("address", [
    "123 Main Street, Springfield, IL 62704",
    "4500 Oak Ave Apt 12, Austin, TX 78701",
    "1600 Pennsylvania Ave NW, Washington, DC 20500",
    "Apt 4B, 221 West 5th Ave, New York, NY 10001, USA",
    "Flat 3, 12 Baker Street, London NW1 6XE",
    "77 Sunset Blvd., Suite 300",
    "P.O. Box 1234",
    "Portland, OR 97201",
])
def test_redacts_addresses(address):
    assert redact(f"Summary\nAddress: {address}\nEngineer") == "Summary\nEngineer"


@pytest.mark.parametrize("line", ["Bookkeeper, 12 Main Street Ltd, London, 2019 - 2023",
                                  "Bookkeeper at 7 Kings Road LLC (2019-2021)"])
def test_a_firm_named_like_a_street_is_no_address(line):
    assert redact(f"Jane Doe\n45 High St SE, Washington, DC 20003\n\nExperience\n{line}") == f"Experience\n{line}"


@pytest.mark.parametrize("link", [
    "https://www.linkedin.com/in/jane-doe-123/", "linkedin.com/in/janedoe", "github.com/jdoe",
    "http://janedoe.dev", "www.janedoe.com/portfolio", "jdoe.github.io", "janedoe.dev",
])
def test_redacts_links(link):
    assert redact(f"See {link} for more.") == "See for more."


@pytest.mark.parametrize("line, kept", [
    ("Tampa, Florida | marcus.ellery@example.com | portfolio: muckrack.com/marcusellery", "Portfolio (link)"),
    ("Portfolio: https://janedoe.dev | github.com/jdoe", "Portfolio (link)"),
    ("Clips - www.example.com/clips", "Clips (link)"),
    ("Writing samples: janedoe.com/samples", "Writing samples (link)"),
    # set apart by a dash, or beside another link's label, in the contact block: the label stays, the other goes
    ("Portfolio - janedoe.com", "Portfolio (link)"),
    ("LinkedIn: linkedin.com/in/jd | Portfolio: janedoe.com", "Portfolio (link)"),
])
def test_a_link_labelled_as_work_to_see_keeps_its_label(line, kept):
    """A portfolio shows work a posting may ask ("A portfolio of clips"); its link, like any, is
    gone, and a profile's label (LinkedIn, GitHub, website) still goes with it."""
    assert redact(f"Jane Doe\n{line}\n\nExperience\nReporter") == f"{kept}\n\nExperience\nReporter"
    assert redact("Jane Doe\nLinkedIn: linkedin.com/in/jd | website: jd.com\n\nExperience\nReporter") == \
        "Experience\nReporter"


@pytest.mark.parametrize("header, site", [
    ("Maria Delgado\nwww.mariadelgadophoto.com\nPortland, OR | (503) 555-0142 | maria@mariadelgadophoto.com", True),
    ("Jordan Kim\nGraphic Designer\njordankim.design | Chicago, IL | 312-555-0199", True),
    ("Jane Doe\nLinkedIn: linkedin.com/in/jd | Website: https://janedoe.com/", True),
    ("Jane Doe\nlinkedin.com/in/jd | github.com/jd | instagram.com/jd", False),   # profiles
    ("Jane Doe\njane@janedoe.com | Chicago, IL", False),                         # an e-mail address's domain
    ("Jane Doe\nSenior Buyer, Amazon.com", False),                              # an employer's, in a headline
])
def test_the_authors_own_website_is_read_from_the_contact_block(header, site):
    """A photographer's "www.mariadelgadophoto.com" under the name is where her work is shown, which a posting
    may ask ("Portfolio required"); the link goes with the redaction as every link does, so that it is read
    before (``Resume.site``), and the text reads the same with or without it."""
    resume = resume_from_text(f"{header}\n\nExperience\nPhotographer, Acme Studio, 2019 - 2024\n", today=TODAY)
    assert resume.site is site
    assert "Website" not in resume.text and ".com" not in resume.text and ".design" not in resume.text
    # a link in the work's lines is no website of one's own
    assert not resume_from_text("Jane Doe\n\nExperience\nShot product pages for acme.com\n", today=TODAY).site


@pytest.mark.parametrize("kept", [
    "Worked 2015-2019 on 2006 2008 2010 releases", "Built with ASP.NET, Node.js and socket.io",
    "Shipped Amazon.com checkout", "Python 3.11 and 10.5 million users", "Jan 2018 - Present",
    "Network 192.168.100.200 migration", "Managed 3 Data Center teams across 12 Regions",
    "Windows 95/98/2000/2003", "34.5KV, 13.8 KV switchgear", "01/2008-01/2016",
    "Ms Office, Ms Visio and Ms Sql Server", "Tools (e.g.in Jira)",
])
def test_keeps_what_is_not_personal(kept):
    assert redact(f"Summary\n{kept}") == f"Summary\n{kept}"


def test_name_in_header_and_everywhere_else():
    text = ("Jane Doe\nSummary\nJane Doe is a data engineer. Jane's work and DOE'S notes.\n"
            "References: contact Jane Doe")
    # inside a sentence the name leaves a placeholder, so that a quote reads as written
    assert redact(text) == ("Summary\n[name] is a data engineer. [name]'s work and [name]'s notes.\n"
                            "References: contact [name]")


@pytest.mark.parametrize("header", [
    "JANE DOE", "Jane Doe, PhD", "# Jane Doe", "Jane Doe | Software Engineer",
    "Curriculum Vitae\nJane Doe", "Name: Jane Doe", "Ms. Jane Doe", "Jane Doe Resume",
    "Jane Doe Senior Software Engineer", "Jane van Doe", "Dr. Jane Doe",
])
def test_name_forms(header):
    redacted = redact(f"{header}\nExperience\nJane built it; Doe led it.")
    assert "Jane" not in redacted and "Doe" not in redacted and "JANE" not in redacted
    assert "[name] built it; [name] led it." in redacted


def test_places_go_only_from_the_contact_block():
    assert redact("Jane Doe\njane@example.com\nBerlin, Germany\nSummary\nWorked in Berlin, Germany.") \
        == "Summary\nWorked in Berlin, Germany."
    assert redact("Backend engineer.\nPython, Rust\nShipped things.") == \
        "Backend engineer.\nPython, Rust\nShipped things."


def test_headings_and_titles_are_not_names():
    for first in ("Summary", "Senior Software Engineer", "Professional Experience", "Data Scientist"):
        text = f"{first}\nBuilt software for data teams."
        assert redact(text) == text


def test_honorific_goes_with_the_name():
    assert redact("Summary\nMr. Ahmed Hassan led it; Hassan wrote it.") == \
        "Summary\n[name] led it; [name] wrote it."
    assert redact("Summary\nMr. Analyst of Methods") == "Summary\nMr. Analyst of Methods"


def test_a_word_of_the_name_goes_alone_only_where_it_stands_as_the_name():
    """"Robert" of Robert Kim's employer "State Farm - Robert Miller Agency" is another's name,
    kept with the dash around it; "Kim" or "Robert" alone, or beside the other word of the
    name, is his."""
    text = ("Robert Kim\nHarrisburg, PA | 717-555-0134\nExperience\n"
            "Personal Lines Sales Agent, State Farm - Robert Miller Agency, Harrisburg, PA, 2016 - 2022\n"
            "Worked with Kim Lee on renewals. Thanked Kim for it.\nKim, Robert\nRobert Marie Kim signed it.")
    assert redact(text).split("\n") == [
        "Experience", "Personal Lines Sales Agent, State Farm - Robert Miller Agency, Harrisburg, PA, 2016 - 2022",
        "Worked with Kim Lee on renewals. Thanked [name] for it.", "Marie [name] signed it."]


def test_names_that_are_words_keep_the_words():
    redacted = redact("April Grant\nExperience\nEngineer, Acme, April 2019 - Present\n"
                      "Wrote the grant proposal. April Grant presented it.")
    assert "April 2019 - Present" in redacted and "grant proposal" in redacted
    assert "April Grant" not in redacted


# -- fairness: only the person changes, the resume reads the same -----------------------
BODY = """
Summary
{first} is a platform engineer with 7+ years of experience in Python, Go and Kubernetes.

Experience
Senior Platform Engineer, Northwind, 03/2019 to Current
- Led migration of 40 services to Kubernetes; {first} cut deploy time by 60%.
Software Engineer, Contoso, Jan 2015 - Feb 2019
- Built billing APIs in Go.

Education
B.Sc. Computer Science, 2010 - 2014

References
Available on request from {full}'s former manager.
"""

PEOPLE = [
    ("Jane Doe\njane.doe@gmail.com | +1 (555) 123-4567 | linkedin.com/in/janedoe\n"
     "123 Main Street, Springfield, IL 62704", "Jane", "Jane Doe"),
    ("John Smith\nj.smith1984@yahoo.com | 555.987.6543 | https://www.linkedin.com/in/john-smith-42/\n"
     "4500 Oak Ave Apt 12, Austin, TX 78701", "John", "John Smith"),
    ("Priya Raghunathan\npriya.r@outlook.com · +91 98765 43210 · github.com/priyar\n"
     "Bengaluru, India", "Priya", "Priya Raghunathan"),
    ("Connor O'Brien\nconnor@obrien.ie · +353 87 123 4567 · https://connorobrien.dev\n"
     "Dublin, Ireland", "Connor", "Connor O'Brien"),
    ("Ms. Emily Clarke\nTel: +44 20 7946 0958  |  Email: emily.clarke@btinternet.com\n"
     "Flat 3, 12 Baker Street, London NW1 6XE", "Emily", "Emily Clarke"),
    ("Mr. Ahmed Hassan\nPhone: (212) 555-0199 | Email: ahmed [at] hassan [dot] net\n"
     "77 Sunset Blvd., Suite 300, Los Angeles, CA 90028", "Ahmed", "Ahmed Hassan"),
    ("MARÍA JOSÉ GARCÍA\nmaria.garcia@correo.es | +34 612 34 56 78 | www.mariagarcia.es/cv\n"
     "Madrid, Spain", "María", "María José García"),
    ("# Kwame Mensah\n[LinkedIn](https://linkedin.com/in/kmensah) • [GitHub](https://github.com/kmensah)"
     " • @kwame_dev\nAccra, Ghana", "Kwame", "Kwame Mensah"),
]


@pytest.mark.parametrize("a,b", [(0, 1), (2, 3), (4, 5), (6, 7), (0, 5), (2, 6)])
def test_swapped_people_read_identically(a, b):
    resumes = []
    for header, first, full in (PEOPLE[a], PEOPLE[b]):
        resumes.append(resume_from_text(header + "\n" + BODY.format(first=first, full=full),
                                        today=TODAY))
    one, two = resumes
    assert one.text == two.text
    assert one.sentences == two.sentences
    assert (one.years, one.title) == (two.years, two.title) == (9.5, "Senior Platform Engineer")
    for _header, first, full in (PEOPLE[a], PEOPLE[b]):
        for word in full.split() + [first]:
            assert word.lower() not in one.text.lower()
    assert "@" not in one.text and "linkedin" not in one.text.lower()


# -- dated roles and years ------------------------------------------------------------------
@pytest.mark.parametrize("line,start,end,years", [
    ("Engineer, Acme, Jan 2018 - Present", "2018-01-01", "2024-06-15", 6.5),
    ("Engineer, Acme, 2015–2019", "2015-01-01", "2019-01-01", 4.0),
    ("Engineer, Acme, 03/2016 to Current", "2016-03-01", "2024-06-15", 8.3),
    ("Staff Software Engineer,08/2016toCurrentLockheed Martin–Meridian,MS,", "2016-08-01",
     "2024-06-15", 7.9),
    ("Engineer, Acme, June 2019 – Mar 2021", "2019-06-01", "2021-03-31", 1.8),
    ("Engineer, Acme, Jan 2018 - Dec 2018", "2018-01-01", "2018-12-31", 1.0),
    ("Engineer, Acme, Sept. 2017 — Aug 2018", "2017-09-01", "2018-08-31", 1.0),
    ("Team Lead, Acme (1/2019 - 5/2019)", "2019-01-01", "2019-05-31", 0.4),
    ("Art Director, Graphic Designer,2009to2010Advanced Bionics", "2009-01-01", "2010-01-01", 1.0),
    ("Sr Engineer,07/2015to08/2016Apex Systems–Mission,KS,", "2015-07-01", "2016-08-31", 1.2),
    ("Engineer, Acme, 01/15/2019 - 02/20/2020", "2019-01-01", "2020-02-29", 1.2),
    ("Engineer, Acme, May, 2014 until now", "2014-05-01", "2024-06-15", 10.1),
    ("Engineer, Acme, 2020 - 2030", "2020-01-01", "2024-06-15", 4.5),
    ("Data Analyst | Initech | Sep '19 – Jun '22", "2019-09-01", "2022-06-30", 2.8),
    # years alone in their short form: a data engineer's "Northern Bank — Data Engineer (contract)" over
    # "’18 – ’21" was no role, its three years left out of every years row
    ("Data Engineer (contract), Northern Bank, ’18 – ’21", "2018-01-01", "2021-01-01", 3.0),
    ("Data Engineer, Northern Bank, '18 - present", "2018-01-01", "2024-06-15", 6.5),
    ("Line Cook, Harbor Table, Summer 2021 - Fall 2022", "2021-06-01", "2022-09-30", 1.3),
    ("Warehouse Associate  2020-03 – 2022-11  Midwest Parts", "2020-03-01", "2022-11-30", 2.7),
    ("Actuarial Intern, Acme Insurance, Summer 2023", "2023-06-01", "2023-08-31", 0.2),   # one season
    ("Instructor of Record | CHEM 321 | Fall 2022", "2022-09-01", "2022-11-30", 0.2),
    ("Truck Driver - Valley Logistics - Since 2019", "2019-01-01", "2024-06-15", 5.5),
    ("Registered Nurse, Mercy Hospital, since March 2018", "2018-03-01", "2024-06-15", 6.3),
])
def test_date_ranges(line, start, end, years):
    roles = find_roles(f"Experience\n{line}", TODAY)
    assert len(roles) == 1
    role = roles[0]
    assert (role.start.isoformat(), role.end.isoformat(), role.years) == (start, end, years)


def test_a_short_year_alone_is_no_decade_nor_a_height():
    assert find_roles("Experience\nDJ, Club Nova, '90s - '00s hits", TODAY) == []
    assert find_roles("Experience\nCenter, Acme Ballers, 6'10 - 6'11 guards", TODAY) == []


@pytest.mark.parametrize("line, start, end", [
    ("Gerente General — La Parrilla, Austin, TX   2020 – Presente", "2020-01-01", "2024-06-15"),
    ("Intérprete médica — Hospital Infantil, Aurora, CO — 2022 a la fecha", "2022-01-01", "2024-06-15"),
    ("Recepcionista bilingüe — Clínica Tepeyac, Denver, CO — 2019 a 2022", "2019-01-01", "2022-01-01"),
    ("Enfermera, Hospital Central, enero 2020 – marzo 2022", "2020-01-01", "2022-03-31"),
    ("Enfermera, Hospital Central, ene. 2020 - dic. 2021", "2020-01-01", "2021-12-31"),
    ("Contadora, Grupo Sol, septiembre de 2018 hasta la actualidad", "2018-09-01", "2024-06-15"),
    ("Cocinero, El Faro, 2021 - actual", "2021-01-01", "2024-06-15"),
    ("Chofer, Transportes Ruiz, abril 2017 a hoy", "2017-04-01", "2024-06-15"),
    ("Analista, Banco Azul, 2016 al presente", "2016-01-01", "2024-06-15"),
    ("Enfermeira, Hospital São Lucas, março 2019 – atual", "2019-03-01", "2024-06-15"),
    ("Motorista, Transportes Lima, fev. 2015 até o momento", "2015-02-01", "2024-06-15"),
    ("Professora, Escola Azul, 2012 até 2018", "2012-01-01", "2018-01-01"),
])
def test_spanish_and_portuguese_date_ranges(line, start, end):
    """Dates written in Spanish or Portuguese are date ranges: "2020 – Presente", "2022 a la fecha",
    "2019 a 2022", "enero 2020 – marzo 2022", "hasta la actualidad", "atual", "até o momento"."""
    roles = find_roles(f"Experience\n{line}", TODAY)
    assert [(r.start.isoformat(), r.end.isoformat()) for r in roles] == [(start, end)]


@pytest.mark.parametrize("line, start, end", [
    ("Coordonnatrice marketing, Lise Watier Cosmétiques, Montréal — 2022 à aujourd'hui", "2022-01-01", "2024-06-15"),
    ("Adjointe marketing, Groupe Dynamite, Montréal — 2020 à 2022", "2020-01-01", "2022-01-01"),
    ("Infirmière, CHUM, mars 2021 – à ce jour", "2021-03-01", "2024-06-15"),
    ("Comptable, Desjardins, janvier 2018 à juin 2020", "2018-01-01", "2020-06-30"),
    ("Technicien, Hydro-Québec, juil. 2016 – févr. 2019", "2016-07-01", "2019-02-28"),
    ("Chargée de projet, Ubisoft, août 2019 – présent", "2019-08-01", "2024-06-15"),
    ("Enseignant, École Saint-Louis, 2015 au 2019", "2015-01-01", "2019-01-01"),
    # a start alone on a role's line that names a job
    ("Designer UX, Ubisoft, depuis 2020", "2020-01-01", "2024-06-15"),
    ("Supervisor, Soriana, desde marzo 2019", "2019-03-01", "2024-06-15"),
])
def test_french_date_ranges(line, start, end):
    """Dates written in French are date ranges: "2022 à aujourd'hui", "2020 à 2022", "à ce jour",
    "janvier 2018 à juin 2020", "depuis 2020" (and the Spanish "desde")."""
    roles = find_roles(f"Experience\n{line}", TODAY)
    assert [(r.start.isoformat(), r.end.isoformat()) for r in roles] == [(start, end)]


@pytest.mark.parametrize("line", [
    "Experience\nSold 2019 a record 300 units",              # "a" is no range's word between a year and words
    "Experience\nServed 40 tables a night in 2019",
    "Experience\nCashier, Acme, hired 2019 a month after school",   # "a" before no date
    "Experience\nCook, El Faro, 2019 a la carte menu",        # "a la" before no date
    "Experience\nChef, Le Bistro, 2019 au jus menu launch",     # "au" before no date
    "Experience\nBarista, Cafe Rio, 2019 a new store opened",
])
def test_spanish_range_words_do_not_make_english_ranges(line):
    assert [(r.start.year, r.end.year) for r in find_roles(line, TODAY) if r.title] == []


def test_roles_glued_to_the_sentence_before_them_are_read():
    """Extracted text often loses its line breaks: a role's dates follow the last sentence of
    the role before ("...in C++.11/2013to04/2014Software Intern")."""
    text = ("Experience\n06/2014to06/2016Software EngineerAcme Corp–Boston,MA,Built test tools in "
            "C++.11/2013to04/2014Software InternBeta Labs–Austin,TX,Developed REST services."
            "01/2011to05/2013Lab TechnicianGamma Inc–Austin,TX,Ran assays.")
    roles = find_roles(text, TODAY)
    assert [(r.title, r.start.isoformat(), r.years) for r in roles] == [
        ("Software Engineer", "2014-06-01", 2.1), ("Software Intern", "2013-11-01", 0.5),
        ("Lab Technician", "2011-01-01", 2.4)]


@pytest.mark.parametrize("text", [
    "Experience\nEngineer, 1950 - 1958",               # before 1960
    "Experience\nEngineer, 2019 - 2015",               # ends before it starts
    "Experience\nEngineer, 2026 - Present",            # starts in the future
    "Education\nB.Sc. Computer Science, 2012 - 2016",  # school, not work
    "EducationExpected in2012toto Master of Science",  # glued school line
    "Experience\nM.Sc., Expected in 2010 - 2012",
    "Skills\nVisual Studio 2010-2013, SQL Server 2005-2008",
    "Experience\nManaged 2015 customers and 2019 orders",
    "Experience\nSince 2015 I have volunteered at the food bank every weekend.",  # a sentence
    "Summary\nLicensed practical nurse since 2015 with long-term care and rehab experience across three facilities.",
    "Summary\nI am a welder. I have volunteered with the county food bank every weekend since 2019 and coached soccer.",
    "Experience\nSince 2019",                         # no role named
    "Awards\nDean's List, Fall 2022",                  # a season that dates no role
    "Experience\nFall 2022",
    # a state held since then, under a headline: no role's start
    "SYSTEMS ADMINISTRATOR\nFormer Secret clearance (inactive since 2019)",
    "Registered Nurse\nRN, licensed since 2015",
    "Experience\nTeacher, 2010-11 school year",       # no range
])
def test_ranges_that_are_not_roles(text):
    assert find_roles(text, TODAY) == []


@pytest.mark.parametrize("text,title", [
    ("Experience\nSenior Data Scientist, Acme Corp, Jan 2018 - Present", "Senior Data Scientist"),
    ("Experience\nSenior Data Scientist\nAcme Corp | Jan 2018 - Present", "Senior Data Scientist"),
    ("Experience\n01/2013toPresentSenior Software EngineerAmetek, Boston", "Senior Software Engineer"),
    ("ExperienceCox Automotive-Software Engineer IIDarlington,SC,01/2008-01/2016Technical scope",
     "Software Engineer II"),
    ("Experience\nAcme Corp, 2015 - 2019", ""),
    ("Experience\nSoftware Engineer | Google | 2019 - Present", "Software Engineer"),
    ("Experience\nMarketing Coordinator\nBrightCo · Full-time\nJan 2020 - Present · 3 yrs",
     "Marketing Coordinator"),
    # jobs outside offices: their titles count their years too
    ("Experience\nTruck Driver, Swift Transportation, Jan 2018 - Dec 2022", "Truck Driver"),
    ("Experience\nHR Generalist, Desert Freight, Mar 2021 - Present", "HR Generalist"),
    ("Experience\nPharmacist, CareWell Pharmacy, 2016 - 2023", "Pharmacist"),
    ("Experience\nWarehouse Worker, Northwind, 2019 - 2021", "Warehouse Worker"),
    # trades whose names are surnames too are titles beside a role's dates, not in a name
    ("Experience\nCook, Harbor Diner, 2019 - Present", "Cook"),
    ("Experience\nFood Server | Olive Garden | 2018 - 2021", "Food Server"),
    ("Experience\nWindows Server 2012 - 2016 upgrades", ""),
    ("Experience\nBaker\nSunrise Bakery, 2017 - Present", "Baker"),
])
def test_role_titles(text, title):
    assert find_roles(text, TODAY)[0].title == title


@pytest.mark.parametrize("text,title", [
    ("Jane Doe\nSenior Data Engineer\njane@example.com\n\nSummary\nI build pipelines.",
     "Senior Data Engineer"),
    ("Jane Doe\nSenior Data Engineer | Python · Spark\n\nExperience\nAcme, 2019 - 2021",
     "Senior Data Engineer"),
    ("Summary\nSenior Data Engineer\n", ""),  # under a heading: the summary's, not a headline
    ("Data engineer with six years of experience building pipelines for a bank.", ""),
    ("Curriculum Vitae\nExperience\nEngineer, Acme, 2019 - 2021", ""),
    ("Jordan Cook\n\nExperience\nBaker, Sunrise Bakery, 2017 - Present", ""),  # a name, no title
])
def test_headline(text, title):
    assert resume_from_text(text, "x").headline == title


@pytest.mark.parametrize("text,titles", [
    # titles under their dates, as many templates set them
    ("Experience\nAcme Corp    2019 – Present\nSenior Software Engineer\n- Built APIs\n"
     "Globex    2016 – 2019\nSoftware Engineer\n- Built tools", ["Senior Software Engineer", "Software Engineer"]),
    ("Experience\n2019 – Present\nStaff Nurse, Mercy Hospital\n- Cared for 6 patients", ["Staff Nurse"]),
    ("Experience\nAcme Corp (Jan 2019 - Present)\nLine Cook\nGlobex (2016 - 2019)\nPrep Cook",
     ["Line Cook", "Prep Cook"]),
    # titles above their dates: a role with none above takes none from below
    ("Experience\nSenior Software Engineer\nAcme Corp | 2019 – Present\n- Built APIs\n"
     "Globex | 2016 – 2019\nJunior Developer\nInitech | 2014 – 2016",
     ["Senior Software Engineer", "", "Junior Developer"]),
    # a range opening its line has its title after it, not the previous role's last line above
    ("Experience\n2017 – present   Electrical Foreman, Sooner Electric\n   Ran crews of 6-10 electricians\n"
     "   Read blueprints, ordered material\n   Installed switchgear, conduit (EMT/rigid), lighting controls\n"
     "2011 – 2017   Journeyman Electrician, Sooner Electric\n   Panel upgrades",
     ["Electrical Foreman", "Journeyman Electrician"]),
])
def test_titles_above_or_below_their_dates_as_the_first_role_sets_them(text, titles):
    assert [r.title for r in find_roles(text, TODAY)] == titles


def test_a_line_above_with_its_own_dates_is_another_role():
    roles = find_roles("Work history\n2019 - Present: Senior Developer at Initech\n"
                       "2015 - 2019: Junior Developer at Hooli", TODAY)
    assert [r.title for r in roles] == ["Senior Developer", "Junior Developer"]


@pytest.mark.parametrize("text,years", [
    # overlapping roles are counted once: 2015-2020 and 2018-2022 -> 7 years
    ("Experience\nEngineer, A, 2015 - 2020\nConsultant, B, 2018 - 2022", 7.0),
    # a gap is not counted: 2010-2012 + 2014-2016
    ("Experience\nEngineer, A, 2010 - 2012\nEngineer, B, 2014 - 2016", 4.0),
    # the same role listed twice
    ("Experience\nEngineer, A, 03/2016 to Current\nEngineer, A, 03/2016 - Present", 8.3),
    # an explicit statement larger than the dated roles wins
    ("Summary\nEngineer with 12+ years of experience.\nExperience\nEngineer, A, 2019 - 2023", 12.0),
    ("Summary\nEngineer with three years of experience in Rust.", 3.0),
    ("Summary12+ years of professional experience in IT", 12.0),
    ("Summary\nOver 8 years' experience in QA.\nExperience\nQA, A, 2010 - 2020", 10.0),
    ("Summary\nWorked on a visa for 3 years. Likes Rust.", None),
    ("Summary\nPastry chef who bakes bread.", None),
])
def test_years(text, years):
    assert resume_from_text(text, today=TODAY).years == years


def test_total_years_merges_overlaps():
    roles = find_roles("Experience\nA, Jan 2018 - Dec 2019\nB, Jan 2019 - Dec 2020\n"
                       "C, Jan 2022 - Dec 2022", TODAY)
    assert total_years(roles) == 4.0
    assert total_years([]) is None


def test_roles_are_most_recent_first_and_title_is_the_latest():
    resume = resume_from_text(RESUME, today=TODAY)
    assert [r.title for r in resume.roles] == ["Senior Backend Engineer", "Software Engineer"]
    assert resume.years == 8.0 and resume.title == "Senior Backend Engineer"


# -- pathological input -------------------------------------------------------------------
def test_two_megabyte_single_line_finishes():
    sentence = "Built reliable Python services for payments at scale and mentored engineers "
    text = (sentence * (2_000_000 // len(sentence) + 1))[:2_000_000]
    resume = read_resume_bytes(text.encode(), "long.txt")
    assert resume.sentences and all(len(s) <= 300 for s in resume.sentences)


@pytest.mark.parametrize("unit", ["[a ", "**a ", "a@", "1 2 ", "x" * 50, "Jan 2019 - "])
def test_hostile_patterns_finish(unit):
    text = "Summary\n" + unit * (200_000 // len(unit))
    try:
        resume = resume_from_text(text)
    except Unprocessable:
        return
    assert all(len(s) <= 300 for s in resume.sentences)


# -- sentences: headings and lines without content are never evidence -------------------
from matcher.resumes.files import _rejoin_wraps  # noqa: E402
from matcher.resumes.sections import is_column_heads, is_empty_line, looks_like_label  # noqa: E402

NURSE = """Registered Nurse

Licenses and certifications
BLS, ACLS, PALS
CCRN certification, 2021

SKILLS
Python, Go, Rust
Strong written and verbal communication with patients and families.

Work Experience
Registered Nurse, Mercy Hospital, Jan 2018 - Present
- Cared for up to six ICU patients a shift.

Education:
B.S. Nursing, State University, 2014 - 2018
"""


def test_headings_are_never_sentences():
    resume = resume_from_text(NURSE, today=TODAY)
    for heading in ("Licenses and certifications", "SKILLS", "Work Experience", "Education:",
                    "Education"):
        assert heading not in resume.sentences
    # short content lines stay: lists of skills, certifications, the title under the name
    for kept in ("BLS, ACLS, PALS", "Python, Go, Rust", "Registered Nurse",
                 "CCRN certification, 2021", "Cared for up to six ICU patients a shift.",
                 "Registered Nurse, Mercy Hospital, Jan 2018 - Present"):
        assert kept in resume.sentences
    # the text, which roles, the headline and redaction read, is untouched
    assert "Licenses and certifications\n" in resume.text and "\nSKILLS\n" in resume.text
    assert resume.headline == "Registered Nurse" and resume.title == "Registered Nurse"
    assert resume.years == 6.5


ACADEMIC_CV = """CURRICULUM VITAE
EDUCATION
Ph.D. Candidate, Analytical Chemistry, State University, expected June 2027
B.S. Chemistry, State College, 2019

TEACHING
Teaching Assistant, General Chemistry Laboratory (CHEM 152), State University, 2019 - 2021
Instructor of Record, Quantitative Analysis (CHEM 321), State University, Summer 2023

RESEARCH
Graduate Research Assistant, Department of Chemistry, State University, 2019 - present

PUBLICATIONS
Doe J., et al. Anal. Chem. 2023, 97, 1123-1131.
Doe J., Patel R. J. Am. Soc. Mass Spectrom. 2022, 35, 88-97.
Doe J.; Roe K. Proc. Natl. Acad. Sci. U.S.A. 2021, 118, e2021.

PRESENTATIONS
Native MS of membrane proteins. ACS National Meeting, 2023.

GRANTS
Graduate Fellowship, National Science Foundation, 2020.

BAR ADMISSIONS
Illinois (2022); New York (2020)
"""


@pytest.mark.parametrize("heading", ["TEACHING", "RESEARCH", "PUBLICATIONS", "PRESENTATIONS", "GRANTS",
                                     "BAR ADMISSIONS", "CURRICULUM VITAE"])
def test_a_cvs_headings_are_headings_and_never_sentences(heading):
    """An academic or legal CV's headings ("TEACHING", "PRESENTATIONS", "GRANTS", "BAR ADMISSIONS")
    are headings: never a sentence a checklist could quote."""
    assert heading not in resume_from_text(ACADEMIC_CV, today=TODAY).sentences


@pytest.mark.parametrize("line, heading", [
    ("TEACHING", True), ("CONSULTING", True), ("VOLUNTEERING", True), ("Teaching Experience", True),
    ("Invited Talks", True), ("Conference Presentations", True), ("Teaching", True),
    ("Teaching Assistant", False), ("Teaching math to adults", False), ("Research Scientist", False),
])
def test_a_gerund_or_an_academic_word_alone_is_a_heading(line, heading):
    """A gerund alone in capitals ("TEACHING", "CONSULTING") or an academic CV's section word is a
    heading over the lines under it; a title or a phrase that starts with one is not."""
    text = f"Summary\nChemist who teaches.\n{line}\nTaught two courses a term at State University.\n"
    assert (line not in resume_from_text(text, today=TODAY).sentences) is heading


def test_a_citation_is_one_sentence():
    """A citation is cut at no journal's abbreviation ("Anal. Chem.", "J. Am. Soc.", "et al.")."""
    sentences = resume_from_text(ACADEMIC_CV, today=TODAY).sentences
    assert "Doe J., et al. Anal. Chem. 2023, 97, 1123-1131." in sentences
    assert "Doe J., Patel R. J. Am. Soc. Mass Spectrom. 2022, 35, 88-97." in sentences
    assert "Doe J.; Roe K. Proc. Natl. Acad. Sci. U.S.A. 2021, 118, e2021." in sentences
    assert not {"Anal.", "Am.", "Soc.", "Proc.", "et al."} & set(sentences)
    from matcher.text import split_sentences
    assert split_sentences("Roe K. (2021). Study of ions. J. Appl. Phys. 12(3), 45-67.") == [
        "Roe K. (2021). Study of ions. J. Appl. Phys. 12(3), 45-67."]
    # lines that cite nothing are still cut at their sentence ends
    assert len(split_sentences("Ran 2020 audits. Cut costs 15%, 3 years running.")) == 2
    assert len(split_sentences("Hired in 2019, 12 new staff. Trained them all.")) == 2
    # a German diploma's abbreviation ends no sentence
    assert split_sentences("Dipl.-Ing. Maschinenbau, TU München, 2012") == ["Dipl.-Ing. Maschinenbau, TU München, 2012"]


def test_a_cvs_teaching_roles_are_roles():
    """Roles under "TEACHING" are roles, one dated by a season alone ("Summer 2023") too."""
    roles = resume_from_text(ACADEMIC_CV, today=TODAY).roles
    assert [(r.title, r.start.isoformat()) for r in roles] == [
        ("Graduate Research Assistant", "2019-01-01"), ("Instructor of Record", "2023-06-01"),
        ("Teaching Assistant", "2019-01-01")]


def test_two_headings_joined_are_one_heading_and_never_evidence():
    """"EDUCATION / CERTIFICATE" (a credential's word in the singular beside a heading) opens
    the education section: it is no sentence a checklist could quote, and the school under it
    is read as education; a credential's own line ("Food Handler Certificate") stays."""
    text = ("Home Health Aide, Amor Home Care, 2019 - 2025\nBathing, meals, medication reminders.\n"
            "EDUCATION / CERTIFICATE\nHigh school diploma, Lincoln High School, 2012\n"
            "Food Handler Certificate\nSKILLS / LANGUAGES\nSpanish, English\n")
    resume = resume_from_text(text, today=TODAY)
    assert "EDUCATION / CERTIFICATE" not in resume.sentences and "SKILLS / LANGUAGES" not in resume.sentences
    assert "Food Handler Certificate" in resume.sentences
    assert [d.level for d in resume.credentials.degrees] == ["high school"]


def test_lines_without_content_are_not_sentences():
    text = ("Summary\nBackend engineer who builds payment systems.\n•\n·\n---\n"
            "Jan 2019 - Present\n05/2018 – Current\nJanuary\n2019\n"
            "Senior Engineer, Acme, 2019 - 2023\n- Wrote Rust services.\n")
    resume = resume_from_text(text, today=TODAY)
    assert resume.sentences == ["Backend engineer who builds payment systems.",
                                "Senior Engineer, Acme, 2019 - 2023", "Wrote Rust services."]
    assert len(resume.roles) == 3  # dates alone on their lines still count for roles (text)


@pytest.mark.parametrize("line, pieces", [
    ("Automotive Technician — Larry H. Miller Ford, Boise ID", 1),   # a middle initial
    ("Valid CDL Class A. Drivers must pass a road test.", 2),         # a sentence goes on
    ("I led Plan B. We won.", 2),                                      # a word that opens sentences
])
def test_a_middle_initial_ends_no_sentence(line, pieces):
    from matcher.text import sentence_pieces
    assert len(sentence_pieces(line)) == pieces


@pytest.mark.parametrize("line, pieces", [
    ("Lindqvist H, Moore J (2022) Delay-period coding. J Neurosci 42:500-512. (first author)", 2),
    ("Wrote the renewal. (in press)", 1), ("Ran the assay. (co-first author)", 1),
    ("Managed the lab. (see attached list) Trained staff.", 2),     # a note the line goes on after
    ("Managed the lab. (Remote) Trained staff.", 2),
])
def test_a_note_in_brackets_ending_a_line_ends_its_sentence(line, pieces):
    """"(first author)" after a citation is no sentence of its own: the checklist quoted it alone."""
    from matcher.text import sentence_pieces
    assert len(sentence_pieces(line)) == pieces and not sentence_pieces(line)[-1].startswith("(f")


def test_label_lines_above_a_block_are_not_sentences():
    text = ("CLINICAL ROTATIONS\nCared for patients on a cardiac ward.\n\n"
            "Core Strengths:\nCalm under pressure and careful with records.\n\n"
            "Volunteer Work\nTaught first aid at the community centre.\n")
    sentences = resume_from_text(text, today=TODAY).sentences
    assert sentences == ["Cared for patients on a cardiac ward.",
                         "Calm under pressure and careful with records.",
                         "Taught first aid at the community centre."]


def test_a_tables_column_heads_are_not_sentences():
    """An LPN's work history laid out as a table quoted its head row "Employer | Position | Dates" as the evidence
    that covered "1+ year of home health or acute care experience" (walk-through care)."""
    text = ("WORK HISTORY\nEmployer | Position | Dates\n"
            "Interim HealthCare, Columbus | Home Health LPN | Feb 2021 - Present\n"
            "LICENSE\nLicense\tState\tExpires\nLPN\tOhio\t10/2027\n")
    sentences = resume_from_text(text, today=TODAY).sentences
    assert not {"Employer | Position | Dates", "License\tState\tExpires"} & set(sentences)
    assert "Interim HealthCare, Columbus | Home Health LPN | Feb 2021 - Present" in sentences
    # a row of the table's content is no row of heads
    assert not is_column_heads("Registered Nurse | Mercy Hospital | 2019 - 2021")


@pytest.mark.parametrize("text, kept", [
    ("Summary\nSpanish\nFrench\n", ["Spanish", "French"]),       # a list of short lines
    ("Summary\nData Engineering\n", ["Data Engineering"]),        # last line: no block under it
    ("Experience\nSoftware Engineer\nBuilt the billing service.\n",  # a job title
     ["Software Engineer", "Built the billing service."]),
    ("Summary\nMachine Learning\nBuilt models.\n", ["Machine Learning", "Built models."]),  # a skill
    ("Summary\nBLS ACLS PALS\nCertified in 2020.\n", ["BLS ACLS PALS", "Certified in 2020."]),
    ("Summary\nManaged Teams\nOf ten people.\n", ["Managed Teams", "Of ten people."]),  # a verb
    ("Summary\nWorked on payments with\nStripe Connect\nand more.\n",  # a clause going on
     ["Worked on payments with", "Stripe Connect", "and more."]),
    ("Summary\nExpert\nin building web applications.\n",  # the next line goes on with it
     ["Expert", "in building web applications."]),
    ("Summary\nDesigned a notification module with Spring, Java mail and JDBC\n"
     "Template.Involved\nIn design reviews.\n",  # two sentences glued together
     ["Designed a notification module with Spring, Java mail and JDBC", "Template.Involved",
      "In design reviews."]),
    ("Summary\nLed the rewrite of the company's Purchase & Order Management\nSystem\n"
     "Project Description: a web based ordering system.\n",  # the tail of a wrapped line
     ["Led the rewrite of the company's Purchase & Order Management", "System",
      "Project Description: a web based ordering system."]),
])
def test_short_content_lines_stay(text, kept):
    assert resume_from_text(text, today=TODAY).sentences == kept


def test_glued_heading_keeps_its_line():
    resume = resume_from_text("ExperienceSenior Engineer, Acme, 2019 - 2021\n"
                              "SkillsPython, Go, Rust\nSkills: Python\n", today=TODAY)
    assert resume.sentences == ["Senior Engineer, Acme, 2019 - 2021", "Python, Go, Rust",
                                "Skills: Python"]


def test_empty_and_label_line_rules():
    for line in ("·", "•", "--", "2019", "Jan 2019 - Present", "05/2018 to Current", "January",
                 "Sept.", "(2019)"):
        assert is_empty_line(line), line
    for line in ("Go", "BLS", "Registered Nurse", "Python, Go, Rust", "Toronto"):
        assert not is_empty_line(line), line
    for line in ("Clinical Rotations", "CORE STRENGTHS", "Core strengths:", "## Volunteer Work",
                 "Mayo Clinic", "Skills & Abilities"):
        assert looks_like_label(line), line
    for line in ("Registered Nurse", "Led the team", "Python, Go, Rust", "- Data Science",
                 "BLS ACLS PALS", "Over", "and Redis", "B.Sc.", "Five years of Go and Rust",
                 "Dallas, TX", "Wrote services.", "2019 - 2021", "Template.Involved"):
        assert not looks_like_label(line), line


def test_only_headings_is_no_readable_text():
    with pytest.raises(Unprocessable):
        resume_from_text("SKILLS\nEducation\n", today=TODAY)


# -- PDF lines wrapped mid-sentence are joined again -------------------------------------
WRAPPING = [
    "Experience",
    "Senior Backend Engineer, Acme Corp, Jan 2019 - Present",
    "- Built async services for payments and ledgers that handle fifty thousand requests per "
    "second in Go and Python.",
    "- Designed the event pipeline between the billing system and the data warehouse with "
    "PostgreSQL and Redis, cutting costs.",
    "- Mentored six engineers across two continents on reliability, testing, incident response "
    "and code review, and wrote the guides the team still uses for onboarding new people.",
]


def _raw_pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_wrapped_bullets_come_out_as_whole_sentences():
    data = make_pdf(WRAPPING)
    raw = _raw_pdf_text(data)
    assert "Go and\nPython." in raw and "PostgreSQL and\nRedis" in raw  # fpdf2 did wrap them
    pdf = read_resume_bytes(data, "cv.pdf", today=TODAY)
    txt = read_resume_bytes("\n".join(WRAPPING).encode(), "cv.txt", today=TODAY)
    assert pdf.sentences == txt.sentences  # the same sentences as the text file
    assert ("Built async services for payments and ledgers that handle fifty thousand requests "
            "per second in Go and Python.") in pdf.sentences
    assert not any(s in ("Python.", "Go and Python.") or s.endswith(" and")
                   for s in pdf.sentences)


def test_pdf_short_lines_are_not_glued():
    lines = ["Senior Backend Engineer", "jordan at example dot com", "Berlin, remote", "python",
             "go", "rust and more", "kubernetes", "Summary", "Engineer who writes things.",
             "- a bullet of its own"]
    sentences = read_resume_bytes(make_pdf(lines), "list.pdf", today=TODAY).sentences
    assert sentences == ["Senior Backend Engineer", "jordan at example dot com", "Berlin, remote",
                         "python", "rust and more", "kubernetes", "Engineer who writes things.",
                         "a bullet of its own"]  # "go" is under split_sentences' 3 characters


NARROW = [
    "Experience",
    "Site Reliability Engineer, Cloudberry, Feb 2020 - Present",
    "- Ran 40 production Kubernetes clusters on GCP (GKE) serving 12 million users at 99.95% "
    "availability.",
    "- Led the incident response process for both \"checkout\" and search services across regions.",
    "- Reduced the p99 latency of the search service from 1,200 ms to 300 ms with caching.",
    "- Owned the migration of the main analytics pipelines [Airflow, dbt] to the new platform.",
    "Platform Engineer, Kestrel Logistics, 2017 - 2020",
    "(2016 - 2017) Junior Engineer, Kestrel Logistics",
]


def test_pdf_wrap_before_a_bracket_a_quote_or_a_number_is_joined():
    data = make_pdf(NARROW, width=95)  # a narrow column
    raw = _raw_pdf_text(data)
    for wrap in ("GCP\n(GKE)", "both\n\"checkout\"", "from\n1,200 ms", "pipelines\n[Airflow"):
        assert wrap in raw, wrap  # fpdf2 did wrap there
    pdf = read_resume_bytes(data, "cv.pdf", today=TODAY)
    txt = read_resume_bytes("\n".join(NARROW).encode(), "cv.txt", today=TODAY)
    assert pdf.text == txt.text  # every line whole again, and the role under its dates apart
    assert "Led the incident response process for both \"checkout\" and search services across " \
           "regions." in pdf.sentences


def test_rejoin_wraps_rules():
    long = "Built services for payments and ledgers that handle many requests per second in"
    assert _rejoin_wraps(f"{long}\nGo and Python.") == f"{long} Go and Python."
    assert _rejoin_wraps(f"{long[:-3]} with care\nand speed.") == f"{long[:-3]} with care and speed."
    for ending, following in ((".", "and then more."), (":", "more"), ("", "- a bullet"),
                              ("", "EXPERIENCE"), ("", "Education"), (" with care", "Rust Belt")):
        text = f"{long[:-3]}{ending}\n{following}"
        assert _rejoin_wraps(text) == text, text
    assert _rejoin_wraps("Jane Doe\njane@example.com") == "Jane Doe\njane@example.com"
    for following in ("(GKE) serving users.", '"checkout" and search.', "12 million users.",
                      "1,200 ms to 300 ms.", "[Python, Go] for the team."):
        assert _rejoin_wraps(f"{long[:-3]}\n{following}") == f"{long[:-3]} {following}", following
    for following in ("(2019 - 2021)", "(2016 - 2017) Junior Engineer", "2019 to 2021 Analyst",
                      "2020 Best Engineer Award", "1. Built the thing.", "(05/2018 - 06/2019)"):
        assert _rejoin_wraps(f"{long[:-3]}\n{following}") == f"{long[:-3]}\n{following}", following
    # a line ending in an article or a preposition goes on, however short it is
    assert _rejoin_wraps(f"{long}.\n- Ran clusters on\nKubernetes.") == f"{long}.\n- Ran clusters on Kubernetes."
    assert _rejoin_wraps("Indianapolis, IN\nAcme Corp") == "Indianapolis, IN\nAcme Corp"
    # a short line is not joined even when the text's other lines are long
    assert _rejoin_wraps(f"{long}.\nshort line and\nmore here") == f"{long}.\nshort line and\nmore here"


def test_an_initialism_or_a_titles_abbreviation_ends_no_sentence():
    from matcher.text import split_sentences

    assert split_sentences("B.S. Elementary Education, University of Wisconsin, 2017") == [
        "B.S. Elementary Education, University of Wisconsin, 2017"]
    assert split_sentences("Ph.D. Physics, MIT. Worked with Dr. Smith on U.S. grants. Led a team.") == [
        "Ph.D. Physics, MIT.", "Worked with Dr. Smith on U.S. grants.", "Led a team."]
    # A word that ends in two letters ends its sentence as before.
    assert split_sentences("M.S. Statistics. Built models.") == ["M.S. Statistics.", "Built models."]
    # so do degrees abbreviated with a short word
    assert split_sentences("B.Eng. Mechanical Engineering, University of Lagos, 2014. M.Tech. Robotics.") == [
        "B.Eng. Mechanical Engineering, University of Lagos, 2014.", "M.Tech. Robotics."]


@pytest.mark.parametrize("line, kind", [
    ("Clinical Experience", "experience"), ("TEACHING EXPERIENCE", "experience"),
    ("Military Service", "experience"), ("Employment Experience", "experience"),
    ("Licenses & Certifications", "education"), ("LICENSES/CERTIFICATIONS", "education"),
    ("LICENSES & CERTS", "education"), ("Professional Certs", "education"),
    # a pharmacy technician's, quoted as evidence for "ASCP MLS, MT or BB certification" (partial 0.57)
    ("CERTIFICATIONS / REGISTRATION", "education"), ("Registration", None),
    ("Clinical Rotations", "education"), ("Relevant Coursework", "education"),
    ("Tools & Technologies", "skills"), ("Relevant Skills", "skills"), ("Key Achievements", "other"),
    ("WORK", "experience"), ("Relevant Work", "experience"), ("Volunteer Work", "other"),
    ("Course Work", "education"), ("Social Work", None), ("Work: 555-0100", None),
    # a skill, a job or a sentence that ends like a section is none
    ("Customer Service", None), ("Web Development", None), ("User Experience", None),
    ("Director of Customer Experience", None), ("5 years of experience", None),
])
def test_sections_named_in_their_own_words(line, kind):
    from matcher.resumes.sections import heading_of

    found = heading_of(line)
    assert (found[0] if found else None) == kind


@pytest.mark.parametrize("line, named", [
    ("Indiana CDL Class A with H, N, T endorsements", {"HAZMAT endorsement", "Tanker endorsement",
                                                        "Doubles/triples endorsement"}),
    ("Class A CDL, endorsements: H, N", {"HAZMAT endorsement", "Tanker endorsement"}),
    ("Class A CDL (no endorsements)", set()),
])
def test_a_cdls_endorsements_by_letter_are_skills_of_the_resume(line, named):
    """A driver's "CDL Class A with H, N, T endorsements" named no endorsement (the knock-outs read the letters, the
    skills did not), so a CDL-A posting's "Hazmat and Tanker endorsements preferred" was missing (0.20)."""
    resume = resume_from_text(f"Licenses\n{line}\n\nExperience\nRegional Driver, Werner, 2019 - present\n",
                              today=TODAY)
    assert {m.name for m in resume.skills if m.name.endswith("endorsement")} == named
    assert all(resume.text[m.start:m.end] == m.surface for m in resume.skills)


def test_roles_under_work_after_certificates_count():
    """A welder's terse resume: "WORK" after "CERTS" had left the roles under the certificates, no jobs (no
    dated role, the years only those stated, its best title "shop")."""
    text = ("Luis Hernandez\nPasadena TX\n\nPipe / structural welder with 4 yrs experience in shop and field.\n\n"
            "CERTS\n- AWS D1.1 structural 3G & 4G FCAW (2022)\n- OSHA 10\n\nWORK\n"
            "Welder / Fitter - Gulf Coast Fabricators, La Porte TX, 2021-present\n* Weld structural steel\n\n"
            "Welder Helper - Bayou Steel Works, Houston TX, 2020-2021\n* Grinding, beveling, fire watch\n")
    resume = resume_from_text(text, today=TODAY)
    assert [r.title for r in resume.roles] == ["Welder / Fitter", "Welder Helper"]


def test_roles_under_a_section_of_their_own_name_after_education_count():
    text = ("Maria Lopez, RN\n\nEducation\nBSN, Simmons University, 2012 - 2016\n\n"
            "Clinical Experience\nRegistered Nurse, Mercy Hospital ICU\n2016 - Present\n"
            "- Cared for 2-3 critically ill patients per shift\n\n"
            "Licenses & Certifications\nRN License, Massachusetts, 2016\n")
    resume = resume_from_text(text, today=TODAY)
    assert [(r.title, r.years) for r in resume.roles] == [("Registered Nurse", 8.5)]
    assert "Licenses & Certifications" not in resume.sentences


# A student's or graduate's sections of work, in capitals too (a job's word inside a capital
# heading, "INTERN" in "INTERNSHIPS", "LEAD" in "LEADERSHIP", made them none).
@pytest.mark.parametrize("line", ["INTERNSHIPS", "Internships", "INTERNSHIP EXPERIENCE", "Internship",
                                  "CO-OPS", "Co-op Experience", "INTERNSHIPS & CO-OPS", "LEADERSHIP EXPERIENCE",
                                  "Leadership", "Externships", "APPRENTICESHIP"])
def test_internships_and_leadership_are_sections_of_work(line):
    from matcher.resumes.sections import heading_of

    assert heading_of(line)[0] == "experience"
    # a role or a sentence that starts with the word is no heading
    assert heading_of(line + ", Acme Corp, Summer 2025") is None


@pytest.mark.parametrize("line, title", [
    ("Software Engineering Co-op \u2014 Maple Robotics   May 2023 \u2013 Dec 2023", "Software Engineering Co-op"),
    ("Data Science Co-op Student, Maple Robotics, May 2023 - Dec 2023", "Data Science Co-op Student"),
    ("REI Co-op \u2014 Sales Associate   May 2019 \u2013 Dec 2021", "Sales Associate"),
    ("Sales Associate, Mountain Equipment Co-op, May 2019 - Dec 2021", "Sales Associate"),
    ("Park Slope Food Co-op, May 2019 - Dec 2021\nCashier", "Cashier"),
])
def test_a_co_op_term_is_a_title_and_a_co_op_store_a_firm(line, title):
    """"Software Engineering Co-op" was read as no title, so a posting's "(internships and co-ops count)" found
    1.4 of a student's 2.0 years of work; a co-op is a job's word, and as a firm's last word (a co-op store)
    a title beside it is read first."""
    resume = resume_from_text(f"Experience\n{line}\n- Wrote Python tooling\n", today=TODAY)
    assert [r.title for r in resume.roles] == [title]


def test_roles_under_internships_after_education_count():
    text = ("Aisha Bello\nEvanston, IL\n\nEDUCATION\nNorthwestern University, B.S. in Communication, June 2024\n"
            "Relevant coursework: Marketing Analytics\n\nINTERNSHIPS\n"
            "Marketing Intern, Kraft Heinz, Chicago IL \u2014 Summer 2023\n- Built weekly dashboards in Excel\n"
            "Social Media Intern, Northwestern Athletics \u2014 Sept 2022 \u2013 May 2023\n- Scheduled posts\n\n"
            "LEADERSHIP EXPERIENCE\nVP of Marketing, Marketing Club, 2021 - 2024\n")
    resume = resume_from_text(text, today=TODAY)
    assert {r.title for r in resume.roles} == {"Marketing Intern", "Social Media Intern", "VP of Marketing"}
    assert "INTERNSHIPS" not in resume.sentences


def _pdf_in_columns(rows: list[tuple[str, str]], right_x: float) -> bytes:
    """A PDF written line by line across the page: each row's left text, then its right."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for i, (left, right) in enumerate(rows):
        for x, text in ((10, left), (right_x, right)):
            if text:
                pdf.set_xy(x, 20 + i * 6)
                pdf.cell(0, 6, text)
    return bytes(pdf.output())


TWO_COLUMNS = [("SKILLS", "EXPERIENCE"), ("Python, SQL, Tableau", "Data Analyst, Initech, 2019 - Present"),
               ("Excel, Power BI", "- Built dashboards in Tableau for 40 stores."),
               ("", "- Wrote SQL pipelines feeding the finance team."),
               ("EDUCATION", "Junior Analyst, Globex, 2016 - 2019"),
               ("B.S. Statistics", "- Cleaned sales data with Python and pandas."),
               ("Ohio State, 2016", "- Reported weekly KPIs to regional managers."),
               ("", "PROJECTS"), ("", "Store traffic forecast in Python")]


def test_a_pdf_in_two_columns_written_line_by_line_reads_column_by_column():
    data = _pdf_in_columns(TWO_COLUMNS, 70)
    assert "Python, SQL, Tableau Data Analyst" in _raw_pdf_text(data).replace("\n", " ")  # interleaved
    resume = read_resume_bytes(data, "cv.pdf", today=TODAY)
    assert [(r.title, r.years) for r in resume.roles] == [("Data Analyst", 5.5), ("Junior Analyst", 3.0)]
    left, right = [line for line, _ in TWO_COLUMNS if line], [line for _, line in TWO_COLUMNS if line]
    assert resume.text.split("\n") == right + left  # the sidebar of skills and education after the work
    # one column with its dates at a tab stop keeps its lines whole
    rows = [("Data Analyst, Initech", "Jan 2019 - Present"), ("- Built dashboards for 40 stores.", ""),
            ("- Wrote SQL pipelines for finance.", ""), ("Junior Analyst, Globex", "Jun 2016 - Dec 2018"),
            ("- Cleaned sales data with Python.", ""), ("Intern, Hooli", "Jun 2015 - Aug 2015")]
    single = read_resume_bytes(_pdf_in_columns(rows, 150), "cv.pdf", today=TODAY)
    assert single.text.split("\n")[0] == "Data Analyst, Initech Jan 2019 - Present"
    assert [r.title for r in single.roles] == ["Data Analyst", "Junior Analyst", "Intern"]


@pytest.mark.parametrize("text, title, years", [
    ("Registered Nurse with 6 years of experience in ICU and med-surg.", "Registered Nurse", 6.0),
    ("Data Analyst with about 4 years of experience in SQL and Tableau.", "Data Analyst", 4.0),
    ("Summary\n5+ years of work experience in Software QA and testing.", "Software QA", 5.0),
    ("I have six years as a Registered Nurse at Mercy.", "Registered Nurse", 6.0),
    ("3 years in Python and 8 years in Java development.", "Java development", 8.0),
    # a title with its figure alone, the figure closing the statement, in lower case too
    ("line cook 6 yrs. lead line 2 yrs. servsafe mgr. austin tx.", "line cook", 6.0),
    ("Truck Driver: 12 yrs", "Truck Driver", 12.0),
    ("Forklift Operator - 3 years experience.", "Forklift Operator", 3.0),
    # the verb phrase that put its writer in the job is no part of the title, in any case
    ("worked as a cook 6 yrs.", "cook", 6.0),
    ("Worked as a Line Cook - 6 years.", "Line Cook", 6.0),
])
def test_a_resume_without_dated_roles_states_the_work_its_years_are_in(text, title, years):
    resume = resume_from_text(f"Jordan Baker\n\n{text}\n", today=TODAY)
    assert resume.roles == [] and (resume.stated.title, resume.stated.years) == (title, years)
    assert resume.years == years   # the years stated, as the knock-outs read them
    # a resume with a titled dated role has no stated one
    dated = resume_from_text(f"{text}\n\nExperience\nNurse, Mercy, 2016 - 2020\n", today=TODAY)
    assert dated.stated is None
    assert resume_from_text("Managed a team with 5 years of budget.\n", today=TODAY).stated is None


@pytest.mark.parametrize("text", [
    "Managed a team with 5 years of budget.",
    "Line Cook 6 years ago.",            # a figure that does not close the statement
    "trained new driver 2 yrs.",
])
def test_statements_of_years_that_open_with_no_title_state_no_work(text):
    assert resume_from_text(f"Jordan Baker\n\n{text}\n", today=TODAY).stated is None


@pytest.mark.parametrize("text, titles", [
    # title first, then the company, the place and the dates
    ("Project Engineer | Blue Mesa Civil Consultants | Denver, CO | 2018 - Present\n- Designed grading.\n"
     "Staff Engineer | Granite Engineering Group | Boulder, CO | 2015 - 2018",
     ["Project Engineer", "Staff Engineer"]),
    # company first, whatever the separator
    ("Blue Mesa Civil Consultants | Project Engineer | 2018 - Present\n"
     "Granite Engineering Group - Staff Engineer - 2015 - 2018", ["Project Engineer", "Staff Engineer"]),
    ("Blue Mesa Civil Consultants — Project Engineer — 2018 - Present", ["Project Engineer"]),
    # dates first
    ("2018 - Present | Blue Mesa Civil Consultants | Project Engineer", ["Project Engineer"]),
    # the title on the line above the company's line with the dates, or under it
    ("Project Engineer\nBlue Mesa Civil Consultants | Denver, CO | 2018 - Present\n- Designed grading.\n"
     "Staff Engineer\nGranite Engineering Group, Boulder, CO, 2015 - 2018", ["Project Engineer", "Staff Engineer"]),
    ("Harbor Dental Associates | Boston, MA | 2019 - Present\nFront Desk Receptionist", ["Front Desk Receptionist"]),
    # a company named with a job word, or after a legal form, loses to the title beside it
    ("Analyst | Principal Financial Group | 2019 - 2021", ["Analyst"]),
    ("Analyst, Acme Analytics, Inc. | 2019 - 2021", ["Analyst"]),
    # a title run into its company's name (the separator lost) ends at its job noun
    ("Staff Accountant Harbor Tax Services | Reno, NV | 2016 - Present", ["Staff Accountant"]),
    # a title that ends as a company's name does is still a title when it names a person
    ("Director of Client Services | Northwind | 2019 - Present", ["Director of Client Services"]),
])
def test_a_roles_title_is_its_job_not_its_company(text, titles):
    assert [r.title for r in find_roles(f"Experience\n{text}", TODAY)] == titles


def test_a_pipe_role_line_keeps_its_title_after_its_company_is_redacted():
    resume = resume_from_text("Rosa Quill\n\nExperience\nBookkeeper | Quill Bookkeeping Services | Reno, NV | "
                              "2016 - Present\n- Kept books for 25 clients.\n", today=TODAY)
    assert [r.title for r in resume.roles] == ["Bookkeeper"]


WRAPPED_NAMES = [
    "Experience",
    "Cloud Security Engineer | Meridian | 2019 - Present",
    "- Built guardrails for 120 AWS accounts with AWS Organizations, SCPs, GuardDuty, Security Hub and IAM "
    "Access Analyzer.",
    "- Moved the nightly reporting jobs of the finance team from cron scripts to Apache Airflow on Google Cloud "
    "Composer.",
    "- Ran threat modeling sessions with the development teams of the three product lines in AWS GovCloud",
    "Security Analyst | Capitol Networks | 2016 - 2019",
    "- Reviewed firewall rules and vulnerability scans every week for the two hundred servers in Nessus",
    "- Led audits.",
]


def test_pdf_wrap_before_the_last_word_of_a_name_is_joined():
    data = make_pdf(WRAPPED_NAMES)
    raw = _raw_pdf_text(data)
    for wrap in ("IAM\nAccess Analyzer.", "Cloud\nComposer."):
        assert wrap in raw, wrap  # fpdf2 did wrap there
    pdf = read_resume_bytes(data, "cv.pdf", today=TODAY)
    txt = read_resume_bytes("\n".join(WRAPPED_NAMES).encode(), "cv.txt", today=TODAY)
    assert pdf.text == txt.text  # the names whole again; the role line and the bullet after
    # the long lines without a full stop start anew
    assert "Built guardrails for 120 AWS accounts with AWS Organizations, SCPs, GuardDuty, Security Hub " \
           "and IAM Access Analyzer." in pdf.sentences


def test_rejoin_wraps_takes_the_end_of_a_name_and_nothing_that_starts_anew():
    long = "Built guardrails for many AWS accounts with AWS Organizations, Security Hub and IAM Access"
    for tail in ("Analyzer.", "Access Analyzer.", "FedRAMP Moderate.", "SQL Server 2019."):
        assert _rejoin_wraps(f"{long}\n{tail}") == f"{long} {tail}", tail
    for following in ("Led the team.", "- Led the team.", "EDUCATION", "Skills:", "Analyst | Acme | 2019 - 2021",
                      "Acme Engineering Inc.", "Jan 2019 - Present.", "Ran threat modeling for four teams.",
                      "Project Engineer"):
        assert _rejoin_wraps(f"{long}\n{following}") == f"{long}\n{following}", following
    # only a name runs on: after a line that ends in a lower-case word, a short sentence is its own
    assert _rejoin_wraps(f"{long} accounts\nFluent Spanish.") == f"{long} accounts\nFluent Spanish."


def test_rejoin_wraps_takes_a_bulleted_items_rest_that_opens_with_a_capital():
    long = "- Led subcontractor buyout, RFIs and submittals in Procore; ran weekly"
    lines = [long, "- Managed budgets, Primavera P6 schedules and change orders for five projects"]
    for following in ("OAC meetings and monthly cost-to-complete reports", "SQL queries for the finance team"):
        assert _rejoin_wraps("\n".join([lines[1], long, following])) == f"{lines[1]}\n{long} {following}"
    for following in ("Coordinated submittals and RFIs for schools",  # a bullet without its marker
                      "Assistant manager, Kitchell, 2013 - 2018",    # a role's line
                      "Assistant Project Manager, Kitchell",          # a title
                      "- OAC meetings and cost reports", "EDUCATION"):
        text = "\n".join([lines[1], long, following])
        assert _rejoin_wraps(text) == text, following
    # only a bulleted item's: a line of its own under a sentence without a full stop starts anew
    assert _rejoin_wraps(f"{long[2:]}\nOAC meetings and reports") == f"{long[2:]}\nOAC meetings and reports"


SIDEBAR_CERTS = ["SKILLS", "Diagnostic radiography", "Epic Radiant, PACS", "Radiation safety (ALARA)",
                 "Patient positioning", "LICENSES & CERTS", "ARRT (R) Registered", "Technologist #541223",
                 "IEMA Radiologic", "Technologist accreditation,", "active through 2026", "BLS - American Heart",
                 "Association, exp. 2026"]


def test_rejoin_wraps_joins_a_name_wrapped_over_its_date_under_a_licences_heading():
    """A certification's name wrapped in a narrow column, its date or number on the second line,
    is one line; a degree over its school, a title over its employer, an issuer under its
    certification, or a name that fits on the line above is not."""
    assert _rejoin_wraps("\n".join(SIDEBAR_CERTS)).split("\n") == SIDEBAR_CERTS[:6] + [
        "ARRT (R) Registered Technologist #541223",
        "IEMA Radiologic Technologist accreditation, active through 2026",
        "BLS - American Heart Association, exp. 2026"]
    for lines in (["EDUCATION", "Epic Radiant, PACS", "B.S. Statistics", "Ohio State, 2016"],
                  ["LICENSES & CERTS", "ACLS Provider, AHA, 2024", "Certified Scrum Master", "Scrum Alliance, 2020"],
                  ["LICENSES & CERTS", "ACLS Provider, AHA, 2024", "CPR Heart", "Association, 2026"],
                  ["LICENSES & CERTS", "ACLS Provider, AHA, 2024", "Board Certified", "Renewed in 2026"],
                  ["EXPERIENCE", "Epic Radiant, PACS", "Senior Analyst", "Google, 2019 - 2021"]):
        assert _rejoin_wraps("\n".join(lines)).split("\n") == lines, lines
    # a line as long as the page's runs on into its employer's name and dates, and a licence into its number
    page = ["Insurance sales professional with 6 years of personal lines",
            "Personal Lines Sales Agent, State Farm - Robert Miller", "Agency, Harrisburg, PA, June 2016 - March 2022",
            "Pennsylvania Property & Casualty Producer License", "#889012 - expired 03/2023 (lapsed during career",
            "- Quoted and bound auto and homeowners policies"]
    assert _rejoin_wraps("\n".join(page)).split("\n") == [
        page[0], " ".join(page[1:3]), " ".join(page[3:5]), page[5]]
    # work done is no name: "... IAM Access" / "Analyst | Acme | 2019 - 2021" starts anew
    long = "Built guardrails for many AWS accounts with AWS Organizations, Security Hub and IAM Access"
    assert _rejoin_wraps(f"{long}\nAnalyst, Acme, 2019 - 2021") == f"{long}\nAnalyst, Acme, 2019 - 2021"


def _pdf_wrapped_where(rows: list[tuple[str, str | float]]) -> bytes:
    """A PDF of lines, each in a cell of the width given (mm; 0 across the page) or just wide
    enough for the line up to the text given, so that fpdf2 wraps it there; Helvetica in
    cp1252 for the dashes."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line, where in rows:
        if isinstance(where, str):
            first = line[:line.index(where)].rstrip() if where else ""
            where = pdf.get_string_width(first) + 2 * pdf.c_margin + 1 if first else 0
        pdf.multi_cell(where, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


DATE_WRAPS = [
    ("Experience", ""),
    ("Meridian Robotics \u2014 Principal Mechanical Engineer \u2014 Apr 2018 \u2013 Present", "Present"),
    ("- Ran shock and vibration analysis for the rugged enclosures of the radio product line.", ""),
    ("Sous Chef, Harbor Table Bistro, New Orleans (Mar 2015 - Mar 2019)", "2019)"),
    ("- Ran the line of twelve cooks and kept the daily temperature logs for the whole kitchen.", ""),
    ("Northfield Stores \u2014 Store Director (Store Manager) \u2014 March 2020 to Present", "2020 to"),
    ("- Led a store of 68 team members and thirty-one million dollars in annual sales.", ""),
]


def test_pdf_wrap_inside_a_roles_dates_is_joined_and_the_role_kept():
    data = _pdf_wrapped_where(DATE_WRAPS)
    raw = _raw_pdf_text(data)
    for wrap in ("Apr 2018 \u2013\nPresent", "- Mar\n2019)", "\u2014 March\n2020 to Present"):
        assert wrap in raw, wrap  # fpdf2 did wrap there
    text = "\n".join(line for line, _ in DATE_WRAPS)
    pdf = read_resume_bytes(data, "cv.pdf", today=TODAY)
    txt = read_resume_bytes(text.encode(), "cv.txt", today=TODAY)
    assert pdf.text == txt.text
    assert [(r.title, r.years) for r in pdf.roles] == [(r.title, r.years) for r in txt.roles]
    assert sorted(r.title for r in pdf.roles) == ["Principal Mechanical Engineer", "Sous Chef", "Store Director"]


SIDEBAR = ["Licenses & Certifications", "B.S., Mechanical Engineering \u2014 Clarkson University \u2014 2011",
           "M.S., Mechanical Engineering \u2014 Rochester Institute of Technology \u2014 2013",
           "Texas Educator Certificate, Science 7-12 (2015, renewed 2025)",
           "Instructional Design Certificate, ATD (Association for Talent Development)"]


def test_pdf_narrow_column_lines_ending_in_a_connector_or_an_open_bracket_are_joined():
    main = ["Summary", "Mechanical engineer with fifteen years designing precision electromechanical "
                       "assemblies and enclosures for defense and medical devices."]
    data = _pdf_wrapped_where([(line, 60) for line in SIDEBAR] + [(line, 0) for line in main])
    raw = _raw_pdf_text(data)
    for wrap in ("Engineering \u2014\nClarkson", "Technology\n\u2014 2013", "Certificate,\nScience",
                 "renewed\n2025)", "Talent\nDevelopment)"):
        assert wrap in raw, wrap  # fpdf2 did wrap there, in lines far shorter than the page's
    from matcher.resumes.files import pdf_text

    lines = pdf_text(data, "cv.pdf").split("\n")
    assert lines == SIDEBAR + main
    # "(2015, renewed" / "2025)": a bracket the next line closes, whatever the lengths
    assert _rejoin_wraps("Science 7-12 (2015, renewed\n2025)") == "Science 7-12 (2015, renewed 2025)"


def test_pdf_sidebar_certification_wrapped_over_its_date_is_read_whole():
    """A sidebar of certifications written before the experience column beside it: each
    certification is one sentence, and the role's line stays its own."""
    from fpdf import FPDF

    right = ["EXPERIENCE", "Radiologic Technologist - OSF Saint Francis Medical Center, Peoria, IL",
             "March 2021 - Present",
             "- Perform 40+ diagnostic x-ray exams per shift in the ED and inpatient units, including",
             "portables and trauma series", "- Operate C-arm in the OR for orthopedic and vascular cases"]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for x, column in ((15, SIDEBAR_CERTS), (70, right)):
        for i, line in enumerate(column):
            pdf.text(x, 36 + 5 * i, line)
    resume = read_resume_bytes(bytes(pdf.output()), "cv.pdf", today=TODAY)
    for whole in ("ARRT (R) Registered Technologist #541223", "BLS - American Heart Association, exp. 2026",
                  "IEMA Radiologic Technologist accreditation, active through 2026",
                  "Radiologic Technologist - OSF Saint Francis Medical Center, Peoria, IL"):
        assert whole in resume.sentences, whole
    assert "BLS - American Heart" not in resume.sentences


MARKERLESS = [
    ("Experience", ""),
    ("Platform Engineer, Kestrel Logistics, 2017 - 2020", ""),
    ("Led the move of the billing platform to Kubernetes on GCP for three regions", ""),
    ("Mentored four engineers on testing, incident response and code review", ""),
    ("Shipped the new warehouse scheduling service to all sites in March", ""),
    ("2020 Engineering Excellence Award for the scheduling service", ""),
    ("Skills", ""),
    ("Python", ""), ("Kubernetes", ""), ("Terraform", ""),
]


def test_pdf_bullets_without_markers_and_short_lists_are_not_joined():
    data = make_pdf([line for line, _ in MARKERLESS], width=160)
    from matcher.resumes.files import pdf_text

    assert pdf_text(data, "cv.pdf").split("\n") == [line for line, _ in MARKERLESS]
    # a month after a word is prose, not a date cut in two; a year alone after a dash is a new item
    long = "Shipped the new warehouse scheduling service to all of the sites in March"
    assert _rejoin_wraps(f"{long}\n2020 Award for it") == f"{long}\n2020 Award for it"
    assert _rejoin_wraps("- 2019\n- 2020") == "- 2019\n- 2020"


@pytest.mark.parametrize("line, following", [
    ("Meridian \u2014 Engineer \u2014 Apr 2018 \u2013", "Present"), ("Bistro (Mar 2015 - Mar", "2019)"),
    ("Target \u2014 Store Director \u2014 March", "2020 to Present"), ("Analyst, Acme, 05/2018 -", "06/2019"),
    ("Analyst, Acme, Jan 2015 to Mar", "2019"), ("Analyst, Acme (Mar. 2015 - Mar.", "2019)"),
])
def test_rejoin_wraps_joins_a_date_range_cut_in_two_whatever_the_lengths(line, following):
    long = "Built services for payments and ledgers that handle many requests per second."
    assert _rejoin_wraps(f"{long}\n{line}\n{following}") == f"{long}\n{line} {following}"


# -- the firms a resume's roles were held at ---------------------------------------------

def _skill_names(text: str) -> set[str]:
    from matcher.resumes.read import resume_skills
    resume = resume_from_text(text, today=TODAY)
    names = {m.name for m in resume.skills}
    assert names == {m.name for m in resume_skills(resume.text, TODAY)}   # `matcher skills` reads it alike
    return names


@pytest.mark.parametrize("text, lost", [
    ("Experience\nPhysical Therapist Assistant, Excel Sports Physical Therapy, Tampa, FL  Jul 2021 - Present\n"
     "- Therapeutic exercise and gait training\n", "Microsoft Excel"),
    ("Experience\nMarketing Manager, Ruby Tuesday, Chicago, IL — 2018 to 2021\n- Ran the brand's campaigns\n",
     "Ruby"),
    ("Experience\nOffice Manager | Summit Payroll Services | 2015 - 2018\n- Scheduling and filing\n", "Payroll"),
    ("Experience\nSwift Freight Solutions — Logistics Coordinator, 01/2021 – Present\n- Booked carriers\n", "Swift"),
    # Stacked: the firm on the line under or above the dated title.
    ("Experience\nLogistics Coordinator                01/2021 – Present\nSwift Freight Solutions, Savannah, GA\n"
     "- Booked carriers\n", "Swift"),
    ("Experience\nSwift Freight Solutions\nLogistics Coordinator, 01/2021 – Present\n- Booked carriers\n", "Swift"),
    # the firm's other name in brackets is the firm's too
    ("Experience\nPrincipal Engineer — Oracle Health (formerly Cerner), Kansas City, MO — 2019 to present\n"
     "- Built scheduling APIs in C#\n", "Cerner"),
])
def test_a_firm_named_on_a_role_line_shows_no_skill(text, lost):
    assert lost not in _skill_names(text)


def test_skills_beside_a_role_line_stay():
    text = ("Experience\nRegistered Nurse, ICU, Mercy Hospital, 2019 - 2021\n- Titrated drips\n"
            "Registered Nurse, Cardiac ICU — 2016 - 2019\n"
            "Physical Therapist Assistant, Excel Sports Physical Therapy, Tampa, FL  2012 - 2016\n"
            "- Kept visit logs in Excel\n"
            "Skills\nExcel, Ruby, Swift, payroll\n")
    names = _skill_names(text)
    # The unit beside the title, the firm's trade at the end of its name, what the bullets and the
    # skills list name.
    assert {"Critical care nursing", "Physical therapy", "Microsoft Excel", "Ruby", "Swift", "Payroll"} <= names
    assert "Microsoft Excel" not in _skill_names(text.replace("- Kept visit logs in Excel\n", "").split("Skills")[0])


def test_a_hard_wrapped_paragraph_is_read_as_whole_sentences():
    r = resume_from_text("Summary\nTruck driver with 8 years of over-the-road and regional experience and a clean\n"
                         "driving record. CDL Class A with HAZMAT.\nSkills\npython, java\n", "r")
    assert "Truck driver with 8 years of over-the-road and regional experience and a clean driving record." \
        in r.sentences
    assert "python, java" in r.sentences   # a short label line above a lower-case line stays apart


def test_a_roles_line_ending_in_its_dates_is_not_wrapped_into_its_duties():
    """A terse resume's "Customer Care Agent - Spectrum (Tampa) - 01/2022 to present" above "handle 60+ inbound
    calls a day ..." and "typing 48 wpm" read as one line, quoted whole for "1 year of customer service" and for
    "Type at least 35 WPM" (walk-through: service)."""
    r = resume_from_text("Experience\nCustomer Care Agent - Spectrum (Tampa) - 01/2022 to present\n"
                         "handle 60+ inbound calls a day for billing and tech support, Salesforce + Avaya\n"
                         "typing 48 wpm\n", "r")
    assert r.sentences[0] == "Customer Care Agent - Spectrum (Tampa) - 01/2022 to present"
    assert r.sentences[1].startswith("handle 60+ inbound calls")
    # (a long duty line above a short lower-case one still reads as wrapped: "... + Avaya typing 48 wpm")


def test_items_under_a_word_processors_o_bullets_are_sentences_of_their_own():
    """A QA resume's second-level bullets pasted from Word ("o Built UI test framework ...") under
    "QA Automation Engineer, Orca Travel Tech 2021/04 - present" read as one run-on line, quoted whole for every
    requirement: the lower-case "o" went on the long line above as a wrapped sentence, and "2021/04 - present"
    was not read as a role's dates.  A symbol font's private-use bullet ("\uf0b7") marks an item as a dot does."""
    r = resume_from_text("Experience\nQA Automation Engineer, Orca Travel Tech 2021/04 - present\n"
                         " o Built UI test framework with Selenium WebDriver and Java (TestNG) and Playwright\n"
                         " o API testing with Postman and REST Assured; contract tests in Pact\n"
                         "QA Analyst, Infosys 2019/01 - 2021/03\n"
                         "\uf0b7 Manual and regression testing, wrote test plans and test cases in TestRail\n"
                         "handled the release sign-off\n", "r")
    assert r.sentences[:4] == ["QA Automation Engineer, Orca Travel Tech 2021/04 - present",
                               "Built UI test framework with Selenium WebDriver and Java (TestNG) and Playwright",
                               "API testing with Postman and REST Assured; contract tests in Pact",
                               "QA Analyst, Infosys 2019/01 - 2021/03"]
    # a long item's lower-case next line still goes on it
    assert r.sentences[4] == "Manual and regression testing, wrote test plans and test cases in TestRail " \
        "handled the release sign-off"


def test_title_line_with_a_qualifier_above_a_dated_firm_line_is_the_title():
    # a title whose noun is no job word ("LPN", "Medical Coder") above its firm and dates
    text = ("Experience\nLPN, Night Shift\n"
            "Hillcrest Skilled Nursing & Rehab, Dayton, OH | September 2020 – Present\n"
            "Administer medications to 28 residents\n"
            "Medical Coder, Outpatient Orthopedics\nFlorida Orthopaedic Institute, Tampa, FL — Jan 2016 to Aug 2020\n"
            "Code outpatient encounters in Epic\n")
    assert [r.title for r in find_roles(text, TODAY)] == ["LPN", "Medical Coder"]
    # a firm's line above a line of dates alone is no title
    assert [r.title for r in find_roles("Experience\nHillcrest Skilled Nursing & Rehab\n2017 - 2020\n", TODAY)] == [""]


def test_a_firm_named_by_its_people_is_no_title():
    text = ("Experience\nMedical Billing Specialist\n"
            "BayCare Physician Partners, Clearwater, FL — Mar 2018 to Dec 2020\n- Posted charges\n")
    assert [r.title for r in find_roles(text, TODAY)] == ["Medical Billing Specialist"]
    assert [r.title for r in find_roles("Experience\nStaff Accountant Acme Tax Services, 2019 - 2021\n", TODAY)] \
        == ["Staff Accountant"]



@pytest.mark.parametrize("line, title", [
    ("Maintenance Technician   Acme Foods          June 2015 - Feb 2018", "Maintenance Technician"),
    ("HVAC/R Service Technician\tDesert Air Mechanical\t03/2018 - Present", "HVAC/R Service Technician"),
    ("2016-present   Regional Driver        Midwest Freight Lines", "Regional Driver"),
])
def test_a_role_laid_out_in_columns_by_spaces_keeps_its_firm_apart(line, title):
    """A resume laid out in columns by spaces ("Maintenance Technician   Acme Foods   June 2015 - Feb 2018") had
    its runs of spaces made one, so the firm ran into the title ("Maintenance Technician Acme Foods", the title
    the posting's was compared with): a dated line's columns are its pieces, as a table's cells are."""
    text = f"Experience\n{line}\n- Preventive maintenance on boilers and conveyors\n"
    assert [r.title for r in resume_from_text(text, "r", TODAY).roles] == [title]
    # a justified line, every gap wide, is no table
    assert "|" not in resume_from_text("Experience\nLed   the   2019   rollout   of   Epic\n", "r", TODAY).text


@pytest.mark.parametrize("line, title", [
    ("911 Public Safety Telecommunicator — Pima County 911 — Aug 2020 - present", "911 Public Safety Telecommunicator"),
    ("Emergency Call Taker, Metro Communications, 2019 - 2022", "Emergency Call Taker"),
])
def test_a_public_safety_telecommunicator_is_a_title(line, title):
    """A 911 dispatcher's '911 Public Safety Telecommunicator — Pima County 911 — Aug 2020 - present' held no title,
    'telecommunicator' (the trade's own name for a dispatcher) being no job noun, so the role's six years were of
    no kind and a 911 Dispatcher posting's title was compared with the seeker's old call-centre job instead."""
    text = f"Experience\n{line}\n• Answer 911 calls; dispatch police, fire and EMS via CAD\n"
    assert [r.title for r in resume_from_text(text, "r", TODAY).roles] == [title]

# -- page furniture, columns either way, Word's marks, .doc names, Markdown -------------
def _pdf_with_running_header(footer: str) -> bytes:
    """Two pages, each with a header line and a footer (``footer`` with {page} and {pages}),
    and a bullet that the page break cuts."""
    from fpdf import FPDF

    class Paged(FPDF):
        def header(self):
            self.set_font("Helvetica", size=9)
            self.cell(0, 6, "Jordan Blake | Licensed Electrician | jordan@example.com", align="C")
            self.ln(10)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 6, footer.format(page=self.page_no(), pages="{nb}"), align="C")

    pdf = Paged()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in ["Experience", "Journeyman Electrician, Volt Electric, May 2018 - Present"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(max(0, 265 - pdf.get_y()))
    pdf.multi_cell(0, 6, "- Troubleshot motor controls and PLC-driven equipment in food plants, tracing "
                         "faults in ladder logic, contactors and field wiring with the maintenance team, and "
                         "cut unplanned downtime by 20 percent.", new_x="LMARGIN", new_y="NEXT")
    for line in ["Licenses", "Wisconsin Journeyman Electrician License"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("footer", ["Page {page} of {pages}", "{page} / {pages}", "- {page} -", "{page}"])
def test_pdf_page_numbers_and_running_headers_are_not_resume_text(footer):
    data = _pdf_with_running_header(footer)
    raw = _raw_pdf_text(data).split("\n")
    assert len(raw) > 8 and raw.count(raw[0]) == 2  # fpdf2 wrote the header on both pages
    resume = read_resume_bytes(data, "cv.pdf", today=TODAY)
    assert resume.text.count("Licensed Electrician") == 1  # the first page's header stays
    assert ("Troubleshot motor controls and PLC-driven equipment in food plants, tracing faults in ladder "
            "logic, contactors and field wiring with the maintenance team, and cut unplanned downtime by "
            "20 percent.") in resume.sentences  # one sentence across the page break
    assert resume.text.endswith("Licenses\nWisconsin Journeyman Electrician License")
    assert not any(s.lower().startswith("page") or s[:1] in "-0123456789" for s in resume.sentences)


def test_page_furniture_rules():
    from matcher.resumes.files import _without_page_furniture

    pages = ["Jane Doe - Nurse\nSummary\nCared for 4 patients.\n(1)",
             "Jane Doe - Nurse\nSkills\nIV therapy\n40\n2 of 2\n"]
    assert _without_page_furniture(pages) == ["Jane Doe - Nurse\nSummary\nCared for 4 patients.",
                                              "Skills\nIV therapy\n40"]
    # a number inside a page is content; one page has no running header
    assert _without_page_furniture(["Summary\n12\nCared for patients.\nMore.\nEnd."]) == \
        ["Summary\n12\nCared for patients.\nMore.\nEnd."]
    assert _without_page_furniture(["Jane Doe\nPage 1 of 1\nSummary"]) == ["Jane Doe\nSummary"]


SIDEBAR_LONGER = [("LANGUAGES", "EXPERIENCE"), ("English, Spanish", "Data Analyst, Initech, 2019 - Present"),
                  ("", "- Built dashboards in Tableau for 40 stores and"),
                  ("SKILLS", "   cut reporting time by half."), ("Python", ""),
                  ("SQL", "Junior Analyst, Globex, 2016 - 2019"),
                  ("Tableau", "- Cleaned sales data with Python and pandas."),
                  ("Power BI", "- Reported weekly KPIs to regional managers."),
                  ("Excel", ""), ("EDUCATION", ""), ("B.S. Statistics", ""), ("Ohio State, 2016", "")]


@pytest.mark.parametrize("rows", [SIDEBAR_LONGER, SIDEBAR_LONGER[:8] + [
    ("", "Intern, Hooli, 2015 - 2016"), ("", "- Tested the billing service."),
    ("", "- Wrote the release notes.")]], ids=["left-longer", "right-longer"])
def test_a_pdf_in_two_columns_line_by_line_splits_whichever_column_is_longer(rows):
    data = _pdf_in_columns(rows, 70)
    assert "SQL Junior Analyst" in _raw_pdf_text(data).replace("\n", " ")  # interleaved
    resume = read_resume_bytes(data, "cv.pdf", today=TODAY)
    left, right = [line for line, _ in rows if line], [line.strip() for _, line in rows if line]
    right[2:4] = [f"{right[2]} {right[3]}"]  # the indented wrap joins its bullet
    assert resume.text.split("\n") == right + left  # the sidebar of languages, skills, education after
    assert [r.title for r in resume.roles][:2] == ["Data Analyst", "Junior Analyst"]


def test_a_narrow_pdf_sidebar_rejoins_its_wrapped_profile_as_the_main_column_does():
    """A sidebar's lines are short against the page's, so measured against the page none of them
    wrapped: its wrapped profile is re-joined measured against the sidebar's own lines, as the main
    column's are, its list lines (skills, education) staying apart."""
    rows = [("Dana Whitfield", ""), ("PROFILE", "EXPERIENCE"),
            ("Payroll specialist with eight", "Senior Payroll Specialist, Acme Corp, 2018 - Present"),
            ("years of multi-state payroll", "- Ran biweekly payroll for 1,200 employees across 14 states."),
            ("experience and a CPP.", "- Filed quarterly 941 and state unemployment returns on time."),
            ("", "Payroll Clerk, Beta LLC, 2015 - 2018"),
            ("SKILLS", "- Reconciled payroll registers to the general ledger each period."),
            ("ADP Workforce Now, Paylocity", "- Answered employee questions on garnishments and deposits."),
            ("Excel pivot tables and lookups", ""), ("", "- Processed W-2s for 300 staff."),
            ("EDUCATION", ""), ("B.S. Accounting", "")]
    from matcher.resumes.files import pdf_text

    data = _pdf_in_columns(rows, 70)
    lines = pdf_text(data, "cv.pdf").split("\n")
    assert lines[:3] == ["Dana Whitfield", "PROFILE",
                         "Payroll specialist with eight years of multi-state payroll experience and a CPP."]
    assert lines[-5:] == ["SKILLS", "ADP Workforce Now, Paylocity", "Excel pivot tables and lookups",
                          "EDUCATION", "B.S. Accounting"]
    resume = read_resume_bytes(data, "cv.pdf", today=TODAY)
    assert [r.title for r in resume.roles] == ["Senior Payroll Specialist", "Payroll Clerk"]


@pytest.mark.parametrize("head", ["Dana Whitfield - Page 2", "Dana Whitfield | Page 2 of 2", "Page 2 | Dana Whitfield",
                                  "Dana Whitfield, p. 2", "Dana Whitfield (page 2)"])
def test_a_role_going_on_over_a_pdf_page_break_keeps_its_bullets_under_a_running_head(head):
    """Page 2 opens mid-role under a running head that repeats the name with the page's label: the
    head goes, as a repeated one does, so the role's bullets on page 2 go on under it (a bullet cut
    by the break reads whole) and its dates and years are those of one role."""
    from fpdf import FPDF

    from matcher.resumes.files import pdf_text

    pages = [["Dana Whitfield", "Payroll Specialist | Chicago, IL", "EXPERIENCE",
              "Payroll Clerk, Beta LLC, Chicago, IL, 2015 - 2018", "- Entered timesheets for 300 hourly staff.",
              "Senior Payroll Specialist, Acme Corp, Chicago, IL, 2018 - Present",
              "- Ran biweekly payroll for 1,200 employees across 14 states in ADP.",
              "- Reconciled payroll registers to the general ledger at the end of"],
             [head, "each pay period.", "- Processed garnishments and child support orders in Workday.",
              "EDUCATION", "B.S. Accounting, DePaul University, 2015"]]
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    lines = pdf_text(data, "cv.pdf").split("\n")
    at = lines.index("Senior Payroll Specialist, Acme Corp, Chicago, IL, 2018 - Present")
    assert lines[at + 1:at + 5] == [
        "- Ran biweekly payroll for 1,200 employees across 14 states in ADP.",
        "- Reconciled payroll registers to the general ledger at the end of each pay period.",
        "- Processed garnishments and child support orders in Workday.", "EDUCATION"]
    assert lines[0] == "Dana Whitfield"
    resume = read_resume_bytes(data, "cv.pdf", today=TODAY)
    assert [r.title for r in resume.roles] == ["Senior Payroll Specialist", "Payroll Clerk"]


def test_column_detection_leaves_one_column_pages_whole():
    from matcher.resumes.files import _split_columns

    # dates at a tab stop on a few lines of one column, long lines running across
    page = "\n".join(["Data Analyst, Initech                      Jan 2019 - Present",
                      "- Built dashboards for forty stores across the region and the stores",
                      "- Wrote SQL pipelines for the finance team every week of the year",
                      "Junior Analyst, Globex                     Jun 2016 - Dec 2018",
                      "- Cleaned sales data with Python and pandas for the merchandising team",
                      "Intern, Hooli                              Jun 2015 - Aug 2015",
                      "   Hooli Labs"])
    assert _split_columns(page) is None
    # a table of rows, one cell beside the other on every line
    table = "\n".join(f"{k:<30}{v}" for k, v in [("Python", "8 years"), ("SQL", "6 years"), ("Go", "2 years")])
    assert _split_columns(table) is None


def _docx_with_runs(runs_xml: str) -> bytes:
    import docx
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("Experience")
    document.element.body.insert(1, parse_xml(f"<w:p {ns}>{runs_xml}</w:p>"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_non_breaking_and_optional_hyphens_tabs_and_breaks():
    from matcher.resumes.files import docx_text

    runs = ("<w:r><w:t>Medical</w:t><w:noBreakHyphen/><w:t>Surgical Nurse</w:t><w:tab/>"
            "<w:t>2016 - 2018</w:t><w:br/><w:t>Elec</w:t><w:softHyphen/><w:t>trical work</w:t></w:r>")
    assert docx_text(_docx_with_runs(runs), "cv.docx").split("\n") == [
        "Experience", "Medical-Surgical Nurse\t2016 - 2018", "Electrical work"]


def test_docx_table_in_a_table_cell_is_read_once():
    import docx

    from matcher.resumes.files import docx_text

    document = docx.Document()
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.text = "SKILLS\nPython"
    right.paragraphs[0].text = "EXPERIENCE"
    inner = right.add_table(rows=2, cols=2)
    for r, (role, dates) in enumerate([("Engineer, Acme", "2020 - 2023"), ("Intern, Beta", "2019 - 2020")]):
        inner.cell(r, 0).text, inner.cell(r, 1).text = role, dates
    right.add_paragraph("EDUCATION")
    out = io.BytesIO()
    document.save(out)
    assert docx_text(out.getvalue(), "cv.docx").split("\n") == [
        "SKILLS", "Python", "EXPERIENCE", "Engineer, Acme | 2020 - 2023", "Intern, Beta | 2019 - 2020", "EDUCATION"]


def test_a_docx_saved_under_a_doc_name_is_read_and_an_old_doc_refused():
    data = make_docx(["Experience", "Engineer, Acme, 2019 - 2023"])
    assert read_resume_bytes(data, "cv.doc", today=TODAY).sentences == \
        read_resume_bytes(data, "cv.docx", today=TODAY).sentences
    with pytest.raises(UnsupportedType) as caught:
        read_resume_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "cv.doc")
    assert_one_line(caught.value, "cv.doc", "old Word .doc", ".docx")


def test_markdown_headings_and_tables_read_as_text():
    text = ("# Jane Doe\n\n## Skills\n\n| Area | Tools |\n|---|:---:|\n| Languages | SQL, Python |\n\n"
            "## Experience\n\n### Data Analyst, Initech (Feb 2021 - Present)\n\n- Built Tableau dashboards.\n"
            "### Junior Analyst, Globex (2019 - 2021) ###\n")
    resume = read_resume_bytes(text.encode(), "cv.md", today=TODAY)
    assert [r.title for r in resume.roles] == ["Data Analyst", "Junior Analyst"]
    assert "Languages | SQL, Python" in resume.sentences
    assert "Data Analyst, Initech (Feb 2021 - Present)" in resume.sentences
    assert not any("|---" in line or line.startswith(("#", "|")) for line in resume.text.split("\n"))
    assert "Jane" not in resume.text


# -- dates written day first, and roles still held ------------------------------------------
@pytest.mark.parametrize("line,start,end", [
    ("Healthcare Assistant, Kingston Hospital, 01/06/2016 – 31/08/2019", "2016-06-01", "2019-08-31"),
    ("Healthcare Assistant\nKingston Hospital | 01/06/2016 – 31/08/2019", "2016-06-01", "2019-08-31"),
    ("Data Engineer — Novo Nordisk A/S — 01.03.2020 – present", "2020-03-01", "2024-06-15"),
    ("Data Engineer — Maersk — 03.2018 – 02.2020", "2018-03-01", "2020-02-29"),
    ("Software Engineer, Infosys, 14-02-2019 - 20-05-2021", "2019-02-01", "2021-05-31"),
    ("Senior Software Engineer, Infosys Ltd, Bengaluru (Jun 2021 – Till Date)", "2021-06-01", "2024-06-15"),
    ("Senior Software Engineer — Infosys Ltd — Jun 2021 – to date", "2021-06-01", "2024-06-15"),
    ("Senior Software Engineer — Infosys Ltd — Jun 2021 - till now", "2021-06-01", "2024-06-15"),
    ("Senior Software Engineer — Infosys Ltd — Jun 2021 – Ongoing", "2021-06-01", "2024-06-15"),
    ("Senior Software Engineer — Infosys Ltd — Jun 2021 – Current", "2021-06-01", "2024-06-15"),
])
def test_dates_written_day_first_and_roles_held_till_date(line, start, end):
    roles = find_roles(f"Experience\n{line}", TODAY)
    assert [(r.start.isoformat(), r.end.isoformat()) for r in roles] == [(start, end)]


@pytest.mark.parametrize("other,first_start", [
    ("Nurse, Mercy, 15/09/2019 – 30/04/2021", "2016-06-01"),   # a day over 12 first: day first
    ("Nurse, Mercy, 09/15/2019 – 04/30/2021", "2016-01-01"),   # a day over 12 second: month first
    ("Nurse, Mercy, 1 September 2019 – 30 April 2021", "2016-06-01"),  # dates written day first
    ("Nurse, Mercy, 2019 – 2021", "2016-01-01"),                # no evidence: month first
])
def test_a_date_whose_day_and_month_are_both_12_or_less_reads_as_the_resume_writes_dates(other, first_start):
    text = f"Experience\n{other}\nCarer, Home Care Ltd, 01/06/2016 – 01/08/2019"
    roles = find_roles(text, TODAY)
    assert roles[-1].title == "Carer" and roles[-1].start.isoformat() == first_start


def test_an_indian_resume_with_till_date_counts_all_its_years():
    text = ("PROFESSIONAL EXPERIENCE\nSenior Software Engineer, Infosys Ltd, Bengaluru (Jun 2021 – Till Date)\n"
            "- Developed microservices in Java\n"
            "Software Engineer, Tata Consultancy Services (TCS), Chennai (Jul 2019 – May 2021)\n- Java\n")
    resume = resume_from_text(text, today=dt.date(2026, 11, 30))
    assert resume.years == 7.4 and resume.title == "Senior Software Engineer"


# -- firms named with a legal form from outside the United States ----------------------------
@pytest.mark.parametrize("line, firm", [
    ("IT Project Manager — Lothian Bank plc — Apr 2018 – Present", "Lothian Bank plc"),
    ("Data Engineer — Novo Nordisk A/S, Bagsværd — 01.03.2020 – present", "Novo Nordisk A/S"),
    ("Accountant, Excel Sports Sp. z o.o., Warsaw, 2019 - 2021", "Excel Sports Sp. z o.o"),
    ("Engineer, Infosys Pvt. Ltd., Pune, 2019 - 2021", "Infosys Pvt. Ltd"),
])
def test_a_firm_with_a_legal_form_is_an_employer(line, firm):
    from matcher.resumes.roles import employer_spans
    text = f"Experience\n{line}"
    assert [text[a:b] for a, b in employer_spans(text, TODAY)] == [firm]


@pytest.mark.parametrize("line, skill", [
    ("IT Project Manager — Lothian Bank PLC — Apr 2018 – Present", "PLC programming"),
    ("Accountant — Excel Sports Physical Therapy A/S, Aarhus — 2019 - 2021", "Microsoft Excel"),
    ("Accountant, Excel Sports Sp. z o.o., Warsaw, 2019 - 2021", "Microsoft Excel"),
])
def test_an_employers_name_or_legal_form_names_no_skill(line, skill):
    resume = resume_from_text(f"Experience\n{line}\n- Kept the books.", today=TODAY)
    assert skill not in {m.name for m in resume.skills}


# -- a credential whose stated expiry has passed is no skill held -----------------------------
MEDIC = ("MARCUS DELGADO, NRP\n\nCERTIFICATIONS\n- Nationally Registered Paramedic (NRP), exp 03/2026\n"
         "- ACLS (exp 01/2026), PALS\n\nEXPERIENCE\nParamedic - Williamson County EMS\n06/2019 - present\n"
         "- Advanced airway management\n")


def test_a_credential_whose_expiry_has_passed_is_no_skill_held():
    later = {m.name for m in resume_from_text(MEDIC, today=dt.date(2026, 11, 30)).skills}
    sooner = {m.name for m in resume_from_text(MEDIC, today=dt.date(2025, 11, 30)).skills}
    assert "National Registry Paramedic" in sooner and "ACLS" in sooner
    assert "National Registry Paramedic" not in later and "ACLS" not in later
    assert "PALS" in later   # the expiry beside ACLS is not its neighbour's


# -- a resume pasted as an HTML page: what the page never shows is not read ---------------------
def test_clean_text_drops_script_style_comments_and_head_but_keeps_the_title():
    from matcher.text import clean_text

    page = ("<!doctype html><html><head><meta name='generator' content='ResumeBuilder'>"
            "<title>Dana Ortiz  -  Line Cook</title><style>body{font-family:Arial}</style></head>"
            "<body><!-- template 7, exported 2024 --><h2>Experience</h2>"
            "<p>Line Cook, Blue Fern Bistro, 2019 - present</p><script>track('view')</script>"
            "<noscript>Please enable JavaScript</noscript></body></html>")
    assert clean_text(page).split("\n")[0] == "Dana Ortiz - Line Cook"
    for hidden in ("font-family", "template 7", "track", "JavaScript", "doctype", "ResumeBuilder"):
        assert hidden not in clean_text(page)
    assert "Line Cook, Blue Fern Bistro, 2019 - present" in clean_text(page)


@pytest.mark.parametrize("text", [
    "Skills: XSS prevention (<script> injection), CSP, <style> isolation",
    "Managed teams of <5 people; budgets <$2M where a<b",
    "Open <!-- no end here: kept",
])
def test_clean_text_keeps_prose_that_names_a_tag_or_has_a_literal_angle_bracket(text):
    from matcher.text import clean_text

    cleaned = clean_text(text)
    assert "XSS prevention" in cleaned or "<5 people" in cleaned or "no end here: kept" in cleaned
    assert "isolation" in cleaned or "a<b" in cleaned or "Open" in cleaned


def test_an_html_resume_has_no_style_or_comment_text():
    resume = resume_from_text("<html><head><title>Resume</title><style>.skills{color:#333}</style></head>"
                              "<body><!-- exported from ResumeBuilder --><h2>Experience</h2>"
                              "<p>Line Cook, Blue Fern Bistro, Denver CO, 2019 - present</p>"
                              "<h2>Skills</h2><p>Knife skills, ServSafe</p></body></html>", today=TODAY)
    assert "color" not in resume.text and "ResumeBuilder" not in resume.text
    assert "Food handler certification" in {m.name for m in resume.skills}


def test_a_script_block_in_a_pasted_resume_is_dropped_whole():
    # a bracket inside the script once cut it into pieces that each kept their code
    text = ("<script>\nwindow.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\n"
            "</script>\nExperience\nRegistered Nurse, Mercy Hospital, 2019 - 2024\n")
    resume = resume_from_text(text, "r")
    assert not any("dataLayer" in s or "gtag" in s for s in resume.sentences)
    assert any("Registered Nurse" in s for s in resume.sentences)


@pytest.mark.parametrize("text, held, not_held", [
    ("Summary\nNo CS degree - I learned by building. 4 years shipping web apps in React.\n", {"React"},
     {"Computer science"}),
    ("Summary\nNo formal Kubernetes experience; strong Docker skills.\n", {"Docker"}, {"Kubernetes"}),
    ("Skills\nPython, Go, not only Java but Kotlin too\n", {"Python", "Java", "Kotlin"}, set()),
    ("Skills\nPython, Docker\nKubernetes: none yet.\n", {"Python", "Docker"}, {"Kubernetes"}),
])
def test_a_skill_the_resume_denies_is_not_held(text, held, not_held):
    names = {m.name for m in resume_from_text(text, "r").skills}
    assert held <= names and not (not_held & names)


@pytest.mark.parametrize("line, title", [
    ("MT (ASCP) - NYU Langone Hospital - Jan 2020 - Dec 2024", "MT (ASCP)"),
    ("NYU Langone Hospital | MT(ASCP) | 2020 - 2024", "MT(ASCP)"),
    ("MLS(ASCP)CM, Quest Diagnostics, 2019 - 2021", "MLS(ASCP)CM"),
    ("Helena, MT - 2019 - 2021", ""),   # Montana
])
def test_a_lab_professionals_letters_with_their_board_are_the_title(line, title):
    resume = resume_from_text(f"Experience\n{line}\nRan chemistry and hematology analyzers.\n", "x")
    assert [r.title for r in resume.roles] == [title]


def test_a_word_hyphenated_at_a_wrap_is_whole_again_when_the_next_line_is_indented():
    """A resume typed with a hanging indent and printed to PDF: "CompTIA Secu-" / "  rity+ CE"
    reads "Security+" as an unindented wrap does; a compound keeps its hyphen, and a capital
    either side of it is a real hyphen."""
    from matcher.resumes.files import _repair_pdf_text

    for text, whole in (("- CompTIA Secu-\n  rity+ CE (2019, renewed 2025)",
                         "- CompTIA Security+ CE (2019, renewed 2025)"),
                        ("- Lead incident response; write inci-\n  dent reports for the ISSM",
                         "- Lead incident response; write incident reports for the ISSM"),
                        ("- Run ACAS vulner-\n\tability scans", "- Run ACAS vulnerability scans"),
                        ("- Monitor alerts in Splunk Enter-\n    prise Security",
                         "- Monitor alerts in Splunk Enterprise Security"),
                        ("Maintained the develop-\nment pipeline", "Maintained the development pipeline")):
        assert _repair_pdf_text(text) == whole, text
    for text, kept in (("- Called every patient for a follow-\n  up visit", "follow-up visit"),
                       ("- Trained 12 entry-\n  level analysts", "entry-level analysts"),
                       ("- Took the on-\ncall pager", "on-call pager"),
                       ("- Wrote T-\n  SQL procedures", "T-\n"), ("- Set up guest Wi-\n  Fi", "Wi-\n")):
        assert kept in _repair_pdf_text(text), text
    data = make_pdf(["Certifications", "- CompTIA Secu-", "   rity+ CE (2019, renewed 2025)"])
    assert "CompTIA Security+ CE (2019, renewed 2025)" in read_resume_bytes(data, "cv.pdf", today=TODAY).text


def _pdf_at(pages: list[list[tuple[float, float, str]]], size: float = 9) -> bytes:
    """A PDF of text drawn at (x, y) in mm, in the order given, page after page; a negative x
    sets the text flush right against -x."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=size)
    for page in pages:
        pdf.add_page()
        for x, y, text in page:
            pdf.set_xy(x if x >= 0 else -x - pdf.get_string_width(text) - 2 * pdf.c_margin, y)
            pdf.cell(0, 5, text)
    return bytes(pdf.output())


EUROPASS = [("WORK EXPERIENCE", ""), ("01/09/2020 - Present", "Healthcare Data Analyst"),
            ("", "Fairview Health Services, Minneapolis (United States)"),
            ("", "- Write SQL against Epic Clarity and Caboodle for readmission reporting"),
            ("", "- Build and maintain 25 Tableau dashboards used by quality leaders"),
            ("15/07/2016 - 31/08/2020", "Data Analyst"), ("", "Tata Consultancy Services, Chennai (India)"),
            ("", "- Analysed claims data in SQL Server and Excel"), ("EDUCATION AND TRAINING", ""),
            ("2014 - 2016", "Master of Science in Biostatistics"), ("", "University of Madras, Chennai (India)"),
            ("PERSONAL SKILLS", ""), ("Mother tongue(s)", "Tamil"), ("English", "C2 C2 C2 C2 C2")]


def test_a_europass_label_column_is_read_row_by_row():
    """A Europass CV's left column of labels (dates, headings, language names), each on the
    baseline of its entry's first line, is no sidebar: each date opens its entry's line, so
    the roles keep their dates; a date range wrapped in the label column is joined first."""
    rows = [(10, 20 + 5 * i, label) for i, (label, _) in enumerate(EUROPASS) if label]
    rows += [(66, 20 + 5 * i, entry) for i, (_, entry) in enumerate(EUROPASS) if entry]
    flush = [(-60 if x == 10 else x, y, text) for x, y, text in rows]  # labels set flush right
    # written row by row, or column by column
    for order in (sorted(rows, key=lambda r: (r[1], r[0])), rows, flush):
        resume = read_resume_bytes(_pdf_at([order]), "europass.pdf", today=TODAY)
        lines = resume.text.split("\n")
        assert lines[:2] == ["WORK EXPERIENCE", "01/09/2020 - Present Healthcare Data Analyst"]
        assert "15/07/2016 - 31/08/2020 Data Analyst" in lines and "English C2 C2 C2 C2 C2" in lines
        assert "EDUCATION AND TRAINING" in lines  # a heading beside nothing stays a line of its own
        assert [(r.title, r.years) for r in resume.roles] == [("Healthcare Data Analyst", 3.8), ("Data Analyst", 4.2)]
    from matcher.resumes.files import _label_rows

    # a label wrapped over two lines beside its entry's first two lines
    assert _label_rows(["Sep 2020 -", "Present", "", "2014 - 2016", "", "English"],
                       ["Healthcare Data Analyst", "Fairview Health", "- Wrote SQL", "M.Sc. Biostatistics",
                        "University of Madras", "C2 C2"])[:2] == [
        "Sep 2020 - Present   Healthcare Data Analyst", "Fairview Health"]
    # a sidebar's blocks of lines beside the main column are no labels
    side = ["CONTACT", "Grand Rapids, MI", "(616) 555-0142", "", "SKILLS", "ServiceNow", "Active Directory", "Intune"]
    main = ["IT SUPPORT SPECIALIST", "Help desk technician", "", "EXPERIENCE", "IT Support, Mercy", "- Resolve tickets",
            "- Image laptops", "- Wrote articles"]
    assert _label_rows(side, main) is None


EUROPASS_TOP = [("Curriculum Vitae", "Jane Doe"), ("PERSONAL INFORMATION", "Jane Doe"),
                ("", "Minneapolis, MN (United States)"), ("JOB APPLIED FOR", "Healthcare Data Analyst")]
EUROPASS_FOOTER = "\u00a9 European Union, 2002-2020 | europass.europa.eu"


def _europass_pages(rows: list[tuple[str, str]], pages: int) -> list[list[tuple[float, float, str]]]:
    """A Europass CV's rows on ``pages`` pages: the logo's word atop the first, labels flush right
    against the entries, and on every page the template's footer, its copyright and page number
    on one baseline."""
    per = -(-len(rows) // pages)
    out = []
    for n in range(pages):
        page = [(10, 12, "europass")] if n == 0 else []
        for i, (label, entry) in enumerate(rows[n * per:(n + 1) * per]):
            page += [(-60, 20 + 6 * i, label)] if label else []
            page += [(66, 20 + 6 * i, entry)] if entry else []
        out.append(page + [(10, 270, EUROPASS_FOOTER), (180, 270, f"Page {n + 1} / {pages}")])
    return out


@pytest.mark.parametrize("pages", [1, 2])
def test_a_europass_pdf_opens_as_its_rows_typed_do(pages):
    """A Europass CV read from its PDF opens as the same rows typed as text: the logo's word and
    the footer ("© European Union, 2002-2020 | europass.europa.eu   Page 1 / 2", below both
    columns, on each page) are no part of it, so the name under "Curriculum Vitae" is known and
    redacted; a page whose labels run on consecutive rows ("Mother tongue(s)" / "Other language(s)")
    is read row by row too, so every role keeps its title."""
    from matcher.resumes.sections import heading_of
    from matcher.text import opening

    rows = EUROPASS_TOP + [row for row in EUROPASS if row != ("English", "C2 C2 C2 C2 C2")] + [
        ("Other language(s)", "English C2 C2 C2 C2 C2"), ("Digital skills", "Proficient user")]
    resume = read_resume_bytes(_pdf_at(_europass_pages(rows, pages)), "europass.pdf", today=TODAY)
    typed = resume_from_text("\n".join(x for row in rows for x in (
        row if heading_of(row[0]) else ["   ".join(filter(None, row))]) if x), today=TODAY)
    assert opening(resume.text) == opening(typed.text)
    assert resume.text == typed.text
    assert "Jane" not in resume.text and "europa" not in resume.text.lower() and "Page" not in resume.text
    assert [(r.title, r.years) for r in resume.roles] == [("Healthcare Data Analyst", 3.8), ("Data Analyst", 4.2)]


SIDEBAR_PAGE = ["Maria", "Delgado", "CONTACT", "Grand Rapids, MI 49503", "(616) 555-0142", "SKILLS", "ServiceNow",
                "Jira Service Management", "Active Directory", "CERTIFICATIONS", "CompTIA A+ (2020)", "LANGUAGES",
                "English (native)", "EDUCATION", "A.A.S., Computer Information Systems", "Grand Rapids CC, 2020"]
MAIN_PAGE = ["IT SUPPORT SPECIALIST", "IT support specialist with 6 years of help desk experience.", "EXPERIENCE",
             "IT Support Specialist (Tier 2)", "Mercy West Health, Grand Rapids, MI | Mar 2022 - Present",
             "- Resolve 35+ tickets a day in ServiceNow", "- Image Windows 11 laptops with SCCM",
             "Help Desk Technician", "Great Lakes Staffing | Jun 2020 - Feb 2022",
             "- Answered 60 calls a day in Jira Service Management"]
PAGE_TWO = ["Sales Associate", "Best Buy, Wyoming, MI | Jan 2018 - May 2020", "- Checked in repairs for customers"]


def test_a_sidebar_on_the_left_is_read_after_the_main_column():
    """A sidebar of contact, skills, certifications, languages and education drawn before the
    main column, on baselines of its own, is read after the resume's last page: the resume opens
    with its name, headline, summary and work whatever the template; the sidebar's facts are
    still read.  A sidebar on the right reads the same, and a left column holding work stays first."""
    side = [(8, 15 + 4.5 * i, line) for i, line in enumerate(SIDEBAR_PAGE)]
    main = [(80, 15 + 6 * i, line) for i, line in enumerate(MAIN_PAGE)]
    more = [(80, 15 + 5 * i, line) for i, line in enumerate(PAGE_TWO)]
    resume = read_resume_bytes(_pdf_at([side + main, more], size=8.5), "twocol.pdf", today=TODAY)
    lines = resume.text.split("\n")
    # the name set over two lines is one, so it is known and redacted; the work goes on over the page
    assert "Maria" not in resume.text and lines[:lines.index("CONTACT")] == MAIN_PAGE + PAGE_TWO
    assert lines.index("CONTACT") < lines.index("SKILLS") < lines.index("EDUCATION")
    typed = resume_from_text("\n".join(MAIN_PAGE + PAGE_TWO), today=TODAY)
    assert [(r.title, r.years) for r in resume.roles] == [(r.title, r.years) for r in typed.roles]
    assert len(resume.roles) == 3
    assert {"ServiceNow", "Active Directory"} <= {m.name for m in resume.skills}
    right = [(10, 15 + 5 * i, line) for i, line in enumerate(MAIN_PAGE)]
    right += [(140, 15 + 4.5 * i, line) for i, line in enumerate(SIDEBAR_PAGE[2:])]
    text = read_resume_bytes(_pdf_at([right], size=8.5), "right.pdf", today=TODAY).text.split("\n")
    assert text[:len(MAIN_PAGE)] == MAIN_PAGE and text[len(MAIN_PAGE)] == "CONTACT"
    from matcher.resumes.files import _in_order

    work = ["EXPERIENCE", "Analyst, Acme, 2019 - 2021", "- Built dashboards", "SKILLS", "Python"]
    projects = ["PROJECTS", "Store traffic forecast", "", "", ""]
    assert _in_order(work, projects) == ("\n".join(work + projects[:2]), "", False)
    assert _in_order(SIDEBAR_PAGE[2:7], MAIN_PAGE[:5])[1] == "\n".join(SIDEBAR_PAGE[2:7])


PROFILE_SIDE = ["CONTACT", "Naperville, IL 60540", "(630) 555-0117", "PROFILE", "Payroll specialist with ten years of",
                "multi-state payroll for employers in", "Illinois and Wisconsin.", "SKILLS", "Microsoft Excel",
                "Time management", "Teamwork", "LANGUAGES", "Yoruba (fluent)"]
WORK_MAIN = ["Daniel Okafor", "Senior Payroll Specialist", "EXPERIENCE", "Senior Payroll Specialist",
             "Medline Industries, Northfield, IL | Apr 2019 - Present", "- Run bi-weekly payroll for 6,500 employees",
             "Payroll Specialist", "Paylocity, Schaumburg, IL | Jun 2015 - Mar 2019",
             "- Processed payroll for 40 client companies", "EDUCATION", "B.S., Accounting, 2015"]


def test_a_sidebar_holding_the_profile_gives_the_opening_its_profile_and_the_work():
    """A sidebar that holds the profile beside contact, skills and languages, on the left or on the
    right, beside the column of the work: the resume opens with the name and headline over the
    work, then the profile, then the work; the sidebar's other sections are read after the last
    page, so the opening is the one the same resume typed has."""
    from matcher.resumes.files import _in_order
    from matcher.text import opening

    typed = resume_from_text("\n".join(WORK_MAIN[:2] + [PROFILE_SIDE[3], " ".join(PROFILE_SIDE[4:7])] + WORK_MAIN[2:]
                                       + PROFILE_SIDE[:3] + PROFILE_SIDE[7:]), today=TODAY)
    side = [(8, 15 + 4.5 * i, line) for i, line in enumerate(PROFILE_SIDE)]
    left = read_resume_bytes(_pdf_at([side + [(80, 15 + 6 * i, line) for i, line in enumerate(WORK_MAIN)]],
                                     size=7), "left.pdf", today=TODAY)
    side = [(140, 15 + 4.5 * i, line) for i, line in enumerate(PROFILE_SIDE)]
    right = read_resume_bytes(_pdf_at([[(10, 15 + 6 * i, line) for i, line in enumerate(WORK_MAIN)] + side],
                                      size=7), "right.pdf", today=TODAY)
    for resume in (left, right):
        assert resume.text == typed.text and opening(resume.text) == opening(typed.text)
        assert "Daniel" not in resume.text and resume.headline == "Senior Payroll Specialist"
        assert [(r.title, r.years) for r in resume.roles] == [(r.title, r.years) for r in typed.roles]
    # a column of work, or a section of the sidebar's own beside the profile, is read as it stands
    work = ["PROFILE", "Payroll specialist.", "EXPERIENCE", "Payroll Clerk, Acme, 2019 - 2021"]
    assert _in_order(work, ["SKILLS", "Excel", "", ""]) == ("\n".join(work + ["SKILLS", "Excel"]), "", False)
    projects = ["PROFILE", "Payroll specialist.", "PROJECTS", "Moved payroll to ADP"]
    assert _in_order(projects, WORK_MAIN[:4])[1:] == ("", False)
    summary = ["Daniel Okafor", "SUMMARY", "Ten years of payroll.", "EXPERIENCE", "Payroll Clerk", "", ""]
    assert _in_order(PROFILE_SIDE[:7], summary)[1:] == ("", False)


def test_a_linkedin_headline_wrapped_onto_the_location_line_is_joined_and_the_place_kept_apart():
    """A LinkedIn "Save to PDF" export whose headline wraps onto the location's baseline reads
    "Multi-state" / "payroll Chicago, Illinois, United States": the headline's end goes back up
    to it, the place stays a line of its own, as the headline typed on one line reads."""
    from fpdf import FPDF

    def linkedin(headline: list[str]) -> bytes:
        pdf = FPDF()
        pdf.add_page()
        y = 20
        for text, size, gap in [("Daniel Okafor", 24, 12)] + [(line, 12, 6) for line in headline] + [
                ("Chicago, Illinois, United States", 10, 8), ("Summary", 14, 7),
                ("Payroll specialist with ten years of multi-state payroll.", 10, 7), ("Experience", 14, 7),
                ("Senior Payroll Specialist", 10, 5), ("Medline Industries | April 2019 - Present", 9, 5)]:
            pdf.set_font("Helvetica", size=size)
            pdf.set_xy(75, y if text[0] != "C" or len(headline) == 1 else y - 4.5)
            pdf.cell(0, 5, text)
            y += gap
        return bytes(pdf.output())

    from pypdf import PdfReader

    data = linkedin(["Senior Payroll Specialist | ADP | Multi-state", "payroll "])
    assert "\npayroll Chicago, Illinois" in PdfReader(io.BytesIO(data)).pages[0].extract_text()  # one line to pypdf
    wrapped = read_resume_bytes(data, "in.pdf", today=TODAY)
    typed = read_resume_bytes(linkedin(["Senior Payroll Specialist | ADP | Multi-state payroll"]), "in.pdf",
                              today=TODAY)
    assert wrapped.text.split("\n")[:2] == ["Senior Payroll Specialist | ADP | Multi-state payroll",
                                            "Chicago, Illinois, United States"]
    assert wrapped.text == typed.text
    from matcher.resumes.files import _place_apart

    for text in ("Payroll team based\nin Chicago, Illinois",      # a clause that leads to its place
                 "Payroll Manager at ADP.\npayroll Chicago, Illinois",  # the line above ends a sentence
                 "SUMMARY\npayroll Chicago, Illinois", "Multi-state\npayroll and benefits"):  # a heading; no place
        assert _place_apart(text) == text, text


def _docx_with_box(box_lines: list[str], body: list[str]) -> bytes:
    """A .docx whose first paragraph holds a text box (as Word writes it, twice) with
    ``box_lines``, then ``body``'s paragraphs."""
    import docx
    from docx.oxml import parse_xml

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    box = "<w:txbxContent>" + "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in box_lines) \
        + "</w:txbxContent>"
    paragraph = (f"<w:p {ns}><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp>"
                 f"<wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
                 f"<v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    document = docx.Document()
    for line in body:
        document.add_paragraph(line)
    document.element.body.insert(0, parse_xml(paragraph))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_docx_sidebar_in_a_text_box_is_read_after_the_body():
    """A text box holding a sidebar's sections (contact, skills, languages...) is read after the
    body's summary and work, as a PDF's sidebar is, its name line staying first; a box holding
    anything else (a headline, the work) is read where it stands."""
    from matcher.resumes.files import docx_text

    body = ["Summary", "IT support specialist with 6 years of help desk experience.", "Experience",
            "IT Support Specialist | Mercy West Health | Mar 2022 - Present"]
    side = ["Maria Delgado", "CONTACT", "Grand Rapids, MI 49503", "SKILLS", "ServiceNow", "LANGUAGES", "Spanish"]
    def lines(data: bytes) -> list[str]:
        return [line for line in docx_text(data, "box.docx").split("\n") if line]

    assert lines(_docx_with_box(side, body)) == side[:1] + body + side[1:]
    for box in (["Maria Delgado", "IT SUPPORT SPECIALIST", "Grand Rapids, MI 49503"],  # a banner
                ["EXPERIENCE", "Help Desk Technician | Steelcase | 2020 - 2022"],     # the work
                ["SKILLS", "ServiceNow"]):                                           # no summary or work in the body
        rest = body if box[0] != "SKILLS" else ["Maria Delgado", "Grand Rapids, MI"]
        assert lines(_docx_with_box(box, rest)) == box + rest, box


def test_a_docx_profile_in_a_text_box_is_the_opening_under_the_name_and_headline():
    """Templates draw the profile in a text box under the name and headline, but Word anchors the
    box to the page's first paragraph: its lines are read before the body's first heading, as
    typed text would be, with its heading or without; a box anchored after that heading, or
    holding no profile, stays where it is."""
    from matcher.resumes.files import docx_text

    banner = ["Dana Whitfield", "Payroll Specialist", "Chicago, IL | dana@example.com"]
    work = ["EXPERIENCE", "Senior Payroll Specialist | Acme Corp | 2018 - Present",
            "Ran biweekly payroll for 1,200 employees across 14 states in ADP."]
    prose = "Payroll specialist with eight years of multi-state payroll experience and a CPP."
    def lines(data: bytes) -> list[str]:
        return [line for line in docx_text(data, "box.docx").split("\n") if line]

    for box in (["PROFILE", prose], ["Professional Summary", prose], ["About Me", prose], [prose]):
        assert lines(_docx_with_box(box, banner + work)) == banner + box + work, box
    for box in (["Dana Whitfield", "Payroll Specialist"],                     # a banner box
                ["EXPERIENCE", "Payroll Clerk | Beta LLC | 2015 - 2018"],     # the work
                ["Payroll Clerk, Beta LLC, 2015 - 2018, ran payroll for 300 staff."]):  # a dated role
        assert lines(_docx_with_box(box, banner + work)) == box + banner + work, box


def test_a_word_glued_to_a_place_or_a_heading_across_a_pdf_cell_edge_is_split():
    """pypdf glues a word to what starts right at its end in the next cell: "multi-state
    payrollChicago, IL".  A lower-to-upper join followed by a place the gazetteer knows (with its
    state or country) or by a heading is two lines; camel-cased names never are."""
    from fpdf import FPDF

    from matcher.resumes.files import _unglued, pdf_text

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    rows = [("Dana Whitfield", ""), ("Senior Payroll Specialist | ADP | multi-state payroll", "Chicago, IL"),
            ("Payroll Specialist | ADP | 2018 - Present", ""), ("- Ran biweekly payroll for 1,200 staff.", "")]
    for i, (left, right) in enumerate(rows):
        pdf.set_xy(10, 20 + i * 6)
        pdf.cell(0, 6, left)
        if right:  # starts where the left text ends: no gap for pypdf to read as a space
            pdf.set_xy(10 + pdf.get_string_width(left), 20 + i * 6)
            pdf.cell(0, 6, right)
    lines = pdf_text(bytes(pdf.output()), "glued.pdf").split("\n")
    assert lines[1:3] == ["Senior Payroll Specialist | ADP | multi-state payroll", "Chicago, IL"]
    for glued, apart in (("driverAustin, TX, USA", "driver\nAustin, TX, USA"),
                         ("ManagerSan Francisco, California | 2019", "Manager\nSan Francisco, California | 2019"),
                         ("nursingOntario, Canada", "nursing\nOntario, Canada"),
                         ("weldingEXPERIENCE", "welding\nEXPERIENCE"),
                         ("classroomsProfessional Experience", "classrooms\nProfessional Experience"),
                         ("forkliftSkills: OSHA, CDL", "forklift\nSkills: OSHA, CDL")):
        assert _unglued(glued) == apart, glued
    for name in ("Built JavaScript and PowerPoint decks", "DevOps, New York", "GitHub, Pakistan", "iPhone, Ohio",
                 "McDonald, Texas", "eBay Denver, CO", "YouTube, Mobile, AL", "DevOps Experience", "LinkedIn"):
        assert _unglued(name) == name, name


def test_a_name_set_over_two_lines_atop_a_pdf_is_one_line():
    from matcher.resumes.files import _repair_pdf_text

    for text in ("Maria\nDelgado\nIT SUPPORT SPECIALIST", "JANE\nO'NEIL\nNurse", "Jean-Luc\nPicard"):
        first, second = text.split("\n")[:2]
        assert _repair_pdf_text(text).split("\n")[0] == f"{first} {second}", text
    for text in ("SKILLS\nPython\nSQL", "Maria Delgado\nNurse", "Summary\nNurse", "Experience\nAcme\nNurse",
                 "IT Support\nSpecialist"):
        assert _repair_pdf_text(text) == text, text


def test_a_justified_pdf_line_goes_on_into_the_next_and_loses_its_stretched_spaces():
    """Justified text stretches every line of a paragraph but its last: a line whose every gap
    is two spaces or more goes on into the next line whatever that opens with (a name's rest
    in a sidebar: "Cisco  Certified  Network" / "Associate (CCNA)"), and its gaps are single
    spaces in the text and its quotes.  A bullet, a heading or a line of dates after it starts
    anew, and a line with one wide gap (dates at a tab stop) is no justified line."""
    page = ["Certifications", "Cisco  Certified  Network", "Associate (CCNA)", "CCNP Enterprise",
            "Palo  Alto  Networks  Certified", "Network  Security  Administrator", "PCNSA, 2024"]
    assert _rejoin_wraps("\n".join(page)).split("\n") == [
        "Certifications", "Cisco Certified Network Associate (CCNA)", "CCNP Enterprise",
        "Palo Alto Networks Certified Network Security Administrator PCNSA, 2024"]
    bullet = "•   Answered  60  calls  a  day  and  logged  every  ticket  in  Jira  Service"
    assert _rejoin_wraps(f"{bullet}\nManagement\n•  Troubleshot Windows 10") == \
        "• Answered 60 calls a day and logged every ticket in Jira Service Management\n•  Troubleshot Windows 10"
    assert _rejoin_wraps("Resolve  35+  tickets  a  day.") == "Resolve 35+ tickets a day."
    for following in ("• Image laptops with SCCM", "EXPERIENCE", "(2019 - 2021)", "2019 - 2021 Analyst"):
        assert _rejoin_wraps(f"{bullet}\n{following}").split("\n")[1] == following, following
    for line in ("Cybersecurity Analyst, Torch Technologies          06/2021 - Present",
                 "Mercy West Health, Grand Rapids, MI  |  Mar 2022 - Present", "Python   8 years"):
        assert _rejoin_wraps(f"{line}\nTier 1 and Tier 2") == f"{line}\nTier 1 and Tier 2", line


def test_a_bulleted_items_line_goes_on_into_the_rest_of_a_name_without_a_full_stop():
    """A bulleted item's line that ends in a name's word ("... in ADP") goes on into a short line
    with the name's rest ("Workforce Now") when that word would not have fitted on the line and
    a new item, a heading or the end follows; a title under the item does not."""
    item = "• Process biweekly payroll for 620 hourly and salaried employees in three states in ADP"
    other = "• Reconcile payroll to the general ledger; prepare 941 and W-2 filings and state reports"
    for rest in ("Workforce Now", "Management", "Associate (CCNA)"):
        for after in (other, "EDUCATION", ""):
            text = "\n".join([other, item, rest] + ([after] if after else []))
            assert _rejoin_wraps(text).split("\n")[1] == f"{item} {rest}", (rest, after)
    for rest, after in (("Payroll Lead", "Acme Payroll Services, Tacoma, WA"),  # a title over its employer
                        ("Payroll Lead, Acme", other), ("Payroll Lead | 2019", other),
                        ("Reconciled the ledger", other)):
        text = "\n".join([other, item, rest, after])
        assert _rejoin_wraps(text) == text, rest
    short = "• Ran payroll in ADP"  # "Workforce" would have fitted on the line
    assert _rejoin_wraps(f"{other}\n{short}\nWorkforce Now\n{other}").split("\n")[2] == "Workforce Now"


@pytest.mark.parametrize("text, home", [
    ("Rachel Kowalski\nToledo, Ohio 43604 | 419-555-0100 | rk@example.com\n\nSupport Specialist, Acme, 2019 - 2024\n",
     "Toledo, Ohio"),
    ("Jordan Lee\nColumbus, OH 43215 | 614-555-0100\n\nCustomer Service Rep, Verizon, 2019 - present\n",
     "Columbus, OH"),
    ("Jordan Lee\njl@example.com\nEXPERIENCE\nSales Associate, Target, Columbus, OH, 2019 - 2022\n", ""),
    ("Jordan Lee\njl@example.com\n\nCustomer service for six years.\n", ""),
])
def test_the_contact_blocks_city_is_where_the_seeker_lives_kept_apart(text, home):
    """The contact block's city and state are redacted from the text but kept apart (``Resume.home``) for a
    posting's ask of where to live; a job's place ("Target, Columbus, OH, 2019 - 2022") is no home."""
    r = resume_from_text(text, "r")
    assert r.home == home
    assert "home" not in r.to_dict()
