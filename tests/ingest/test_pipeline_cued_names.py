"""Arabic and Persian names that no title introduces (issue 9): the cues wires use instead
(a verb of saying, 'according to', quotation marks before a title), and the words after a
title that are no name (verbs, clitics, plurals). Sentences written for these tests."""

import unittest

from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, article_people
from peaceproc.ingest.pipeline.people import cued_names, name_spans

EMPTY = Gazetteer(participants=(), rounds=())


def names(text: str, language: str) -> list[str]:
    return list(article_people(text, language=language, gazetteer=EMPTY).names)


class PersianCueTests(unittest.TestCase):
    def test_a_verb_of_saying_after_a_name_at_the_head_of_a_clause(self):
        text = "به گزارش خبرگزاری ایسنا، کامران نوروزی اعلام کرد که نشست بعدی در ژنو است."
        self.assertIn("کامران نوروزی", names(text, "fa"))

    def test_according_to_a_name(self):
        text = "به گفته بهرام صالحی، هیئت‌ها فردا به آستانه می‌رسند."
        self.assertIn("بهرام صالحی", names(text, "fa"))

    def test_a_quoted_name_before_a_title(self):
        text = "او با «فرهاد کریمی» معاون وزیر امور خارجه دیدار کرد."
        self.assertIn("فرهاد کریمی", names(text, "fa"))

    def test_a_body_or_a_verb_before_a_verb_of_saying_is_no_name(self):
        for text in (
            "به گزارش ایرنا، وزارت امور خارجه روسیه اعلام کرد که نشست لغو شد.",
            "این مقام روسی گفت که گفتگوها ادامه دارد.",
            "هیئت ایران پس از گرفتن متن اظهار داشت که آماده است.",
        ):
            with self.subTest(text=text):
                self.assertEqual(cued_names(text, "fa"), [])

    def test_a_name_inside_a_clause_needs_its_cue_at_the_head(self):
        # Not at the head of a clause: the words before the verb are its object.
        self.assertEqual(cued_names("دولت پس از گرفتن متن پیش نویس گفت آماده است", "fa"), [])


class AppositionTests(unittest.TestCase):
    def test_a_title_right_after_a_name_that_opens_the_sentence(self):
        text = "داوود رحیمی وزیر امور خارجه کشورش روز دوشنبه وارد تهران شد."
        self.assertIn("داوود رحیمی", names(text, "fa"))
        text = "سامي العبد الله نائب وزير الخارجية وصل أمس إلى موسكو."
        self.assertIn("سامي العبد الله", names(text, "ar"))

    def test_a_noun_and_its_adjective_before_a_title_are_no_name(self):
        text = "به گفته گوترش، این دیپلمات سوئدی فرستاده ویژه سازمان ملل می‌شود."
        self.assertEqual(cued_names(text, "fa"), [])


class ArabicCueTests(unittest.TestCase):
    def test_a_verb_of_saying_before_a_name_and_that_after_it(self):
        text = "وقال سامر الخطيب إن الجولة المقبلة ستعقد في أستانا."
        self.assertIn("سامر الخطيب", names(text, "ar"))

    def test_the_verb_before_a_comma(self):
        text = "وأوضحت ليلى حداد، في مؤتمر صحفي، أن الوفود وصلت."
        self.assertIn("ليلى حداد", names(text, "ar"))

    def test_what_follows_a_verb_of_saying_is_not_always_a_speaker(self):
        for text in (
            "وقال التلفزيون الرسمي إن الجولة انتهت.",
            "وأكد مصدر دبلوماسي أن الاجتماع تأجل.",
            "وأعلن بيان صادر عن الوزارة أن الوفد وصل.",
        ):
            with self.subTest(text=text):
                self.assertEqual(cued_names(text, "ar"), [])


class AfterATitleTests(unittest.TestCase):
    def test_a_verb_after_a_title_ends_it_with_no_name(self):
        for text, language in (
            ("وكان المبعوث الأممي قد أوضح أمس أن المشاورات مستمرة.", "ar"),
            ("كبير مساعدي وزير الخارجية للمسائل السياسية الخاصة.", "ar"),
            ("فرستاده ویژه سازمان ملل خبر داد که کمیته تشکیل می‌شود.", "fa"),
            ("معاون وزیر امور خارجه سوریه ملاقات میکند.", "fa"),
            ("فرستاده ویژه سازمان ملل در امور سوریه جنبه‌های شکلی را بررسی کرد.", "fa"),
        ):
            with self.subTest(text=text):
                self.assertEqual(name_spans(text, [], language), [])

    def test_the_name_after_a_title_stays(self):
        spans = name_spans("وقال وزير الخارجية الأردني أيمن الصفدي إن", [], "ar")
        self.assertEqual([n for n, _s, _e in spans], ["أيمن الصفدي"])


if __name__ == "__main__":
    unittest.main()


class BodiesAreNoPeopleTests(unittest.TestCase):
    """Capitalised runs that name a body, a building or a page's share line."""

    def test_a_body_is_no_person_in_each_script(self):
        for text, language in (
            ("Seçimleri Yüksek Seçim Kurulu değil Halk Meclisi Komisyonu yürütecek.", "tr"),
            ("Kararı Suriye Anayasa Komitesinin üyeleri ve Birleşmiş Milletler açıkladı.", "tr"),
            ("The World Food Organization and the Red Cross sent teams.", "en"),
            ("Le texte a été lu par les Casques Blancs devant le Conseil Municipal.", "fr"),
            ("Решение приняла Центральная Избирательная Комиссия страны.", "ru"),
            ("Partager : Facebook Twitter Courriel", "fr"),
        ):
            with self.subTest(text=text):
                self.assertEqual(names(text, language), [])

    def test_people_beside_bodies_stay(self):
        text = "Halk Meclisi adına konuşan Hasan Kaya, Birleşmiş Milletler temsilcisiyle görüştü."
        self.assertEqual(names(text, "tr"), ["Hasan Kaya"])
        text = "Le Comité constitutionnel reçoit Jean Morel et Claire Duval."
        self.assertEqual(names(text, "fr"), ["Jean Morel", "Claire Duval"])


class TurkishTranscriptionTests(unittest.TestCase):
    """Turkish writes the 'j' of English spellings as 'c' and their 'kh' as 'h'."""

    GAZ = Gazetteer(
        participants=(
            GazetteerParticipant("reza-jafarzadeh", ("Reza Jafarzadeh",)),
            GazetteerParticipant("omid-khalili", ("Omid Khalili",)),
        ),
        rounds=(),
    )

    def test_c_for_j_and_h_for_kh(self):
        text = "Toplantıya Rıza Caferzade ile Ömid Halili'nin katıldığı bildirildi."
        got = article_people(text, language="tr", gazetteer=self.GAZ)
        self.assertEqual(list(got.slugs), ["reza-jafarzadeh", "omid-khalili"])

    def test_only_in_turkish(self):
        got = article_people("Ömid Halili met Caferzade.", language="en", gazetteer=self.GAZ)
        self.assertEqual(list(got.slugs), [])
