"""The names each track goes by in the six languages the site reads, by track slug: the
one table a search reads a track's name from (search/tracks.py: 'la transition',
'переходный период', 'المرحلة الانتقالية' find the Transition track's items).

Per language, the track's own name first (the English one is the record's), then the
other usual ways of writing it, as typed: accents, case and the Arabic script's
interchangeable letters (ی ي, ک ك, ة ه, آ ا) are read alike when matched. A name of one
word ('Astana', 'Женева') is read word by word as any word is (a place, or a word of the
items' text); names of two to four words name the track."""

from django.db import models


class Language(models.TextChoices):
    ENGLISH = "en", "English"
    FRENCH = "fr", "French"
    RUSSIAN = "ru", "Russian"
    ARABIC = "ar", "Arabic"
    PERSIAN = "fa", "Persian"
    TURKISH = "tr", "Turkish"


EN, FR, RU, AR, FA, TR = Language

TRACK_NAMES: dict[str, dict[Language, tuple[str, ...]]] = {
    "astana": {
        EN: ("Astana", "Astana process", "Astana talks", "Astana format"),
        FR: ("Astana", "processus d'Astana", "pourparlers d'Astana", "format d'Astana"),
        RU: (
            "Астана",
            "Астанинский процесс",
            "Астанинского процесса",
            "Астанинский формат",
            "переговоры в Астане",
        ),
        AR: ("أستانا", "مسار أستانا", "محادثات أستانا", "مفاوضات أستانا", "صيغة أستانا"),
        FA: ("آستانه", "روند آستانه", "مذاکرات آستانه", "روند آستانا", "مذاکرات آستانا"),
        TR: ("Astana", "Astana süreci", "Astana görüşmeleri", "Astana formatı"),
    },
    "geneva": {
        EN: ("Geneva", "Geneva process", "Geneva talks"),
        FR: ("Genève", "processus de Genève", "pourparlers de Genève", "négociations de Genève"),
        RU: (
            "Женева",
            "Женевский процесс",
            "Женевского процесса",
            "женевские переговоры",
            "переговоры в Женеве",
        ),
        AR: ("جنيف", "مسار جنيف", "محادثات جنيف", "مفاوضات جنيف"),
        FA: ("ژنو", "روند ژنو", "مذاکرات ژنو"),
        TR: ("Cenevre", "Cenevre süreci", "Cenevre görüşmeleri"),
    },
    "transition": {
        EN: (
            "Transition",
            "the transition",
            "Syrian transition",
            "political transition",
            "transitional period",
        ),
        FR: (
            "Transition",
            "la transition",
            "transition politique",
            "période de transition",
            "période transitoire",
        ),
        RU: (
            "переходный период",
            "переходного периода",
            "политический переход",
            "политического перехода",
        ),
        AR: ("المرحلة الانتقالية", "الفترة الانتقالية", "الانتقال السياسي"),
        FA: ("دوره انتقالی", "دوران گذار", "مرحله انتقالی", "گذار سیاسی"),
        TR: ("geçiş dönemi", "geçiş süreci", "siyasi geçiş"),
    },
    "constitutional-committee": {
        EN: ("Constitutional Committee", "Constitutional Commission", "constitutional talks"),
        FR: ("Comité constitutionnel", "commission constitutionnelle"),
        RU: (
            "Конституционный комитет",
            "Конституционного комитета",
            "Конституционная комиссия",
            "Конституционной комиссии",
        ),
        AR: ("اللجنة الدستورية", "للجنة الدستورية", "لجنة الدستور"),
        FA: ("کمیته قانون اساسی", "کمیسیون قانون اساسی"),
        TR: ("Anayasa Komitesi", "Anayasa Komisyonu"),
    },
    "related": {
        EN: ("Related milestones",),
        FR: ("Jalons connexes",),
        RU: ("Связанные события",),
        AR: ("محطات ذات صلة",),
        FA: ("رویدادهای مرتبط",),
        TR: ("İlgili gelişmeler",),
    },
    "un-envoys": {
        EN: ("UN envoys", "UN envoy", "UN special envoy", "UN special envoys"),
        FR: ("envoyés de l'ONU", "envoyé de l'ONU", "émissaire de l'ONU", "émissaires de l'ONU"),
        RU: ("спецпосланники ООН", "спецпосланник ООН", "специальный посланник ООН"),
        AR: ("المبعوثون الأمميون", "المبعوث الأممي", "مبعوث الأمم المتحدة"),
        FA: ("فرستادگان سازمان ملل", "فرستاده سازمان ملل", "نماینده ویژه سازمان ملل"),
        TR: ("BM özel temsilcileri", "BM özel temsilcisi", "BM temsilcisi"),
    },
}
