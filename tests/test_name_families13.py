"""After holdout15 was measured once, at the start of the eleventh round:
names with three initials, a name whose glyph boxes differ in height over
two lines, a degree after a comma of another size, a Korean name above the
contact line far down, a Japanese form's furigana label, a nickname in
quotes, Korean and Chinese headings, a Persian title stored backwards; a
masked address, a date and time, a mobile number that is also the mail
account, a LinkedIn URL broken after its domain. Lines are made here."""

from test_name_evidence import _lines
from test_name_evidence import profile_of_rows as _profile

from heymilo_ingestion.extraction.resume import _label_column_name, clean_name

BODY = [("Project work on data pipelines and reporting for the sales team, 2019-2023.", 9.0)] * 6


def test_a_name_of_three_initials_and_three_words_is_a_name():
    rows = [("A H M MOIN UDDIN SAMI", 21.9), ("Sydney, NSW | moinuddinsami1205@example.com | (+61) 480 607 607", 7.6)]
    assert _profile(*rows).name == "A H M Moin Uddin Sami"


def test_an_icon_glyph_after_the_name_is_not_an_initial():
    rows = [("Jacek Oleś", 19.8), ("Æ", 21.1), ("jacekoles@example.com", 9.0)]
    assert _profile(*rows).name == "Jacek Oleś"


def test_a_name_on_two_lines_whose_capitals_measure_smaller_is_joined_when_the_address_spells_it():
    rows = [[("A", 26.1), ("driel Isaiah", 27.8)], ("Amoguis", 26.1), ("adriel.isaiah.amoguis@example.com", 8.8)]
    assert _profile(*rows).name == "Adriel Isaiah Amoguis"


def test_two_lines_of_sizes_apart_stay_apart_without_the_address():
    rows = [[("A", 26.1), ("driel Isaiah", 27.8)], ("Amoguis", 26.1), ("contact@example.com", 8.8)]
    assert _profile(*rows).name != "Adriel Isaiah Amoguis"


def test_a_comma_of_another_size_does_not_cut_a_name_before_its_degree():
    skills = [(word, 8.0) for word in ("Skills", "HTML", "CSS", "Javascript", "MySQL", "Hobbies", "Travelling")]
    name = [("ABIDZAR ZULFA ARIFA KUS", 12.5), ("Y", 11.7), ("ONO", 12.5), (", ", 14.3), ("S.Kom.", 12.3)]
    rows = [*skills, ("Bandung, Indonesia", 6.5), name, ("+62 812 4370 0823 | abidzarbijeh@example.com", 7.1)]
    assert _profile(*rows).name == "Abidzar Zulfa Arifa Kusyono"


def test_a_korean_name_just_above_the_email_far_down_the_page_is_found():
    headings = [("혁신적인 IT 기술을 사용합니다.", 18.3)]
    headings += [(word, 13.4) for word in ("학력", "경력 총 1년 1개월", "자격증")]
    body = [("조선대학교 컴퓨터공학과 졸업예정", 8.0)] * 4
    name = [("김보현", 12.1), (" 남 1997년 (만 28세)", 8.5)]
    rows = [*headings, *body, name, ("휴대폰 010-9968-7044 Email kbh3337044@example.com", 8.5)]
    assert _profile(*rows).name == "김보현"


def test_a_japanese_forms_furigana_label_is_no_name_and_a_postcode_under_a_phone_label_no_phone():
    rows = [
        ("年 11 月 4 日現在", 11.0),
        ("ふりがな", 11.0),
        ("氏   名", 11.0),
        ("ふりがな", 11.0),
        ("現住所 〒", 11.0),
        ("履 歴 書", 17.6),
        ("すずき   まひろ", 11.0),
        ("鈴木   聖大", 19.8),
        ("191007@st.example.ac.jp 080－2864－8835", 11.0),
        ("さっぽろしひがしく (自宅電話)", 11.0),
        ("007-0847", 11.0),
    ]
    profile = _profile(*rows)
    assert profile.name == "鈴木聖大"
    assert profile.phone == "+818028648835"  # full-width dashes read; the postcode under "home phone" is none


