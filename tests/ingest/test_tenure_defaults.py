"""An envoy's appointment or resignation told on the day a stored tenure starts or ends
('was appointed UN envoy on 31 October 2018', 'назначен', 'عُيّن', 'atandı', 'منصوب شد',
'nommé'; 'resigned', 'istifa etti') defaults to citing that tenure, as a candidate cites
a stored event, round or agreement: reviewing it creates no duplicate. Sentences written
for these tests; the tenures are the seeded ones (Pedersen from 31 October 2018, Brahimi
until 31 May 2014)."""

from datetime import date

from peaceproc.chronology.models import Citation, EnvoyTenure, Event
from peaceproc.ingest.pipeline import Gazetteer, find_candidates
from peaceproc.ingest.review import (
    ACTION_CITE,
    automatic_decisions,
    find_matches,
    load_lookups,
    records_nearby,
)

from .reviews import ReviewTestCase
from .test_admin import candidate

GAZ = Gazetteer(participants=(), rounds=())

APPOINTED = [
    ("en", "Geir Pedersen was appointed UN special envoy for Syria on 31 October 2018.",
     "31 October 2018"),
    ("fr", "Geir Pedersen a été nommé envoyé spécial de l'ONU pour la Syrie le 31 octobre 2018.",
     "31 octobre 2018"),
    ("ru", "Гейр Педерсен был назначен спецпосланником ООН по Сирии 31 октября 2018 года.",
     "31 октября 2018 года"),
    ("ar", "عُيّن غير بيدرسون مبعوثا أمميا خاصا إلى سوريا في 31 أكتوبر 2018.", "31 أكتوبر 2018"),
    ("ar", "وتم تعيين بيدرسون مبعوثا إلى سوريا في 31 أكتوبر 2018.", "31 أكتوبر 2018"),
    ("fa", "گیر پدرسن در ۳۱ اکتبر ۲۰۱۸ به عنوان فرستاده ویژه منصوب شد.", "۳۱ اکتبر ۲۰۱۸"),
    ("tr", "Geir Pedersen, 31 Ekim 2018'de BM Suriye Özel Temsilcisi olarak atandı.",
     "31 Ekim 2018"),
]  # fmt: skip
RESIGNED = [
    ("en", "Lakhdar Brahimi resigned as envoy for Syria on 31 May 2014.", "31 May 2014"),
    ("fr", "Lakhdar Brahimi a démissionné de son poste d'émissaire le 31 mai 2014.", "31 mai 2014"),
    ("ru", "Лахдар Брахими ушел в отставку с поста спецпосланника 31 мая 2014 года.",
     "31 мая 2014 года"),
    ("ar", "استقال الأخضر الإبراهيمي من منصبه مبعوثا إلى سوريا في 31 مايو 2014.", "31 مايو 2014"),
    ("fa", "اخضر ابراهیمی در ۳۱ مه ۲۰۱۴ از سمت فرستاده ویژه استعفا داد.", "۳۱ مه ۲۰۱۴"),
    ("tr", "Lahdar İbrahimi, 31 Mayıs 2014'te görevinden istifa etti.", "31 Mayıs 2014"),
]  # fmt: skip

# An envoy chosen for the post, told without 'appointed' (dev article fr-065's shape).
CHOSEN = [
    ("en", "On 31 October 2018 Guterres picked the Norwegian diplomat as his special envoy "
     "for Syria.", "31 October 2018"),
    ("fr", "Le 31 octobre 2018, c'est Guterres qui l'a choisi comme envoyé spécial pour la "
     "Syrie.", "31 octobre 2018"),
    ("ru", "31 октября 2018 года Гутерриш выбрал норвежского дипломата в качестве "
     "спецпосланника по Сирии.", "31 октября 2018 года"),
    ("ar", "في 31 أكتوبر 2018 اختار غوتيريش الدبلوماسي النرويجي مبعوثا خاصا إلى سوريا.",
     "31 أكتوبر 2018"),
    ("fa", "گوترش در ۳۱ اکتبر ۲۰۱۸ این دیپلمات نروژی را به عنوان فرستاده ویژه خود در سوریه "
     "برگزید.", "۳۱ اکتبر ۲۰۱۸"),
    ("tr", "Guterres, 31 Ekim 2018'de Norveçli diplomatı Suriye özel temsilcisi olarak seçti.",
     "31 Ekim 2018"),
]  # fmt: skip


def appointed(language: str, quote: str, date_text: str, **extra) -> dict:
    fields = {"date": "2018-10-31", "kind": "milestone", "participants": ["geir-pedersen"]}
    return candidate(quote=quote, date_text=date_text, **{**fields, **extra})


