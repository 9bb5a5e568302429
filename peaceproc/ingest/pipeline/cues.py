"""Words that make a dated sentence an event, decide its kind, and mark agreements."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as L
from .lexicon import ROUND_HELD
from .text import fold, fold_pattern

_ZW = "[\u200c ]?"

# Ordered by precedence: the first kind whose cue appears names the event.
KIND_CUES: dict[str, dict[str, str]] = {
    "summit": {
        "en": r"summit\w*",
        "fr": r"sommet\w*",
        "ru": r"саммит\w*",
        "ar": r"(?:ال)?قمه",
        "fa": r"(?:نشست|اجلاس) سران|سران",
        "tr": r"zirve\w*",
    },
    "ministerial": {
        "en": r"foreign ministers|ministerial",
        "fr": r"ministres des affaires étrangères|ministérielle",
        "ru": r"министр\w* иностранных дел|глав\w* мид",
        "ar": r"وزراء (?:ال)?خارجيه",
        "fa": r"وزراي (?:امور )?خارجه|وزيران (?:امور )?خارجه",
        "tr": r"dışişleri bakanları",
    },
    "conference": {
        "en": r"congress|conference",
        "fr": r"congrès|conférence|conference",
        "ru": r"конгресс\w*|конференци\w*",
        "ar": r"(?:ال)?مؤتمر",
        "fa": r"كنگره|كنفرانس",
        "tr": r"kongre\w*|konferans\w*",
    },
    "ceasefire": {
        "en": r"cease-?fire\w*|truce|cessation of hostilities",
        "fr": r"cessez-le-feu|trêve|treve|cessation des hostilités",
        "ru": r"перемири\w*|прекращени\w* огня|режим\w* тишины",
        "ar": r"وقف (?:ل)?(?:اطلاق النار|الاعمال العدائيه)|(?:ال)?هدنه",
        # 'توقف خصومت‌ها', 'ترک مخاصمه': the cessation of hostilities, as in the others.
        "fa": rf"اتش{_ZW}بس|توقف خصومت(?:{_ZW}ها)?|ترك مخاصمه",
        "tr": r"ateşkes\w*",
    },
    "agreement": {
        "en": r"signed|agreement|memorandum|accord|deal|agreed",
        "fr": r"sign[ée]\w*|accord\w*|mémorandum|memorandum",
        "ru": r"подписа\w*|ратифицир\w*|соглашени\w*|меморандум\w*|договорил\w*|договоренност\w*",
        "ar": r"وقع\w*|توقيع|(?:ال)?اتفاق\w*|مذكره",
        "fa": rf"امضا\w*|توافق\w*|يادداشت تفاهم|تفاهم{_ZW}نامه",
        "tr": r"imza\w*|anlaşma\w*|mutabakat\w*|muhtıra\w*",
    },
    # Transition milestones (from December 2024): a fall, a decree, a government, a vote.
    # (Russian 'назначены переговоры', 'назначена на понедельник': talks scheduled, no
    # appointment.)
    "milestone": {
        "en": r"adopted (?:a |the )?(?:draft )?resolution|fall of|fell|toppled|toppling|ousted|ouster|ousting|overthrown|overthrow of|overthrew|(?:driven|drove|forced|removed) from power|new government|sworn in|took office|took power|appointed|appointment|resign\w*|decree\w*|constitutional declaration|elections?|vote[sd]?|formed|formation|inaugurat\w*|(?:assad|president|ruler) fled|named (?:as )?(?:\w+ ){0,2}(?:president|prime minister|envoy|minister)",  # noqa: E501
        "fr": r"adopt\w* (?:une |la )?(?:projet de )?résolution|chute|renvers\w*|destitu\w*|chass\w* du pouvoir|nouveau gouvernement|nouvelle équipe gouvernementale|prêt\w* serment|nomm\w*|nomination|démission\w*|demission\w*|décret\w*|decret\w*|déclaration constitutionnelle|élections?|elections?|scrutin|formé\w*|formation|investi\w*|s'est réfugié\w*|s'est enfui\w*|créé\w*",  # noqa: E501
        "ru": r"приня\w* (?:проект\w* )?резолюци\w*|падени\w*|свержени\w*|сверг\w*|приня\w* присяг\w*|назначен\w*(?! на\b)(?! (?:\w+ )?(?:переговор|встреч|заседани|консультаци|раунд|саммит|сесси|конференци))|назначил\w*|отставк\w*|указ\w*|конституционн\w+ деклараци\w*|выбор\w*|голосовани\w*|сформирова\w*|формировани\w*|бежал(?!и)|сбежал(?!и)|создан\w*",  # noqa: E501
        "ar": r"(?:تبنى|تبنت|اعتمد|اعتمدت|اقر|اقرت)(?: \w+){0,3} (?:مشروع )?(?:ال)?قرار\w*|(?:ال)?سقوط|(?:ال)?اطاحه|اطاح\w*|(?:ال)?اسقاط (?:\w+ )?(?:(?:ال)?نظام|(?:ال)?حكم|(?:ال)?حكومه|الاسد|بشار|حليف|(?:ال)?رئيس)|اداء (?:ال)?يمين|ادى (?:ال)?يمين|تعيين|عين\w*|استقال\w*|(?:ال)?استقاله|مرسوم|(?:ال)?مرسوم|(?:ال)?اعلان (?:ال)?دستوري|(?:ال)?انتخابات|(?:ال)?تصويت|تشكيل|شكل\w*|كلف\w*|(?:فرار|هروب) (?:بشار )?الاسد|(?:فر|هرب) (?:بشار )?الاسد",  # noqa: E501
        "fa": r"قطعنامه\w* (?:\w+ )?(?:را )?تصويب|تصويب (?:كرد|كردند|شد)|سقوط|سرنگوني|براندازي|سوگند|منصوب|انتصاب|برگزيد\w*|استعفا\w*|فرمان|اعلاميه قانون اساسي|انتخابات|راي\w*|تشكيل|فرار (?:بشار )?اسد|گريخت(?!ند)",  # noqa: E501
        "tr": r"karar\w* (?:tasarısı\w* )?(?:kabul et\w*|onayla\w*)|devril\w*|görev\w* bırak\w*|görev\w*(?:den|ndan) ayrıl\w*|düşüş\w*|çöküş\w*|yemin\w*|atan\w*|istifa\w*|kararname\w*|anayasal bildirge\w*|seçim\w*|oylama\w*|kurul\w*|oluşturul\w*|kaçtı(?!lar)|esad'ın kaçma\w*",  # noqa: E501
    },
    "meeting": {
        # A body told or briefed is a meeting of it: 'Council members were told on Friday'
        # is the envoy's briefing to the Security Council (LABELLING.md U4).
        "en": r"met|meet\w*|talks|consultations|negotiations|discussed|conferred|gather(?:s|ed)?|visit\w*|(?:council|members) (?:was|were) (?:told|briefed)|briefed the (?:security )?council",  # noqa: E501
        "fr": r"rencontr\w*|réuni\w*|reuni\w*|entretien\w*|entretenu\w*|pourparlers|négociations|negociations|consultations|discuté\w*|visite\w*",  # noqa: E501
        # 'принял в Кремле ...', 'принял министра обороны ...': received someone (not
        # 'принял резолюцию', 'принял участие', 'принял решение').
        "ru": r"встреч(?!н)\w*|встрет\w*|переговор\w*|консультаци\w*|обсуди\w*|обсужда\w*|провел\w*|визит\w*|посети\w*|посетя\w*|побывал\w*"  # noqa: E501
        r"|принял(?:а|и)?(?= (?:(?:в|во) (?:кремле|\w+ резиденции|резиденции|ново-огарев\w*)|у себя)|(?= (?:\S+ ){0,3}?(?:министр|глав|президент|премьер|делегаци|посланник|спецпосланник|спецпредставител|посла\b|послов\b|лидер|канцлер|генсек|наследн)))",  # noqa: E501
        "ar": r"(?:ال)?اجتماع\w*|اجتمع\w*|(?:س)?[تي]جتمع\w*|عقد\w*|انعقد\w*|التق\w*|(?:س)?[تي]لتق(?:ي|و|ى|ا)\w*|(?:ال)?لقاء|(?:ال)?محادثات|(?:ال)?مباحثات|(?:ال)?مشاورات|(?:ال)?مفاوضات|بحث|(?:ال)?زياره|زار|يزور|سيزور",  # noqa: E501
        "fa": rf"برگزار|ديدار|ملاقات|گفتگو|گفت{_ZW}و{_ZW}گو|مذاكره\w*|مذاكرات|رايزني|نشست|جلسه|(?:ال)?اجلاس",  # noqa: E501
        "tr": r"görüş\w*|toplantı\w*|müzakere\w*|bir araya gel\w*|bir araya getir\w*|istişare\w*|ziyaret\w*",  # noqa: E501
    },
    # A session that opens, closes, is suspended or resumes is a meeting happening too; so
    # is a session (a sitting) named as such ('oturum', 'جلسة'),
    # and a body getting down to work ('приступил к работе', 'берётся за работу').
    "proceedings": {
        "en": r"sessions?|suspended|resumed?|opened|closed|ended|concluded|began|started|wrapped up|kicked off|(?:re)?convene[sd]?|launched|will (?:meet|open|start|begin|resume|take place)|(?:to|will) be held|take place|scheduled|slated",  # noqa: E501
        "fr": r"sessions?|séances?|seances?|avoir lieu|se tenir|pris fin|prend fin|prendra fin|lancé\w*|lancement|achev\w*|ouvert\w*|repris\w*|reprendr\w*|suspendu\w*|tenu\w*|tiendr\w*|débuté|debute|commencé\w*|commence(?:ra|ront)|entamé\w*|clôtur\w*|clotur\w*|terminé\w*|aura lieu|auront lieu|a eu lieu|se réunir\w*|programmé\w*|prévue? (?:le|pour|du|au|les)",  # noqa: E501
        "ru": r"сесси\w*|приступ\w* к работе|(?:бер[её]тся|взял\w*) за работу|за работу (?:бер[её]тся|взял\w*)|заверши\w*|стартова\w*|начал\w*|начн\w*|открыл\w*|откро\w*|возобнов\w*|приостанов\w*|состоял\w*|состоит\w*|состоя\w*|прош(?:ел|ёл|ла|ли)|пройд\w*|собер\w*|запланирован\w*|намечен\w*",  # noqa: E501
        "ar": r"(?:ال)?جلس(?:ه|ات|ته|تها)|اختتم\w*|انطلق\w*|تنطلق|ستنطلق|استؤنف\w*|استانف\w*|تستانف|ستستانف|علق\w*|افتتح\w*|بدا\w*|تبدا|ستبدا|تعقد|ستعقد|يعقد|سيعقد|(?:من )?المقرر|المزمع",  # noqa: E501
        "fa": rf"پايان|اغاز|تعليق|از سر گرفته|تمام مي{_ZW}شو\w*|تمام شد\w*|قرار است",
        "tr": r"oturum\w*|sona er\w*|başla\w*|yapıl\w*|ertelen\w*|askıya alın\w*|toplan\w*|tamamlan\w*|düzenlen\w*|gerçekleş\w*|planlan\w*",  # noqa: E501
    },
    "announcement": {
        "en": r"announced|announcement",
        "fr": r"annonc\w*",
        "ru": r"объяви\w*|анонсирова\w*",
        "ar": r"اعلن\w*|(?:ال)?اعلان",
        "fa": r"اعلام",
        "tr": r"duyur\w*",
    },
    "statement": {
        "en": r"said|says|stated|statement|told|declared|stressed|called for|calls? for|appeal(?:s|ed)? for|reiterated|urged|hailed",  # noqa: E501
        "fr": r"a déclaré|déclaration|a affirmé|a dit|a indiqué|a souligné|a appelé|appel à|a réitéré|a salué",  # noqa: E501
        "ru": r"заявил\w*|заявлени\w*|сообщил\w*|отметил\w*|подчеркнул\w*|призвал\w*|призыв(?:а|ом|у|ы|ов)?",  # noqa: E501
        "ar": r"صرح|قال|اكد\w*|(?:ال)?بيان|دعا|دعت",
        "fa": r"گفت|اظهار|بيانيه|تاكيد|خواستار",
        "tr": r"dedi|açıklama\w*|açıkla\w*|vurguladı|söyledi|çağrı\w*",
    },
}
# A body of the process as the subject of a decision verb ('the Security Council decided',
# 'قرر مجلس الأمن', 'Совет Безопасности решил', 'Konseyi ... kararı aldı'), and the capital
# entered or taken (the fall of the government, LABELLING.md U1): milestones though no event
# noun is written. Narrow on purpose: a person deciding, or any verb of a known actor, was
# measured worse on precision (session 5).
_BODY_DECIDES = {
    "en": r"(?:council|assembly|committee|commission|parliament) (?:has |have )?(?:unanimously )?(?:decided|voted|approved|endorsed)|(?:entered|captured|seized|took(?: control of)?) (?:the capital,? )?damascus",  # noqa: E501
    "fr": r"(?:conseil|assemblée|comité|commission|parlement)(?: de sécurité| générale)?(?: de l'onu| des nations unies)? (?:a|ont) (?:décidé|voté|approuvé)|(?:sont entrés|est entrée?s?|ont pris|a pris|se sont emparés|s'est emparée?s?) (?:dans |de )?damas",  # noqa: E501
    "ru": r"(?:совет\w*|ассамбле\w*|комитет\w*|комисси\w*|парламент\w*)(?: безопасности)?(?: оон)? (?:единогласно )?(?:решил\w*|проголосовал\w*|одобрил\w*|утвердил\w*)|(?:вошл\w*|вош[её]л|взял\w*|захватил\w*) (?:в )?дамаск\w*",  # noqa: E501
    "ar": r"(?:قرر|قررت|صوت|صوتت|وافق|وافقت|صادق|صادقت) (?:مجلس|الجمعيه|اللجنه|البرلمان|الهيئه)|(?:دخل|دخلت|دخلوا|سيطر|سيطرت|سيطروا)(?: على)?(?: [^\s]+){0,3}? (?:العاصمه )?دمشق",  # noqa: E501
    "fa": r"وارد دمشق شد\w*|دمشق را (?:تصرف|فتح|تسخير) كرد\w*",
    "tr": r"(?:konsey\w*|meclis\w*|komite\w*|komisyon\w*)(?: [^\s]+){0,6}? (?:karar verdi\w*|karar aldı\w*|kararı aldı\w*|oyladı\w*|onayladı\w*)|şam'a gir\w*|şam'ı (?:ele geçir|al)\w*",  # noqa: E501
}
# Decisions on sanctions and lists, and a body's vote on a text: sanctions lifted, imposed,
# eased, extended or suspended (the verb before the noun, a date or a few words between: 'a
# levé le 6 novembre 2025 les sanctions'; Turkish and Persian put it after), a person
# removed from a sanctions list, a veto, a draft or a proposal rejected or approved. What is
# rejected must be a text: 'rejected the accusations' is a reaction (LABELLING.md U4).
_W = r"(?:[\w'-]+ ){0,6}?"
_DECISIONS = {
    "en": rf"(?:lift|impos|eas|extend|renew|relax|suspend|tighten|expand|drop)(?:s|ed|ing)? {_W}sanctions|sanctions {_W}(?:were|was|have been|has been|had been) (?:lifted|imposed|eased|extended|renewed|suspended|dropped)|delisted|delisting|removed {_W}from {_W}(?:sanctions? |terror\w* )?list|veto(?:es|ed|ing)?|(?:rejected|approved|endorsed) (?:an? |the |its |their )?(?:\w+ ){{0,2}}(?:draft|resolution|proposal|text|bill|law|plan|constitution)",  # noqa: E501
    "fr": rf"(?:lev|impos|allég|alleg|prolong|reconduit|renouvel|suspendu|durci|assoupli)\w* {_W}(?:des |les |de nouvelles |ses |leurs )?sanctions|sanctions {_W}(?:ont été |a été |sont |seront )?(?:levées|imposées|allégées|prolongées|reconduites|suspendues)|retir\w* {_W}(?:de la |d'une |des )liste|radié\w*|radiation|(?:son |leur |un |le )?veto|véto|(?:rejet|approuv|entérin)\w* (?:le |la |un |une |son |leur )?(?:\w+ ){{0,2}}(?:projet|résolution|resolution|proposition|texte|loi|plan|constitution)",  # noqa: E501
    "ru": r"(?:снял\w*|сняти\w*|снимает|отменил\w*|отмен\w*|ввел\w*|введени\w*|наложил\w*|смягчил\w*|смягчени\w*|продлил\w*|продлени\w*|ослабил\w*|ослаблени\w*|ужесточил\w*|приостановил\w*) (?:[\w-]+ ){0,6}?санкци\w*|санкци\w* (?:[\w-]+ ){0,6}?(?:сняты|отменены|введены|продлены|смягчены|ослаблены)|исключ\w* (?:\w+ ){0,5}?из (?:\w+ ){0,3}?списк\w*|вето|(?:отклонил\w*|одобрил\w*|утвердил\w*) (?:\w+ ){0,2}(?:проект\w*|резолюци\w*|предложени\w*|текст\w*|закон\w*|план\w*|конституци\w*)",  # noqa: E501
    "ar": r"(?:رفع|رفعت|فرض|فرضت|خفف|خففت|تخفيف|مدد|مددت|تمديد|جدد|جددت|علق|علقت|شدد|شددت|الغي|الغت|الغاء|ازال|ازالت|ازاله)(?: [^\s]+){0,8}? (?:ال)?عقوبات|(?:ال)?عقوبات(?: [^\s]+){0,3}? (?:تم )?(?:رفعها|رفع|فرض|فرضها|تخفيف|تمديد)|(?:شطب|حذف|ازال|ازاله|رفع)\w*(?: [^\s]+){0,5}? من (?:ال)?قائم\w*|حق (?:ال)?نقض|(?:ال)?فيتو|(?:رفض|رفضت|اقر|اقرت|وافق|وافقت)(?: [^\s]+){0,6}? (?:على )?(?:مشروع|مقترح|اقتراح|خطه|قانون|دستور|نص)\w*",  # noqa: E501
    "fa": rf"تحريم{_ZW}(?:ها|هاي)?(?: [^\s]+){{0,6}}? (?:را )?(?:لغو|برداشت\w*|برداشته|رفع|تمديد|كاهش|تشديد|تعليق|اعمال|وضع)|(?:لغو|رفع|تمديد|كاهش|تشديد|تعليق|اعمال) (?:[^\s]+ ){{0,2}}?تحريم\w*|از (?:[^\s]+ ){{0,3}}?فهرست (?:[^\s]+ ){{0,4}}?(?:حذف|خارج)|وتو|(?:طرح|پيش{_ZW}نويس|قطعنامه|لايحه|قانون|پيشنهاد|متن)\w*(?: [^\s]+){{0,2}}? (?:را )?(?:رد|تصويب) (?:كرد|شد)\w*",  # noqa: E501
    "tr": r"yaptırım\w*(?: [^\s]+){0,4}? (?:kaldır\w*|uygula\w*|getir\w*|hafiflet\w*|uzat\w*|gevşet\w*|askıya al\w*|sıkılaştır\w*|genişlet\w*)|(?:yaptırım\w* )?liste\w*(?:den|dan) (?:[^\s]+ )?çıkar\w*|veto\w*|(?:tasarı\w*|teklif\w*|öneri\w*|metn\w*|yasa\w*|plan\w*|anayasa\w*) (?:[^\s]+ )?(?:reddet\w*|reddedil\w*|onayla\w*)",  # noqa: E501
}
# A body set up ('set up a committee', 'a mis en place une commission', 'создал комитет',
# 'أنشأ الرئيس لجنة', 'کمیته‌ای ایجاد کرد', 'bir komite kurdu'; outside tester t14b, 6.4):
# the active verbs beside the passive 'formed' and 'kuruldu' of the milestones above, with
# the body named next to the verb, so that 'temas kurdu' (made contact) stays no step.
_BODIES = {
    "en": r"committees?|commissions?|councils?|bod(?:y|ies)|assembl(?:y|ies)|governments?|tribunals?",  # noqa: E501
    "fr": r"comités?|commissions?|conseils?|organes?|assemblées?|gouvernements?|tribunaux|tribunal",
    "ru": r"комитет\w*|комисси\w*|совет\w*|орган\w*|ассамбле\w*|правительств\w*|трибунал\w*",
    "ar": r"(?:ال)?(?:لجنه|لجان|هيئه|مجلس|حكومه|محكمه)",
    "fa": rf"(?:كميته|كميسيون|شورا|هيئت|دولت|دادگاه)(?:{_ZW}(?:اي|ها|هاي)|ي)?",
    "tr": r"komite\w*|komisyon\w*|hükümet\w*|meclis\w*|kurul\w*|konsey\w*|heyet\w*|mahkeme\w*",
}
_SET_UP = {
    "en": r"(?:set up|established|created|launched|instituted) (?:an? |the )?(?:[\w-]+ ){{0,2}}(?:{b})",  # noqa: E501
    "fr": r"(?:mis en place|créé|instauré|institué|constitué)e?s? (?:un |une |le |la |l'|les )?(?:[\w-]+ ){{0,2}}(?:{b})",  # noqa: E501
    "ru": r"(?:создал|учредил|образовал|сформировал)\w* (?:[\w-]+ ){{0,2}}(?:{b})",
    "ar": r"(?:و|ف)?(?:انشا|انشات|اسس|اسست|شكل|شكلت)(?: [^\s]+){{0,4}}? (?:{b})",
    "fa": r"(?:{b})(?: [^\s]+){{0,3}}? (?:را )?(?:ايجاد|تاسيس|تشكيل|راه{zw}اندازي) (?:كرد|كردند|داد|دادند)",  # noqa: E501
    "tr": r"(?:{b})(?: [^\s]+){{0,3}}? (?:kurdu|oluşturdu|kurmuştu|oluşturmuştu|tesis etti|atadı|atamıştı)",  # noqa: E501
}
# A body told formed, in the passive ('the committee had been formed', 'le comité avait été
# formé', 'комитет сформирован', 'تم تشكيل اللجنة', 'کمیته تشکیل شد', 'komitenin
# kurulduğunu'): what a saying reports done (reported.act_told).
_FORMED = {
    "en": r"(?:{b}) (?:(?:had|has|have|was|were) )?(?:(?:been|now|just|officially) ){{0,2}}(?:formed|established|set up|created|launched)\b",  # noqa: E501
    "fr": r"(?:{b}) (?:\w+ ){{0,3}}?(?:a|avait|ont|avaient|est|sont|était) (?:été |bien )?(?:formée?s?|constituée?s?|créée?s?|mise?s? en place|instituée?s?)",  # noqa: E501
    "ru": r"(?:{b}) (?:[\w-]+ ){{0,3}}?(?:был\w* )?(?:сформирован\w*|создан\w*|образован\w*|учрежд[её]н\w*)",  # noqa: E501
    "ar": r"(?:تم|جرى|اكتمل) (?:تشكيل|انشاء|تاسيس) (?:{b})",
    "fa": r"(?:{b})(?: [^\s]+){{0,3}}? (?:تشكيل|ايجاد|تاسيس) (?:شد|شده|گرديد)",
    "tr": r"(?:{b}) (?:kurul|oluşturul)\w*",
}
_FORMED_RX = {
    lang: re.compile(fold_pattern(p.format(b=_BODIES[lang]))) for lang, p in _FORMED.items()
}


def body_formed(folded: str, lang: str) -> bool:
    """Whether `folded` tells a body formed, in the passive (_FORMED)."""
    rx = _FORMED_RX.get(lang)
    return bool(rx and rx.search(folded))


for _lang, _pattern in _BODY_DECIDES.items():
    _set_up = _SET_UP[_lang].format(b=_BODIES[_lang], zw=_ZW)
    KIND_CUES["milestone"][_lang] += "|" + _pattern + "|" + _DECISIONS[_lang] + "|" + _set_up
# A round held, opened or closed, named without its number (lexicon.ROUND_HELD).
KIND_CUES["round"] = ROUND_HELD


# A weak cue: a process 'underway since January' is dated but no single meeting.
PROCESS_CUES = {
    "en": r"process|underway|format",
    "fr": r"processus",
    "ru": r"процесс\w*|формат\w*",
    "ar": r"(?:ال)?مسار|(?:ال)?عمليه",
    "fa": r"روند|فرايند",
    "tr": r"süre[cç]\w*",
}
_ADOPTED = {
    "en": r"adopt\w*|unanimous\w*|passed|voted",
    "fr": r"adopt\w*|unanim\w*|voté\w*",
    "ru": r"принял\w*|принят\w*|единогласн\w*",
    "ar": r"تبنى|اعتمد|بالاجماع|صوت|اصدر",
    "fa": r"تصويب|به اتفاق ارا",
    "tr": r"kabul et\w*|oybirliği\w*|onayla\w*",
}
AGREEMENT_CUES = {
    "en": r"signed|memorandum|agreement|joint statement|ceasefire|cease-fire|de-escalation zones?|(?:security council )?resolution \d{3,4}|communiqu[eé]|roadmap|accord",  # noqa: E501
    "fr": r"signé\w*|mémorandum|memorandum|accord|déclaration commune|cessez-le-feu|zones? de désescalade|résolution \d{3,4}|communiqué",  # noqa: E501
    "ru": r"подписа\w*|меморандум\w*|соглашени\w*|совместн\w+ заявлени\w*|перемири\w*|зон\w* деэскалации|резолюци\w* \d{3,4}|коммюнике",  # noqa: E501
    "ar": r"وقع\w*|توقيع|مذكره|(?:ال)?اتفاق\w*|(?:ال)?بيان (?:ال)?مشترك|وقف (?:ل)?اطلاق النار|مناطق خفض (?:ال)?تصعيد|(?:ال)?قرار \d{3,4}",  # noqa: E501
    "fa": rf"امضا\w*|يادداشت تفاهم|تفاهم{_ZW}نامه|توافق\w*|بيانيه مشترك|اتش{_ZW}بس|مناطق كاهش تنش|قطعنامه \d{{3,4}}",  # noqa: E501
    "tr": r"imza\w*|mutabakat\w*|muhtıra\w*|anlaşma\w*|ortak açıklama\w*|ateşkes\w*|çatışmasızlık bölge\w*|gerginliği azaltma bölge\w*|\d{3,4} sayılı karar\w*",  # noqa: E501
}


# A press conference is a statement (U4), not a conference or a meeting.
PRESS_EVENTS = {
    "en": r"press conferences?|news conferences?|press briefings?",
    "fr": r"conférences? de presse|points? de presse",
    "ru": r"пресс-конференци\w*|пресс-подход\w*",
    "ar": r"(?:ال)?مؤتمر(?:ات)? (?:ال)?صحفي\w*|(?:ال)?مؤتمر(?:ات)? (?:ال)?صحافي\w*",
    "fa": r"كنفرانس خبري|نشست خبري",
    "tr": r"basın toplantı\w*",
}


# A delegation travelling to take part in something ('the Syrian delegation arrived in
# Astana to take part in the 19th meeting'): logistics, not a happening (LABELLING.md).
_DELEGATION = {
    "en": r"delegations?",
    "fr": r"délégations?|delegations?",
    "ru": r"делегаци\w*",
    "ar": r"(?:ال)?وفد|(?:ال)?وفود",
    "fa": rf"هيات\w*|هيئت\w*|هيات{_ZW}ها\w*|هيئت{_ZW}ها\w*",
    "tr": r"heyet\w*",
}
_TRAVEL = {
    "en": r"arrived|arrives|arriving|landed|departed|left for|headed for|set off",
    "fr": r"arrivé\w*|arrive|arrivent|atterri|parti\w*|rendu\w* à",
    "ru": r"прибыл\w*|прибыва\w*|прилетел\w*|вылетел\w*|отбыл\w*",
    "ar": r"وصل\w*|يصل|بلغ|انطلق من|غادر\w*|توجه\w*",
    "fa": r"وارد|رسيد\w*|عازم|ترك كرد\w*",
    "tr": r"ulaştı\w*|vardı\w*|geldi\w*|hareket etti\w*|ayrıldı\w*|gitti\w*",
}
_PURPOSE = {
    "en": r"to (?:take part|participate|attend)",
    "fr": r"pour (?:participer|prendre part|assister)",
    "ru": r"для участия|чтобы принять участие",
    "ar": r"ليشارك\w*|للمشارك\w*|لحضور|ليحضر",
    # 'برای شرکت در', and the clause of purpose 'تا در دور جدید مذاکرات شرکت کند'.
    "fa": r"براي (?:حضور|شركت)|تا (?:در|به) [^.؛]{0,60}?(?:شركت|حضور) (?:كند|كنند|يابد|يابند)",
    "tr": r"katılmak (?:için|üzere)|katılacak",
}


# Persian writes a noun's indefinite or relative 'ی', its plural 'ها'/'های' and the 'ی' of
# its ezafe onto it, with or without a zero-width non-joiner ('آتش‌بسی که ...', 'نشست‌های
# آستانه', 'جلسه‌ی'): the cue word is still the word.
_FA_SUFFIX = f"(?:{_ZW}(?:ي|ها|هاي|اي))?"


def _rx(pattern: str, lang: str = "") -> re.Pattern[str]:
    # Arabic writes 'and', 'so', 'by' and 'for' onto the next word ('وأعلن', 'وقال'); 'for
    # the' drops the article's alef ('للانتخابات', 'وللمفاوضات').
    clitic = "(?:(?:و|ف)?لل|و|ف|ب|ل)?" if lang == "ar" else ""
    suffix = _FA_SUFFIX if lang == "fa" else ""
    return re.compile(
        r"(?<![\w])" + clitic + "(?:" + fold_pattern(pattern) + ")" + suffix + r"(?![\w])"
    )


_KIND_RX = {
    lang: [(kind, _rx(c[lang], lang)) for kind, c in KIND_CUES.items()]
    for lang in ("en", "fr", "ru", "ar", "fa", "tr")
}
_DELEGATION_RX = {lang: _rx(p, lang) for lang, p in _DELEGATION.items()}
_TRAVEL_RX = {lang: _rx(p, lang) for lang, p in _TRAVEL.items()}
_PURPOSE_RX = {lang: _rx(p, lang) for lang, p in _PURPOSE.items()}
_PRESS_RX = {lang: _rx(p, lang) for lang, p in PRESS_EVENTS.items()}
# Words before an event noun that make it the topic of something said or asked for ('his
# call for a nationwide ceasefire', 'a press conference on the truce'), not a happening.
TOPIC_BEFORE = {
    "en": r"(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|push(?:es|ed)?) for(?: an?| the)?(?: \w+)?|(?:conference|briefing|remarks|questions?|speech|statement) (?:on|about)(?: an?| the)?(?: \w+)?|(?:about|regarding|concerning)(?: an?| the)?(?: \w+)?|discuss(?:es|ed|ing)?(?: an?| the)?(?: \w+)?|(?:implementation|implementing|implement) (?:of )?(?:an?|the)?(?: \w+)?",  # noqa: E501
    "fr": r"(?:appel(?:é|le|ait|ant)?|appelé) (?:à|a)(?: un| une| la| le)?(?: \w+)?|(?:conférence|point|déclaration|question)s? (?:sur|concernant)(?: un| une| la| le| l')?|(?:au sujet d(?:e|u|es)|concernant)(?: un| une| la| le| l')?|discut\w* (?:de|du|des|d')(?: un| une| la| le| l')?|(?:mise en (?:œuvre|oeuvre)|application) (?:de|du|des|d')(?: la| le| l')?",  # noqa: E501
    "ru": r"призыв\w* к(?: \w+)?|призвал\w* к(?: \w+)?|(?:конференци\w*|брифинг\w*|заявлени\w*|вопрос\w*) (?:о|об|по)(?: \w+)?|(?:по поводу|касательно|относительно)(?: \w+)?|обсу(?:д|ж)\w*(?: \w+)?|(?:выполнени|реализаци|соблюдени)\w*(?: \w+)?",  # noqa: E501
    "ar": r"(?:دعا|دعت|دعوه|الدعوه|طالب|طالبت) (?:الي|ل)(?:\S+ )?|(?:حول|بشان|بخصوص)"
    r"|(?:ل|و)?(?:بحث|مناقشه|يبحث|تبحث|ناقش|ناقشا|بحثا|تنفيذ)(?: \S+)?",
    "fa": r"(?:خواستار|درباره|در مورد|در خصوص)(?: \S+)?",
    "tr": r"(?!)",
}
# Turkish puts the word after the noun ('ateşkes çağrısı', 'ateşkes hakkında').
TOPIC_AFTER = {
    "tr": r"(?:\w+ )?(?:çağrı\w*|hakkında|konusunda|ilişkin|görüşmek|görüştü\w*|ele al\w*"
    r"|uygulanması\w*)"
}


def _ending_rx(patterns: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Per language, the words that end right before a noun (searched up to it)."""
    return {
        lang: re.compile(r"(?<![\w])(?:" + fold_pattern(p) + r")\s*\Z")
        for lang, p in patterns.items()
    }