def test_a_nickname_in_quotes_between_the_names_is_left_out():
    rows = [("Tsai-Yu “Marian” Chung", 18.0), ("marian323893@example.com", 17.0)]
    assert _profile(*rows).name == "Tsai-Yu Chung"


def test_korean_headings_of_a_university_and_graduation_are_no_name():
    rows = [
        ("영남대학교", 9.7),
        ("대학교(4년) 졸업", 9.0),
        ("컴퓨터공학과 - 회사내규에 따름", 9.7),
        ("학력 대학교(4년) 졸업", 15.2),
        ("경험/활동/교육", 15.2),
        ("자격/어학/수상", 15.2),
        [("이지헌", 16.6), (" 신입", 9.7)],
        ("이메일 skysea001010@example.com 휴대폰 010-3977-9335", 9.7),
    ]
    assert _profile(*rows).name == "이지헌"


def test_korean_and_chinese_headings_of_schools_graduation_and_economy_are_no_name():
    assert [clean_name(text) for text in ("대학교 졸업", "컴퓨터공학과", "經濟部", "學院")] == ["", "", "", ""]
    assert [clean_name(text) for text in ("蔡泓其", "이지헌")] == ["蔡泓其", "이지헌"]  # names stay names


def test_a_persian_title_stored_backwards_is_no_name():
    rows = [("هصالخ هموزر", 16.4), ("Full-Stack Developer & Software Engineer", 12.9), ("pedram@example.com", 9.0)]
    assert _profile(*rows).name == ""  # "خلاصه رزومه" (resume summary), letters in drawing order


def test_an_address_masked_before_publishing_is_no_email():
    rows = [("Charlotte", 20.0), ("Email: c.xxxxxxxxxxxx@gmail.com  Phone: xxxx-xxx-xxx", 9.0)]
    assert _profile(*rows).email == ""


def test_a_date_and_time_is_no_phone():
    rows = [("Resume", 20.0), ("edition: 2022-12-11 13:21:14", 7.6), ("animuspexus@example.com", 9.0)]
    assert _profile(*rows).phone == ""


def test_a_labelled_mobile_number_that_is_also_the_mail_account_is_the_phone():
    rows = [
        ("张梓祥", 20.0),
        ("手机：18267187411 · 微信号：zzx57637", 12.0),
        ("· 邮箱：xm57637@qq.com", 12.0),
        ("· 邮箱：18267187411@163.com", 12.0),
    ]
    assert _profile(*rows).phone == "+8618267187411"


def test_an_account_number_without_a_label_is_still_no_phone():
    rows = [("张梓祥", 20.0), ("邮箱：610948097@qq.com", 12.0), ("610948097", 12.0)]
    assert _profile(*rows).phone == ""


def test_a_linkedin_url_broken_after_its_domain_is_joined():
    rows = [("Dariusz Czernecki", 20.0), ("czernecki.home@example.com", 12.0)]
    rows += [("https://www.linkedin.com", 12.0), ("/in/dariusz-czernecki/", 12.0)]
    assert _profile(*rows).linkedin_url == "https://www.linkedin.com/in/dariusz-czernecki"


def test_a_printed_handle_wins_over_links_a_template_left_behind():
    rows = [("Nimit Tanboontor", 22.0), ("nimittanbooutor@example.com — 0947041119", 8.8)]
    rows += [("github.com/6531503042 — linkedin.com/in/nimitben/", 9.0)]
    links = ["mailto:jirawat.dev@example.org", "https://linkedin.com/in/jirawat"]
    assert _profile(*rows, links=links).linkedin_url == "https://www.linkedin.com/in/nimitben"


