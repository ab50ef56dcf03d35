"""Names on Chinese, Japanese and Korean resumes, read the way a recruiter
there reads them.

* CJK fonts often lack ascent and descent, so PDFium's glyph boxes follow
  each character's shape: "石神 春音" reaches us as runs of 9.9, 18 and
  10.8 pt. Pieces of one CJK word are read as one run, of its largest size.
* The 氏名 / 姓名 / 성명 field of a form holds the name: beside it, the other
  CJK texts of the page are the form's printing (a photo box 証明写真, the
  sex options 男・女, a footnote), so they are no candidates.
* Furigana (the ふりがな line) is the name's reading, not the name.
* The personal-details line of a Chinese or Korean resume starts with the
  name and the sex ("林星辰 / 男 / 1994", "孙阳，男，1992年生").
* A Japanese work history says whose it is: "村上玄徳の…職務経歴".
* A word written in two scripts is a broken font's text layer ("Aඇൽඒ":
  small capitals mapped to Sinhala letters), never a name.
* Kanji followed by hiragana in one word is a phrase (okurigana, particles:
  "記入上の注意", "開発ができる"); names do not conjugate.
* A Korean name starts with a family name: Hangul text that does not (an
  adverb of a motto, "뜨겁게") is no name.
* The sex option printed after the name field's value ("阿部 大和 男") is
  not part of the name.
"""

import dataclasses
import re
import unicodedata

from . import cjk_surnames, namemodel
from .fields import clean_text

_CJK_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL", "IDEOGRAPHIC")
_SCRIPTS = frozenset(
    "LATIN CYRILLIC GREEK ARMENIAN GEORGIAN HEBREW ARABIC SYRIAC THAANA DEVANAGARI BENGALI GURMUKHI GUJARATI "
    "ORIYA TAMIL TELUGU KANNADA MALAYALAM SINHALA THAI LAO TIBETAN MYANMAR ETHIOPIC KHMER MONGOLIAN".split()
)
_WIDTH = re.compile(r"^(?:FULLWIDTH|HALFWIDTH) ")

# Printed words of a 履歴書 (JIS Z 8303) form that are not already headings
# (``resume._CJK_HEADING``): the photo box, the seal, the sex options, and
# era names, which start dates (平成, 令和), and the year, month and day of
# a date column's header (年 月).
_FORM_WORDS = re.compile(r"^(?:証明写真|写真|写真貼付|貼付|印|男|女|男性|女性|남|여|年|月|日|[・/／、,，\s])+$")
_ERA = re.compile(r"^(?:明治|大正|昭和|平成|令和)")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
# Organisations and job titles: schools, companies, hospitals ("北京大学",
# "腾讯公司", "株式会社…"), and a title's last word ("软件工程师", "개발자").
_NOT_A_PERSON = re.compile(
    r"(?:大学|大學|学院|學院|公司|集团|集團|银行|銀行|医院|醫院|中学|中學|高校|小学|小學|研究所|研究院|大学院|"
    r"대학교|대학원|학교|회사|병원|"
    r"工程师|工程師|经理|經理|总监|總監|主管|设计师|設計師|架构师|架構師|分析师|分析師|顾问|顧問|实习生|實習生|"
    r"专员|專員|助理|老师|老師|教师|教師|律师|律師|医生|醫生|会计|會計|エンジニア|デザイナー|プログラマー|"
    r"マネージャー|개발자|엔지니어|디자이너|기획자|매니저|연구원)$|^(?:株式会社|有限会社|주식회사)|"
    r"^第[一二三四五六七八九十百千\d]+[届屆名次期回章节節条條]|"  # an ordinal: "第一屆" (the first edition of)
    r"^(?:사원|주임|대리|과장|차장|부장|팀장|파트장|선임|책임|수석|인턴|대표)$"  # a Korean company's ranks, alone
)
_KOREAN_CONJUNCTION = re.compile(r"(?:^|\s)(?:및|또는)(?:\s|$)")  # and, or: words of a phrase
_ONLY_KANA = re.compile(r"^[\u3041-\u3096\u30a1-\u30fa\u30fc・]+$")
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]+")  # one word: no space, no middle dot
_KANJI_NAME = re.compile(r"^[\u4e00-\u9fff\u3400-\u4dbf々]{2,6}$")
_FURIGANA = re.compile(r"^\s*(?:ふりがな|フリガナ)")
# Kanji or katakana followed by hiragana (okurigana, particles), or a small
# kana first (the rest of a word broken at the line's end): a phrase.
_PHRASE = re.compile(
    r"[\u4e00-\u9fff\u3400-\u4dbf々\u30a1-\u30ff][\u3041-\u3096]|^[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー]"
)
_READING = re.compile(r"\s*[（(][^）)]*[）)]")
_HAN = r"[\u4e00-\u9fff\u3400-\u4dbf々\uac00-\ud7a3]"
# "林星辰 / 男 / 1994", "孙阳，男，1992年生", "김민수 | 남": name, then the sex.
_SEPARATOR = r"\s*[/／|｜,，、·・]\s*"
_SEX = r"(?:男|女|남|여)(?:性|자)?"
_NAME = r"(%s{1,2}\s{1,3}%s{1,3}|%s{2,4})" % (_HAN, _HAN, _HAN)  # 2-4 syllables, perhaps a space after the surname
_NAME_AND_SEX = re.compile(r"^\s*%s%s%s(?:%s|\s*$)" % (_NAME, _SEPARATOR, _SEX, _SEPARATOR))
# "村上玄徳の2022年3月5日現在の職務経歴。": the work history of 村上玄徳.
_SEX_FIRST = re.compile(r"^\s*%s%s" % (_SEX, _SEPARATOR))
_WHOSE_HISTORY = re.compile(r"^\s*%sの.{0,24}?(?:職務経歴|履歴書)" % _NAME)


