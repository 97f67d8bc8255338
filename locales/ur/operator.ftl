## The operator's screens: PIN pad, outbox, health, statistics. Reached by
## holding a finger on the top-left corner for three seconds.

pin-title = آپریٹر کا داخلہ
pin-hint = آپریٹر کا PIN لکھیں۔
pin-enter = داخل ہوں
pin-cancel = منسوخ کریں
pin-delete = مٹائیں
pin-checking = PIN کی جانچ ہو رہی ہے…
# Variables: $left (number)
pin-wrong =
    { $left ->
        [one] غلط PIN۔ مزید { $left } کوشش، پھر داخلہ بند ہو جائے گا۔
       *[other] غلط PIN۔ مزید { $left } کوششیں، پھر داخلہ بند ہو جائے گا۔
    }
# Variables: $seconds (number)
pin-locked =
    { $seconds ->
        [one] بہت زیادہ غلط PIN: { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
       *[other] بہت زیادہ غلط PIN: { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
    }

operator-title = آپریٹر
operator-assisted = مدد کے ساتھ سیشن شروع کریں
operator-close = پینل بند کریں
operator-leave-kiosk = کیوسک سے باہر نکلیں (مرمت)
operator-outbox = باہر جانے والی درخواستیں
operator-hand-offs = پورٹل پر کرنے والے کام
operator-health = کیوسک کی حالت
operator-statistics = اعداد و شمار
operator-training = تربیت
operator-attention = آپ کی مداخلت درکار ہے:
operator-export = مہینے کی CSV برآمد کریں
# Variables: $file (string)
operator-exported = { $file } میں محفوظ ہو گئی
# Variables: $file (string)
operator-exported-usb = USB اسٹک پر محفوظ ہو گئی: { $file }
# Variables: $file (string)
operator-exported-no-usb = کوئی USB اسٹک نہیں لگی: { $file } میں محفوظ ہو گئی
operator-export-failed = CSV محفوظ نہیں ہو سکتی: ڈسک پر جگہ دیکھیں۔
operator-refresh = تازہ کریں

outbox-empty = باہر جانے والی کوئی درخواست نہیں۔
outbox-reference = نمبر
outbox-service = سروس
outbox-state = حالت
outbox-age = کب سے
outbox-attempts = کوششیں
outbox-error = آخری خرابی
outbox-retry = ابھی دوبارہ کوشش کریں
outbox-cancel = منسوخ کریں…
outbox-reprint = رسید دوبارہ پرنٹ کریں
outbox-cancel-question = آپ یہ درخواست کیوں منسوخ کر رہے ہیں؟
outbox-error-unreachable = دفتر جواب نہیں دے رہا
outbox-error-rate-limited = دفتر انتظار کرنے کو کہہ رہا ہے
outbox-error-malformed = غلط جواب
outbox-error-unknown-operation = نامعلوم کارروائی
outbox-error-unreadable-payload = ڈیٹا پڑھا نہیں جا سکتا
outbox-error-refused = مسترد
# Variables: $code (string)
outbox-error-refused-code = مسترد ({ $code })
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } منٹ
       *[other] { $minutes } منٹ
    }

# Variables: $queue (string), $state (string)
health-printer-line = پرنٹر “{ $queue }”: { $state }
health-printer-ok = تیار
# Variables: $mib (number)
health-disk-line = ڈسک پر خالی جگہ: { $mib } MiB
# Variables: $count (number)
health-queue-line = وہ درخواستیں جو ابھی نہیں پہنچیں: { $count }
# Variables: $minutes (number)
health-oldest = سب سے پرانی { $minutes } منٹ سے انتظار میں ہے
# Variables: $address (string)
health-metrics-line = Prometheus میٹرکس: { $address }
health-metrics-off = Prometheus میٹرکس: بند (پتہ مصروف یا غلط ہے)
health-speech-ready = آواز: تمام زبانوں میں تیار
health-speech-checking = آواز: جانچ ہو رہی ہے…
# Variables: $languages (string)
health-speech-missing = آواز: { $languages } کی آوازیں موجود نہیں (espeak-ng پیکیج)
speech-problem-disabled = آواز: سیٹنگز میں بند ہے
speech-problem-no-program = آواز: espeak-ng انسٹال نہیں ہے، “سنیں” کا بٹن ظاہر نہیں ہوتا
speech-problem-no-player = آواز: aplay (alsa-utils پیکیج) انسٹال نہیں ہے، “سنیں” کا بٹن ظاہر نہیں ہوتا
# Variables: $detail (string)
speech-problem-no-audio = آواز: آڈیو ڈیوائس نہیں کھلتی ({ $detail })، “سنیں” کا بٹن ظاہر نہیں ہوتا
# A service's data (catalogue, flow, portal form) is broken: it is not offered.
# Variables: $service (string), $detail (string)
health-service-disabled = سروس بند ہے، اس کا ڈیٹا درست نہیں: { $service } ({ $detail })
# The Italian labels on the "continue on the portal" sheet were written from
# the published instructions, not read on the live portal.
# Variables: $services (string)
health-portal-labels-unconfirmed = پورٹل کے لیبل جانچنے ہیں (انہیں پورٹل سے ملائیں اور assets/portals.toml میں confirmed = true لکھیں): { $services }
health-agencies = دفاتر
# Variables: $agency (string), $state (string)
health-agency-line = { $agency }: { $state }
# Variables: $minutes (number)
health-agency-last =
    { $minutes ->
        [one] آخری جواب { $minutes } منٹ پہلے
       *[other] آخری جواب { $minutes } منٹ پہلے
    }
