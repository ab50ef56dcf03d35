"""Names on Chinese, Japanese and Korean resumes (``extraction/cjk_names``):
text lines written here as a text layer gives them (runs of glyph sizes),
and PDFs whose codes map to CJK characters."""

import pytest
from conftest import make_pdf_with_tounicode

from heymilo_ingestion.extraction import cjk_names, extract
from heymilo_ingestion.extraction.confidence import band
from heymilo_ingestion.extraction.resume import name_candidates, parse_resume
from heymilo_ingestion.extraction.textline import TextLine


def line(*runs):
    """A page-one line of ``(text, size)`` runs; a bare string is one run of 10.5 pt."""
    runs = [(run, 10.5) if isinstance(run, str) else run for run in runs]
    return TextLine("".join(text for text, _size in runs), 1, runs)


def name_of(lines):
    profile = parse_resume(lines)
    return profile.name, band(profile.confidence["name"]) if profile.name else ""


def candidates_of(lines):
    text = "\n".join(item.text for item in lines)
    return {c.name for c in name_candidates(lines, text, [])[0]}


def test_pieces_of_a_cjk_word_are_one_run_of_its_largest_size():
    # A CJK font without ascent and descent: each glyph box follows the character's shape.
    assert cjk_names.runs(line(("高", 9.9), ("橋 美", 18.0), ("咲", 10.8))) == [("高橋 美咲", 18.0)]
    assert cjk_names.runs(line(("Data ", 12.0), ("Engineer", 14.0))) == [("Data ", 12.0), ("Engineer", 14.0)]


def test_a_work_history_whose_name_glyphs_differ_in_size_gives_the_name():
    lines = [line(("令和5年12", 18.0), ("月", 10.3), ("16", 18.0), ("日", 9.9)), line(("職務経歴書", 36.0)),
             line(("高", 9.9), ("橋 美", 18.0), ("咲", 10.8)), line(("■職務要約", 18.0)),
             line(("システム開発に従事しました。", 13.5))]  # fmt: skip
    assert name_of(lines)[0] == "高橋美咲"


def test_pieces_of_headings_on_several_lines_are_not_put_together():
    lines = [line(("聯", 15.9), ("絡", 17.0), ("資", 16.0), ("訊", 17.0)), line(("教育程度", 17.0)),
             line(("0912-345678", 9.6)), line(("手機號", 9.2), ("碼", 10.0)), line(("地", 9.2), ("址", 10.0)),
             line(("陳志", 29.3), ("明", 32.0)), line(("我熱愛資料分析。", 12.9))]  # fmt: skip
    assert name_of(lines)[0] == "陳志明"


def test_the_name_field_of_a_rirekisho_wins_over_the_forms_printing():
    lines = [line(("履   歴   書 ", 18.0), ("2023   年   4   月   1   日現在 ", 10.0), ("証明写真", 11.0)),
             line(("ふりがな ", 8.0), ("やまだ   はなこ", 10.5)), line("男 ・ 女"), line("年 月 学   歴・職   歴"),
             line("氏 名 山田   花子"), line("生年月日 2000 年 11 月   1   日生"), line("E-mail"),
             line("h.yamada@example.jp")]  # fmt: skip
    assert name_of(lines) == ("山田花子", "high")


def test_furigana_a_footnote_and_an_era_are_no_names():
    lines = [line(("記入上の注意", 12.0)), line(("ふりがな ", 8.0), ("たなか ゆう", 10.5)), line("平成"),
             line("ューができる"), line("Experience")]  # fmt: skip
    assert candidates_of(lines) == set()


def test_a_word_in_two_scripts_is_a_broken_text_layer_not_a_name():
    lines = [line(("A\u0d87\u0d7d\u0d92 L\u0d7e\u0d7e", 26.6)), line("Taipei, Taiwan ◆ dev2000@example.com"),
             line("Software engineer with ten years of work on networks.")]  # fmt: skip
    assert name_of(lines)[0] == ""
    # a modifier letter (the Hawaiian ʻokina) belongs to no script
    assert name_of([line(("Keola Kaʻahanui", 24.0)), line("keola@example.com")])[0] == "Keola Kaʻahanui"


@pytest.mark.parametrize(
    "lines, name",
    [
        # the personal-details line under its heading, below the first lines: name / sex / year
        ([[("校园招聘简历", 11.4)], [("联系方式", 22.7)], [("手机：", 11.2), ("13912345678", 14.3)],
          [("Email：coder@example.cn", 14.3)], [("QQ：123456789", 14.3)], [("个人信息", 22.7)],
          [("周子豪 ", 11.2), ("/ ", 14.3), ("男 ", 11.2), ("/ 1994", 14.3)], [("本科 ", 11.2), ("/ 2012.09", 14.3)]],
         "周子豪"),
        # a Korean job board's card: the name over "sex, year (age)", far down the page
        ([("경력", 9.5), "총 1년 5개월", ("학력", 9.5), "대학교(4년) 졸업", ("희망연봉", 9.5), "회사내규에 따름",
          ("인공지능 개발", 13.6), "- C 언어, python", [("이서연 ", 16.3), ("경력", 9.5)], "남, 1993(만 30세)",
          "seoyeon@example.com 010-9416-2506"], "이서연"),
        # a work history that says whose it is
        ([("職務経歴書", 21.3), "佐藤健一の2022年3月5日現在の職務経歴。", ("できること", 16.0)], "佐藤健一"),
    ],
)  # fmt: skip
def test_a_line_that_states_the_name_gives_it(lines, name):
    found, level = name_of([line(*item) if isinstance(item, list) else line(item) for item in lines])
    assert (found, level != "low") == (name, True)