def runs(line):
    """The ``(text, size)`` runs of ``line`` with the pieces of a CJK word
    put together at their largest size; a word of another script glued on
    in a clearly other size stays apart ("陳薇婷" at 38 pt, "Waiting" at 22)."""
    if line.text.isascii() or len(line.runs) < 2:
        return line.runs
    merged = [list(line.runs[0])]
    for text, size in line.runs[1:]:
        last = merged[-1][0]
        glued = text and last and not last[-1].isspace() and not text[0].isspace()
        both = glued and _is_cjk(last[-1]) and _is_cjk(text[0])
        if both or glued and (_is_cjk(last[-1]) or _is_cjk(text[0])) and _similar(size, merged[-1][1]):
            merged[-1] = [last + text, max(merged[-1][1], size)]
        else:
            merged.append([text, size])
    return [tuple(run) for run in merged]


def _similar(size, other):
    return abs(size - other) <= 0.2 * max(size, other)


def review(candidates, head, clean_name):
    """``candidates`` without what a CJK form or text layer shows is no name,
    and with the names its personal-details line or title states."""
    kept = [c for c in map(_one_script, candidates, [clean_name] * len(candidates)) if c and _may_be_name(c)]
    labelled = {_key(c.name) for c in kept if c.source == "label" and _is_cjk(_key(c.name))}
    if labelled:  # the form's 氏名 field holds the name: its other CJK texts are printing
        kept = [c for c in kept if c.source != "text" or not _is_cjk(_key(c.name)) or _key(c.name) in labelled]
    kept = _without_readings(kept)
    kept = [c for c in kept if c.source != "text" or not _in_sentences(_key(c.name), head)]
    kept = _surnamed_first(kept, any(_KANA.search(line.text) for line in head))
    return kept + _stated(head, clean_name)


