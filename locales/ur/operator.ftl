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
operator-health = کیوسک کی حالت
operator-statistics = اعداد و شمار
operator-export = مہینے کی CSV برآمد کریں
# Variables: $file (string)
operator-exported = { $file } میں محفوظ ہو گئی
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
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } منٹ
       *[other] { $minutes } منٹ
    }

health-printer = پرنٹر
health-printer-ok = تیار
health-disk = ڈسک پر خالی جگہ
health-queue = وہ درخواستیں جو ابھی نہیں پہنچیں
# Variables: $minutes (number)
health-oldest = سب سے پرانی { $minutes } منٹ سے انتظار میں ہے
health-metrics = Prometheus میٹرکس
health-metrics-off = بند (پتہ مصروف یا غلط ہے)
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
