"""Build the project's labelled resume corpus and the sample files.

    python data/generate.py

Writes ``data/corpus/*.pdf`` with ``data/corpus/labels.jsonl`` (same label
format as the shared development corpus) and ``data/samples/`` (a few resumes,
a CSV and a ZIP of both). Deterministic: the same files every run. The people
are invented; numbers use fictional ranges where countries reserve them.
Needs reportlab and the DejaVu fonts (Debian: fonts-dejavu-core).
"""

import csv
import io
import json
import pathlib
import random
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = pathlib.Path(__file__).resolve().parent
FONT_DIR = pathlib.Path("/usr/share/fonts/truetype/dejavu")
W, H = A4

pdfmetrics.registerFont(TTFont("Sans", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("Sans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Serif", str(FONT_DIR / "DejaVuSerif.ttf")))
for cid in ("STSong-Light", "HYSMyeongJo-Medium", "HeiseiMin-W3"):
    pdfmetrics.registerFont(UnicodeCIDFont(cid))

PEOPLE = [
    # name, email, phone as printed, linkedin id or None, city, title, font for the name
    (
        "José Álvarez",
        "jose.alvarez@correo.es",
        "+34 612 345 678",
        "jose-alvarez-dev",
        "Madrid, Spain",
        "Backend Engineer",
        None,
    ),
    ("Zoë Müller", "zoe.mueller@posteo.de", "+49 30 901820", "zoemueller", "Berlin, Germany", "Product Designer", None),
    (
        "François Lefèvre",
        "f.lefevre@orange.fr",
        "+33 6 12 34 56 78",
        "francois-lefevre",
        "Lyon, France",
        "Data Analyst",
        None,
    ),
    ("Łukasz Wójcik", "lukasz.wojcik@wp.pl", "+48 512 345 678", None, "Kraków, Poland", "QA Engineer", None),
    ("Ørjan Søberg", "orjan@soberg.no", "+47 412 34 567", "orjansoberg", "Bergen, Norway", "DevOps Engineer", None),
    (
        "Ngozi Okonkwo",
        "ngozi.okonkwo@gmail.com",
        "+234 803 123 4567",
        "ngozi-okonkwo-7b1a2c",
        "Lagos, Nigeria",
        "Financial Analyst",
        None,
    ),
    (
        "Siobhán O'Connor",
        "siobhan.oconnor@eircom.net",
        "+353 87 123 4567",
        "siobhan-oconnor",
        "Dublin, Ireland",
        "Nurse Manager",
        None,
    ),
    (
        "Jean-Luc Picard-Dupont",
        "jl.picard@laposte.net",
        "+33 1 42 68 53 00",
        "jlpicard",
        "Paris, France",
        "Operations Director",
        None,
    ),
    (
        "Иван Петров",
        "ivan.petrov@yandex.ru",
        "+7 912 345-67-89",
        "ivan-petrov-1987",
        "Kazan, Russia",
        "Software Developer",
        None,
    ),
    (
        "Δημήτρης Παπαδόπουλος",
        "d.papadopoulos@otenet.gr",
        "+30 691 234 5678",
        None,
        "Athens, Greece",
        "Civil Engineer",
        None,
    ),
    ("王小明", "wangxm@example.cn", "+86 139 1234 5678", None, "Shanghai, China", "Mobile Developer", "STSong-Light"),
    (
        "김민준",
        "minjun.kim@example.kr",
        "+82 10-2345-6789",
        "minjunkim",
        "Seoul, Korea",
        "ML Engineer",
        "HYSMyeongJo-Medium",
    ),
    (
        "山田太郎",
        "taro.yamada@example.jp",
        "+81 90-1234-5678",
        None,
        "Tokyo, Japan",
        "Embedded Engineer",
        "HeiseiMin-W3",
    ),
    (
        "Emily Carter",
        "emily.carter@gmail.com",
        "(415) 555-0134",
        "emilycarter",
        "San Francisco, CA",
        "Frontend Developer",
        None,
    ),
    (
        "Michael O'Brien",
        "mobrien@outlook.com",
        "+1 212-555-0199",
        "michael-obrien-nyc",
        "New York, NY",
        "Account Executive",
        None,
    ),
    (
        "Priya Raghunathan",
        "priya.r@protonmail.com",
        "+91 98765 43210",
        "priya-raghunathan",
        "Chennai, India",
        "Data Scientist",
        None,
    ),
    (
        "Ahmed Hassan",
        "ahmed.hassan@gmail.com",
        "+20 100 123 4567",
        "ahmedhassan",
        "Cairo, Egypt",
        "Network Engineer",
        None,
    ),
    (
        "Olivia Thompson",
        "olivia.t@btinternet.com",
        "+44 20 7946 0958",
        "olivia-thompson-uk",
        "London, UK",
        "HR Business Partner",
        None,
    ),
    (
        "Lucas Silva",
        "lucas.silva@uol.com.br",
        "+55 11 91234-5678",
        "lucassilva",
        "São Paulo, Brazil",
        "Full Stack Developer",
        None,
    ),
    ("Chloé Dubois", "chloe.dubois@free.fr", "+33 7 81 23 45 67", None, "Marseille, France", "Marketing Manager", None),
    (
        "Mateo Rossi",
        "mateo.rossi@libero.it",
        "+39 347 123 4567",
        "mateorossi",
        "Milan, Italy",
        "Mechanical Engineer",
        None,
    ),
    (
        "Aisha Bello",
        "aisha.bello@yahoo.com",
        "+234 802 555 0101",
        "aishabello",
        "Abuja, Nigeria",
        "Procurement Officer",
        None,
    ),
    (
        "Noah Williams",
        "noah.williams@icloud.com",
        "+1 (312) 555-0147",
        "noah-williams-chi",
        "Chicago, IL",
        "Site Reliability Engineer",
        None,
    ),
    (
        "Sofia Hernández",
        "sofia.hernandez@gmail.com",
        "+52 55 1234 5678",
        "sofia-hernandez-mx",
        "Mexico City, Mexico",
        "UX Researcher",
        None,
    ),
    (
        "Hannah Schmidt",
        "hannah.schmidt@gmx.de",
        "+49 151 23456789",
        "hannahschmidt",
        "Munich, Germany",
        "Controller",
        None,
    ),
    ("Liam Murphy", "liam.murphy@gmail.com", "+353 86 765 4321", "liammurphy", "Cork, Ireland", "Sales Manager", None),
    (
        "Fatima Zahra El Amrani",
        "fz.elamrani@menara.ma",
        "+212 612-345678",
        "fatima-zahra-elamrani",
        "Rabat, Morocco",
        "Legal Counsel",
        None,
    ),
    (
        "Kenji Watanabe",
        "kenji.watanabe@example.jp",
        "+81 80-9876-5432",
        "kenjiwatanabe",
        "Osaka, Japan",
        "Game Developer",
        None,
    ),
    ("Anna Kowalska", "anna.kowalska@onet.pl", "+48 601 234 567", "annakowalska", "Warsaw, Poland", "Accountant", None),
    (
        "Daniel Cohen",
        "daniel.cohen@gmail.com",
        "+972 52-123-4567",
        "danielcohen",
        "Tel Aviv, Israel",
        "Security Engineer",
        None,
    ),
    (
        "Grace Mwangi",
        "grace.mwangi@gmail.com",
        "+254 712 345678",
        "grace-mwangi",
        "Nairobi, Kenya",
        "Project Manager",
        None,
    ),
    (
        "Ravi Shankar Iyer",
        "ravi.iyer@rediffmail.com",
        "+91-9845012345",
        "ravishankariyer",
        "Bengaluru, India",
        "Cloud Architect",
        None,
    ),
    (
        "Maria da Conceição Santos",
        "maria.santos@sapo.pt",
        "+351 912 345 678",
        "mariasantos",
        "Lisbon, Portugal",
        "Teacher",
        None,
    ),
    (
        "Thomas Andersen",
        "thomas.andersen@gmail.com",
        "+45 20 12 34 56",
        "thomasandersen",
        "Copenhagen, Denmark",
        "Electrician",
        None,
    ),
    (
        "Mei Ling Tan",
        "meiling.tan@singnet.com.sg",
        "+65 9123 4567",
        "meilingtan",
        "Singapore, Singapore",
        "Business Analyst",
        None,
    ),
    (
        "Oluwaseun Adeyemi",
        "seun.adeyemi@gmail.com",
        "+234 809 876 5432",
        "oluwaseun-adeyemi",
        "Ibadan, Nigeria",
        "Pharmacist",
        None,
    ),
    (
        "Camille Martin",
        "camille.martin@gmail.com",
        "+33 6 98 76 54 32",
        "camillemartin",
        "Toulouse, France",
        "Data Engineer",
        None,
    ),
    (
        "Jakub Novák",
        "jakub.novak@seznam.cz",
        "+420 601 123 456",
        "jakubnovak",
        "Prague, Czechia",
        "Java Developer",
        None,
    ),
    (
        "Sarah Johnson",
        "sarah.johnson@gmail.com",
        "+1 646 555 0123",
        "sarah-johnson-pm",
        "Brooklyn, NY",
        "Product Manager",
        None,
    ),
    (
        "Pedro Gonçalves",
        "pedro.goncalves@gmail.com",
        "+351 936 123 456",
        "pedrogoncalves",
        "Porto, Portugal",
        "Chef de Cuisine",
        None,
    ),
    (
        "Yasmin Haddad",
        "yasmin.haddad@gmail.com",
        "+961 3 123 456",
        "yasminhaddad",
        "Beirut, Lebanon",
        "Architect Intern",
        None,
    ),
    (
        "Elif Yılmaz",
        "elif.yilmaz@gmail.com",
        "+90 532 123 45 67",
        "elifyilmaz",
        "Istanbul, Türkiye",
        "Graphic Designer",
        None,
    ),
    (
        "Viktor Horváth",
        "viktor.horvath@freemail.hu",
        "+36 30 123 4567",
        None,
        "Budapest, Hungary",
        "Logistics Coordinator",
        None,
    ),
    (
        "Ana Popescu",
        "ana.popescu@yahoo.ro",
        "+40 721 234 567",
        "anapopescu",
        "Cluj-Napoca, Romania",
        "Test Automation Engineer",
        None,
    ),
]

LINKEDIN_STYLES = ["https", "www", "bare", "country", "handle_annot", "icon_annot", "label_handle"]
LAYOUTS = ["classic", "sidebar", "table", "footer", "multipage", "spaced", "headline_first", "banner"]

LOREM = (
    "Delivered measurable results across cross-functional teams, improving process quality and "
    "reducing turnaround time. Mentored colleagues, documented procedures and worked closely with "
    "stakeholders to prioritise the roadmap."
).split()


def sentence(rng, words=14):
    return " ".join(rng.choice(LOREM) for _ in range(words)).capitalize() + "."


class Resume:
    def __init__(self, index, person, rng):
        (self.name, self.email, self.phone, self.linkedin, self.city, self.title, self.name_font) = person
        self.index, self.rng = index, rng
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.link_style = LINKEDIN_STYLES[index % len(LINKEDIN_STYLES)] if self.linkedin else None
        self.extra_phone = index % 5 == 0
        self.references = index % 6 == 1
        self.pages = 3 if self.layout == "multipage" else 1 + (index % 4 == 3)
        self.notes = []

    def linkedin_text(self):
        """(visible text, link annotation URL or None) for the LinkedIn entry."""
        handle = self.linkedin
        return {
            "https": ("https://www.linkedin.com/in/%s/" % handle, None),
            "www": ("www.linkedin.com/in/%s" % handle, None),
            "bare": ("linkedin.com/in/%s" % handle, None),
            "country": ("uk.linkedin.com/in/%s" % handle, None),
            "handle_annot": ("in/%s" % handle, "https://www.linkedin.com/in/%s" % handle),
            "icon_annot": ("", "https://linkedin.com/in/%s" % handle),
            "label_handle": ("LinkedIn: %s" % handle, None),
        }[self.link_style]

    def contact_items(self):
        items = [
            "Email: %s" % self.email if self.index % 3 == 0 else self.email,
            "Mobile: %s" % self.phone if self.index % 2 else self.phone,
        ]
        if self.extra_phone:
            items.append("Office: +1 202 555 0175")
            self.notes.append("second (office) phone after the mobile")
        if self.index % 7 == 2:
            items.append("github.com/%s" % self.email.split("@")[0].replace(".", ""))
        return items

    def draw(self, path):
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setTitle("Resume")
        getattr(self, "_draw_" + self.layout)(c)
        self._body_pages(c)
        c.save()

    # -- pieces ------------------------------------------------------------
    def _name(self, c, x, y, size=24, align="left", text=None):
        font = self.name_font or "Sans-Bold"
        c.setFont(font, size)
        text = text or self.name
        (c.drawCentredString if align == "center" else c.drawString)(x, y, text)

    def _linkedin(self, c, x, y, size=9):
        text, annot = self.linkedin_text() if self.linkedin else ("", None)
        c.setFont("Sans", size)
        if text:
            c.drawString(x, y, text)
        if annot:
            if not text:
                c.setFillColorRGB(0.1, 0.4, 0.7)
                c.rect(x, y - 2, 10, 10, fill=1, stroke=0)  # the icon
                c.setFillColorRGB(0, 0, 0)
            width = max(c.stringWidth(text, "Sans", size), 10)
            c.linkURL(annot, (x, y - 2, x + width, y + size), relative=0)
            self.notes.append("LinkedIn URL only in the link annotation")
        return bool(text or annot)

    def _contact_line(self, c, x, y, size=9, sep="  |  "):
        c.setFont("Sans", size)
        c.drawString(x, y, sep.join(self.contact_items() + [self.city]))

    def _section(self, c, x, y, title, lines=3, width=80):
        c.setFont("Sans-Bold", 11)
        c.drawString(x, y, title.upper())
        c.setFont("Serif", 9)
        for _ in range(lines):
            y -= 13
            c.drawString(x, y, sentence(self.rng, 12)[:width])
        return y - 20

    def _body(self, c, x, y, width=95):
        for title in ("Summary", "Experience", "Education", "Skills"):
            y = self._section(c, x, y, title, 4, width)
            if y < 120:
                break
        return y

    def _body_pages(self, c):
        for page in range(2, self.pages + 1):
            c.showPage()
            y = H - 60
            c.setFont("Sans", 8)
            c.drawString(50, 30, "%s - page %d" % (self.name, page))
            for title in ("Experience (continued)", "Projects", "Certifications"):
                y = self._section(c, 50, y, title, 6)
            if self.references and page == self.pages:
                self._references(c, 50, y)
        if self.references and self.pages == 1:
            c.showPage()
            self._references(c, 50, H - 60)
            self.pages += 1
        c.showPage()

    def _references(self, c, x, y):
        c.setFont("Sans-Bold", 11)
        c.drawString(x, y, "REFERENCES")
        c.setFont("Serif", 9)
        c.drawString(x, y - 14, "Dr. Paul Referee, Former Manager - paul.referee@company.example - +44 161 496 0000")
        c.drawString(x, y - 28, "Jane Mentor, Team Lead - jane.mentor@company.example - +1 415 555 0100")
        self.notes.append("references at the end carry other e-mails and phones")

    # -- layouts -----------------------------------------------------------
    def _draw_classic(self, c):
        self._name(c, 50, H - 70)
        c.setFont("Sans", 12)
        c.drawString(50, H - 90, self.title)
        self._contact_line(c, 50, H - 108)
        self._linkedin(c, 50, H - 122)
        self._body(c, 50, H - 160)

    def _draw_sidebar(self, c):
        c.setFillColorRGB(0.93, 0.93, 0.95)
        c.rect(0, 0, 170, H, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        y = H - 200
        c.setFont("Sans-Bold", 10)
        c.drawString(20, y, "CONTACT")
        c.setFont("Sans", 8)
        for item in self.contact_items() + [self.city]:
            y -= 14
            c.drawString(20, y, item)
        self._linkedin(c, 20, y - 14, 8)
        self._section(c, 20, y - 60, "Languages", 2, 30)
        self._name(c, 190, H - 80, 26)
        c.setFont("Sans", 12)
        c.drawString(190, H - 100, self.title)
        self._body(c, 190, H - 140, 70)
        self.notes.append("two columns: contact in the left sidebar")

    def _draw_table(self, c):
        self._name(c, W / 2, H - 70, 22, "center")
        rows = [("Position", self.title), ("E-mail", self.email), ("Phone", self.phone), ("Address", self.city)]
        y = H - 110
        for label, value in rows:
            c.setFont("Sans-Bold", 9)
            c.drawString(60, y, label)
            c.setFont("Sans", 9)
            c.drawString(160, y, value)
            c.rect(55, y - 4, 400, 16, fill=0, stroke=1)
            y -= 16
        self._linkedin(c, 60, y - 8)
        self._body(c, 50, y - 50)
        self.notes.append("contact details in a bordered table")

    def _draw_footer(self, c):
        self._name(c, 50, H - 70, 28)
        c.setFont("Sans", 11)
        c.drawString(50, H - 92, self.title + " - " + self.city)
        c.setFont("Sans", 8)
        c.drawString(50, 40, "   ·   ".join(self.contact_items()))
        self._linkedin(c, 50, 28, 8)
        self._body(c, 50, H - 130)
        self.notes.append("contact details in the page footer")

    def _draw_multipage(self, c):
        self._draw_classic(c)

    def _draw_spaced(self, c):
        spaced = "   ".join(" ".join(word.upper()) for word in self.name.split())
        self._name(c, 50, H - 70, 20, text=spaced if not self.name_font else self.name)
        c.setFont("Sans", 11)
        c.drawString(50, H - 90, self.title)
        self._contact_line(c, 50, H - 106, sep="  •  ")
        self._linkedin(c, 50, H - 120)
        self._body(c, 50, H - 160)
        self.notes.append("letter-spaced capital name")

    def _draw_headline_first(self, c):
        c.setFont("Sans", 11)
        c.drawString(50, H - 50, self.title.upper())
        self._name(c, 50, H - 80, 26, text=self.name.upper() if not self.name_font else self.name)
        self._contact_line(c, 50, H - 100)
        self._linkedin(c, 50, H - 114)
        self._body(c, 50, H - 150)
        self.notes.append("title printed above an all-caps name")

    def _draw_banner(self, c):
        c.setFillColorRGB(0.15, 0.2, 0.35)
        c.rect(0, H - 120, W, 120, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Sans", 9)
        c.drawRightString(W - 40, H - 30, "CURRICULUM VITAE")
        self._name(c, 40, H - 60, 30)
        c.setFont("Sans", 9)
        c.drawString(40, H - 80, " | ".join(self.contact_items()))
        c.drawString(40, H - 94, self.city)
        self._linkedin(c, 40, H - 108, 9)
        c.setFillColorRGB(0, 0, 0)
        self._body(c, 40, H - 160)
        self.notes.append("white text on a dark banner; 'CURRICULUM VITAE' in the banner")

    def label(self):
        return {
            "file": "resume_%02d.pdf" % self.index,
            "name": self.name,
            "alt_names": [],
            "email": self.email,
            "alt_emails": [],
            "phone": self.phone,
            "alt_phones": [],
            "linkedin": "https://www.linkedin.com/in/%s" % self.linkedin if self.linkedin else None,
            "text_based": True,
            "pages": self.pages,
            "layout": self.layout,
            "language": "en",
            "notes": "; ".join(dict.fromkeys(self.notes)),
        }


def build_corpus():
    out = HERE / "corpus"
    out.mkdir(exist_ok=True)
    labels = []
    for index, person in enumerate(PEOPLE, 1):
        resume = Resume(index, person, random.Random(index))
        resume.draw(out / ("resume_%02d.pdf" % index))
        labels.append(resume.label())
    with open(out / "labels.jsonl", "w", encoding="utf-8") as handle:
        for label in labels:
            handle.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def build_samples(labels):
    out = HERE / "samples"
    out.mkdir(exist_ok=True)
    corpus = HERE / "corpus"
    picks = ["resume_01.pdf", "resume_10.pdf", "resume_14.pdf"]
    for name in picks:
        (out / name).write_bytes((corpus / name).read_bytes())
    rows = [("Full Name", "E-mail", "Mobile", "LinkedIn", "City", "Resume")]
    rows += [
        (
            "Grace Hopper",
            "grace.hopper@example.com",
            "+1 202 555 0143",
            "linkedin.com/in/gracehopper",
            "Arlington, VA",
            "",
        ),
        ("Alan Turing", "alan.turing@example.co.uk", "+44 161 496 0321", "", "Manchester, UK", ""),
        ("Ada Lovelace", "ada@example.org", "", "https://www.linkedin.com/in/adalovelace", "London, UK", ""),
    ]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    (out / "candidates.csv").write_text(buffer.getvalue(), encoding="utf-8")
    label = {lab["file"]: lab for lab in labels}["resume_14.pdf"]
    with zipfile.ZipFile(out / "batch.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for name in picks:
            archive.write(out / name, "resumes/" + name)
        listing = io.StringIO()
        writer = csv.writer(listing, lineterminator="\n")
        writer.writerow(("Name", "Email", "Phone", "Resume"))
        writer.writerow((label["name"], label["email"], "+1 415 555 0134", "resume_14.pdf"))
        writer.writerow(("Katherine Johnson", "katherine.johnson@example.com", "+1 757 555 0188", ""))
        archive.writestr("candidates.csv", listing.getvalue())


if __name__ == "__main__":
    build_samples(build_corpus())