def _one_script(candidate, clean_name):
    """A name printed in two scripts ("张伟 Zhang Wei", "Taeyeong Jeong
    정태영") is one name twice: the form printed first (None when the
    scripts alternate)."""
    if candidate.name.isascii():
        return candidate
    tokens = candidate.name.split()
    flags = [_is_cjk(token) for token in tokens]
    if len(set(flags)) < 2:
        return candidate
    second = flags.index(not flags[0])
    if flags[0] in flags[second:]:
        return None
    name = clean_name(" ".join(tokens[:second]))
    return dataclasses.replace(candidate, name=name, whole_line=False) if name else None


def _in_sentences(name, head):
    """Whether the CJK text ``name`` runs on into other letters in two or more
    other lines ("数学" of "日本数学オリンピック", "大学院レベルの数学や"): a word
    of the page's sentences, a subheading, not a name."""
    if not _is_cjk(name) or len(name) > 4:
        return False
    found = 0
    for line in head:
        text = line.text
        at = text.find(name)
        if at < 0 or text.strip() == name:
            continue
        beside = text[at - 1 : at] + text[at + len(name) : at + len(name) + 1]
        if any(_is_cjk(c) for c in beside):
            found += 1
            if found >= 2:
                return True
    return False


def _without_readings(candidates):
    """Without a name's reading: kana only, a line above or below a name
    in kanji ("ヤマダ タロウ" over "山田 太郎")."""
    kanji = {c.position for c in candidates if c.position is not None and _KANJI_NAME.match(_key(c.name))}
    if not kanji:
        return candidates
    return [
        c
        for c in candidates
        if not (c.source == "text" and _ONLY_KANA.match(_key(c.name)) and {c.position - 1, c.position + 1} & kanji)
    ]


def _surnamed_first(candidates, kana_page):
    """Among the Chinese (on a page without kana) or Korean texts, those
    that start with a family name, when some do: a heading or a school
    rarely does ("软件工程师", "경력기술")."""
    kept = candidates
    for family in (cjk_surnames.KOREAN, cjk_surnames.CHINESE if not kana_page else None):
        if family is None:
            continue
        group = [c for c in kept if c.source == "text" and not c.name.isascii() and _family(_key(c.name)) is family]
        surnamed = [c for c in group if _surnamed(_key(c.name))]
        if surnamed:
            kept = [c for c in kept if c not in group or c in surnamed]
    return kept


def _family(name):
    """The family names a text starts with if it is a name: Korean for 2-4
    Hangul syllables, Chinese for 2-6 Chinese characters; else None."""
    if 2 <= len(name) <= 4 and all("\uac00" <= c <= "\ud7a3" for c in name):
        return cjk_surnames.KOREAN
    if 2 <= len(name) <= 6 and all("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" for c in name):
        return cjk_surnames.CHINESE
    return None


def _stated(head, clean_name):
    """Candidates (as labels) of the lines that state the name: the
    personal-details line (the first: a family table below lists others),
    a work history's possessive title."""
    found = []
    for position, line in enumerate(head):
        inside = _LABEL_INSIDE.search(clean_text(line.text)) if _LABEL_CHARS.search(line.text) else None
        mine = inside and not _OTHER_PERSON.search(inside.group(1))
        name = clean_name(label_value(inside.group(2))) if mine else ""
        if name:  # "2024年4月1日現在   氏名 山田 太郎": the label after other text
            found.append(namemodel.Candidate(name, position, max(s for _t, s in line.runs), name, "label", True, line))
        if not _RAW_HAN_START.match(line.text) or not _HAN_START.match(text := clean_text(line.text)):
            continue
        below = clean_text(head[position + 1].text) if position + 1 < len(head) else ""
        match = _WHOSE_HISTORY.match(text)
        personal = _NAME_AND_SEX.match(text) or _SEX_FIRST.match(below) and _FIRST_WORD.match(text)
        if personal and not _surnamed(_key(personal.group(1))):
            personal = None
        name = clean_name((match or personal).group(1)) if match or personal else ""
        if name:
            size = max((s for _t, s in line.runs), default=0.0)
            found.append(namemodel.Candidate(name, position, size, name, "label", True, line))
            if personal:
                break
    return found