agency-state-unknown = اب تک کوئی رابطہ نہیں
agency-state-up = جواب دے رہا ہے
agency-state-slow = آہستہ جواب دے رہا ہے
agency-state-down = جواب نہیں دے رہا
agency-state-circuit-open = بہت زیادہ خرابیوں کے بعد بھیجنا روک دیا گیا ہے؛ تھوڑی دیر میں خود بخود دوبارہ کوشش ہو گی

# Variables: $count (number)
attention-needs-operator =
    { $count ->
        [one] { $count } درخواست آپ کے فیصلے کی منتظر ہے (باہر جانے والی درخواستیں)
       *[other] { $count } درخواستیں آپ کے فیصلے کی منتظر ہیں (باہر جانے والی درخواستیں)
    }
# Variables: $mib (number)
attention-disk = ڈسک پر خالی جگہ کم ہے: { $mib } MiB

## The agencies' own names: proper names, the same in every language.
agency-name-comune-arezzo = Comune di Arezzo
agency-name-polizia-di-stato = Polizia di Stato
agency-name-prefettura = Prefettura di Arezzo
agency-name-ministero-istruzione = Ministero dell'Istruzione e del Merito
agency-name-biblioteca-arezzo = Biblioteca Città di Arezzo
agency-name-regione-toscana = Regione Toscana
agency-name-usl-toscana-sud-est = USL Toscana Sud Est

training-off = کیوسک اصل دفاتر کے ساتھ کام کر رہا ہے۔
training-on = تربیتی موڈ: سب کچھ سمیولیٹر کو جاتا ہے، دستاویزات نمونہ ہیں، کچھ شمار نہیں ہوتا۔ باہر جانے والی اصل درخواستیں بھیجی جاتی رہتی ہیں۔
training-from-config = تربیت کیوسک کی سیٹنگز میں طے ہے (تربیتی کمرہ)۔
training-start = تربیت شروع کریں
training-stop = اصل سروس پر واپس جائیں
training-failed = تربیت شروع نہیں ہو سکتی: سمیولیٹر نہیں چلتا (لاگ دیکھیں)۔
training-faults = دفاتر میں فرضی خرابیاں
training-faults-hint = چنیں کہ ہر دفتر کیسے جواب دے، تاکہ مشکل دنوں کی مشق ہو سکے۔
fault-normal = معمول کے مطابق
fault-slow = سست
fault-errors = خرابیاں
fault-down = بند
health-training = تربیتی موڈ چالو ہے: دفاتر کو کچھ نہیں جاتا، کچھ شمار نہیں ہوتا۔

stats-today = آج
stats-week = پچھلے 7 دن
stats-month = پچھلے 30 دن
stats-service = سروس
stats-language = زبان
stats-mode = طریقہ
stats-started = شروع ہوئے
stats-completed = مکمل ہوئے
stats-rate = تکمیل
stats-median = درمیانی وقت
stats-gave-up = لوگ کہاں چھوڑتے ہیں
stats-none = اس عرصے کا کوئی ڈیٹا نہیں۔
stats-mode-self = اکیلے
stats-mode-assisted = مدد کے ساتھ

## Hand-offs: applications prepared for a portal that people asked the help
## desk to finish with them.

hand-offs-empty = کاؤنٹر پر چھوڑی گئی کوئی درخواست نہیں۔
hand-off-open = کھولیں
hand-off-close = بند کریں اور اسکرین سے ہٹائیں
hand-off-answers = جوابات، پورٹل کے لیبلوں کے ساتھ: انہیں اس شخص کے ساتھ مل کر درج کریں، جو اپنے SPID یا اپنے CIE سے داخل ہوتا ہے۔
hand-off-gone = اس درخواست کے جوابات اب موجود نہیں (محفوظ رکھنے کی مدت کے بعد مٹا دیے گئے)۔
