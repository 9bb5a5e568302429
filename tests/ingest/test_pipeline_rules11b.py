"""Issue 9, session 11 (rules11b): known people in the forms Russian, Persian and Turkish
copy writes them. Our own sentences in each language a rule touches, and sentences where
it must not fire."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import (
    Gazetteer,
    GazetteerParticipant,
    GazetteerRound,
    article_people,
    find_candidates,
    html_to_text,
)
from peaceproc.ingest.pipeline.rounds import find_rounds

PEOPLE = (
    # Names as the record writes them: Cyrillic for one, Latin only for the others.
    GazetteerParticipant("ahmed-al-sharaa", ("Ahmed al-Sharaa", "Ахмед аш-Шараа", "أحمد الشرع")),
    GazetteerParticipant("hakan-fidan", ("Hakan Fidan", "Fidan")),
    GazetteerParticipant("ahmad-toma", ("Ahmad Toma",)),
    GazetteerParticipant("ali-asghar-khaji", ("Ali Asghar Khaji",)),
    GazetteerParticipant("staffan-de-mistura", ("Staffan de Mistura",)),
    GazetteerParticipant("china", ("China", "Çin"), person=False),
)
GAZ = Gazetteer(participants=PEOPLE, rounds=())


def people(text, lang):
    return set(article_people(text, language=lang, gazetteer=GAZ).slugs)


class ArticleWrittenOntoASurnameTests(unittest.TestCase):
    """The Arabic article written onto a surname ('аш-Шараа', 'ash-Sharaa') is the
    surname's in every script: in lower case it starts the surname alone, and the name
    is found without it too ('Ахмед Шараа')."""

    def test_found(self):
        cases = [
            ("ru", "Президент Сирии аш-Шараа прибыл в Москву."),
            ("ru", "Переговоры аш-Шараа с Путиным прошли в Кремле."),
            ("ru", "Встреча с Ахмедом аш-Шараа состоялась во вторник."),
            ("ru", "Президент Сирии Ахмед Шараа заявил, что готов к переговорам."),
            ("en", "Syrian President Ahmed Sharaa said on Monday that talks would go on."),
            ("en", "Later, ash-Sharaa said the talks would go on."),
        ]
        for lang, text in cases:
            with self.subTest(text=text):
                self.assertIn("ahmed-al-sharaa", people(text, lang))

    def test_not_found(self):
        cases = [
            ("ru", "Он сказал, что шар и ад не имеют к этому отношения."),
            ("en", "The ash and the sharaa were on the table."),
        ]
        for lang, text in cases:
            with self.subTest(text=text):
                self.assertNotIn("ahmed-al-sharaa", people(text, lang))


class FrenchElisionTests(unittest.TestCase):
    """French writes 'de', 'que', 'le' onto a name beginning with a vowel ('d'Erdogan',
    'qu'Ahmad', 'l'ONU'): the name is the word after the apostrophe, when capitalised."""

    GAZ = Gazetteer(
        participants=(
            GazetteerParticipant("recep-tayyip-erdogan", ("Recep Tayyip Erdoğan", "Erdogan")),
            GazetteerParticipant("united-nations", ("United Nations", "ONU"), person=False),
            GazetteerParticipant("syrian-opposition", ("Opposition",), person=False),
        ),
        rounds=(),
    )

    def slugs(self, text):
        return set(article_people(text, language="fr", gazetteer=self.GAZ).slugs)

    def test_found(self):
        self.assertEqual(
            self.slugs("L'émissaire de l'ONU a parlé d'Erdogan lundi."),
            {"united-nations", "recep-tayyip-erdogan"},
        )
        self.assertIn("recep-tayyip-erdogan", self.slugs("Le Kremlin a dit qu'Erdogan viendrait."))

    def test_not_a_name(self):
        # Lower case after the apostrophe: an ordinary word, a name of no one; matched
        # only as the record's alias of that very word ('Opposition', as English 'the
        # opposition' is: rules12c).
        self.assertEqual(self.slugs("Aujourd'hui, l'émissaire est parti."), set())
        self.assertEqual(
            self.slugs("Aujourd'hui, les chefs de l'opposition sont partis."),
            {"syrian-opposition"},
        )


class RussianNominativeTests(unittest.TestCase):
    """A new name's dictionary form is a noun's: a given name the dictionary does not know
    and guesses as a verb ('Умит', read as 'уметь') stays as written, not 'Умевший'."""

    def test_names(self):
        cases = {
            "Турецкую делегацию возглавил Умит Ялчин, заместитель министра.": "Умит Ялчин",
            "Министерство представлено Сергеем Вершининым, директором департамента.": (
                "Сергей Вершинин"
            ),
        }
        for text, name in cases.items():
            with self.subTest(text=text):
                self.assertEqual(article_people(text, language="ru", gazetteer=GAZ).names, (name,))


class StressMarksTests(unittest.TestCase):
    """A stress mark on a Russian vowel (U+0301) is read past like a vowel mark."""

    def test_stressed_names(self):
        self.assertIn("ahmed-al-sharaa", people("Президент Сирии аш-Шара́а заявил это.", "ru"))
        self.assertIn("ahmed-al-sharaa", people("Ахме́д аш-Шараа́ прибыл в Анкару.", "ru"))


class LatinNameInCyrillicTests(unittest.TestCase):
    """A person the record writes in Latin letters only is found in Russian copy, in any
    case of the name ('Хакана Фидана', 'Хаканом Фиданом'), and by the surname alone where
    Russian capitalises only a proper noun (inside the sentence), not at its head."""

    def test_found(self):
        cases = [
            ("hakan-fidan", "Министр иностранных дел Турции Хакан Фидан прибыл в Дамаск."),
            ("hakan-fidan", "Лавров встретился с Хаканом Фиданом в Анкаре."),
            ("hakan-fidan", "Путин принял Хакана Фидана в Кремле."),
            ("hakan-fidan", "Глава МИД Турции Фидан заявил, что переговоры продолжатся."),
            ("hakan-fidan", "Фидан заявил, что всё решено. Министр Хакан Фидан уехал."),
            ("ali-asghar-khaji", "Замминистра Али Асгар Хаджи прибыл в Астану."),
            ("staffan-de-mistura", "Спецпосланник Стаффан де Мистура выступил в Женеве."),
            ("ahmad-toma", "Премьер временного правительства Ахмад Тома заявил об этом."),
        ]
        for slug, text in cases:
            with self.subTest(text=text):
                self.assertIn(slug, people(text, "ru"))

    def test_not_found(self):
        cases = [
            ("ahmad-toma", "Тома энциклопедии лежали на столе."),
            ("hakan-fidan", "Фидан пока не пришёл, а собрание началось."),
            # Only a person's name is read back: 'Чин' (a rank) is no 'Çin' (China).
            ("china", "Чин полковника ему дали в мае."),
        ]
        for slug, text in cases:
            with self.subTest(text=text):
                self.assertNotIn(slug, people(text, "ru"))


class ArabicChTests(unittest.TestCase):
    """Arabic writes the 'ch' of a foreign name 'تش' ('تشاووش أوغلو', Çavuşoğlu), Persian
    'چ': a name the record spells in Latin letters only is found either way; the month
    'تشرين' is no one."""

    GAZ = Gazetteer(
        participants=(GazetteerParticipant("mevlut-cavusoglu", ("Mevlüt Çavuşoğlu",)),),
        rounds=(),
    )

    def slugs(self, text, lang):
        return set(article_people(text, language=lang, gazetteer=self.GAZ).slugs)

    def test_found(self):
        for lang, text in (
            ("ar", "وقال وزير الخارجية التركي مولود تشاووش أوغلو إن تركيا مستعدة."),
            ("ar", "وقال تشاووش أوغلو إن المحادثات مستمرة."),
            ("fa", "چاووش اوغلو گفت که مذاکرات ادامه دارد."),
        ):
            with self.subTest(text=text):
                self.assertEqual(self.slugs(text, lang), {"mevlut-cavusoglu"})

    def test_not_found(self):
        self.assertEqual(self.slugs("عقد الاجتماع في تشرين الأول في أستانا.", "ar"), set())


class ApostropheInsideANameTests(unittest.TestCase):
    """A Latin alias with an apostrophe for an ayn ('Ahmed Tu'mah') is two words, not a
    particle 'Tu' that joins the others into one short sound: 'المحادثات مع' (the talks
    with) and 'موضوعات مهم' (important subjects) sounded like it."""

    GAZ = Gazetteer(
        participants=(GazetteerParticipant("ahmad-toma", ("Ahmad Toma", "Ahmed Tu'mah")),),
        rounds=(),
    )

    def slugs(self, text, lang):
        return set(article_people(text, language=lang, gazetteer=self.GAZ).slugs)

    def test_not_found(self):
        for lang, text in (
            ("ar", "ولا تزال الهيئة ترفض الخوض في جوهر المحادثات مع وفد النظام."),
            ("fa", "به سران سه کشور امکان می‌دهد درباره همه موضوعات مهم گفت‌وگو کنند."),
        ):
            with self.subTest(text=text):
                self.assertEqual(self.slugs(text, lang), set())

    def test_found(self):
        for lang, text in (
            ("ar", "وقال رئيس الوفد أحمد طعمة إن المحادثات مستمرة."),
            ("en", "Ahmed Tu'mah, head of the opposition delegation, spoke."),
        ):
            with self.subTest(text=text):
                self.assertEqual(self.slugs(text, lang), {"ahmad-toma"})


class OneNameWrittenAsTwoWordsTests(unittest.TestCase):
    """A transcribed name written as two words ('چاووش اوغلو') stands a space or a joiner
    apart; two words a slash parts are two ('فارس/ سنای': the agency, the Senate)."""

    GAZ = Gazetteer(
        participants=(
            GazetteerParticipant("sergei-vershinin", ("Sergei Vershinin",)),
            GazetteerParticipant("mevlut-cavusoglu", ("Mevlüt Çavuşoğlu",)),
        ),
        rounds=(),
    )

    def slugs(self, text):
        return set(article_people(text, language="fa", gazetteer=self.GAZ).slugs)

    def test_parted_by_a_slash(self):
        self.assertEqual(self.slugs("فارس/ سنای آمریکا امروز بخشی از قانون را تصویب کرد."), set())

    def test_one_name(self):
        for text in ("چاووش اوغلو وزیر خارجه ترکیه گفت.", "چاووش‌اوغلو وزیر خارجه ترکیه گفت."):
            with self.subTest(text=text):
                self.assertEqual(self.slugs(text), {"mevlut-cavusoglu"})


class ReportedClauseIsNoNameTests(unittest.TestCase):
    """After a title, 'that' of a reported clause ('إن', 'أن', 'که') ends the speaker's
    phrase: the clause's first words are no name ('وقال المتحدث إن المحادثات مستمرة')."""

    def test_no_name_after_that(self):
        for lang, text in (
            ("ar", "وقال المتحدث إن المحادثات مستمرة."),
            ("ar", "وأكد الوزير أن الاجتماع سيعقد في أستانا."),
            ("fa", "سخنگوی هیئت مخالفان گفت که مذاکرات ادامه دارد."),
        ):
            with self.subTest(text=text):
                self.assertEqual(article_people(text, language=lang, gazetteer=GAZ).names, ())

    def test_name_before_that(self):
        for lang, text, name in (
            ("ar", "وقال المتحدث يحيى العريضي إن المعارضة مستعدة.", "يحيى العريضي"),
            ("fa", "سخنگوی وزارت خارجه ناصر کنعانی گفت که مذاکرات ادامه دارد.", "ناصر کنعانی"),
        ):
            with self.subTest(text=text):
                found = article_people(text, language=lang, gazetteer=GAZ).names
                self.assertEqual(found, (name,))


class JoinersInHtmlTests(unittest.TestCase):
    """trafilatura drops the zero-width non-joiner and joiner; the extracted text keeps
    them where the page writes them, as a Persian reader sees the words ('می‌گوید')."""

    BODY = (
        "سخنگوی وزارت امور خارجه ایران روز سه‌شنبه گفت نشست آستانه برگزار می‌شود و "
        "هیئت‌ها در آن شرکت می‌کنند؛ وزیر خارجه ترکیه، مولود چاووش‌اوغلو، نیز حاضر است. "
        "این متن به اندازه‌ای بلند است که بخش اصلی صفحه شمرده شود."
    )

    def page(self, body, *, title="نشست آستانه سه‌شنبه", extra=""):
        return (
            f'<html><head><title>{title}</title><meta property="og:site_name" '
            f'content="خبرگزاری‌ ما"></head><body><nav><a href="/">خانه</a></nav>'
            f"<!-- نظر --><article><h1>{title}</h1><p>{body}</p><p>{extra}</p></article>"
            "<footer>همه حقوق محفوظ است</footer></body></html>"
        )

    def test_kept(self):
        text, meta = html_to_text(self.page(self.BODY, extra="گفت‌و‌گو ادامه دارد. 👨‍👩‍👧"))
        for word in ("سه‌شنبه", "می‌شود", "هیئت‌ها", "چاووش‌اوغلو", "گفت‌و‌گو", "👨‍👩‍👧"):
            with self.subTest(word=word):
                self.assertIn(word, text)
        self.assertEqual(meta["title"], "نشست آستانه سه‌شنبه")
        self.assertEqual(meta["publisher"], "خبرگزاری‌ ما")

    def test_stand_in_already_on_the_page(self):
        # A page that holds the first stand-in itself keeps it as written.
        text, _meta = html_to_text(self.page(self.BODY, extra="نماد \ufffc در متن."))
        self.assertIn("نماد \ufffc در متن", text)
        self.assertIn("می‌شود", text)

    def test_name_written_with_a_joiner(self):
        gaz = Gazetteer(
            participants=(GazetteerParticipant("mevlut-cavusoglu", ("Mevlüt Çavuşoğlu",)),),
            rounds=(),
        )
        text, _meta = html_to_text(self.page(self.BODY))
        found = article_people(text, language="fa", gazetteer=gaz).slugs
        self.assertIn("mevlut-cavusoglu", found)

    def test_page_without_joiners_unchanged(self):
        body = "Les pourparlers d'Astana reprennent mardi à Astana, selon le ministère. " * 3
        text, _meta = html_to_text(self.page(body, title="Astana"))
        self.assertIn(body.strip(), text)


class RoundNumberTestCase(unittest.TestCase):
    """Round numbers read from sentences: (language, sentence, number or None)."""

    def assert_numbers(self, cases):
        for lang, text, number in cases:
            with self.subTest(text=text):
                found = [r.number for r in find_rounds(text, lang)]
                self.assertEqual(found, [number] if number else [])


class RussianMeetingNounTests(RoundNumberTestCase):
    """Russian calls an Astana-format round an 'international meeting' ('совещание') as
    well as a 'встреча': an ordinal before it numbers the round, in words or digits."""

    def test_numbers(self):
        self.assert_numbers([
            ("ru", "Двадцать второе международное совещание по Сирии в астанинском формате "
                   "завершилось.", 22),
            ("ru", "22-е международное совещание по Сирии в астанинском формате прошло.", 22),
            ("ru", "На восьмом совещании в астанинском формате стороны договорились.", 8),
            ("ru", "На совещании 22 мая обсуждали гуманитарные вопросы в Астане.", None),
            ("ru", "Совещание в астанинском формате прошло 2 раза в 2017-м году.", None),
        ])  # fmt: skip
        self.assertEqual(
            find_rounds("Восьмое совещание в астанинском формате прошло.", "ru")[0].track, "astana"
        )


class ArabicTeenOrdinalTests(RoundNumberTestCase):
    """'الجولة الحادية عشر' is as common as 'الحادية عشرة': the unit and the ten in either
    gender make the ordinal, and a clock's hour is no round."""

    def test_numbers(self):
        self.assert_numbers([
            ("ar", "اختتمت الجولة الحادية عشر من محادثات أستانا.", 11),
            ("ar", "اختتمت الجولة الحادية عشرة من محادثات أستانا.", 11),
            ("ar", "بدأت الجولة التاسعة عشر من محادثات أستانا.", 19),
            ("ar", "عقدت الجولة الثاني عشرة في نور سلطان ضمن مسار أستانا.", 12),
            ("ar", "وصل الوفد إلى أستانا في الساعة الحادية عشر صباحا.", None),
        ])  # fmt: skip


class PersianOrdinalSpellingTests(RoundNumberTestCase):
    """Persian writes 'twenty-second' with joiners as often as with spaces ('بیست‌ودومین',
    'بیست و دومین'), and in digits with its suffix ('۲۲مین', '۲۲ امین')."""

    def test_numbers(self):
        self.assert_numbers([
            ("fa", "بیست‌ودومین دور مذاکرات آستانه پایان یافت.", 22),
            ("fa", "دور بیست‌و‌دوم مذاکرات آستانه پایان یافت.", 22),
            ("fa", "بیست‌ویکمین نشست آستانه برگزار شد.", 21),
            ("fa", "۲۲مین دور مذاکرات آستانه پایان یافت.", 22),
            ("fa", "۲۲ امین دور مذاکرات آستانه پایان یافت.", 22),
            ("fa", "۲۲ نشست در آستانه برگزار شده است.", None),
            ("fa", "در ۲۲ مین روز از ماه نشست برگزار شد.", None),
        ])  # fmt: skip


class RomanNumeralRoundTests(RoundNumberTestCase):
    """Rounds numbered in Roman numerals past ten, before the round's noun or after the
    track's name, in Latin letters or the Cyrillic look-alikes a Kazakh text types."""

    def test_numbers(self):
        self.assert_numbers([
            ("ru", "XXII международная встреча по Сирии в астанинском формате завершилась.", 22),
            ("ru", "ХХІ Международная встреча по Сирии в астанинском формате открылась.", 21),
            ("fr", "Le XXIe cycle des pourparlers d'Astana s'est ouvert.", 21),
            ("en", "Astana-XXII opened on Monday.", 22),
            ("tr", "Astana'da XXI. tur görüşmeler başladı.", 21),
            ("en", "World War II meetings were held in Yalta.", None),
            ("en", "I round up the figures every Monday in Astana.", None),
            ("ru", "Встречи xx века прошли в Астане.", None),
        ])  # fmt: skip


class NextRoundOfTwoInAMonthTests(unittest.TestCase):
    """'The next round ... in late November', written on 9 November 2019 when the
    committee met twice that month (30 Oct-8 Nov and 25-29 Nov): the one still ahead."""

    CC = "constitutional-committee"
    GAZ = Gazetteer(
        participants=(),
        rounds=(
            GazetteerRound("cc-1", CC, 1, date(2019, 10, 30), date(2019, 11, 8)),
            GazetteerRound("cc-2", CC, 2, date(2019, 11, 25), date(2019, 11, 29)),
        ),
    )

    def rounds(self, text, lang, published):
        found = find_candidates(text, published=published, language=lang, gazetteer=self.GAZ)
        return [c.round_slug for c in found]

    def test_next(self):
        cases = {
            "en": "The next round of the Constitutional Committee will be held in late November.",
            "fr": "Le prochain cycle du Comité constitutionnel se tiendra fin novembre.",
            "ru": "Следующий раунд заседаний Конституционного комитета пройдет в конце ноября.",
            "ar": "ستعقد الجولة المقبلة من اجتماعات اللجنة الدستورية أواخر تشرين الثاني.",
            "fa": "دور بعدی نشست کمیته قانون اساسی اواخر نوامبر برگزار می‌شود.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(self.rounds(text, lang, date(2019, 11, 9)), ["cc-2"])

    def test_previous_and_undecided(self):
        text = "The previous round of the Constitutional Committee was held in November."
        self.assertEqual(self.rounds(text, "en", date(2019, 11, 9)), ["cc-1"])
        # Both over by the 30th: 'previous' in November tells neither for sure.
        self.assertEqual(self.rounds(text, "en", date(2019, 11, 30)), [None])