def _surnamed(name):
    """Whether a Chinese or Korean name starts with a family name (other
    names: not known)."""
    family = _family(name)
    return family is None or name[:1] in family or name[:2] in family


_HAN_START = re.compile(r"^\s*%s" % _HAN)
_LABEL_CHARS = re.compile("[名명름]")
_LABEL_INSIDE = re.compile(r"^(.*\S)\s+(?:氏\s*名|姓\s*名|성\s*명|이\s*름)\s*[:：]?\s*(\S.*)$")
# Another person's name field: an emergency contact's, a guardian's, a referee's.
_OTHER_PERSON = re.compile("連絡先|保護者|緊急|家族|配偶者|紹介者|推薦|联系人|紧急|家属|推荐|보호자|비상|가족|추천")
_RAW_HAN_START = re.compile(
    r"^\s*[\u2e80-\u2fdf\u3005\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]"
)  # and radicals, before NFKC
_FIRST_WORD = re.compile(r"^\s*%s(?:\s|$)" % _NAME)


def _may_be_name(candidate):
    if candidate.name.isascii():
        return True
    name = _key(candidate.name)
    if any(len(_scripts(word)) > 1 for word in candidate.name.split()):
        return False
    if candidate.source != "text" or not _is_cjk(name.replace("・", "")):
        return True
    if _FORM_WORDS.match(name) or _ERA.match(name) or _PHRASE.search(name) or _NOT_A_PERSON.search(name):
        return False
    if _KOREAN_CONJUNCTION.search(candidate.raw):
        return False  # "부서 및 직책" (department and position): a form's label
    if _family(name) is cjk_surnames.KOREAN and not _surnamed(name):
        return False
    if _KATAKANA_WORD.fullmatch(candidate.name.strip()):
        return False  # "コンパイラ" (compiler): a name in katakana parts family and given names (ケイリー・マン)
    if candidate.line is None:
        return True
    line = clean_text(candidate.line.text)
    return not (_FURIGANA.match(line) or before_colon(candidate.raw, line))


# "蔡泓其 :0902106252": an icon read as a colon, glued to the next field's value.
_ICON_COLON = re.compile(r"\s+:(?=[\w+(])")


def before_colon(raw, line):
    """Whether ``raw`` ends before a colon in ``line``: a field's label
    ("应聘职位：" applying for), not a name."""
    piece = raw.strip().rstrip(":：")
    at = line.find(piece) if piece else -1
    rest = line[at + len(piece) :]
    return at >= 0 and rest.lstrip()[:1] in (":", "：") and not _ICON_COLON.match(rest)


def label_value(value):
    """A CJK label value without its reading or romanisation in brackets and
    what follows in another script: "李 堯（リ・ヤオ, Li Yao） Gender 男" is 李 堯."""
    value = value.lstrip(" |｜")  # a table's cell: "성 명 | 홍길동 | 생년월일"
    if not _HAN_START.match(value):
        return value
    tokens = _READING.sub(" ", value).split()
    cut = next((i for i, token in enumerate(tokens) if not _is_cjk(token)), len(tokens))
    if cut > 1 and _LONE_SEX.match(tokens[cut - 1]):  # "阿部 大和 男": the form's sex option
        cut -= 1
    return " ".join(tokens[:cut])


_LONE_SEX = re.compile(r"^%s$" % _SEX)


def _key(name):
    return re.sub(r"\s+", "", name)


def _scripts(word):
    """The scripts of the letters of ``word`` (CJK scripts count as one)."""
    found = set()
    for char in word:
        if char.isalpha():
            script = _WIDTH.sub("", unicodedata.name(char, "")).split(" ", 1)[0]
            if script in _CJK_SCRIPTS:
                found.add("CJK")
            elif script in _SCRIPTS:  # not a modifier letter (the ʻokina of "Kaʻahanui")
                found.add(script)
    return found


def _is_cjk(text):
    """Chinese, Japanese or Korean letters only."""
    return bool(text) and all(unicodedata.name(c, "").startswith(namemodel.CJK_LETTERS) for c in text)