def _following_rx(patterns: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Per language, the words that follow a noun (matched from its end)."""
    return {lang: re.compile(r"\W*(?:" + fold_pattern(p) + r")") for lang, p in patterns.items()}


_TOPIC_BEFORE_RX = _ending_rx(TOPIC_BEFORE)
_TOPIC_AFTER_RX = _following_rx(TOPIC_AFTER)
# A topic word before a name, with a gathering's noun and a preposition between ('to discuss
# the talks in Geneva', 'обсудить переговоры в Женеве').
_TOPIC_OF_NAME_RX = {
    lang: re.compile(r"(?<![\w])(?:" + fold_pattern(p) + r")(?:\s+[^\s,;:.!?\u060c]+){0,2}\s*\Z")
    for lang, p in TOPIC_BEFORE.items()
}
# How far before an event noun its topic words may start.
_TOPIC_REACH = 40
# Words of support that make an event noun what a gathering works for ('a working group to
# support the ceasefire in Suwayda', 'لدعم وقف إطلاق النار', "ateşkesi desteklemek için";
# outside tester t12b, F8: a meeting in Amman proposed as a ceasefire), unless a day names
# the noun ("10 Mart mutabakatını desteklediğimiz", 'we back the 18 January agreement'):
# that day is the supported happening's own.
_SUPPORT_BEFORE_RX = _ending_rx(L.SUPPORT_BEFORE)
_SUPPORT_AFTER_RX = _following_rx(L.SUPPORT_AFTER)
_PREPARING_BEFORE_RX = _ending_rx(L.PREPARING_BEFORE)
_PREPARING_AFTER_RX = _following_rx(L.PREPARING_AFTER)
_DISCUSSING_BEFORE_RX = _ending_rx(L.DISCUSSING_BEFORE)
_DISCUSSING_AFTER_RX = _following_rx(L.DISCUSSING_AFTER)
# How many words may stand between a gathering's word and its verb of issuing a text: the
# verb comes last in Turkish and Persian, after the date ('Cenevre görüşmeleri 3 Mart'ta
# bir bildiri yayımladı').
_SPEAKS_REACH = 7
_SPEAKS = {
    lang: re.compile(
        r"\w*\s*(?:(?:[^\s,;:.]+\s+){0,"
        + str(_SPEAKS_REACH)
        + r"}?(?:"
        + fold_pattern(p)
        + r")(?!\w)|:\s*(?:"
        + fold_pattern(L.ISSUED_TEXTS)
        + r"))"
    )
    for lang, p in L.ISSUES.items()
}
_ISSUED_TEXT = re.compile(r"(?<!\w)(?:" + fold_pattern(L.ISSUED_TEXTS) + r")")
# The text right after the verb of issuing ('issued a joint statement', 'выступили с
# заявлением'), in the languages whose verb stands before its object.
_TEXT_AFTER_VERB = re.compile(
    r"\s+(?:[^\s,;:.]+\s+){0,3}?(?:" + fold_pattern(L.ISSUED_TEXTS) + r")"
)


def speaks(folded: str, lang: str, at: int) -> bool:
    """Whether the gathering's word at `at` is the subject of a verb of issuing a text
    (lexicon.ISSUES: 'the Geneva talks issued an announcement'), or a headline's name
    before a text's kind word ('Astana talks: announcement')."""
    return _speaking(folded, lang, at) is not None


def _speaking(folded: str, lang: str, at: int) -> re.Match[str] | None:
    rx = _SPEAKS.get(lang)
    return rx.match(folded, at) if rx is not None else None


def _issued_a_text(folded: str, lang: str, start: int) -> bool:
    """Whether the gathering's word at `start` issued a text the sentence names as its
    verb's object: 'the Sochi talks issued an announcement', 'Soçi görüşmeleri bir açıklama
    yayımladı', no meeting of that day; not 'toplantı yaptı ve bir bildiri yayımladı' (held a
    meeting, then issued a text) nor 'the talks made progress' (no text)."""
    m = _speaking(folded, lang, start)
    if m is None:
        return False
    if _ISSUED_TEXT.search(folded, start, m.end()):
        return True  # the text before the verb (tr, fa) or a headline's
    return lang not in _VERB_LAST and _TEXT_AFTER_VERB.match(folded, m.end()) is not None


_AHEAD_OF_BEFORE_RX = _ending_rx(L.AHEAD_OF_BEFORE)
_AHEAD_OF_AFTER_RX = _following_rx(L.AHEAD_OF_AFTER)
_AHEAD_OF_VERB_CUE_RX = {lang: re.compile(p) for lang, p in L.AHEAD_OF_VERB_CUE.items()}
_AHEAD_OF_VERB_AFTER_RX = {
    lang: re.compile(fold_pattern(p)) for lang, p in L.AHEAD_OF_VERB_AFTER.items()
}
_DEPUTIES_BEFORE_RX = {
    lang: re.compile(r"(?<![\w])(?:" + fold_pattern(p) + r")\s*\Z")
    for lang, p in L.DEPUTIES_BEFORE.items()
}
# A relative clause right after the noun ('the ceasefire that Russia and Turkey brokered,
# which took effect on Friday', 'le cessez-le-feu qui', 'перемирие, которое', 'الهدنة التي',
# 'آتش‌بسی که'): the sentence tells of that very happening, which is then no mere topic.
_RELATIVE_AFTER = {
    lang: re.compile(r"\s*,?\s*(?:" + fold_pattern(p) + r")(?![\w])")
    for lang, p in L.RELATIVE_AFTER.items()
}
# A day (digits, a month, a year) right before the noun, or right after it with at most a
# preposition between ('the agreement of 18 January', 'اتفاق 10 آذار', 'соглашение от 10').
_DAY_BEFORE = re.compile(r"\d[\w.]*(?:\s+\w+){0,2}\s*\Z")
_DAY_AFTER = re.compile(r"\s*(?:[^\W\d]{1,3}\s+)?\d")


def named_as_topic(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the words at folded[start:end] (a track's name) are what is discussed ('met
    in Moscow to discuss the talks in Geneva', 'обсудили переговоры в Женеве'), not the
    gathering that is told: a topic word at most a few words before it, in its clause."""
    before = _TOPIC_OF_NAME_RX.get(lang)
    after = _TOPIC_AFTER_RX.get(lang)
    return bool(
        (before is not None and before.search(folded, max(0, start - _TOPIC_REACH), start))
        or (after is not None and after.match(folded, end))
    )


def _is_topic(folded: str, lang: str, start: int, end: int) -> bool:
    if _next_to(folded, lang, start, end, _TOPIC_BEFORE_RX, _TOPIC_AFTER_RX):
        return True
    relative = _RELATIVE_AFTER.get(lang)
    return _next_to(folded, lang, start, end, _SUPPORT_BEFORE_RX, _SUPPORT_AFTER_RX) and not (
        _DAY_BEFORE.search(folded, max(0, start - 20), start)
        or _DAY_AFTER.match(folded, end)
        or (relative is not None and relative.match(folded, end))
    )


# Between an agreement's noun and the truce that names it ('accord de cessez-le-feu',
# 'соглашение о прекращении огня', 'اتفاق وقف إطلاق النار', 'توافق آتش‌بس').
_OF_A_TRUCE = re.compile(r"\s*(?:(?:on|of|de|du|d'|о|об|на)\s*)?(?:(?:a|the|la|le|l')\s*)?\Z")
_AGREEMENT_NOUN = {lang: _rx(p, lang) for lang, p in KIND_CUES["agreement"].items()}


def _prepared_for(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the event noun at folded[start:end] is what a gathering prepares ('met to
    prepare a summit'), not a day's own: unless a day names the noun ('to prepare the
    summit of 14 February'), which is then that day's happening."""
    return _next_to(
        folded, lang, start, end, _PREPARING_BEFORE_RX, _PREPARING_AFTER_RX
    ) and not _DAY_AFTER.match(folded, end)


def _discussed(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the event noun at folded[start:end] is what the sentence's people discussed
    (lexicon.DISCUSSING_BEFORE), not a day's own (_prepared_for)."""
    return _next_to(
        folded, lang, start, end, _DISCUSSING_BEFORE_RX, _DISCUSSING_AFTER_RX
    ) and not _DAY_AFTER.match(folded, end)


def _ahead_of(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the event noun at folded[start:end] is what a gathering comes ahead of
    ('met ahead of a summit', lexicon.AHEAD_OF_BEFORE), not a day's own: unless a day names
    the noun ('ahead of the summit on 14 February'), or a light verb makes it a verb
    (lexicon.AHEAD_OF_VERB_AFTER), or the cue is a verb itself (AHEAD_OF_VERB_CUE)."""
    return _ahead_cue(folded, lang, start, end) and not _DAY_AFTER.match(folded, end)


def _ahead_cue(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether words of time or purpose (lexicon.AHEAD_OF_BEFORE) make the event noun at
    folded[start:end] what a gathering comes ahead of, dated or not, unless a light verb
    makes it a verb or the cue is a verb itself."""
    verb, verb_cue = _AHEAD_OF_VERB_AFTER_RX.get(lang), _AHEAD_OF_VERB_CUE_RX.get(lang)
    return (
        _next_to(folded, lang, start, end, _AHEAD_OF_BEFORE_RX, _AHEAD_OF_AFTER_RX)
        and not (verb is not None and verb.match(folded, end))
        and not (verb_cue is not None and verb_cue.fullmatch(folded, start, end))
    )


# Where a purpose phrase's clause ends: a stop, a semicolon, a colon, a comma before words,
# unless the comma only parts the members of a list that a conjunction closes ('the summit
# of Russia, Iran and Turkey on 7 September': lexicon.LIST_AND) or opens a clause of the
# noun's holding (lexicon.RELATIVE_HELD).
_CLAUSE_END = re.compile(r"[.;:!?؛]|[,،]\s")
_LIST_GOES_ON = {lang: re.compile(fold_pattern(p)) for lang, p in L.LIST_AND.items()}
_RELATIVE_HELD = {lang: re.compile(fold_pattern(p)) for lang, p in L.RELATIVE_HELD.items()}


_HEAD_FINAL_BOUNDARY = {lang: re.compile(fold_pattern(p)) for lang, p in L.NOT_A_MODIFIER.items()}


def _modifiers_start(folded: str, lang: str, at: int) -> int:
    """Where the words before the noun at folded[at] that are its own begin: at its
    clause's start (after the last _CLAUSE_END), or after the last word before it that
    belongs to the verb (lexicon.NOT_A_MODIFIER: 'Moskova'da', 'Zarif ile')."""
    starts = [m.end() for m in _CLAUSE_END.finditer(folded, 0, at)]
    start = starts[-1] if starts else 0
    if (rx := _HEAD_FINAL_BOUNDARY.get(lang)) is not None:
        start = max([start, *(m.end() for m in rx.finditer(folded, start, at))])
    return start


def list_goes_on(folded: str, lang: str, at: int) -> bool:
    """Whether the comma before folded[at] parts the members of a list that a conjunction
    closes (lexicon.LIST_AND), not two clauses."""
    goes_on = _LIST_GOES_ON.get(lang)
    return bool(goes_on and goes_on.match(folded, at))


def _clause_end(folded: str, lang: str, at: int) -> int:
    """Where the clause from folded[at:] ends: _CLAUSE_END, past the commas of a list and
    of a relative clause of the noun's holding (lexicon.RELATIVE_HELD)."""
    held = _RELATIVE_HELD.get(lang)
    while (stop := _CLAUSE_END.search(folded, at)) is not None:
        if not (
            folded[stop.start()] in ",،"
            and (
                list_goes_on(folded, lang, stop.end())
                or (held is not None and held.match(folded, stop.end()))
            )
        ):
            return stop.start()
        at = stop.end()
    return len(folded)


# A review asks this of one sentence several times (its naming, whether its date is the
# purpose's, who is ticked): read once.
@lru_cache(maxsize=512)
def purpose_phrases(folded: str, lang: str) -> tuple[tuple[int, int], ...]:
    """The spans of folded that name only what a gathering comes ahead of or prepares
    ('met in Ankara ahead of a summit of the three presidents', 'en vue du sommet'): from
    the words that say so (or the noun, where they follow it) to the end of the clause.
    The review does not read them as naming a record (outside tester t15c, 1: the summit
    was cited and the ministers of the meeting before it added to it)."""
    return tuple(span for span, _own, _kind in purposes(folded, lang))


def purposes(folded: str, lang: str) -> tuple[tuple[tuple[int, int], tuple[int, int], str], ...]:
    """purpose_phrases, each with its words less those of time or purpose ('the trilateral
    summit in Tehran on 7 September' of 'Ahead of …', "Tahran'da … yapılacak üçlü zirve" of
    '… zirve öncesinde') and the kind of happening its noun names ('summit')."""
    spans = []
    for kind, rx in _KIND_RX[lang]:
        for m in rx.finditer(folded):
            start, end = m.span()
            if not (
                _prepared_for(folded, lang, start, end)
                or _ahead_cue(folded, lang, start, end)
                or _discussed(folded, lang, start, end)
            ):
                continue
            for befores in (_AHEAD_OF_BEFORE_RX, _PREPARING_BEFORE_RX, _DISCUSSING_BEFORE_RX):
                cue = befores.get(lang)
                if cue is not None and (
                    c := cue.search(folded, max(0, start - _TOPIC_REACH), start)
                ):
                    start = min(start, c.start())
            if start == m.start():
                # The cue follows the noun ('17 Mayıs'taki Bağdat zirvesi öncesinde'): the
                # noun's own words, its date among them, come before it in its clause,
                # and the phrase ends with the cue.
                after = _after_cue(folded, lang, end)
                first = _modifiers_start(folded, lang, start)
                spans.append(((first, after or end), (first, end), kind))
                continue
            last = _phrase_end(folded, lang, end)
            spans.append(((start, last), (m.start(), last), kind))
    return tuple(spans)


# The end of the first date after a purpose's noun ('on 7 September 2018', '17 мая 2025',
# '۱۷ مه ۲۰۲۵'): a number, a word, a year.
_FIRST_DATE = re.compile(r"\d+(?:\s+[^\W\d]+)?(?:\s+\d{4}(?:[^\s,.;:،]*|\s+[^\W\d]{1,4}\.?))?")
# Words of the noun's own kept where nothing else ends its phrase ('накануне саммита Лиги
# арабских государств министр …'): up to three.
_NOUN_WORDS = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}")


def _phrase_end(folded: str, lang: str, end: int) -> int:
    """Where the purpose phrase whose noun ends at `end` ends: at its clause's end, or
    after its first date; where the clause runs to the sentence's end with no date
    (languages that need no comma after it: 'Накануне саммита в Тегеране министр Лавров
    встретился …'), after the noun's next few words, which leaves the meeting's own."""
    stop = _clause_end(folded, lang, end)
    if day := _FIRST_DATE.search(folded, end, stop):
        return day.end()
    if not folded[stop:].strip(" .!?؟"):
        return _NOUN_WORDS.match(folded, end).end()
    return stop


def _after_cue(folded: str, lang: str, end: int) -> int | None:
    """The end of the cue that follows the noun ending at `end` ('zirvesi öncesinde')."""
    for afters in (_AHEAD_OF_AFTER_RX, _PREPARING_AFTER_RX, _DISCUSSING_AFTER_RX):
        rx = afters.get(lang)
        if rx is not None and (m := rx.match(folded, end)):
            return m.end()
    return None


def _deputies(folded: str, lang: str, start: int) -> bool:
    """Whether the foreign ministers' cue at `start` names their deputies."""
    rx = _DEPUTIES_BEFORE_RX.get(lang)
    return rx is not None and bool(rx.search(folded, max(0, start - 20), start))


def _head_is_topic(folded: str, lang: str, start: int) -> bool:
    """Whether the truce word at `start` names an agreement right before it that is a
    topic ('to discuss the ceasefire agreement' names no ceasefire either)."""
    for m in _AGREEMENT_NOUN[lang].finditer(folded, max(0, start - 30), start):
        if _OF_A_TRUCE.match(folded[m.end() : start]) and _is_topic(folded, lang, *m.span()):
            return True
    return False


def _next_to(folded: str, lang: str, start: int, end: int, befores, afters) -> bool:
    """Whether words of `befores` end right before folded[start:end], or words of
    `afters` follow it."""
    before, after = befores.get(lang), afters.get(lang)
    return bool(
        (before is not None and before.search(folded, max(0, start - _TOPIC_REACH), start))
        or (after is not None and after.match(folded, end))
    )


_PROCESS_RX = {lang: _rx(p, lang) for lang, p in PROCESS_CUES.items()}
_ADOPTED_RX = {lang: _rx(p, lang) for lang, p in _ADOPTED.items()}
_AGREEMENT_RX = {lang: _rx(p, lang) for lang, p in AGREEMENT_CUES.items()}
_RESOLUTION_RX = re.compile(
    fold_pattern(
        r"(?:resolution|résolution|резолюци\w*|قرار|قطعنامه|karar\w*)\s*(?:no\.?\s*|№\s*|رقم\s*)?\d{3,4}|\d{3,4} sayılı karar"  # noqa: E501
    )
)


# A resolution named without its number ('la précédente résolution ... avait été adoptée');
# not in Arabic and Turkish, where the word is any decision.
_RESOLUTION_WORD_RX = {
    lang: _rx(p, lang)
    for lang, p in {
        "en": r"resolutions?",
        "fr": r"résolutions?|resolutions?",
        "ru": r"резолюци\w*",
        "fa": r"قطعنامه\w*",
    }.items()
}


# A step that a gathering agreed or decided to take ('agreed to form a working group',
# 'ont convenu de créer', 'договорились создать', 'اتفقوا على تشكيل مجموعة عمل', 'خلص إلى
# تشكيل') is that gathering's outcome, to come: no milestone taken that day (t12b, F8).
# The words right before the milestone's cue (folded); Turkish and Persian put the verb
# after it, where their agreement cue ('anlaştı', 'توافق') names the kind.
_AGREED_TO = {
    "en": r"(?:agreed|decided|resolved) (?:to|on)(?: the)?",
    "fr": r"(?:convenu|décidé|accordés?) (?:de|d'|pour)",
    "ru": r"(?:договорил|решил|согласил)\w*(?: о| об)?",
    "ar": r"(?:و|ف)?(?:اتفق|قرر|توافق|خلص)\w*(?: [^\s]+)?(?: على| إلى)?",
    # 'توافق کردند که کمیته‌ای ... تشکیل دهند': 'that', then a few words before the cue.
    "fa": r"(?:توافق|تصميم)\w* (?:كردند|كرد|گرفتند|گرفت|شد)\s*(?:كه|تا)(?: [^ ]+){0,3}",
}
_AGREED_TO_RX = _ending_rx(_AGREED_TO)
# Turkish: the verbal noun, then the agreeing ('komite kurulması konusunda anlaşmaya vardı').
_AGREED_TO_AFTER = {
    "tr": re.compile(
        fold_pattern(r"\s+(?:konusunda|üzerinde|için)\s+(?:anlaş|mutabakat|uzlaş|karar)\w*")
    )
}
# How far before a milestone's cue the agreeing words may start.
_AGREED_REACH = 60


def _agreed_to(folded: str, lang: str, start: int, end: int) -> bool:
    rx, after = _AGREED_TO_RX.get(lang), _AGREED_TO_AFTER.get(lang)
    return bool(
        (rx is not None and rx.search(folded, max(0, start - _AGREED_REACH), start))
        or (after is not None and after.match(folded, end))
    )


_TO_ACT = {lang: re.compile(fold_pattern(p)) for lang, p in L.AGREED_TO_ACT.items()}
# How far before an agreeing cue its phrase may start ("d'accord" before 'accord').
_TO_ACT_BACK = 2
# How far after it the phrase may run.
_TO_ACT_REACH = 80


def agrees_to_act(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the agreeing word at [start, end) is a verb of agreeing to do something
    later ('agreed to form a committee'): no agreement made that day
    (lexicon.AGREED_TO_ACT)."""
    rx = _TO_ACT.get(lang)
    if rx is None:
        return False
    lo, hi = max(0, start - _TO_ACT_BACK), min(len(folded), end + _TO_ACT_REACH)
    return any(m.start() <= start < m.end() for m in rx.finditer(folded, lo, hi))


_HOSTING_RX = {lang: _rx(p, lang) for lang, p in L.HOSTING.items()}
# How many words may stand between a verb of hosting and its guest ('received Russian
# Foreign Minister Sergey Lavrov'), and the languages that put the guest before the verb.
_GUEST_WORDS = 4
_VERB_LAST = ("tr", "fa")
# A word that makes the name after it no guest ('a letter from X', 'a message by X').
_NOT_GUEST_RX = {
    lang: re.compile(
        r"(?<!\w)(?:"
        + fold_pattern("|".join(filter(None, (p, L.OF_RIGHT_BEFORE.get(lang)))))
        + r")(?!\w)"
    )
    for lang, p in L.NOT_OF_IT_BEFORE.items()
}


def hosts_in(folded: str, lang: str) -> bool:
    """Whether the sentence has a verb of hosting or receiving."""
    return bool(_HOSTING_RX[lang].search(folded))


def hosted_at(folded: str, lang: str, named: list[tuple[int, int, bool]]) -> int | None:
    """Where a verb of hosting or receiving stands whose guest is a person and whose host is
    another participant named in the sentence ('Lavrov hosted Kerry', 'استقبل لافروف كيري',
    "Putin, Erdoğan'ı ağırladı"): a meeting of the two (outside tester t15d, 10). `named`
    holds each participant's span and whether it is a person; 'Jordan received refugees'
    and 'received a letter from X' are none (a word of 'from', 'by' between)."""
    for m in _HOSTING_RX[lang].finditer(folded):
        after = [x for x in named if x[0] >= m.end()]
        before = [x for x in named if x[1] <= m.start()]
        pairs = []
        if after and (before or len(after) >= 2):
            guest = after[0] if before else after[1]
            pairs.append((guest, folded[(m.end() if before else after[0][1]) : guest[0]]))
        if lang in _VERB_LAST and len(before) >= 2:
            pairs.append((before[-1], folded[before[-1][1] : m.start()]))
        for (_a, _b, person), gap in pairs:
            if (
                person
                and len(gap.split()) <= _GUEST_WORDS
                and not _CLAUSE_END.search(gap)
                and not _NOT_GUEST_RX[lang].search(gap)
            ):
                return m.start()
    return None


def kinds_in(
    folded: str, lang: str, start: int = 0, end: int | None = None, *, keep_speakers: bool = False
) -> list[tuple[str, int]]:
    """Event kinds cued in folded[start:end], with the position of each cue; a gathering's
    word that issued a text (_issued_a_text) only with `keep_speakers`."""
    end = len(folded) if end is None else end
    press = [m.span() for m in _PRESS_RX[lang].finditer(folded, start, end)]
    # What the Council is briefed on ('will brief the Security Council on Monday on the
    # agreement') is the briefing's topic (LABELLING.md U4).
    briefed = _BRIEFING_RX[lang].search(folded, start, end)
    out = []
    for kind, rx in _KIND_RX[lang]:
        for m in rx.finditer(folded, start, end):
            if any(a <= m.start() < b for a, b in press):
                continue
            if _prepared_for(folded, lang, m.start(), m.end()) or _ahead_of(
                folded, lang, m.start(), m.end()
            ):
                continue
            if (
                not keep_speakers
                and kind in _GATHERING_NOUNS
                and _issued_a_text(folded, lang, m.start())
            ):
                continue  # 'the Sochi talks issued an announcement': the text's day
            if kind == "ministerial" and _deputies(folded, lang, m.start()):
                continue
            if kind in _TOPIC_KINDS and (
                _is_topic(folded, lang, m.start(), m.end())
                or _head_is_topic(folded, lang, m.start())
                or (briefed is not None and m.start() >= briefed.end())
            ):
                continue
            if kind == "milestone" and _agreed_to(folded, lang, m.start(), m.end()):
                continue
            if kind == "agreement" and agrees_to_act(folded, lang, m.start(), m.end()):
                continue
            out.append((kind, m.start()))
    resolution = _RESOLUTION_RX.search(folded, start, end) or (
        lang in _RESOLUTION_WORD_RX and _RESOLUTION_WORD_RX[lang].search(folded, start, end)
    )
    if resolution and _ADOPTED_RX[lang].search(folded, start, end):
        out.append(("un_resolution", resolution.start()))
    return out


def document_kinds(folded: str, lang: str, start: int, end: int) -> list[tuple[str, int]]:
    """The kinds of a document or truce written in folded[start:end] that a date names ('the
    10 March agreement'): the happening of that day, even as the topic of what is told
    ("10 Mart mutabakatına ilişkin", 'about the 10 March agreement')."""
    return [
        (kind, m.start()) for kind, rx in _KIND_RX[lang] for m in rx.finditer(folded, start, end)
    ]


# Verbs of saying, writing and proposing, interviews and press conferences: a date right
# next to one dates what was said, not a happening (LABELLING.md U4).
SPEECH_CUES = {
    # A call or an appeal made on a day ('on Monday repeated his call for a ceasefire') is
    # a saying too.
    "en": r"said|says|told|stated|confirmed|proposed|wrote|noted|added|warned|explained|insisted|argued|suggested|stressed|urged|called for|appealed|reiterated|(?:repeated|renewed) (?:his|her|their|its) (?:calls?|appeals?)|interview\w*",  # noqa: E501
    "fr": r"a déclaré|a dit|a expliqué|avai(?:t|ent) (?:déclaré|dit|affirmé|indiqué|annoncé|souligné|estimé|expliqué)|exhort\w*|a affirmé|a confirmé|a estimé|a indiqué|a souligné|a proposé|a écrit|a ajouté|a jugé|souhaitait|a souhaité|estimait|déclarait|a appelé|a lancé un appel|a réitéré|a renouvelé (?:son|leur) appel|interview\w*",  # noqa: E501
    "ru": r"заявил\w*|сказал\w*|пояснил\w*|подтвердил\w*|сообщил\w*|отметил\w*|подчеркнул\w*|предложил\w*|написал\w*|призвал\w*|повторил\w* (?:сво\w+ )?призыв\w*|интервью",  # noqa: E501
    "ar": r"قال|قالت|اورد|اوردت|صرح\w*|افاد|افادت|ذكرت|ابلغ\w*|اكد\w*|اعتبر\w*|راى|رات|طالب\w*|اشار\w*|اوضح\w*|كتب\w*|دعا|دعت|جدد\w* (?:ال)?دعو\w*|مقابله",  # noqa: E501
    # 'گفت' but not 'گفت‌وگو' (talks); the pluperfect 'گفته بود' (had said).
    "fa": r"گفت(?![\u200c ]?و)|گفته|نوشت|توضيح داد|تاييد كرد|اظهار|تاكيد كرد|خاطرنشان|پيشنهاد كرد|خواستار|مصاحبه",  # noqa: E501
    "tr": r"dedi|söyledi|açıklama\w*|belirtti|doğruladı|ifade etti|önerdi|yazdı|vurguladı|çağrı\w* (?:yineledi|yaptı|bulundu)|çağırdı",  # noqa: E501
}
_SPEECH_RX = {lang: _rx(p, lang) for lang, p in SPEECH_CUES.items()}


def speech_rx(lang: str) -> re.Pattern[str]:
    """The verbs of saying of a language (SPEECH_CUES), on folded text."""
    return _SPEECH_RX[lang]


_EVENT_RX = {
    lang: [_rx(c[lang], lang) for kind, c in KIND_CUES.items() if kind != "statement"]
    for lang in SPEECH_CUES
}
# 'said on Saturday': before the date, a verb of saying with a preposition at most between.
_SPEECH_BEFORE = 4
# 'On 4 February he told', "17 Ekim'deki basın toplantısında": after it, a few words with
# no comma or colon between (the date of 'talks will resume in July, he said' is the
# talks').
_SPEECH_AFTER = 10
_NOT_BETWEEN = re.compile(r"[,:;\"«»“”()\u060c\u061b]")
# 'the summit's final statement, dated 19 July, indicated': a date after one of these words
# is the date of the thing named before it, not of the verb of saying after it.
_DATED = {
    "en": r"dated",
    "fr": r"daté(?:e|s|es)? du|en date du",
    "ru": r"датированн\w*|от",
    "ar": r"بتاريخ|المؤرخ|المؤرخة",
    "fa": r"مورخ|به تاريخ",
    "tr": r"(?!)",  # Turkish writes it after the date ('19 Temmuz tarihli')
}
_DATED_RX = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")\s*$") for lang, p in _DATED.items()
}
# 'Lundi déjà, il souhaitait que ...': a date that opens the sentence, a comma, a subject
# (up to an envoy's full title: 'l'émissaire des Nations unies pour la Syrie') and the verb
# of saying.
_FRONTED = re.compile(r"\s*(?:\w+\s*)?[,\u060c][^,:;\"«»“”()\u060c\u061b]{0,60}$")
# Arabic puts the verb first: a date followed by a verb of saying is that saying's only
# when it opens its clause ('وفي 4 شباط قال', 'مساء أمس أكد'); after other words it closes
# the clause before ('الذين حضروا الجولة في شباط اكدوا': the round's month, not the
# confirming's).
_AR_CLAUSE_OPENS = re.compile(
    r"(?:^|[,:;\"«»“”(\u060c\u061b])\s*(?:(?:و|ف|ثم)\s*)?"
    r"(?:(?:و|ف)?(?:في|خلال|منذ|صباح|مساء|ظهر|عصر|ليله|ليل|يوم)\s+)?$"
)
# 'last week's consultations': a date in the possessive names the thing after it.
_POSSESSIVE = re.compile(r"['’]s\b")


# Arabic puts the day of a saying between the verb (with its subject and titles) and the
# 'that' of what was said: 'رأى بيدرسن، مبعوث الأمم المتحدة، اليوم الجمعة، أن ...'. Persian
# puts it before the verb that closes the clause: 'آناتولی روز چهارشنبه، ...، نوشت: ...'.
_LONG_ATTRIBUTION = 90
_AR_THAT = re.compile(r"[\s\u060c,]*(?:ان|انه|بان|بالا|الى ان)(?!\w)")
_FA_SAID_THAT = re.compile(r"\s*(?::|كه(?!\w))")


_LIGHT_VERB = 1


@lru_cache(maxsize=64)
def _saying_spans(folded: str, lang: str) -> tuple[list, list, list]:
    """A sentence's verbs of saying, press conferences and words of happenings (those inside
    a press conference's words left out): found once for all the sentence's dates."""
    press = [m.span() for m in _PRESS_RX[lang].finditer(folded)]
    speech = [m.span() for m in _SPEECH_RX[lang].finditer(folded)] + press
    if not speech:
        return [], [], []
    # A press conference's own words and the verb right before it ('провёл
    # пресс-конференцию', 'held'): no happening of their own.
    events = [
        m.span()
        for rx in _EVENT_RX[lang]
        for m in rx.finditer(folded)
        if not any(p <= m.start() < q or 0 <= p - m.end() <= _LIGHT_VERB for p, q in press)
    ]
    return speech, press, events


# 'met his counterpart in Moscow on 2 May and said ...': a verb of saying joined by 'and'
# to the clause the date closes is a second predicate of the same subject; the date is the
# first one's, the happening's (a word of one stands before it in its clause).
# A dash may stand before the 'and' ('... on 5 March 2020 — and said'), and a sign may
# stand for it ('& said', '+ said'; t14b, 6).
_AND_WORDS = {
    "en": r"and|then|and then",
    "fr": r"et|puis",
    "ru": r"и|а затем|затем",
    "tr": r"ve",
    "fa": r"و",
}
_AND_THEN = {
    **{
        lang: re.compile(rf"\s*(?:[-–—]\s*)?(?:(?:{words})\s+|[&+]\s*)$")
        for lang, words in _AND_WORDS.items()
    },
    "ar": re.compile(r"\s*(?:[-–—]\s*)?(?:ثم\s+)?$"),
}
_AR_AND = ("و", "ف")
# How far before the date a word of a happening may stand in the date's clause.
_HAPPENING_BACK = 120


def _coordinated_saying(folded: str, lang: str, start: int, end: int, span, events) -> bool:
    """Whether the verb of saying at `span`, after the date at [start, end), opens a second
    predicate ('... and said') after a clause whose happening the date dates."""
    a, _b = span
    if a < end or not _AND_THEN[lang].match(folded, end, a):
        return False
    if lang == "ar" and not folded.startswith(_AR_AND, a) and "ثم" not in folded[end:a]:
        return False
    lo = max(0, start - _HAPPENING_BACK)
    return any(lo <= q <= start and not _NOT_BETWEEN.search(folded, q, start) for _p, q in events)


def _attribution_after(folded: str, start: int, end: int, span, events) -> bool:
    """Whether the verb of saying at `span` stands in a clause of its own after the date at
    [start, end), whose clause tells a happening ('met his counterpart in Amman on 3 May,
    officials said', "s'est entretenu ... le 3 mai, ont indiqué des responsables", '... bir
    araya geldi, yetkililer açıkladı'): it says who reports the happening, which the date
    dates (outside tester t13a, 6)."""
    a, _b = span
    if a < end or not _CLAUSE_END.search(folded, end, a):
        return False
    before = [m.end() for m in _CLAUSE_END.finditer(folded, 0, start)]
    lo = before[-1] if before else 0
    stop = _CLAUSE_END.search(folded, end)
    hi = stop.start() if stop else len(folded)
    return any(lo <= p < hi for p, _q in events)


def announces(folded: str, lang: str) -> bool:
    """Whether the sentence has a verb of saying or announcing ('said', 'сообщил',
    'açıkladı', 'أعلن'): what reports a date as told by someone."""
    return bool(_SPEECH_RX[lang].search(folded)) or any(
        kind == "announcement" and rx.search(folded) for kind, rx in _KIND_RX[lang]
    )


def said_on(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) dates something said rather than a happening: a
    verb of saying (or a press conference) right next to it, nearer than any word of a
    happening."""
    spans, _press, events = _saying_spans(folded, lang)
    possessive = bool(_POSSESSIVE.match(folded, end))
    speech = None
    for a, b in spans:
        if b <= start and not possessive:
            gap = start - b
            ok = gap <= _SPEECH_BEFORE and not _NOT_BETWEEN.search(folded, b, start)
        elif a >= end:
            if _DATED_RX[lang].search(folded, max(0, start - 20), start):
                continue
            if _coordinated_saying(folded, lang, start, end, (a, b), events):
                continue
            if lang == "ar" and not _AR_CLAUSE_OPENS.search(folded, 0, start):
                continue  # the date closes the clause before it; the verb opens the next
            gap = a - end
            ok = gap <= _SPEECH_AFTER and not _NOT_BETWEEN.search(folded, end, a)
            if not ok and not folded[:start].strip() and _FRONTED.match(folded[end:a]):
                ok, gap = True, 0
        else:
            continue
        if ok and (speech is None or gap < speech):
            speech = gap
    if speech is None:
        return bool(spans) and _attributed(folded, lang, start, end, events)
    return not any(max(a - end, start - b, 0) <= speech for a, b in events)


# Verbs of saying that ask, urge or propose rather than tell: 'urged on Friday that the
# round be held on 10 July', 'طالب أمس بألا يتغير موعد المفاوضات'. Told of a day ahead, they
# are a wish or a proposal, not the announcement of that day (LABELLING U2, U4).
DIRECTIVE_CUES = {
    "en": r"urged|called for|called on|appealed|proposed|suggested|demanded|insisted|asked",
    "fr": r"exhort\w*|a appelé|a lancé un appel|a proposé|souhaitait|a souhaité|a demandé|a exigé|a insisté",  # noqa: E501
    "ru": r"призвал\w*|предложил\w*|потребовал\w*|попросил\w*|настаива\w*",
    "ar": r"طالب\w*|دعا|دعت|اقترح\w*|حث\w*|ناشد\w*",
    "fa": r"خواستار|پيشنهاد كرد|درخواست كرد",
    "tr": r"önerdi|çağırdı|çağrı\w* (?:yineledi|yaptı|bulundu)|istedi|talep etti",
}
_DIRECTIVE_RX = {lang: _rx(p, lang) for lang, p in DIRECTIVE_CUES.items()}
# A saying told as the background of the story: a pluperfect ('had announced', 'avait
# annoncé', 'açıklamıştı', 'كان قد أعلن', 'گفته بود') or an 'earlier' ('ранее', 'في وقت
# سابق'). What it told is not the news of the article's own day (LABELLING U2).
EARLIER_SAYING_CUES = {
    "en": r"had (?:\w+ )?(?:said|announced|stated|told|confirmed|declared)|earlier|previously",
    "fr": r"avai(?:t|ent) (?:\w+ )?(?:déclaré|dit|affirmé|indiqué|annoncé|souligné|estimé|confirmé)|plus tôt|auparavant|précédemment",  # noqa: E501
    "ru": r"ранее|прежде|до этого",
    "ar": r"(?:كان|كانت) (?:[^ ]+ ){0,6}?قد|سبق (?:ان|و)|في وقت سابق|سابقا",
    "fa": r"گفته بود|كرده بود|كرده بودند|پيش‌تر|پيشتر|قبلا|پيش از اين",
    "tr": r"\w+(?:mıştı|mişti|muştu|müştü|mıştır|miştir)|daha önce|önceden",
}
_EARLIER_RX = {lang: _rx(p, lang) for lang, p in EARLIER_SAYING_CUES.items()}


def told_earlier(folded: str, lang: str) -> bool:
    """Whether the sentence tells its saying as the story's background, said before."""
    return bool(_EARLIER_RX[lang].search(folded))


# How far from a date the verb that asks for something may stand to be the date's verb.
_DIRECTIVE_REACH = 40


def asks_on(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether a verb that asks, urges or proposes stands next to the date at [start, end),
    the verb of the saying the date dates."""
    # Arabic puts the verb before its subject and titles, Persian closes the clause with
    # it: a longer reach on that side (as for _LONG_ATTRIBUTION).
    before = _LONG_ATTRIBUTION if lang == "ar" else _DIRECTIVE_REACH
    after = _LONG_ATTRIBUTION if lang == "fa" else _DIRECTIVE_REACH
    lo, hi = max(0, start - before), end + after
    return bool(_DIRECTIVE_RX[lang].search(folded, lo, hi))


def saying_nearest(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether a verb of saying or calling for, or a press conference, is the nearest word
    of a happening to the date at [start, end): what happened that day was something said
    (a statement), whatever it was about ('on Monday renewed his appeal for a truce before
    the talks', 'held a press conference in Moscow on Monday about the Astana talks')."""
    speech, _press, events = _saying_spans(folded, lang)
    if not speech:
        return False

    def distance(span):
        return max(span[0] - end, start - span[1], 0)

    speech = [
        s
        for s in speech
        if not _coordinated_saying(folded, lang, start, end, s, events)
        and not _attribution_after(folded, start, end, s, events)
    ]
    if not speech:
        return False
    nearest = min(map(distance, speech))
    # Talks the press was told about are the topic, not what happened that day.
    return all(distance(span) > nearest or _is_topic(folded, lang, *span) for span in events)


def _attributed(folded, lang, start, end, events) -> bool:
    """The Arabic and Persian word orders of a dated saying (see _LONG_ATTRIBUTION), with
    no word of a happening between the verb and the date."""
    if lang not in ("ar", "fa"):
        return False
    for m in _SPEECH_RX[lang].finditer(folded):
        if lang == "ar" and 0 <= start - m.end() <= _LONG_ATTRIBUTION:
            lo, hi, ok = m.end(), start, bool(_AR_THAT.match(folded, end))
        elif lang == "fa" and 0 <= m.start() - end <= _LONG_ATTRIBUTION:
            lo, hi, ok = end, m.start(), bool(_FA_SAID_THAT.match(folded, m.end()))
        else:
            continue
        if ok and not any(lo <= a < hi for a, _b in events):
            return True
    return False


# A city named with a delegation is where it comes from, not where the meeting is: 'وفد
# موسكو', "la délégation de Moscou", 'делегация Москвы', "Moscow's delegation", 'Moskova
# heyeti'.
_DELEGATION_BEFORE = {
    lang: re.compile(r"(?<![\w])(?:" + fold_pattern(p) + r")\s+(?:de\s+|d'|of\s+)?\Z")
    for lang, p in _DELEGATION.items()
}
# Only where the city comes first: in Arabic 'وصل إلى أستانة وفد الحكومة' is the venue.
_DELEGATION_AFTER = {
    lang: re.compile(r"(?:'s)?\s+(?:" + fold_pattern(_DELEGATION[lang]) + r")(?![\w])")
    for lang in ("en", "tr")
}


def delegation_origin(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the place at folded[start:end] names a delegation's origin."""
    return bool(
        _DELEGATION_BEFORE[lang].search(folded, max(0, start - 30), start)
        or (lang in _DELEGATION_AFTER and _DELEGATION_AFTER[lang].match(folded, end))
    )


# --- a capital as its clause's subject (session 14, rules14a) --------------------------
_CLAUSE_EDGE = r"[,;:()\u060c\u061b.!?\n\"«»“”]|\s[-–—]\s"
_SUBJECT_OPEN = {
    lang: re.compile(
        rf"(?:(?:\A|{_CLAUSE_EDGE})\s*(?:(?:{fold_pattern(p)})(?:\s+|(?<=[وف])))?"
        rf"|(?<![\w']){fold_pattern(L.SUBJECT_THAT.get(lang, '(?!)'))}\s*)\Z"
    )
    for lang, p in L.SUBJECT_OPENS.items()
}
_SUBJECT_VERB_AFTER = {
    lang: re.compile(r"(?:'s|\s+(?:" + fold_pattern(p) + r"))(?![\w])")
    for lang, p in L.SUBJECT_VERB_AFTER.items()
}
_SUBJECT_VERB_BEFORE = {
    lang: re.compile(r"(?<![\w])(?:" + fold_pattern(p) + r")\s+\Z")
    for lang, p in L.SUBJECT_VERB_BEFORE.items()
}
# In the verb-last languages a subject heads its clause with a word or a day after it, not
# a number or a sign ('Astana, 20 June' is a dateline, 'آستانه ۲۰' a round), and bare: no
# Turkish case ending ("Astana'da").
_SUBJECT_WORD_AFTER = re.compile(r"\s+(?:\d{1,2}\s+)?[^\W\d]\S*")
_HOSTS = {lang: _rx(p, lang) for lang, p in L.HOSTS.items()}
_CLAUSE_END = re.compile(_CLAUSE_EDGE)
_SUBJECT_REACH = 40


_DESTINATION_BEFORE = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")\s+\Z")
    for lang, p in L.DESTINATION_BEFORE.items()
}
_DESTINATION_AFTER = {lang: re.compile(fold_pattern(p)) for lang, p in L.DESTINATION_AFTER.items()}


_TOPIC_OF_BODY_BEFORE = {
    lang: re.compile(
        r"(?<!\w)(?:"
        + fold_pattern(p)
        + r")"
        + r"(?:\s+(?!(?:"
        + fold_pattern(L.TOPIC_WITH)
        + r")(?!\w))[^\s,;:.!?\u060c]+){0,2}\s+\Z"
    )
    for lang, p in L.TOPIC_OF_BODY_BEFORE.items()
}
_TOPIC_OF_BODY_AFTER = {
    lang: re.compile(fold_pattern(p)) for lang, p in L.TOPIC_OF_BODY_AFTER.items()
}


_NAME_OF_NAME = {
    lang: re.compile(r"\s*(?:(?:" + fold_pattern(L.NAME_OF_NAME.get(lang, "(?!)")) + r")\s*)?")
    for lang in L.TOPIC_OF_BODY_BEFORE.keys() | L.TOPIC_OF_BODY_AFTER.keys()
}


def completes_name(folded: str, lang: str, before_end: int, start: int) -> bool:
    """Whether the name at folded[start:] only completes the name ending at `before_end`
    ('... Conseil de sécurité de l'ONU': lexicon.NAME_OF_NAME)."""
    rx = _NAME_OF_NAME.get(lang)
    return (
        rx is not None
        and before_end <= start
        and rx.fullmatch(folded, before_end, start) is not None
    )


def body_as_topic(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the state or body named at folded[start:end] is what is discussed ('to
    discuss the Security Council's work'), not a party (lexicon.TOPIC_OF_BODY_BEFORE)."""
    before, after = _TOPIC_OF_BODY_BEFORE.get(lang), _TOPIC_OF_BODY_AFTER.get(lang)
    return bool(
        (before is not None and before.search(folded, max(0, start - _TOPIC_REACH), start))
        or (after is not None and after.match(folded, end))
    )


_BACKGROUND_RX = {
    # The clause runs on to its break: its subject may follow its verb ('в то время как в
    # Астане проходил четвертый раунд', 'بينما تعقد الجولة الرابعة').
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")(?!\w)[^,;:.!?\u060c]{0,60}")
    for lang, p in L.BACKGROUND_CLAUSE.items()
}


def background_clauses(folded: str, lang: str) -> list[tuple[int, int]]:
    """The spans of folded text that tell what was going on meanwhile ('as the fourth round
    of Astana talks was held', lexicon.BACKGROUND_CLAUSE)."""
    rx = _BACKGROUND_RX.get(lang)
    return [m.span() for m in rx.finditer(folded)] if rx is not None else []


def destination(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the name at folded[start:end] is where something goes or is ('crossed into
    Jordan', "Ürdün'e geçti"): a country so named is no participant (outside tester t15d, 9)."""
    before, after = _DESTINATION_BEFORE.get(lang), _DESTINATION_AFTER.get(lang)
    return bool(
        (before is not None and before.search(folded, max(0, start - 20), start))
        or (after is not None and after.match(folded, end))
    )


def place_as_actor(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the place at folded[start:end] is its clause's subject, a government that
    acts ('Washington circulated the draft on 3 November', 'Анкара заявила', 'أعلنت
    موسكو'), not where the clause's happening is; unless its clause makes it the host
    ('Moscow hosted the talks')."""
    reach = max(0, start - _SUBJECT_REACH)
    verb = lang in _SUBJECT_VERB_BEFORE and _SUBJECT_VERB_BEFORE[lang].search(folded, reach, start)
    head = verb.start() if verb else start
    if not _SUBJECT_OPEN[lang].search(folded, reach, head):
        return False
    if not verb:
        if lang in _SUBJECT_VERB_AFTER:
            if not _SUBJECT_VERB_AFTER[lang].match(folded, end):
                return False
        elif not (after := _SUBJECT_WORD_AFTER.match(folded, end)) or kinds_in(
            folded, lang, end, after.end()
        ):
            return False  # 'Cenevre toplantısı': the place of the event after it
    edge = _CLAUSE_END.search(folded, end)
    return not _HOSTS[lang].search(folded, head, edge.start() if edge else len(folded))


# --- a press report citing its source (session 14, rules14a) ----------------------------
_REPORT_RX = {lang: _rx(p, lang) for lang, p in L.REPORT_VERBS.items()}
_SOURCE_RX = {lang: _rx(p, lang) for lang, p in L.CITES_SOURCE.items()}
# How far apart a report's verb and its source may stand, and how far outside them its day.
_REPORT_SPAN = 120
_REPORT_EDGE = 12
_TELLING = ("announcement", "statement")
_CONTENT_BEFORE_VERB = ("tr",)
# The languages whose report verb stands last (Persian, Turkish): there the report's day may
# stand before the verb. In the others the report's day follows its verb ('reported on
# Sunday', 'نقلت ... اليوم الأحد'); a date before the verb is what is reported ('the round
# will be held on 25-26 April, Interfax reported on Tuesday, citing a source').
_VERB_LAST = ("fa", "tr")


def report_rx(lang: str) -> re.Pattern[str]:
    """The verbs of a press report of a language (REPORT_VERBS), on folded text."""
    return _REPORT_RX[lang]


def report_day(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the date at folded[start:end] stands between a press report's verb and the
    source it cites, or just beside the pair, with no happening's word between it and the
    nearer of them, and, but in the verb-last languages, after the verb: the day of the
    report, not of what it reports ('reported on Sunday,
    citing sources, that ...', 'نقلت الصحيفة اليوم الأحد عن مصادر', 'сообщила в
    воскресенье со ссылкой на источники', 'روز یکشنبه به نقل از منابع ... گزارش داد')."""
    lo_reach = max(0, start - _REPORT_SPAN)
    verbs = [m.span() for m in _REPORT_RX[lang].finditer(folded, lo_reach, end + _REPORT_SPAN)]
    sources = [m.span() for m in _SOURCE_RX[lang].finditer(folded, lo_reach, end + _REPORT_SPAN)]
    for v in verbs:
        for c in sources:
            lo, hi = min(v[0], c[0]), max(v[1], c[1])
            if lang in _CONTENT_BEFORE_VERB:
                # What is reported stands between the source and the verb ('kaynaklarına
                # dayandırdığı haberinde, ... salı günü ... görüşeceğini yazdı'): the report's
                # day is the one just before its source.
                hi = c[0]
            if hi - lo > _REPORT_SPAN or not (
                lo - _REPORT_EDGE <= end and start <= hi + _REPORT_EDGE
            ):
                continue
            if lang not in _VERB_LAST and start < v[0]:
                continue  # before the verb: what is reported (ablate15)
            near = min(v, c, key=lambda x: max(x[0] - end, start - x[1]))
            gap = (min(end, near[1]), max(start, near[0]))
            if not any(k not in _TELLING for k, _ in kinds_in(folded, lang, *gap)):
                return True
    return False


# Words that make the place after them (before it in Turkish) what is talked about, not
# where: 'talks on Syria', 'pourparlers sur la Syrie', 'переговоры по Сирии', 'حول سوريا',
# 'درباره سوریه', 'Suriye konulu' (outside tester t11b, 8: 'the meeting on Syria' held in
# Astana was placed in Syria).
# So do the situation and the developments there ('to discuss the situation in Suwayda',
# 'لبحث الأوضاع في السويداء', "Süveyda'daki durumu", t12b: a meeting in Amman placed in
# Suwayda).
_TOPIC = {
    "en": r"on|about|over|regarding|concerning|(?:situation|developments|crisis) in",
    "fr": r"sur(?: la| le| les)?|sur l'|concernant(?: la| le)?"
    r"|(?:situation|évolution|crise) (?:à|en|dans)(?: la| le)?",
    "ru": r"по|о|об|относительно|(?:ситуаци|обстановк|положени|кризис)\w* (?:в|во|на)",
    "ar": r"حول|بشأن|بشان|بخصوص|عن|(?:ال)?(?:أوضاع|وضع|تطورات|أزمة) في",
    "fa": r"درباره|دربارهٔ|در مورد|پیرامون|راجع به|(?:اوضاع|وضعیت|تحولات|بحران)(?: در)?",
    "tr": "",
}
_TOPIC_BEFORE = {
    lang: re.compile(r"(?<![\w'])(?:" + fold_pattern(p) + r")\s*\Z")
    for lang, p in _TOPIC.items()
    if p
}
_TOPIC_AFTER = {
    "tr": re.compile(
        r"(?:'\w+)?\s+(?:konulu|hakkında|konusunda|ile ilgili|(?:durum|gelişme|kriz)\w*)(?!\w)"
    )
}


# The preposition between an event noun and its place ('the ceasefire in Suwayda', 'вокруг
# перемирия в Идлибе', 'وقف إطلاق النار في السويداء'); Turkish puts the place first with its
# locative ending ("Süveyda'daki ateşkesi").
_LOCATIVE_GAP = {
    lang: re.compile(r"\s+(?:" + fold_pattern(p) + r")\s+")
    for lang, p in {
        "en": r"in|at|in the (?:province|city|region|governorate) of",
        "fr": r"(?:à|a|en|dans|au)(?: la| le| l')?(?: (?:province|ville|région) de)?",
        "ru": r"в|во|на",
        "ar": r"في(?: (?:محافظة|مدينة|منطقة|ريف))?",
        "fa": r"در",
    }.items()
}
_TR_PLACE_BEFORE = re.compile(r"(?:'\w+)?\s+")
# How far before its place an event noun may start.
_NOUN_REACH = 60


def topic_place(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the place at folded[start:end] is what is talked about ('the meeting on
    Syria'), or the place of a happening that is itself only a topic ('a working group to
    support the ceasefire in Suwayda', met in Amman: t12b, F8), not where it happens."""
    before, after = _TOPIC_BEFORE.get(lang), _TOPIC_AFTER.get(lang)
    return bool(
        (before is not None and before.search(folded, max(0, start - 20), start))
        or (after is not None and after.match(folded, end))
        or _topic_noun_at(folded, lang, start, end)
    )


def _topic_noun_at(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the place at folded[start:end] is the place of a topic's event noun."""
    gap = _LOCATIVE_GAP.get(lang)
    for kind, rx in _KIND_RX[lang]:
        if kind not in _TOPIC_KINDS:
            continue
        if lang == "tr":
            tail = _TR_PLACE_BEFORE.match(folded, end)
            nouns = [rx.match(folded, tail.end())] if tail else []
        else:
            nouns = list(rx.finditer(folded, max(0, start - _NOUN_REACH), start))
            nouns = [m for m in nouns if gap is not None and gap.fullmatch(folded, m.end(), start)]
        if any(m is not None and _is_topic(folded, lang, m.start(), m.end()) for m in nouns):
            return True
    return False


def moved_until(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether a verb that moves a date stands just before an end point, or after it in
    Turkish and Persian: 'postponed until 25 February' is the new day of what was
    moved, not a deadline."""
    moved = _DATE_MOVED[lang]
    return bool(
        moved.search(folded, max(0, start - _MOVED_REACH), start)
        or (lang in ("tr", "fa") and moved.search(folded, end, end + _MOVED_VERB_AFTER))
    )


def travel_purpose_at(folded: str, lang: str) -> int | None:
    """Where 'to take part in' starts when the sentence tells of a delegation travelling
    to an event: the dates before it are the journey's (logistics), not the event's."""
    if not (_DELEGATION_RX[lang].search(folded) and _TRAVEL_RX[lang].search(folded)):
        return None
    m = _PURPOSE_RX[lang].search(folded)
    return m.start() if m else None


# A verb that moves a date ('postponed', 'перенесли', 'ertelendi'), folded.
_DATE_MOVED = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + ")") for lang, p in L.DATE_MOVED.items()
}
# How far before an end point a moving verb may stand ('was postponed until').
_MOVED_REACH = 30
# How far after the second date a moving verb may stand (Turkish and Persian put it last:
# '19 Ocak'a ertelendi', 'به ۱۹ ژانویه موکول شد').
_MOVED_VERB_AFTER = 30


def says_moved(folded: str, lang: str) -> bool:
    """Whether the sentence moves a date ('postponed', 'перенесли', 'ertelendi')."""
    return bool(_DATE_MOVED[lang].search(folded))


_PROPOSED_FOR = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + ")") for lang, p in L.PROPOSED_FOR.items()
}


def says_proposed(folded: str, lang: str, start: int = 0, end: int | None = None) -> bool:
    """Whether folded[start:end] proposes or plans a day (lexicon.PROPOSED_FOR)."""
    end = len(folded) if end is None else end
    return bool(_PROPOSED_FOR[lang].search(folded, start, end))


def moved_to(folded: str, lang: str, first_end: int, start: int, end: int) -> bool:
    """Whether the date at [start, end) is the new day of the one ending at `first_end`
    ('planned for 18 January, postponed to 19 January', 'запланированную на 18 января,
    перенесли на 19 января', '18 Ocak'taki görüşme 19 Ocak'a ertelendi'): a moving verb
    between the two or just after the second."""
    rx = _DATE_MOVED[lang]
    return bool(rx.search(folded, first_end, min(len(folded), end + _MOVED_VERB_AFTER)))


def has_process_cue(folded: str, lang: str, start: int = 0, end: int | None = None) -> bool:
    return bool(_PROCESS_RX[lang].search(folded, start, len(folded) if end is None else end))


def agreement_cues(sentence: str, folded: str, lang: str, start: int, end: int) -> list[str]:
    out = []
    for m in _AGREEMENT_RX[lang].finditer(folded, start, end):
        if not agrees_to_act(folded, lang, m.start(), m.end()):
            out.append(sentence[m.start() : m.end()].lower())
    if lang != "en":  # 'resolution 2254' is cited in English words in many languages' copy
        for m in _AGREEMENT_RX["en"].finditer(folded, start, end):
            if "resolution" in m.group():
                out.append(sentence[m.start() : m.end()].lower())
    return list(dict.fromkeys(out))


_NO_AGREEMENT_NAME = {lang: re.compile(fold_pattern(p)) for lang, p in L.NO_AGREEMENT_NAME.items()}


def names_an_agreement(cue: str, lang: str) -> bool:
    """Whether an agreement cue of a text (agreement_cues) names an agreement, not the
    verb of signing or a common noun in the plural (lexicon.NO_AGREEMENT_NAME)."""
    return not _NO_AGREEMENT_NAME[lang].fullmatch(fold(cue))


# Kinds whose noun is often only the topic of what is said ('calls for a ceasefire').
_TOPIC_KINDS = ("ceasefire", "agreement")
# The kinds of a gathering, which may issue a text of their own (lexicon.ISSUED_TEXT_AFTER).
_GATHERING_NOUNS = ("meeting", "proceedings", "round", "summit", "ministerial", "conference")

KIND_ORDER = [
    "round",
    "summit",
    "ministerial",
    "conference",
    "un_resolution",
    "ceasefire",
    "agreement",
    "milestone",
    "meeting",
    "announcement",
    "statement",
    "proceedings",  # reported as "meeting": the weakest sign of one
    "other",
]


# --- the verb that governs a date -----------------------------------------------------------

# Words that open a relative clause about a noun ('the council, which will meet in June,
# adopted ...', 'qui se réunira', 'который соберется', 'الذي سيعقد', Persian 'که ... می‌کند'):
# the verb inside tells the tense of the dates from the opener on, never of a date before
# it, which the main verb governs (fa: 'شورا روز پنجشنبه قطعنامه‌ای را که تحریم‌ها را لغو
# می‌کند، تصویب کرد', the Thursday of 'adopted', not of 'lifts').
_RELATIVE_OPENERS = {
    "en": r"which|who|whom|whose",
    "fr": r"qui|dont|lequel|laquelle|lesquels|lesquelles",
    "ru": r"котор\w+",
    "ar": r"الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي",
    "fa": r"كه",
}
_RELATIVE_OPENER_RX = {lang: _rx(p) for lang, p in _RELATIVE_OPENERS.items()}
_TIME_CLAUSE_RX = {
    lang: re.compile(rf"(?<![\w])(?:{fold_pattern(p)})\Z")
    for lang, p in L.TIME_CLAUSE_OPENERS.items()
}
# Turkish puts a relative clause before its noun as a participle: the future one
# ('anayasayı yazacak kurul', the board that will write the constitution) tells the
# tense of the words before it in its clause and of the noun after it only. A future
# verb that ends its clause, or that a conjunction follows, is finite.
_TR_PARTICIPLE = re.compile(
    r"\w+(?:acak|ecek)(?:lar|ler)?\s+(?!(?:ve|ama|fakat|ancak|de|da|mi|mı|gibi|diye|ise)(?!\w))"
    r"(\w+)"
)
_TR_CLAUSE_START = re.compile(r"[,;:()]")
_CLAUSE_END = re.compile(r"[,;:()\u060c\u061b.!?]")


def relative_clauses(folded: str, lang: str) -> list[tuple[int, int]]:
    """The spans of words the verbs of a sentence's relative clauses may govern (above)."""
    if lang == "tr":
        out = []
        for m in _TR_PARTICIPLE.finditer(folded):
            starts = [c.end() for c in _TR_CLAUSE_START.finditer(folded, 0, m.start())]
            out.append((starts[-1] if starts else 0, m.end(1)))
        return out
    rx = _RELATIVE_OPENER_RX.get(lang)
    if rx is None:
        return []
    out = []
    time_clause = _TIME_CLAUSE_RX.get(lang)
    for m in rx.finditer(folded):
        # A Persian clause ends with its verb, commas inside it or not: to the end of the
        # sentence, which holds no date the verb governs ('...که قرار است دوشنبه برگزار
        # شود'); elsewhere at the next comma or stop. A clause of time ('پس از آن‌که ...
        # فروپاشید، ...') ends at the comma after its verb: the main clause follows.
        timed = time_clause is not None and time_clause.search(folded, 0, m.end())
        stop = (
            _CLAUSE_END.search(folded, m.end())
            if lang != "fa" or (timed and timed.end() == m.end())
            else None
        )
        out.append((m.start(), stop.start() if stop else len(folded)))
    return out


def confine(
    cues: list[tuple[int, int]], clauses: list[tuple[int, int]], length: int
) -> list[tuple[int, int, int, int]]:
    """Each tense cue with the span of words it may govern: the innermost relative clause
    it stands in, else the whole sentence."""
    out = []
    for a, b in cues:
        inside = [(lo, hi) for lo, hi in clauses if lo <= a and b <= hi]
        lo, hi = max(inside, key=lambda c: c[0]) if inside else (0, length)
        out.append((a, b, lo, hi))
    return out


# --- Briefings to the Security Council (issue 9, fix9k) ---------------------------------
# An envoy's briefing to the Security Council is a process event (LABELLING.md U4, U7), in
# the words UN press releases and envoys' own texts use ('Briefing to the Security Council
# (25 April 2025)', 'a fait un exposé devant le Conseil de sécurité', 'выступил в Совете
# Безопасности', 'إحاطة إلى مجلس الأمن', 'يطلع مجلس الأمن على', 'به شورای امنیت گزارش
# داد', 'Güvenlik Konseyi'ne brifing verdi'): a meeting of the Council. A press briefing
# stays a statement (PRESS_EVENTS).
_SC = {
    "en": r"(?:un |united nations )?security council",
    "fr": r"conseil de sécurité|conseil de securite",
    "ru": r"совет\w* безопасности",
    "ar": r"مجلس (?:ال)?امن",
    "fa": r"شوراي امنيت",
    "tr": r"güvenlik konsey\w*",
}
BRIEFING_CUES = {
    "en": rf"brief(?:s|ed|ing)?(?: to)? the (?:{_SC['en']}|council)|address(?:es|ed|ing)? the (?:{_SC['en']}|general assembly)",  # noqa: E501
    "fr": rf"(?:exposé|expose|briefing|intervention) (?:devant|au|à) (?:le )?(?:{_SC['fr']})|(?:a |ont )?informé\w* le (?:{_SC['fr']})|inform(?:er|era|erait|eront|eraient|ant) le (?:{_SC['fr']})",  # noqa: E501
    "ru": rf"брифинг\w* (?:в|для|перед|на заседании) (?:\w+ )?(?:{_SC['ru']})|выступ\w* (?:в|перед|на заседании) (?:\w+ )?(?:{_SC['ru']})|проинформирова\w* (?:\w+ )?(?:{_SC['ru']})",  # noqa: E501
    "ar": rf"احاط\w* (?:\w+ ){{0,2}}(?:الى|امام|ل)(?: )?(?:{_SC['ar']})|(?:كلمه|خطاب\w*|خاطب\w*) (?:\w+ ){{0,2}}امام (?:{_SC['ar']})|(?:ا|ي|ت|سي|ست)?طلع\w* (?:\w+ )?(?:{_SC['ar']}) على|(?:ل|و)?اطلاع (?:{_SC['ar']})",  # noqa: E501
    "fa": rf"(?:به|در|براي) (?:نشست |جلسه )?(?:{_SC['fa']}) (?:\w+ ){{0,3}}(?:گزارش|سخنراني)|گزارش (?:\w+ ){{0,2}}به (?:{_SC['fa']})",  # noqa: E501
    "tr": rf"(?:{_SC['tr']})['’]?\w* (?:\w+ ){{0,2}}brifing\w*|(?:{_SC['tr']})['’]?\w* hitap\w*|(?:{_SC['tr']})['’]?\w* bilgilendir\w*",  # noqa: E501
}
for _lang, _pattern in BRIEFING_CUES.items():
    _KIND_RX[_lang].append(("meeting", _rx(_pattern, _lang)))
for _lang, _pattern in L.HEARS_BRIEFING.items():
    _KIND_RX[_lang].append(("meeting", _rx(_pattern, _lang)))
_BRIEFING_RX = {lang: _rx(p, lang) for lang, p in BRIEFING_CUES.items()}


def briefs_council(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether folded[start:end] has a briefing to the Security Council (BRIEFING_CUES)."""
    return bool(_BRIEFING_RX[lang].search(folded, start, end))


# The Transition track's own words, and the Security Council's action (fix9s).
_TRANSITION_RX = {lang: _rx(rf"{p}|{_SC[lang]}", lang) for lang, p in L.TRANSITION_CUES.items()}


def names_transition(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether folded[start:end] names the transition's bodies, acts or votes, or the
    Security Council (lexicon.TRANSITION_CUES): its track for a date since its start."""
    return bool(_TRANSITION_RX[lang].search(folded, start, end))


# --- A city that names a track (issue 9, fix9k) -----------------------------------------
# 'the Astana process', 'le processus d'Astana', 'процесс Астаны', 'مسار أستانا', 'روند
# آستانه', 'Astana süreci': a track, not where the happening is (the guarantors of the
# Astana process meet in Geneva).
_TRACK_NOUNS = {
    "en": r"process|format|track|platform|guarantors?",
    "fr": r"processus|format|mécanisme|mecanisme|garants",
    "ru": r"процесс\w*|формат\w*|площадк\w*|гарант\w*",
    "ar": r"(?:ال)?مسار|صيغه|(?:ال)?عمليه|منصه|(?:ال)?دول (?:ال)?ضامنه (?:ل|في )?",
    "fa": rf"روند|فرايند|قالب|چارچوب|ساز{_ZW}و{_ZW}كار|(?:كشورهاي )?ضامن",
    "tr": r"süreci\w*|formatı\w*|platformu\w*|garantör\w*",
}
# The noun before the city ('processus d'Astana', 'روند آستانه') or, in English and Turkish,
# after it ('the Astana process', 'Astana süreci', 'Astana'nın garantörleri').
_TRACK_NOUN_BEFORE = {
    lang: re.compile(
        r"(?<![\w])"
        + ("(?:و|ف|ب|ل)?" if lang == "ar" else "")  # 'لمسار أستانا'
        + r"(?:"
        + fold_pattern(p)
        + r")\s*(?:de\s+|d['’]\s*|of\s+(?:the\s+)?)?\Z"
    )
    for lang, p in _TRACK_NOUNS.items()
}
_TRACK_NOUN_AFTER = {
    lang: re.compile(
        r"(?:['’]\w*)?\s+(?:peace\s+)?(?:" + fold_pattern(_TRACK_NOUNS[lang]) + r")(?![\w])"
    )
    for lang in ("en", "tr")
}


def names_track(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the place at folded[start:end] is the name of a track ('the Astana process')."""
    return bool(
        _TRACK_NOUN_BEFORE[lang].search(folded, max(0, start - 40), start)
        or (lang in _TRACK_NOUN_AFTER and _TRACK_NOUN_AFTER[lang].match(folded, end))
    )


# --- Electing and choosing (issue 9, fix9k) ---------------------------------------------
# 'the colleges that will elect the People's Assembly on October 5': a selection or an
# election is a transition milestone (LABELLING.md R1, U7) told by its verb as well as its
# noun ('éliront', 'изберут', 'ستنتخب', 'برمی‌گزینند', 'seçecek').
ELECTION_VERBS = {
    # The verb, not its participle as an adjective ('Trump, élu sur un programme ...', 'the
    # elected council', 'избранный', 'seçilmiş'): a biography, not a happening.
    "en": r"(?:will|to|would|shall|must) (?:re-?)?elect|(?:re-?)?elects|(?:re-?)?electing|(?:was|were|been|be|is|are) (?:re-?)?elected|(?:re-?)?elected (?:a|an|the|its|their|as)",  # noqa: E501
    "fr": r"(?:ré)?élir\w*|(?:re)?elir\w*|(?:ré)?éliront|(?:ré)?élisent|(?:ré)?élira|(?:a|ont|été|sera|seront|fut) (?:ré)?élu\w*",  # noqa: E501
    "ru": r"избер\w*|избрал\w*|избран[аоы]?|избрать|переизбра\w*",
    "ar": r"(?:س)?(?:ي|ت)نتخب\w*|انتخب\w*",
    "fa": rf"برمي{_ZW}گزين\w*|برگزيده|انتخاب (?:مي{_ZW})?(?:كنند|كرد\w*|شد\w*|خواهند)",
    "tr": r"seçecek\w*|seçti\w*|seçildi\w*|seçilecek\w*|seçiyor\w*",
}
for _lang, _pattern in ELECTION_VERBS.items():
    _KIND_RX[_lang].append(("milestone", _rx(_pattern, _lang)))

# A vote, whose day an announcement may give as it gives a round's (LABELLING.md U2: 'the
# date of a round, session, vote or meeting'): elections, a ballot, a referendum, by their
# noun or their verb (ELECTION_VERBS).
VOTE_NOUNS = {
    "en": r"elections?|polls?|ballot|referendum|vote",
    "fr": r"élections?|elections?|scrutin|vote|référendum|referendum",
    "ru": r"выбор(?:ы|ов|ах|ам)|голосовани\w*|референдум\w*",
    "ar": r"(?:ال)?انتخابات|(?:ال)?اقتراع|(?:ال)?استفتاء|(?:ال)?تصويت",
    "fa": rf"انتخابات|راي{_ZW}گيري|همه{_ZW}پرسي",
    "tr": r"seçim\w*|oylama\w*|referand\w*",
}
_VOTE_RX = {lang: _rx(f"{p}|{ELECTION_VERBS[lang]}", lang) for lang, p in VOTE_NOUNS.items()}


def names_vote(folded: str, lang: str) -> bool:
    """Whether the sentence names a vote: an election, a ballot, a referendum."""
    return bool(_VOTE_RX[lang].search(folded))


# --- What a 'since' clause recalls (issue 9, fix9k) -------------------------------------
# 'its first parliament since Bashar al-Assad was toppled': the happening of a 'since'
# clause is the past the story measures from, not what the dateline's day reports (U10).
_SINCE = {
    "en": r"since|ever since",
    "fr": r"depuis(?: que)?",
    "ru": r"с тех пор как|после того как|со времени|с момента",
    "ar": r"منذ",
    "fa": r"از زمان|پس از|بعد از",
}
_SINCE_BEFORE = {
    lang: re.compile(r"(?<![\w])(?:" + fold_pattern(p) + r")(?![\w])[^,;:.\u060c\u061b]{0,60}\Z")
    for lang, p in _SINCE.items()
}
# Turkish puts 'since' after the clause ('Esad'ın devrilmesinden bu yana').
_SINCE_AFTER_TR = re.compile(r"\w+\s+(?:bu yana|beri)(?![\w])")


def recalled_since(folded: str, lang: str, pos: int) -> bool:
    """Whether the event word at folded[pos] is inside a 'since' clause."""
    if lang == "tr":
        return bool(_SINCE_AFTER_TR.match(folded, pos))
    return bool(_SINCE_BEFORE[lang].search(folded, max(0, pos - 70), pos))


# --- Start points and happenings outside the process (issue 9, rules9i) -----------------
# 'the conflict that has torn Syria since 2011': a date after 'since' is where a state
# began. It dates a happening of the process only when what began is the process ('the
# Astana talks, under way since January 2017').
_PERIOD_PART = {
    "en": r"early|late|mid-?|the|the end of|the start of",
    "fr": r"début|fin|mi-|l'année|le|la|l'|les",
    "ru": r"начала|конца|середины",
    "ar": r"عام|العام|سنه|مطلع|اواخر|اوائل|منتصف|بدايه|نهايه",
    "fa": r"سال|اوايل|اواخر|اواسط|ماه",
    "tr": r"(?!)",
}
_START_BEFORE_RX = {
    lang: re.compile(
        r"(?<![\w'’])(?:"
        + fold_pattern(p)
        + r")\s+(?:(?:"
        + fold_pattern(_PERIOD_PART[lang])
        + r")\s*)?\Z"
    )
    for lang, p in L.START_BEFORE.items()
}
_START_INSIDE_RX = {
    lang: re.compile(r"(?:" + fold_pattern(p) + r")(?![\w])") for lang, p in L.START_BEFORE.items()
}
_START_AFTER_RX = {
    lang: re.compile(r"\S*\s*(?:" + fold_pattern(p) + r")(?![\w])")
    for lang, p in L.START_AFTER.items()
}
# A 'from ... to ...' span ('с 2012 по 2014 год', 'از 2011 تا 2015') bounds a period: it is
# read as a range or a tenure, not as a start point.
_SPAN_END_AFTER = re.compile(fold_pattern(r"\s*(?:по|до|تا|حتى|الى|to|until|au|jusqu)(?![\w])"))
_START_REACH = 30


# A bound's words open the phrase that holds the date: up to eight words between, none a
# clause's end.
_BOUND_BEFORE_RX = {
    lang: re.compile(r"(?<![\w])(?:" + fold_pattern(p) + r")\s+(?:[^\s,;:.]+\s+){0,8}\Z")
    for lang, p in L.BOUND_BEFORE.items()
}
_BOUND_AFTER_RX = {
    lang: re.compile(r"(?:['’]\w+)?\s+(?:" + fold_pattern(p) + r")(?![\w])")
    for lang, p in L.BOUND_AFTER.items()
}
_BOUND_REACH = 80


def bound_of(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the date at folded[start:end] bounds when a plan is to happen ('before the
    White House changes hands on January 20', "20 Ocak'tan önce") rather than dating it."""
    after = _BOUND_AFTER_RX.get(lang)
    return bool(
        _BOUND_BEFORE_RX[lang].search(folded, max(0, start - _BOUND_REACH), start)
        or (after is not None and after.match(folded, end))
    )


def start_point(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the date at folded[start:end] is a 'since' point, where a state began."""
    if _SPAN_END_AFTER.match(folded, end, end + _START_REACH):
        return False
    if _START_INSIDE_RX[lang].match(folded, start, end):
        return True
    after = _START_AFTER_RX.get(lang)
    if after is not None and after.match(folded, end):
        return True
    return bool(_START_BEFORE_RX[lang].search(folded, max(0, start - _START_REACH), start))


# An office, up to three words, then 'since' and the date (lexicon.TENURE_OFFICE).
_TENURE_RX = {
    lang: re.compile(
        r"(?<![\w])(?:"
        + fold_pattern(p)
        + r")(?:\s+[^\s,;:.،()]+){0,3}\s+(?:"
        + fold_pattern(L.START_BEFORE[lang])
        + r")(?:\s+(?:"
        + fold_pattern(_PERIOD_PART[lang])
        + r"))?\s*\Z"
    )
    for lang, p in L.TENURE_OFFICE.items()
}
_TENURE_REACH = 100


def tenure_since(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the date at folded[start:end] is when someone took the office named right
    before its 'since' ('the UN envoy since 2019'; the date's words may hold the 'since'):
    the start of a tenure, no happening of its own."""
    rx = _TENURE_RX.get(lang)
    if rx is None:
        return False
    inside = _START_INSIDE_RX[lang].match(folded, start, end)
    stop = inside.end() if inside else start
    return bool(rx.search(folded, max(0, stop - _TENURE_REACH), stop))


_CONFLICT_RX = {lang: _rx(p, lang) for lang, p in L.CONFLICT_WORDS.items()}
_FALL_RX = {lang: _rx(p, lang) for lang, p in L.FALL_WORDS.items()}
_CONFLICT_BACKGROUND_BEFORE_RX = {
    lang: re.compile(r"(?<![\w])(?:" + fold_pattern(p) + r")\s+(?:\S+\s+){0,3}\Z")
    for lang, p in L.CONFLICT_BACKGROUND_BEFORE.items()
}
_CONFLICT_BACKGROUND_AFTER_RX = {
    lang: re.compile(r"\S*\s*(?:\S+\s+){0,1}(?:" + fold_pattern(p) + r")(?![\w])")
    for lang, p in L.CONFLICT_BACKGROUND_AFTER.items()
}
# How far from a date a conflict word may be to be what the date is about.
_CONFLICT_REACH = 60


def _apart(pos: int, start: int, end: int) -> int:
    return start - pos if pos < start else max(0, pos - end)


def conflict_dated(
    folded: str, lang: str, start: int, end: int, events: list[tuple[str, int]], clauses
) -> bool:
    """Whether the event word nearest the date at folded[start:end] is fighting, an
    offensive or people fleeing, not one of the sentence's process events (`events`).

    Only the words of the date's own clause count, or of the clause before it when its
    own names no event ('... lancé son offensive en Ukraine, fin février'): `clauses`."""
    for clause_lo, clause_hi in clauses:
        lo, hi = max(clause_lo, start - _CONFLICT_REACH), min(clause_hi, end + _CONFLICT_REACH)
        mine = [_apart(p, start, end) for _, p in events if lo <= p < hi and not start <= p < end]
        conflicts = [
            _apart(m.start(), start, end)
            for m in _CONFLICT_RX[lang].finditer(folded, lo, hi)
            if not start <= m.start() < end and not _background(folded, lang, m)
        ]
        if conflicts and _FALL_RX[lang].search(folded, clause_lo, clause_hi):
            # The offensive that toppled the government, wherever its clause says so ('в
            # конце 2024 года ... пошли в наступление ... и вошли в Дамаск'): the fall (U1).
            return False
        if conflicts or mine:
            return bool(conflicts) and (not mine or min(conflicts) < min(mine))
    return False


def _background(folded: str, lang: str, m: re.Match[str]) -> bool:
    """'took effect after weeks of fighting', 'çatışmalara rağmen': the war as background."""
    if _CONFLICT_BACKGROUND_BEFORE_RX[lang].search(folded, max(0, m.start() - 40), m.start()):
        return True
    after = _CONFLICT_BACKGROUND_AFTER_RX.get(lang)
    return after is not None and bool(after.match(folded, m.end()))


for _kind, _by_lang in L.EVENT_PHRASES.items():
    for _lang, _pattern in _by_lang.items():
        _KIND_RX[_lang].append((_kind, _rx(_pattern, _lang)))
        _EVENT_RX[_lang].append(_rx(_pattern, _lang))


def _war_rx(table: dict[str, str], lang: str, *, head: str = "") -> re.Pattern[str] | None:
    pattern = table.get(lang)
    if pattern is None:
        return None
    return re.compile(
        head + "(?:" + fold_pattern(pattern.format(noun=f"(?:{L.WAR_NOUNS[lang]})")) + ")"
    )


_WAR_LANGS = ("en", "fr", "ru", "ar", "fa", "tr")
_WAR_BEFORE_RX = {lang: _war_rx(L.WAR_BEGAN_BEFORE, lang, head=r"(?<![\w])") for lang in _WAR_LANGS}
_WAR_AFTER_RX = {lang: _war_rx(L.WAR_BEGAN_AFTER, lang) for lang in _WAR_LANGS}
_WAR_LEFT_RX = {
    "ru": _war_rx(L.WAR_BEGAN_PARTICIPLE, "ru", head=r"(?<![\w])"),
    "fa": _war_rx(L.WAR_NOUN_BEFORE, "fa", head=r"(?<![\w\u200c])"),
}
# How far before and after a date the words of the war's start are looked for.
_WAR_REACH = 80


def war_began(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the date at folded[start:end] is the day or year the war (the uprising,
    the crisis) began: 'the Syrian war, which began in 2011', 'الحرب التي اندلعت عام
    2011', '2011'de başlayan iç savaş' (background history, LABELLING R1)."""
    pre = folded[max(0, start - _WAR_REACH) : start]
    before = _WAR_BEFORE_RX.get(lang)
    if before is not None and before.search(pre):
        return True
    after = _WAR_AFTER_RX.get(lang)
    if after is None or not after.match(folded[end : end + _WAR_REACH]):
        return False
    left = _WAR_LEFT_RX.get(lang)
    return left is None or bool(left.search(pre))


_STARTED_RX = {lang: _rx(p, lang) for lang, p in L.PROCESS_STARTED.items()}


def tells_start(folded: str, lang: str) -> bool:
    """Whether the sentence tells that something started or was launched ('the Astana
    talks began in 2017', 'انطلق مسار أستانا عام 2017')."""
    rx = _STARTED_RX.get(lang)
    return rx is not None and bool(rx.search(folded))