class TenureDefaultTests(ReviewTestCase):
    def default(self, language: str, c: dict):
        [reading] = automatic_decisions([c], language=language)
        return reading.default

    def test_an_appointment_cites_the_tenure_it_starts(self):
        tenure = EnvoyTenure.objects.get(envoy__slug="geir-pedersen")
        for language, quote, date_text in APPOINTED:
            with self.subTest(quote):
                default = self.default(language, appointed(language, quote, date_text))
                self.assertEqual(default.action, ACTION_CITE)
                self.assertEqual(default.target.target, f"tenure:{tenure.pk}")

    def test_a_resignation_cites_the_tenure_it_ends(self):
        tenure = EnvoyTenure.objects.get(envoy__slug="lakhdar-brahimi")
        people = {"date": "2014-05-31", "participants": ["lakhdar-brahimi"]}
        for language, quote, date_text in RESIGNED:
            with self.subTest(quote):
                default = self.default(language, appointed(language, quote, date_text, **people))
                self.assertEqual(default.action, ACTION_CITE)
                self.assertEqual(default.target.record, tenure)

    def test_a_month_holds_the_start(self):
        quote = "Pedersen was appointed envoy in October 2018."
        c = appointed("en", quote, "October 2018", date="2018-10-01", precision="month")
        self.assertEqual(self.default("en", c).target.record.envoy.slug, "geir-pedersen")

    def test_the_envoy_named_by_the_article_when_the_sentence_calls_him_otherwise(self):
        # 'Guterres had appointed this Norwegian diplomat in place of de Mistura on 31
        # October 2018': the article names Pedersen, the sentence de Mistura.
        quote = "گوترش روز ۳۱ اکتبر ۲۰۱۸ این دیپلمات نروژی را به جای دی میستورا منصوب کرده بود."
        c = appointed("fa", quote, "۳۱ اکتبر ۲۰۱۸", participants=["staffan-de-mistura"])
        people = [{"slug": "geir-pedersen"}, {"slug": "staffan-de-mistura"}]
        [reading] = automatic_decisions([c], language="fa", people=people)
        self.assertEqual(reading.default.target.record.envoy.slug, "geir-pedersen")
        [reading] = automatic_decisions([c], language="fa")
        self.assertIsNone(reading.default.target)

    def test_an_envoy_chosen_for_the_post_is_appointed(self):
        tenure = EnvoyTenure.objects.get(envoy__slug="geir-pedersen")
        for language, quote, date_text in CHOSEN:
            with self.subTest(quote):
                [found] = find_candidates(quote, published=date(2018, 11, 2), language=language,
                                          gazetteer=GAZ)  # fmt: skip
                self.assertEqual((found.date, found.kind), (date(2018, 10, 31), "milestone"))
                c = appointed(language, quote, date_text, participants=[])
                people = [{"slug": "geir-pedersen"}]
                [reading] = automatic_decisions([c], language=language, people=people)
                self.assertEqual(reading.default.target.record, tenure)

    def test_a_tenure_near_the_date_is_offered_to_cite_by_choice(self):
        # A week after Pedersen's start, nothing ties the sentence to his tenure: not a
        # match, but the editor may cite it.
        tenure = EnvoyTenure.objects.get(envoy__slug="geir-pedersen")
        c = appointed("en", "The envoy's office opened on 7 November 2018.", "7 November 2018",
                      date="2018-11-07", participants=[])  # fmt: skip
        lookups = load_lookups([c])
        nearby = records_nearby(c, find_matches(c, lookups), lookups)
        offered = {m.target: m for m in nearby}
        self.assertIn(f"tenure:{tenure.pk}", offered)
        self.assertFalse(offered[f"tenure:{tenure.pk}"].strong)

    def test_no_tenure_without_its_envoy_its_word_or_its_day(self):
        others = [
            # Another envoy named: de Mistura's tenure did not start that day.
            appointed("en", "Staffan de Mistura was appointed on 31 October 2018.",
                      "31 October 2018", participants=["staffan-de-mistura"]),
            # The envoy, that day, but no appointment: a meeting of his.
            appointed("en", "Geir Pedersen met Sergei Lavrov in Moscow on 31 October 2018.",
                      "31 October 2018", kind="meeting"),
            # Appointed, but a week later than the tenure's start.
            appointed("en", "Geir Pedersen was appointed envoy on 7 November 2018.",
                      "7 November 2018", date="2018-11-07"),
            # Resigning on the day his tenure started is not its end.
            appointed("en", "Geir Pedersen resigned on 31 October 2018.", "31 October 2018"),
        ]  # fmt: skip
        for c in others:
            with self.subTest(c["quote"]):
                default = self.default("en", c)
                target = default.target.target if default.target else ""
                self.assertFalse(target.startswith("tenure:"), default)

    def test_reviewing_the_appointment_creates_no_duplicate(self):
        tenure = EnvoyTenure.objects.get(envoy__slug="geir-pedersen")
        language, quote, date_text = APPOINTED[0]
        events = Event.objects.count()
        pending, _ = self.post_review(
            [appointed(language, quote, date_text)],
            published_on=date(2018, 11, 1),
            proposed=ACTION_CITE,
        )
        self.assertAccepted(pending)
        self.assertEqual(Event.objects.count(), events)
        self.assertTrue(Citation.objects.filter(tenure=tenure, quote=quote).exists())