def test_a_link_to_another_handle_than_printed_still_wins_when_the_mail_link_is_the_candidates():
    rows = [("Nimit Tanboontor", 22.0), ("nimittanbooutor@example.com — 0947041119", 8.8)]
    rows += [("github.com/6531503042 — linkedin.com/in/nimitben/", 9.0)]
    links = ["mailto:nimittanbooutor@example.com", "https://linkedin.com/in/nimit-tanboontor-a1b2c3"]
    assert _profile(*rows, links=links).linkedin_url == "https://www.linkedin.com/in/nimit-tanboontor-a1b2c3"


def test_an_introduction_whose_name_goes_on_after_a_line_break_gives_the_whole_name():
    rows = [("2024", 13.5), ("Hola Mi nombre es Pedro", 13.5), ("Galvis | Mi Perfil", 13.5)]
    rows += [("Pedro inició su carrera profesional como coordinador administrativo.", 8.9)]
    assert _profile(*rows).name == "Pedro Galvis"


def test_an_introduction_on_one_line_ends_there():
    rows = [("Hello! I'm Ana Ruiz", 20.0), ("Software Engineer", 20.0), ("ana@example.com", 10.0)]
    assert _profile(*rows).name == "Ana Ruiz"


# -- holdout16, measured once at the end of the round, then studied ------------------


def test_russian_personal_data_heading_and_field_labels_are_no_name():
    rows = [("Резюме", 24.4), ("ЛИЧНЫЕ", 15.5), ("ДАННЫЕ", 15.5), ("Имя", 13.3), ("Номер телефона", 13.3)]
    rows += [("email", 13.3), ("Екатерина Кошевая", 13.3), ("89278213885", 13.3), ("uea06@example.ru", 13.3)]
    assert _profile(*rows).name not in ("Личные Данные", "Номер Телефона")


def test_months_of_two_digit_years_are_no_phone():
    rows = [
        ("Kevin Seidel", 20.0),
        ("keseidel@example.com", 10.0),
        ("10/10 - 03/14 Ausbildung zum Fachinformatiker", 10.0),
    ]
    assert _profile(*rows).phone == ""


def test_a_grants_number_is_no_phone():
    rows = [("罗 可", 17.2), ("国家自然科学基金，面上项目，62272178, 超高密度三维热辅助磁记录写机制研究", 10.0)]
    assert _profile(*rows).phone == ""


def test_an_address_written_with_hashes_for_its_at_and_dots_is_read():
    rows = [("罗 可", 17.2), ("kenleo_lucas#outlook#com   github.com/Ken-Leo", 10.0)]
    assert _profile(*rows).email == "kenleo_lucas@outlook.com"


def test_a_hashtag_list_is_no_address():
    rows = [("Ana Ruiz", 20.0), ("ana@example.com", 10.0), ("Interests: #python#data#ml", 10.0)]
    assert _profile(*rows).emails == ["ana@example.com"]


def test_an_international_number_printed_first_stays_first_though_no_library_validates_it():
    rows = [("DANIEL COHEN", 20.0), ("Email: daniel@example.com | +972 52-123-4567 | Office: +1 202 555 0175", 10.0)]
    assert _profile(*rows).phone == "+972 52-123-4567"  # the mobile as printed, not the labelled office number


def test_a_forms_column_of_labels_pairs_the_name_with_its_value_below():
    rows = [("Резюме", 24.4), ("ЛИЧНЫЕ", 15.5), ("ДАННЫЕ", 15.5), ("Имя", 13.3), ("Номер телефона", 13.3)]
    rows += [("email", 13.3), ("Екатерина Кошевая", 13.3), ("89278213885", 13.3), ("uea06@example.ru", 13.3)]
    assert _profile(*rows).name == "Екатерина Кошевая"


def test_a_name_label_whose_column_the_address_does_not_pair_gives_no_value():
    rows = [("Имя", 13.3), ("Номер телефона", 13.3), ("Навыки", 13.3), ("Python Django", 13.3), ("89278213885", 13.3)]
    assert _label_column_name(_lines(*rows)) is None  # no e-mail label over an address: the pairing is not shown
