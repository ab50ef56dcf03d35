"""Words that tell a person's name from everything else at the top of a
resume: section headings, job titles, organisations, addresses, degrees,
cover-letter phrases. Compared after ``fields.fold`` (lower case, no accents).

The lists grew from real resumes (see README, "Real resumes without labels"):
each word here once stood where a name was expected.
"""

import re

from .fields import fold


def _phrases(text):
    """A set of '|'-separated phrases, folded, blanks collapsed."""
    return frozenset(" ".join(fold(p).split()) for p in text.split("|")) - {""}


HEADINGS = frozenset(
    """about abridgment academic achievements activities address areas awards background birth career
    certificate certifications competencies contact contacts core curricular curriculum cv date declaration
    detail details duties education educational email employment experience expertise extra final gender
    github held hobbies information interests internship internships job key languages linkedin marital
    mobile nationality objective page personal phone photo place portfolio professional profile project
    projects publications qualification qualifications references religion responsibilities responsibility
    resume résumé scope signature skills status strengths subjects summary synopsis technical total training
    trainings vitae work year years""".split()
)
JOB_WORDS = frozenset(
    """accountant administrator analyst architect assistant auditor consultant coordinator designer developer
    director engineer executive head intern lead manager mechanic nurse officer operator representative
    scientist specialist student supervisor teacher technician""".split()
)
# Persian and Arabic job words (programmer, developer, engineer, designer,
# expert, manager, analyst, student, researcher, teacher): a job title written
# after the name on its line ("روژینا اسماعیلی برنامه نویس اندروید").
ARABIC_SCRIPT_JOB_WORDS = frozenset(
    """برنامه برنامه‌نویس توسعه توسعه‌دهنده مهندس طراح کارشناس مدیر تحلیلگر دانشجو پژوهشگر معلم مطور
    مهندسة مصمم محلل مدير أخصائي اخصائي باحث طالب محاسب مدرس""".split()
)
# Organisations, whose names can top a resume (an agency's letterhead).
ORGANISATION_WORDS = frozenset(
    """bank college company construction consulting corp corporation engineering enterprises gmbh group
    hospital inc industries institute international laboratories limited llc llp ltd pharma pharmaceuticals
    plc polytechnic pvt recruitment school services solutions staffing systems technologies university""".split()
)
# Addresses, sentences, degrees, skills and letters: never part of a name.
OTHER_WORDS = frozenset(
    """achievement ag am and apartment application apprentice apt are as associate at auto autocad avenue basic
    bba bca bcom being block board box bsc btech by cad call cgpa city civil class code colony com computer
    cover covering cse dear decision design development dist district distt e-mail ece eee electronics
    estate etc europass expert father flat for from government graduate guardian hard hardworking having
    higher house hr hsc husband id ii iii iim in is issues it iv ix kind knowledge known lane language
    letter madam mail making management mba mca mcom microsoft mother msc mtech my nagar name near no of
    office on operation operations our passport personality pgdm phd pin post process proficiency purchase
    qualified regards respected result road role sale sales sector senior sincerely sir size smart spouse
    ssc state street strength study system team tech teh tehsil thanking the to town traits us vi vihar vii
    viii village was with worker working www xi xii you your yours""".split()
)
# Names of sites and contact channels, printed as link words beside the profile
# URL's label ("@Github @Linkedin @Website @Email"): never a name or a handle.
OTHER_WORDS |= frozenset(
    """website web site homepage home blog portfolio github gitlab bitbucket twitter facebook instagram behance
    dribbble medium kaggle leetcode stackoverflow youtube tiktok skype telegram whatsapp wechat orcid scholar
    researchgate location""".split()
)
ROMAN_NUMERALS = frozenset("ii iii iv vi vii viii ix xi xii".split()) & OTHER_WORDS
# Headings long enough to spot when glued to another word ("PERSONALDETAILS").
LONG_HEADINGS = frozenset(word for word in HEADINGS if len(word) >= 6)
# Countries as people abbreviate them at the end of an address line.
COUNTRY_SHORTHANDS = frozenset({"uae", "usa", "uk", "ksa", "india"})
# "CURRICULAM", "CURICULLUM", "VITAE", "RESUME", "BIODATA": a CV's title, however spelt.
CV_TITLE = re.compile(r"^(?:c[uo]r+[iu]c+[uo]l+[ua]m|v[ai]+t[ae]+a?|r[eé]sum[eé]|bio-?data|cv)")
# "CURRICULUM VITAE: LEONARD WEKESA WANYONYI": the title before the name.
CV_TITLE_PREFIX = re.compile(
    r"^(?:curriculum\s*vitae|r[eé]sum[eé]|cv|bio-?data|lebenslauf|curr[íi]culo|hoja\s+de\s+vida|ansioluettelo|"
    r"ferilskr[aá]|życiorys|životopis|önéletrajz|özgeçmiş|резюме)\s*(?:of|von|de|di)?\s*[:\-–]\s*",
    re.I,
)
# "Andy Kuszyk CV", "Maria Lopez's Resume": the name, then the document's title.
CV_TITLE_SUFFIX = re.compile(  # the lookahead: what a match starts with, for the engine to skip the rest fast
    r"(?=['’\s])(?:['’]s)?\s+(?:curriculum\s*vitae|r[eé]sum[eé]|cv|lebenslauf|ansioluettelo|ferilskr[aá])$", re.I
)