def test_a_field_label_before_a_colon_is_no_name():
    lines = [line(("刘建国 ", 26.4), ("应聘职位： ", 12.5), ("软件开发工程师", 28.4)), line("性别: 男   年龄: 25")]
    assert "应聘职位" not in candidates_of(lines)
    assert name_of(lines)[0] == "刘建国"


def test_a_cjk_label_value_drops_its_reading_and_the_next_label():
    # Name 張 翔（チョウ・ショウ, Zhang Xiang） Gender 男, in a table far down page one
    mapping = {1: "張", 2: "翔", 3: "（", 4: "チ", 5: "ョ", 6: "ウ", 7: "・", 8: "シ", 9: "）", 11: "男"}
    rows = [b"Personal Resume", b"Education", b"Wuhan University, Physics", b"Academic Experience"]
    rows += [b"Courses: mechanics, statistics, networks"] * 12
    rows += [b"Name \x01 \x02\x03\x04\x05\x06\x07\x08\x05\x06, Zhang Xiang\x09 Gender \x0b", b"E-mail zx@example.com"]
    document = extract(make_pdf_with_tounicode(rows, mapping), "cv.pdf")
    assert document.profiles[0].name == "張翔"


@pytest.mark.parametrize(
    "text, name",
    [("张伟 Zhang Wei", "张伟"), ("Jiwoo Park 박지우", "Jiwoo Park"), ("김민준 Minjun Kim", "김민준")],
)
def test_a_name_printed_in_two_scripts_is_given_once_as_printed_first(text, name):
    lines = [line((text, 24.0)), line("minjun.k@example.com  |  +82 10-1234-5678"), line("Experience")]
    assert name_of(lines)[0] == name


def test_schools_companies_and_job_titles_are_no_names():
    lines = [line(("北京大学", 20.0)), line(("腾讯科技集团", 16.0)), line(("株式会社サンプル", 16.0)),
             line("软件工程师"), line("백엔드 개발자"), line("Experience")]  # fmt: skip
    assert candidates_of(lines) == set()


@pytest.mark.parametrize(
    "lines, name",
    [
        # a job title and a section larger than the name, which starts with a family name
        ([("前端开发", 22.0), ("王小明", 16.0), ("13800138000", 10.5), ("项目经验", 16.0)], "王小明"),
        ([("프로젝트", 22.0), ("김민준", 16.0), ("010-1234-5678", 10.5)], "김민준"),
    ],
)  # fmt: skip
def test_of_chinese_or_korean_texts_the_one_starting_with_a_family_name_is_the_name(lines, name):
    assert name_of([line(item) for item in lines])[0] == name


def test_only_the_first_personal_details_line_states_the_name():
    # a family table below lists the parents the same way; a relation word is no name
    lines = [line("个人信息"), line("王小明 / 男 / 1995"), line("教育背景"), line("家庭成员"), line("父亲 / 男 / 1965"),
             line("王建国 / 男 / 1965")]  # fmt: skip
    text = "\n".join(item.text for item in lines)
    assert [c.name for c in name_candidates(lines, text, [])[0] if c.source == "label"] == ["王小明"]


@pytest.mark.parametrize(
    "lines, name",
    [
        # a work history's date line ends with the name field
        ([("職務経歴書", 24.0), "2024年4月1日現在   氏名 山田 太郎", ("■職務要約", 14.0), "Webシステムの開発に従事。"],
         "山田太郎"),
        # a table's cells read as one line
        ([("이 력 서", 24.0), "성 명 | 홍길동 | 생년월일 | 1995.01.01", "연락처 | 010-1234-5678"], "홍길동"),
        # the reading in katakana over the name in kanji
        ([("ヤマダ タロウ", 16.0), ("山田 太郎", 16.0), "taro@example.jp", ("職務経歴", 14.0)], "山田太郎"),
    ],
)  # fmt: skip
def test_a_name_field_inside_a_line_or_cell_and_the_reading_beside_the_name(lines, name):
    assert name_of([line(item) for item in lines])[0] == name


def test_an_emergency_contacts_name_field_is_not_the_candidates():
    lines = [line(("履歴書", 20.0)), line("緊急連絡先   氏名 鈴木 一郎"), line("Experience")]
    assert name_of(lines)[0] == ""