# Document titles in Arabic and Persian ("curriculum vitae", "résumé"), Turkish,
# Polish and Russian: the Middle East's, Turkey's and Poland's resumes carry
# them above the name.
_OTHER_TITLES = _phrases(
    """السيرة الذاتية|السيرة الذاتيه|سيرة ذاتية|سيرة ذاتيه|السيرة المهنية|رزومه|رزومه کاری|رزومه كاري|
    زندگی نامه|زندگینامه|özgeçmiş|życiorys|резюме|автобиография"""
)
# "Name:" labels in Arabic and Persian ("full name", "name", "first and last name").
ARABIC_SCRIPT_NAME_LABELS = r"نام\s*و\s*نام\s*خانوادگی|نام\s*کامل|الاسم\s*الكامل|الاسم|الإسم|نام"
# Titles a resume carries instead of (or before) the name, in the supported
# languages (en, fr, de, es, pt, it, nl, id) and in Chinese, Japanese and
# Korean; compared whole, after ``fields.fold`` with spaces collapsed.
DOCUMENT_TITLES = _phrases(
    """curriculum vitae|curriculum|vitae|cv|resume|résumé|resumé|bio data|biodata|lebenslauf|tabellarischer lebenslauf|
    hoja de vida|currículum vítae|curriculum vitae europass|currículo|curriculo|curriculum vitæ|levensloop|
    riwayat hidup|daftar riwayat hidup|my resume|my cv|personal resume|personal profile|cover letter|
    lettre de motivation|anschreiben|carta de presentación|carta de apresentação|lettera di presentazione|
    sollicitatiebrief|surat lamaran|履歴書|职务经历书|職務経歴書|个人简历|個人簡歷|简历|簡歷|履历|履歷|
    이력서|자기소개서|경력기술서|입사지원서|지원서|입사 지원서|europass|cv europass|curriculum vitae et studiorum|
    životopis|önéletrajz|βιογραφικό σημείωμα|βιογραφικό|קורות חיים|meritförteckning|ansioluettelo|ferilskrá|
    resumen|求职简历|应聘登记表|エントリーシート|自己紹介書|経歴書|sơ yếu lý lịch|ประวัติส่วนตัว|ประวัติย่อ"""
)
DOCUMENT_TITLES |= _OTHER_TITLES
# Section headings in the supported languages (whole text, folded); a name
# is never one of them.
FOREIGN_HEADINGS = _phrases(
    """expérience professionnelle|expériences professionnelles|formation|compétences|langues|centres d'intérêt|
    centre d'intérêt|centres d'intérêts|
    informations personnelles|état civil|profil|berufserfahrung|ausbildung|kenntnisse|sprachen|persönliche daten|
    kontakt|kontaktdaten|fähigkeiten|experiencia|experiencia laboral|experiencia profesional|educación|formación|
    habilidades|idiomas|datos personales|perfil|experiência|experiência profissional|formação|competências|
    dados pessoais|esperienza|esperienze lavorative|esperienza professionale|istruzione|competenze|lingue|
    dati personali|werkervaring|opleiding|vaardigheden|talen|persoonlijke gegevens|pengalaman|pengalaman kerja|
    pendidikan|keahlian|keterampilan|bahasa|data pribadi|data diri|ringkasan|基本信息|个人信息|個人情報|联系方式|
    教育背景|工作经历|工作經歷|学歴|職歴|自己pr|技能|专业技能|自我评价|학력|경력|인적사항"""
)
# More of the usual sections of Italian, Chinese, Japanese and Korean resumes
# ("Esperienze Professionali", "相关链接" for links, "職務経歴", "자기소개").
FOREIGN_HEADINGS |= _phrases(
    """esperienze|esperienze professionali|esperienza lavorativa|formazione|progetti|pubblicazioni|
    相关链接|个人链接|项目经历|项目经验|实习经历|工作经验|教育经历|获奖情况|荣誉奖项|个人简介|个人总结|求职意向|
    社会实践|校园经历|研究经历|发表论文|兴趣爱好|个人优势|技能特长|职务经历|職務経歴|職務要約|資格|免許・資格|
    趣味|連絡先|自己紹介|프로젝트|자기소개|기술|연락처|수상|자격증|경험|교육"""
)
# The Europass "personal information" heading in its languages ("Angaben zur
# Person" above the name of a German Europass CV).
FOREIGN_HEADINGS |= _phrases(
    """angaben zur person|persönliche angaben|zur person|informazioni personali|información personal|
    informação pessoal|informações pessoais|dane osobowe|persoonlijke informatie|personlig information|
    personlige oplysninger|henkilötiedot|osobní údaje|személyes adatok|informații personale|προσωπικές πληροφορίες|
    personal information|лична информация|личная информация|особиста інформація|лични информации|лични подаци|
    lični podaci|osobni podaci|osobné údaje|osebni podatki|isikuandmed|asmeninė informacija|personiskā informācija|
    informazzjoni personali|persónuupplýsingar|personlig informasjon|kişisel bilgiler"""
)
# Persian and Arabic: personal details, personal information.
FOREIGN_HEADINGS |= _phrases("مشخصات فردی|اطلاعات فردی|اطلاعات شخصی|البيانات الشخصية|المعلومات الشخصية")
# Vietnamese, Greek, Hebrew, Serbo-Croatian, Slovene, Czech, Romanian, Russian and Ukrainian headings.
FOREIGN_HEADINGS |= _phrases(
    """kinh nghiệm làm việc|kinh nghiệm|học vấn|kỹ năng|thông tin cá nhân|mục tiêu nghề nghiệp|
    επαγγελματική εμπειρία|προσωπικά στοιχεία|ניסיון תעסוקתי|ניסיון מקצועי|radno iskustvo|
    delovne izkušnje|pracovní zkušenosti|experiență profesională|опыт работы|досвід роботи"""
)
# Russian and Ukrainian sections and field labels: personal data, contact details, phone number,
# education, skills, about me ("ЛИЧНЫЕ" / "ДАННЫЕ" above "Имя", "Номер телефона").
FOREIGN_HEADINGS |= _phrases(
    """личные данные|персональные данные|контактные данные|контактная информация|контакты|номер телефона|
    образование|навыки|ключевые навыки|о себе|особисті дані|контактна інформація|номер телефону|освіта|навички|
    про себе"""
)
# The usual sections of a Persian, Arabic and Turkish resume: work experience,
# education, skills, languages, about me, contact, projects, certificates,
# references, hobbies ("تجربه کاری", "Kişisel Bilgiler", "Dil Bilgisi").
FOREIGN_HEADINGS |= _phrases(
    """تجربه کاری|تجربیات کاری|سوابق کاری|سوابق شغلی|سابقه کاری|سوابق تحصیلی|تحصیلات|مهارت ها|مهارت‌ها|مهارتها|
    زبان ها|زبان‌ها|درباره من|اطلاعات تماس|راه های ارتباطی|ارتباط با من|پروژه ها|پروژه‌ها|گواهینامه ها|
    افتخارات|علاقه مندی ها|علایق|الخبرات|الخبرة|الخبرة العملية|الخبرات العملية|المؤهلات|المؤهلات العلمية|
    التعليم|المهارات|اللغات|نبذة عني|نبذة شخصية|معلومات الاتصال|معلومات التواصل|المشاريع|الشهادات|الهوايات|
    kişisel bilgiler|kişisel bilgi|iletişim|iletişim bilgileri|eğitim|eğitim bilgileri|iş deneyimi|deneyim|
    deneyimler|yetenekler|beceriler|yabancı dil|dil bilgisi|diller|hakkımda|projeler|sertifikalar|referanslar|
    hobiler|ilgi alanları|kurslar"""
)
# Words of contact labels and section headings in the supported languages:
# never part of a name ("ADRESSE", "TELEFON", "DADOS PESSOAIS").
FOREIGN_WORDS = frozenset(
    fold(word)
    for word in """adresse anschrift telefon telefone telefono teléfono téléphone celular móvil movil handy
    indirizzo dirección endereço straße geburtsdatum nationalität staatsangehörigkeit nacionalidade nacionalidad
    nazionalità nationalité correo courriel kontakt kontaktdaten dados pessoais datos personales dati personali
    données personnelles informations persoonlijke gegevens pribadi alamat surel lebenslauf profil perfil
    competências compétences habilidades kenntnisse fähigkeiten sprachen idiomas langues lingue talen bahasa
    formação formación formation ausbildung istruzione opleiding pendidikan experiência experiencia expérience
    berufserfahrung esperienza werkervaring pengalaman objetivo objetivos objectif ziel obiettivo doel tujuan
    sobre über propos université universidade universidad università universität universiteit universitas
    école escola escuela scuola hochschule fachhochschule lycée institut instituto istituto faculdade facultad
    facoltà fakultät gymnasium colégio colegio bilgiler bilgileri bilgisi iletişim eğitim deneyim deneyimi
    yetenekler beceriler hakkımda referanslar türkçe ingilizce almanca fransızca anadil acadêmica acadêmico
    académica académico accademica esperienze competenze formazione professionali lavorative kontak keahlian
    keterampilan sertifikasi sertifikat organisasi prestasi penghargaan ringkasan riwayat utbildning
    erfarenhet arbetslivserfarenhet kompetenser färdigheter språk utdanning arbeidserfaring erfaring ferdigheter
    uddannelse erhvervserfaring færdigheder kompetencer sprog koulutus työkokemus taidot kielet yhteystiedot
    menntun starfsreynsla færni tungumál ervaring werkervaringen competenties contactgegevens""".split()
    # Personal details' labels and values: marital status, nationality, birthplace, residence ("casado",
    # married, is a surname too).
    + """familienstand ledig verheiratet geschieden staatsangehörigkeit nationalität geburtsort wohnort
    célibataire marié mariée nationalité soltero soltera solteiro solteira civile celibe nubile
    coniugato coniugata bekar evli medeni""".split()
    # Places of an address: kibbutz, moshav, street (Hebrew); street, district (Arabic, Persian).
    + "קיבוץ מושב רחוב شارع خیابان محله".split()
)
NOT_NAME = HEADINGS | JOB_WORDS | ORGANISATION_WORDS | OTHER_WORDS | FOREIGN_WORDS
# Pronouns, articles and other words of sentences in the supported languages
# that are never part of a person's name. Particles of names (de, da, van,
# von, der, di, la, le, y, e, bin, al) are deliberately absent.
FUNCTION_WORDS = frozenset(
    """about are be because but does every for from have how if into is it its me more my our ours than that their
    them these they this those through us was we what when where which who why will with you your je nous vous
    notre nos votre mon mes un une et est pour avec dans sur par les des au aux ce cette qui que ich wir ihr
    unser unsere und oder mit für ist ein eine einen im zum zur bei yo nosotros nuestro nuestra para con por
    es una los las eu nós nosso nossa com um uma os em io noi nostro nostra il gli sono ik wij ons onze voor
    met een het saya kami kita untuk dengan yang dari""".split()
    # Arabic and Persian: in, from, on, about, to, which, this, some, with, I, we; and, of, that, for
    + """في من على عن إلى الى التي الذي هذه هذا بعض مع أنا انا نحن در از به با که این آن برای را""".split()
)
# A phrase that starts with one of these is not a name ("We Build Things").
# "I" is absent: Balinese names start with it (I Made, I Wayan).
PRONOUNS = frozenset(
    """we our you your my nous notre votre vous wir unser unsere ich nosotros nuestro nuestra nós nosso nossa
    noi nostro ik wij onze kami kita saya""".split()
)
